import ArgumentParser
import Foundation
import StanceKit

extension ReportFormat: ExpressibleByArgument {}

struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print a per-actor sentiment report of an article, or of a corpus.",
        discussion: """
            Actors are sorted by salience. The table is coloured by polarity only when
            standard output is a terminal (never with NO_COLOR set). A folder or a .jsonl
            file gives a corpus report: each actor across the articles.

            Examples (the first runs as it is, from any folder; the files in the others
            are yours):
              echo "Mayor Elena Vasquez praised the courageous vote." | stance report -
              stance report article.txt --format markdown --out report.md
              stance report articles/ --format csv
            """)

    @OptionGroup var options: ArticleOptions

    @Option(name: .long, help: "table, markdown, csv, json or html.")
    var format: ReportFormat = .table

    @OptionGroup var outputOptions: OutputOptions

    func run() throws {
        try reportingErrors {
            let output = try outputOptions.output(inputs: [options.input, options.actors, options.modelOptions.model].compactMap { $0 })
            let (analyzer, modelName) = try options.analyzer()
            var analyses: [ArticleAnalysis] = []
            let corpus = isCorpus
            let failures = try options.analyses(by: analyzer, modelName: modelName) { analysis in
                var kept = analysis
                if corpus { kept.paragraphs = [] }  // a corpus report needs only the actor summaries
                analyses.append(kept)
            }
            let colour = output.isTerminal && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
            let text: String
            if analyses.count == 1 && !corpus {
                text = try ArticleReportWriter(colour: colour).render(analyses[0], as: format)
            } else {
                text = try CorpusReportWriter(colour: colour).render(CorpusReport(analyses, classes: analyzer.model.classes), as: format)
            }
            output.write(text)
            try output.commit()
            try options.checkNoFailures(failures)
        }
    }

    var isCorpus: Bool {
        var isDirectory: ObjCBool = false
        return options.input.lowercased().hasSuffix(".jsonl")
            || (FileManager.default.fileExists(atPath: options.input, isDirectory: &isDirectory) && isDirectory.boolValue)
    }
}
