import Foundation
import Testing
@testable import StanceKit

/// Tests on the real data sets in ../shared: skipped, with a visible reason, when it is absent.
@Suite("With NewsMTSC from ../shared", .enabled(if: TestData.sharedIsAvailable, TestData.sharedMissing))
struct SharedDataTests {
    @Test("a model trained on part of NewsMTSC beats the majority class by a clear margin")
    func smallModelBeatsMajority() throws {
        let train = try DatasetReader().read(TestData.sharedPath("data/newsmtsc/train.jsonl")).examples
        let dev = try DatasetReader().read(TestData.sharedPath("data/newsmtsc/rw-dev.jsonl")).examples
        let pipeline = try FeaturePipeline(spec: .standard(), lexicons: try TestData.sharedLexicons())
        let model = try Trainer(pipeline: pipeline, classifier: LogisticRegression(c: 0.3))
            .train(Array(train.prefix(3000)), training: TrainingInfo(command: "test", trainFiles: [], classCounts: [:], features: 0))
        let (evaluation, _) = try model.evaluate(dev, file: "rw-dev.jsonl")
        // Always answering the most frequent class gives macro-F1 = F1 of that class / 3.
        let counts = Dictionary(grouping: dev, by: { $0.label! }).mapValues(\.count)
        let majorityShare = Double(counts.values.max()!) / Double(dev.count)
        let majorityF1 = 2 * majorityShare / (1 + majorityShare) / 3
        #expect(evaluation.f1Macro > majorityF1 + 0.3, "macro-F1 \(evaluation.f1Macro) vs majority \(majorityF1)")
        #expect(evaluation.f1Macro > 0.6)
    }

    @Test("the built-in model loads and reproduces the dev figures recorded when it was trained")
    func defaultModelReproducesItsRecord() throws {
        let model = try ModelArtifact.loadDefault()
        #expect(model.classes == ["negative", "neutral", "positive"])
        for file in ["rw-dev.jsonl", "mt-dev.jsonl"] {
            let recorded = try #require(model.training.devMetrics[file])
            let dev = try DatasetReader().read(TestData.sharedPath("data/newsmtsc/" + file)).examples
            let (evaluation, _) = try model.evaluate(dev, file: file)
            #expect(evaluation == recorded, "\(file)")
        }
    }

    @Test("every NewsMTSC span round-trips exactly", arguments: ["train.jsonl", "rw-test.jsonl", "mt-test.jsonl"])
    func spansRoundTrip(file: String) throws {
        // The reader checks sentence[from:to] == mention for every line and would throw otherwise.
        let examples = try DatasetReader().read(TestData.sharedPath("data/newsmtsc/" + file)).examples
        #expect(examples.allSatisfy { $0.target != nil })
        #expect(!examples.isEmpty)
    }
}
