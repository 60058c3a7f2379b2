import ArgumentParser
import Foundation
import StanceKit

struct Predict: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Predict the label of examples toward their targets.",
        discussion: """
            One example with --text (and usually --target), or JSONL in any training
            format from a file (or standard input when none is given): one output line
            per input line, in order:
              {"label", "probabilities": {label: p}, "score",
               "features": [{"feature", "contribution"}], "id"?}
            "score" is P(positive side) − P(negative side). "features" are the strongest
            contributions to the predicted label (--top, 0 for none).
            --format table prints one line per example for people instead. A file is read
            and scored in batches of 4,096 lines, so memory stays flat however long it is;
            a bad line stops the run with its line number (--skip-invalid skips it).

            Examples (the first two run as they are, from any folder; the files in the
            others are yours):
              stance predict --text "Critics slammed the senator." --target "the senator"
              echo '{"text": "Fans loved it."}' | stance predict -
              stance predict examples.jsonl --out predictions.jsonl
            """)

    @OptionGroup var modelOptions: ModelOptions

    @Option(name: .long, help: "Text of a single example.")
    var text: String?

    @Option(name: .long, help: "Target: its first word-bounded occurrence in --text, or a topic the text need not name (for a model trained on such targets).")
    var target: String?

    @Option(name: .long, help: "How many top contributing features to list per prediction.")
    var top: Int = 5

    @Option(name: .long, help: "Output: jsonl (for programs) or table (for people).")
    var format: Format = .jsonl

    enum Format: String, ExpressibleByArgument, CaseIterable { case jsonl, table }

    @Flag(name: .long, help: "Skip malformed input lines (and print nothing for them), instead of stopping.")
    var skipInvalid = false

    @Option(name: .customLong("threads"), help: ArgumentHelp("Threads for a file of examples (default: one per core); the output is the same for any number.", valueName: "n"))
    var threadsOption: Int?

    /// --threads, or one per core.
    var threads: Int { threadsOption ?? ProcessInfo.processInfo.activeProcessorCount }

    @Argument(help: "JSONL file of examples (default: standard input).")
    var file: String?

    @OptionGroup var outputOptions: OutputOptions

    func validate() throws {
        if text != nil && file != nil { throw ValidationError("Give either --text or an input file, not both.") }
        if target != nil && text == nil { throw ValidationError("--target goes with --text.") }
        if top < 0 { throw ValidationError("--top must not be negative.") }
        if let threadsOption, threadsOption < 1 { throw ValidationError("--threads must be at least 1.") }
    }

    func run() throws {
        try reportingErrors {
            let output = try outputOptions.output(inputs: [file, modelOptions.model].compactMap { $0 })
            let model = try modelOptions.load()
            if let text {
                let example = try model.example(text, target: target)
                var scorer = model.makeScorer()
                if format == .table {
                    output.write(tableLine(model, example, scorer.predict(example)))
                } else {
                    let (prediction, features) = scorer.predictExplained(example, top: top)
                    var json = JSONWriter()
                    write(model, prediction, features: features, top: top, id: example.id, to: &json)
                    output.write(json.bytes)
                }
            } else {
                // Streamed in batches, so memory does not grow with the file.
                let path = file ?? "-"
                Console.noteReadingTerminal(path, example: "stance predict examples.jsonl")
                let reader = DatasetReader(for: model, requireLabels: false, skipInvalid: skipInvalid)
                // Read once: an option's getter looks up its generic metadata on every call.
                let format = format, top = top
                // Each share of a batch (256 lines) is scored into one buffer of output lines.
                let skipped = try reader.streamJSONL(path, threads: threads, share: { examples in
                    var scorer = model.makeScorer()
                    var json = JSONWriter(capacity: examples.count * 256)
                    for example in examples {
                        if format == .table {
                            json.verbatim(tableLine(model, example, scorer.predict(example)))
                        } else if top == 0 {
                            write(model, scorer.predict(example), features: [], top: 0, id: example.id, to: &json)
                        } else {
                            let (prediction, features) = scorer.predictExplained(example, top: top)
                            write(model, prediction, features: features, top: top, id: example.id, to: &json)
                        }
                    }
                    return json.bytes
                }) { shares in
                    for bytes in shares { output.write(bytes) }
                }
                if skipped > 0 { Console.progress("\(path): skipped \(skipped) invalid lines", quiet: false) }
            }
            try output.commit()
        }
    }

    /// "negative  −0.72  Peskov  …criticized [the United States] and the West…"
    func tableLine(_ model: StanceModel, _ example: LabeledExample, _ p: Prediction) -> String {
        let text = example.codePoints
        var shown = example.text
        var target = example.targetName ?? "(text)"
        if let span = example.target {
            target = text.string(in: span)
            let before = text.string(in: TextSpan(start: max(0, span.start - 50), end: span.start))
            let after = text.string(in: TextSpan(start: span.end, end: min(text.count, span.end + 50)))
            shown = (span.start > 50 ? "…" : "") + before + "[" + target + "]" + after + (span.end + 50 < text.count ? "…" : "")
        }
        let label = p.label.padding(toLength: 9, withPad: " ", startingAt: 0)
        let score = String(format: "%+.2f", p.score)
        let name = target.count > 22 ? String(target.prefix(21)) + "…" : target.padding(toLength: 22, withPad: " ", startingAt: 0)
        return VisibleText.of("\(label) \(score)  \(name)  \(shown.replacingOccurrences(of: "\n", with: " "))") + "\n"
    }

    /// One output line, written straight into bytes (this runs once per input line).
    func write(_ model: StanceModel, _ p: Prediction, features: [(feature: String, contribution: Double)], top: Int, id: String?, to json: inout JSONWriter) {
        json.raw("{")
        if let id {
            json.field("\"id\":", id)
            json.raw(",")
        }
        json.field("\"label\":", p.label)
        // In the model's class order, not sorted as `JSONWriter.object` would.
        json.raw(",\"probabilities\":{")
        for (c, label) in model.classes.enumerated() {
            if c > 0 { json.raw(",") }
            json.string(label)
            json.raw(":")
            json.number(p.probabilities[c])
        }
        json.field("},\"score\":", p.score)
        if top > 0 {
            // A loop here, not `JSONWriter.array`: a generic from another module is not
            // specialized, and its type look-ups per line cost 5 % of the run.
            json.raw(",\"features\":[")
            for (i, feature) in features.enumerated() {
                json.field(i == 0 ? "{\"feature\":" : ",{\"feature\":", feature.feature)
                json.field(",\"contribution\":", feature.contribution)
                json.raw("}")
            }
            json.raw("]")
        }
        json.raw("}\n")
    }
}
