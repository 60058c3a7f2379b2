import Foundation
import Testing
import StanceKit

/// Paths to the project and to ../shared, for tests that need the shared data sets.
enum TestData {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let shared = repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared")

    /// True when ../shared holds the data; tests that need it are skipped (with this reason) otherwise.
    static var sharedIsAvailable: Bool {
        FileManager.default.fileExists(atPath: shared.appendingPathComponent("data/newsmtsc/train.jsonl").path)
    }

    static let sharedMissing: Comment = "needs ../shared (NewsMTSC and lexicons) beside the repository; skipped"

    static func sharedPath(_ relative: String) -> String { shared.appendingPathComponent(relative).path }

    static func sharedLexicons() throws -> [SentimentLexicon] {
        try LexiconLoader.load([
            .init(argument: sharedPath("lexicons/vader/vader_lexicon.txt")),
            .init(argument: "positive:" + sharedPath("lexicons/bingliu/positive-words.txt")),
            .init(argument: "negative:" + sharedPath("lexicons/bingliu/negative-words.txt")),
        ])
    }

    /// A temporary file with `contents`; removed by the caller.
    static func temporaryFile(_ contents: String, suffix: String = ".jsonl") throws -> String {
        let path = NSTemporaryDirectory() + "stancekit-test-\(UUID().uuidString)\(suffix)"
        try contents.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    static func temporaryFile(bytes: [UInt8], suffix: String = ".jsonl") throws -> String {
        let path = NSTemporaryDirectory() + "stancekit-test-\(UUID().uuidString)\(suffix)"
        FileManager.default.createFile(atPath: path, contents: Data(bytes))
        return path
    }

    /// A small lexicon for tests that must not depend on ../shared.
    static let tinyLexicon = SentimentLexicon(name: "tiny", kind: .valence, entries: [
        "good": 0.475, "great": 0.775, "bad": -0.625, "terrible": -0.775, "praised": 0.6, "criticized": -0.5,
        "attacked": -0.55, "love": 0.8, "hate": -0.675, "corrupt": -0.7, "brilliant": 0.7, "failed": -0.6,
    ])

    /// A tiny, separable corpus: what the sentence says about the target decides the label.
    static func toyExamples() -> [LabeledExample] {
        var examples: [LabeledExample] = []
        let names = ["Alice", "Bob", "Carol", "Dan", "Erin", "Frank", "Grace", "Heidi"]
        let positive = ["praised", "applauded", "thanked", "welcomed"]
        let negative = ["criticized", "attacked", "condemned", "blamed"]
        let neutral = ["met", "visited", "called", "phoned"]
        for (i, name) in names.enumerated() {
            for (words, label) in [(positive, "positive"), (negative, "negative"), (neutral, "neutral")] {
                for verb in words {
                    let text = "The senator \(verb) \(name) on Tuesday \(i % 2 == 0 ? "in Paris" : "after the vote")."
                    examples.append(LabeledExample(text: text, target: CodePointText(text).span(of: name), label: label))
                }
            }
        }
        return examples
    }
}

/// SplitMix64 (Steele, Lea & Flood 2014): a seeded generator whose sequence is the same on every
/// machine and run, for shuffles and random test inputs that a failure can name and rebuild.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
