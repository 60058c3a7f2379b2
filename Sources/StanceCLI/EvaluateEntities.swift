import Foundation
import StanceKit

/// `stance evaluate --entities`: the actor detector's names against gold named mentions.
enum EvaluateEntities {
    /// The actor detector with the built-in tagger and resolver, or those in `tagger` and `resolver`.
    static func detector(tagger: String?, resolver: String? = nil) throws -> ActorDetector {
        return ActorDetector(
            tagger: try tagger.map(EntityTaggerArtifact.load(path:)) ?? EntityTaggerArtifact.builtIn,
            pronounResolver: try resolver.map(PronounResolverArtifact.load(path:)) ?? PronounResolverArtifact.builtIn)
    }

    /// With `predictions`, every gold and found name is written there as JSONL (`EntityEvaluation.Item`).
    static func run(_ path: String, tagger: String?, json: Bool, predictions: String?, output: ResultOutput) throws {
        var items: [EntityEvaluation.Item] = []
        let evaluation = try detector(tagger: tagger).evaluate(try EntityCorpus.read(path), items: &items)
        if let predictions { try writeLines(items, to: predictions) }
        output.write(json ? try JSONOutput.encode(evaluation) + "\n" : table(evaluation))
        try output.commit()
    }

    /// With `predictions`, each passage's decisions are written there as JSONL (`GAPEvaluation.Answer`).
    static func runGAP(_ path: String, tagger: String?, resolver: String?, givenNames: Bool, json: Bool, predictions: String?, output: ResultOutput) throws {
        var answers: [GAPEvaluation.Answer] = []
        let e = try detector(tagger: tagger, resolver: resolver).evaluate(try pronounPassages(path), givenNames: givenNames, answers: &answers)
        if let predictions { try writeLines(answers, to: predictions) }
        if json {
            output.write(try JSONOutput.encode(e) + "\n")
        } else {
            func row(_ name: String, _ f: GAPEvaluation.Figures) -> String {
                String(format: "%@ %5d  %.4f     %.4f  %.4f", name.padding(toLength: 10, withPad: " ", startingAt: 0), f.decisions, f.precision, f.recall, f.f1)
            }
            output.write("""
                passages   \(e.passages) (pronoun resolved to no actor in \(e.unresolved))
                set        decisions precision recall  F1
                \(row("overall", e.overall))
                \(row("masculine", e.masculine))
                \(row("feminine", e.feminine))
                bias (F/M) \(String(format: "%.4f", e.bias))

                """)
        }
        try output.commit()
    }

    /// `items` as JSONL in `path`, written whole or not at all.
    static func writeLines(_ items: [some Encodable], to path: String) throws {
        try TextFile.writeAtomically(Data(try items.map { try JSONOutput.encode($0) + "\n" }.joined().utf8), to: path)
    }

    /// GAP passages from a GAP file, or from gold coreference documents (GUM's CoNLL-U: a file
    /// or a folder) made into GAP-style passages.
    static func pronounPassages(_ path: String) throws -> [GAPExample] {
        path.hasSuffix(".tsv") ? try GAPExample.read(path) : GAPExample.passages(from: try EntityCorpus.read(path))
    }

    static func summary(_ e: EntityEvaluation, name: String) -> String {
        String(format: "\(name): name F1 %.4f (P %.4f, R %.4f), type accuracy %.4f, merge F1 %.4f", e.f1, e.precision, e.recall, e.typeAccuracy, e.mergeF1)
    }

    static func table(_ e: EntityEvaluation) -> String {
        func f(_ x: Double) -> String { String(format: "%.4f", x) }
        var lines = [
            "documents        \(e.documents)",
            "gold names       \(e.gold) (people, organisations, places)",
            "found names      \(e.found)",
            "matched          \(e.matched)",
            "name precision   \(f(e.precision))",
            "name recall      \(f(e.recall))",
            "name F1          \(f(e.f1))",
            "type accuracy    \(f(e.typeAccuracy))",
            "merge precision  \(f(e.mergePrecision))",
            "merge recall     \(f(e.mergeRecall))",
            "merge F1         \(f(e.mergeF1))",
            "",
            "types (gold → found, matched names):",
        ]
        for gold in e.typeConfusion.keys.sorted() {
            let row = e.typeConfusion[gold]!.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
            lines.append("  \(gold): \(row)")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
