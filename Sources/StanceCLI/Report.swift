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
            file gives a corpus report: each actor across the articles, and the main
            actors' mean score per day. So does a .json file written by `stance aggregate`
            (corpora scored in parts, or on Spark), without scoring anything again.

            Examples (the first runs as it is, from any folder; the files in the others
            are yours):
              echo "Mayor Elena Vasquez praised the courageous vote." | stance report -
              stance report article.txt --format markdown --out report.md
              stance report articles/ --format csv
              stance report all.json --format html --out corpus.html
            """)

    @OptionGroup var options: ArticleOptions

    @Option(name: .long, help: "table, markdown, csv, json or html.")
    var format: ReportFormat = .table

    @OptionGroup var outputOptions: OutputOptions

    func run() throws {
        try reportingErrors {
            let output = try outputOptions.output(inputs: [options.input, options.actors, options.modelOptions.model].compactMap { $0 })
            let colour = output.isTerminal && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
            if options.input.lowercased().hasSuffix(".json") {
                output.write(try CorpusReportWriter(colour: colour).render(CorpusAggregate(contentsOf: options.input).report(), as: format))
                return try output.commit()
            }
            let (analyzer, modelName) = try options.analyzer()
            // A corpus is added up as it is scored (memory stays flat); one article is kept whole.
            var aggregate = CorpusAggregate()
            var single: ArticleAnalysis?
            let corpus = options.isCorpus
            let failures = try options.analyses(by: analyzer, modelName: modelName) { analysis in
                aggregate.add(analysis, classes: analyzer.model.classes)
                if !corpus { single = aggregate.articles == 1 ? analysis : nil }
            }
            if let single {
                output.write(try ArticleReportWriter(colour: colour).render(single, as: format))
            } else {
                output.write(try CorpusReportWriter(colour: colour).render(aggregate.report(), as: format))
            }
            try output.commit()
            try options.checkNoFailures(failures)
        }
    }
}
