import ArgumentParser
import Foundation
import StanceKit

struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Explain one prediction: each feature's contribution per label.",
        discussion: """
            Contribution = feature value × weight, per label; features are sorted by their
            effect on the predicted label and described in words. --format json (or
            --json) prints the same as one object.

            Example:
              stance explain --text "Peskov criticized the U.S." --target "the U.S."
            """)

    @OptionGroup var modelOptions: ModelOptions

    @Option(name: .long, help: "The text.")
    var text: String

    @Option(name: .long, help: "The target: its first word-bounded occurrence in --text, or a topic the text need not name (for a model trained on such targets); none to classify the text as a whole.")
    var target: String?

    @Option(name: .long, help: "How many features to list (0 for all).")
    var top: Int = 15

    @Option(name: .long, help: "table (for people) or json (one object).")
    var format: FigureFormat = .table

    @Flag(name: .long, help: "The same as --format json.")
    var json = false

    @OptionGroup var outputOptions: OutputOptions

    struct Output: Encodable {
        var label: String
        var probabilities: [String: Double]
        var score: Double
        var features: [Feature]
        struct Feature: Encodable {
            var feature: String
            var description: String
            var value: Double
            var contributions: [String: Double]
        }
    }

    func run() throws {
        try reportingErrors {
            let out = try outputOptions.output(inputs: [modelOptions.model].compactMap { $0 })
            let model = try modelOptions.load()
            let (prediction, features) = model.explain(try model.example(text, target: target))
            let shown = top == 0 ? features : Array(features.prefix(top))
            let output = Output(
                label: prediction.label,
                probabilities: model.byClass(prediction.probabilities),
                score: prediction.score,
                features: shown.map { feature in
                    .init(feature: feature.feature, description: FeatureDescription.describe(feature.feature), value: feature.value,
                          contributions: model.byClass(feature.contributions))
                })
            if json || format == .json {
                out.write(try JSONOutput.encode(output, pretty: true) + "\n")
            } else {
                let probabilities = zip(model.classes, prediction.probabilities).map { "\($0) \(String(format: "%.2f", $1))" }
                out.write("\(prediction.label) (score \(String(format: "%+.2f", prediction.score)); \(probabilities.joined(separator: ", ")))\n\n")
                let header = model.classes.map { $0.padding(toLength: 9, withPad: " ", startingAt: 0) }.joined()
                out.write(header + "feature\n")
                for feature in shown {
                    let cells = feature.contributions.map { String(format: "%+.3f", $0).padding(toLength: 9, withPad: " ", startingAt: 0) }.joined()
                    out.write(cells + FeatureDescription.describe(feature.feature) + "\n")
                }
            }
            try out.commit()
        }
    }
}
