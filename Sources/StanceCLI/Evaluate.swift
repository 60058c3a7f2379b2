import ArgumentParser
import Foundation
import StanceKit

struct Evaluate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Score a model on labelled data: macro-F1, accuracy, per-class figures, confusion matrix.",
        discussion: """
            Reads the same formats as `stance train`. A gold label the model does not know is an error.
            --json prints {"f1_macro","accuracy","f1_pn","n","per_class","confusion"}.
            A PerSenT-format CSV (TARGET_ENTITY, DOCUMENT, Paragraph0…, TRUE_SENTIMENT) is evaluated
            as articles: paragraph-level and document-level figures toward the target entity.

            Examples:
              stance evaluate --data ../shared/data/newsmtsc/rw-test.jsonl
              stance evaluate --model model.json --data test.csv --json
            """)

    @OptionGroup var modelOptions: ModelOptions

    @Option(name: .long, help: ArgumentHelp("Labelled data to score.", valueName: "file"))
    var data: String

    @Flag(name: .long, help: "Print the figures as one JSON object.")
    var json = false

    @Flag(name: .long, help: "Skip malformed input lines and report how many, instead of stopping.")
    var skipInvalid = false

    func run() throws {
        try reportingErrors {
            let model = try modelOptions.load()
            if PerSenTEvaluation.recognises(data) {
                let result = try PerSenTEvaluation.evaluate(data, analyzer: ArticleAnalyzer(model: model))
                var output = StandardOutput()
                if json {
                    output.write(try JSONOutput.encode(result) + "\n")
                } else {
                    output.write("PerSenT paragraphs toward the target entity (\(result.paragraphsWithTarget) of \(result.paragraph.n) mention it)\n")
                    output.write(Self.table(result.paragraph) + "\nPerSenT documents\n" + Self.table(result.document))
                }
                output.flush()
                return
            }
            let result = try DatasetReader(requireLabels: true, skipInvalid: skipInvalid).read(data)
            if result.skipped > 0 { Console.progress("\(data): skipped \(result.skipped) invalid lines", quiet: false) }
            guard !result.examples.isEmpty else { throw StanceError.input(file: data, line: nil, "no examples to evaluate") }
            let evaluation = try model.evaluate(result.examples, file: data).evaluation
            var output = StandardOutput()
            output.write(json ? try JSONOutput.encode(evaluation) + "\n" : Self.table(evaluation))
            output.flush()
        }
    }

    static func table(_ e: Evaluation) -> String {
        func f(_ x: Double) -> String { String(format: "%.4f", x) }
        var lines = ["n          \(e.n)", "macro-F1   \(f(e.f1Macro))", "accuracy   \(f(e.accuracy))"]
        if let pn = e.f1PN { lines.append("F1 pos/neg \(f(pn))") }
        lines.append("")
        let labels = e.confusion.labels
        let width = max(10, (labels.map(\.count).max() ?? 0) + 2)
        func pad(_ s: String) -> String { s.padding(toLength: width, withPad: " ", startingAt: 0) }
        lines.append(pad("class") + "precision  recall  f1      support")
        for label in labels {
            let m = e.perClass[label]!
            lines.append(pad(label) + "\(f(m.precision))     \(f(m.recall))  \(f(m.f1))  \(m.support)")
        }
        lines.append("")
        lines.append(pad("gold\\pred") + labels.map(pad).joined())
        for (i, label) in labels.enumerated() {
            lines.append(pad(label) + e.confusion.matrix[i].map { pad(String($0)) }.joined())
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
