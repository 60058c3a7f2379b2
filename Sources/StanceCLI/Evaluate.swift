import ArgumentParser
import Foundation
import StanceKit

struct Evaluate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Score a model on labelled data: macro-F1, accuracy, confusion matrix.",
        discussion: """
            Reads the same formats as `stance train`. A gold label the model does not know
            is an error.
            --format json (or --json) prints
            {"f1_macro","accuracy","f1_pn","n","per_class","confusion"}.
            --predictions FILE also writes every example's gold label, answer and
            probabilities as JSONL
            ({"line","id","paragraph","gold","predicted","probabilities"}), for error
            analysis. A PerSenT-format CSV (TARGET_ENTITY, DOCUMENT, Paragraph0…,
            TRUE_SENTIMENT) is evaluated as articles: paragraph-level and document-level
            figures toward the target entity.

            Examples (the first runs as it is, from any folder; the files in the others
            are yours):
              echo '{"text": "Fans loved it.", "label": "positive"}' | stance evaluate -
              stance evaluate test.csv --model model.json --format json --out figures.json
              stance evaluate persent-dev.csv --predictions p.jsonl
              stance evaluate --entities gum/dev
              stance evaluate --gap gap-validation.tsv

            --entities scores the actor detector on gold named mentions of people,
            organisations and places: name precision/recall/F1 (spans equal once a leading
            "the" and titles are set aside), type accuracy over matched names, and merge
            F1 (pairs of matched names that are one actor exactly when they are one gold
            entity). With --predictions FILE, every gold and found name is written there
            as JSONL ({"document","paragraph","text","gold","found"}: a missed name has no
            "found", a spurious one no "gold").
            --gap scores pronoun resolution as GAP does: the A and B decisions pooled,
            precision, recall and F1 overall and for masculine and feminine pronouns, and
            their ratio. As in GAP's task, A and B are given as people where the file
            marks them; with --find-names the entity tagger must find them too (the whole
            article pipeline). With --predictions FILE, each passage's decisions are
            written there as JSONL ({"id","pronoun","gold_a","gold_b","a","b"}).
            """)

    @OptionGroup var modelOptions: ModelOptions

    @Argument(help: ArgumentHelp("Labelled data to score (the same as --data).", valueName: "file"))
    var input: String?

    @Option(name: .long, help: ArgumentHelp("Labelled data to score.", valueName: "file"))
    var data: String?

    @Option(name: .long, help: ArgumentHelp("Gold entity documents (CoNLL-U with GUM's entity brackets: a file or a folder): score the actor detector's names, types and merges.", valueName: "path"))
    var entities: String?

    @Option(name: .long, help: ArgumentHelp("With --entities: an entity tagger file instead of the built-in one.", valueName: "file"))
    var tagger: String?

    @Option(name: .long, help: ArgumentHelp("A GAP file (TSV: ID, Text, Pronoun, Pronoun-offset, A, A-offset, A-coref, B, …): score pronoun resolution.", valueName: "file"))
    var gap: String?

    @Option(name: .long, help: ArgumentHelp("With --gap: a pronoun resolver file instead of the built-in one.", valueName: "file"))
    var resolver: String?

    @Flag(name: .long, help: "With --gap: A and B are not given; the entity tagger must find them.")
    var findNames = false

    @Option(name: .long, help: "table (for people) or json (one object).")
    var format: FigureFormat = .table

    @Flag(name: .long, help: "The same as --format json.")
    var json = false

    @OptionGroup var outputOptions: OutputOptions

    @Option(name: .long, help: ArgumentHelp("Also write each example's answer as JSONL here (written whole or not at all).", valueName: "file"))
    var predictions: String?

    @Flag(name: .long, help: "Skip malformed input lines and report how many, instead of stopping.")
    var skipInvalid = false

    func validate() throws {
        if data != nil && input != nil { throw ValidationError("Give the labelled data once: as an argument or with --data.") }
        if [data ?? input, entities, gap].compactMap({ $0 }).count != 1 {
            throw ValidationError("Give one of --data (labelled examples), --entities (gold entity documents) or --gap (pronoun passages).")
        }
        if tagger != nil && (data ?? input) != nil { throw ValidationError("--tagger goes with --entities or --gap.") }
        if (resolver != nil || findNames) && gap == nil { throw ValidationError("--resolver and --find-names go with --gap.") }
    }

    func run() throws {
        try reportingErrors {
            let json = json || format == .json
            let inputs = [data ?? input, entities, gap, tagger, resolver, modelOptions.model].compactMap { $0 }
            let output = try outputOptions.output(inputs: inputs)
            if let out = outputOptions.out, out == predictions { throw StanceError.usage("--out and --predictions name the same file") }
            if let predictions { try TextFile.checkOutput(predictions, inputs: inputs) }
            if let entities { return try EvaluateEntities.run(entities, tagger: tagger, json: json, predictions: predictions, output: output) }
            if let gap {
                return try EvaluateEntities.runGAP(gap, tagger: tagger, resolver: resolver, givenNames: !findNames, json: json, predictions: predictions, output: output)
            }
            guard let data = data ?? input else { return }
            let model = try modelOptions.load()
            if PerSenTEvaluation.recognises(data) {
                let result = try PerSenTEvaluation.evaluate(data, analyzer: ArticleAnalyzer(model: model))
                try writePredictions(result.items)
                if json {
                    output.write(try JSONOutput.encode(result) + "\n")
                } else {
                    output.write("PerSenT paragraphs toward the target entity (\(result.paragraphsWithTarget) of \(result.paragraph.n) mention it)\n")
                    output.write(Self.table(result.paragraph) + "\nPerSenT documents\n" + Self.table(result.document))
                }
                return try output.commit()
            }
            let result = try DatasetReader(for: model, requireLabels: true, skipInvalid: skipInvalid).read(data)
            if result.skipped > 0 { Console.progress("\(data): skipped \(result.skipped) invalid lines", quiet: false) }
            guard !result.examples.isEmpty else { throw StanceError.input(file: data, line: nil, "no examples to evaluate") }
            let (evaluation, answers) = try model.evaluate(result.examples, file: data)
            try writePredictions(zip(result.examples, answers).map { example, answer in
                EvaluatedItem(
                    line: example.line, id: example.id, gold: example.label ?? "", predicted: answer.label,
                    probabilities: model.byClass(answer.probabilities))
            })
            output.write(json ? try JSONOutput.encode(evaluation) + "\n" : Self.table(evaluation))
            try output.commit()
        }
    }

    private func writePredictions(_ items: [EvaluatedItem]) throws {
        if let predictions { try EvaluateEntities.writeLines(items, to: predictions) }
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
