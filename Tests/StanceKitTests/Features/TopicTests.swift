import Foundation
import Testing
@testable import StanceKit

@Suite("Topics: targets a text need not contain")
struct TopicTests {
    static let info = TrainingInfo(command: "test", trainFiles: [], classCounts: [:], features: 0)

    @Test("a topic is its words, compared without case or spacing")
    func topicNames() throws {
        let topic = try #require(Topic("Legalization of  Abortion"))
        #expect(topic.name == "legalization of abortion" && topic.words == ["legalization", "of", "abortion"])
        #expect(Topic("legalization of abortion") == topic && Topic("Legalization of Abortions") != topic)
        #expect(Topic(" – ") == nil)
    }

    @Test("character n-grams: lower-cased, across words, white space runs as one space")
    func characterNGrams() throws {
        let pipeline = try FeaturePipeline(spec: PipelineSpec(tokenizer: PipelineSpec.currentTokenizer, blocks: []), lexicons: [])
        let context = pipeline.context(text: "Ab  #c", target: nil)
        var raw = RawFeatures(denseOffsets: [0], denseCount: 0, recordsNames: true)
        raw.beginBlock(0)
        CharacterNGramExtractor(minN: 2, maxN: 3).extract(context, into: &raw)
        #expect(raw.names.indices.map { raw.name($0, in: context) } == ["ch:ab", "ch:ab ", "ch:b ", "ch:b #", "ch: #", "ch: #c", "ch:#c"])
        #expect(Set(raw.keys).count == raw.keys.count)
    }

    @Test("a target's place decides the pipeline: spans, topics, or both")
    func targetsOfData() throws {
        let span = LabeledExample(text: "Ann won.", target: TextSpan(start: 0, end: 3), targetName: "Ann", label: "favor")
        let topic = LabeledExample(text: "We won.", target: nil, targetName: "Atheism", label: "favor")
        let whole = LabeledExample(text: "We won.", target: nil, label: "favor")
        #expect(PipelineSpec.Targets.of([span, whole]) == .spans)
        #expect(PipelineSpec.Targets.of([topic, whole]) == .topics)
        #expect(PipelineSpec.Targets.of([span, topic]) == .mixed)
        let topics = PipelineSpec.standard(blocks: PipelineSpec.BlockName.defaults(for: .topics), targets: .topics)
        #expect(topics.readsTopics && topics.hasCharacterNGrams && !PipelineSpec.standard().readsTopics)
        // No block that reads a span where no target has one; the sentence bag runs to trigrams.
        #expect(!topics.blocks.contains { if case .window = $0.extractor { true } else { false } })
        #expect(topics.blocks.first?.extractor == .ngrams(scope: .sentence, maxN: 3, maskTarget: true))
        #expect(PipelineSpec.standard(targets: .mixed).blocks.contains { if case .window = $0.extractor { true } else { false } })
        // The standard pipeline is what the built-in model was trained with: its blocks do not move.
        #expect(PipelineSpec.standard().blocks.count == 7 && !PipelineSpec.standard().hasCharacterNGrams)
    }

    /// One text, opposite stances toward two topics: only per-topic features can tell them apart.
    static func opposed() -> [LabeledExample] {
        let praise = ["God is great", "Pray every day", "Faith gives hope", "Church saved me", "Bless this house", "Scripture is truth"]
        let doubt = ["Science explains it", "No proof of gods", "Reason over dogma", "Religion is a myth", "Evidence matters", "Doubt everything"]
        var examples: [LabeledExample] = []
        for (i, text) in (praise + doubt).enumerated() {
            let pious = i < praise.count
            examples.append(LabeledExample(text: text + ".", target: nil, targetName: "Atheism", label: pious ? "against" : "favor"))
            examples.append(LabeledExample(text: text + ".", target: nil, targetName: "Religious freedom", label: pious ? "favor" : "against"))
        }
        return examples
    }

    @Test("a topic model learns a stance per topic, reads topics without case, and survives saving")
    func perTopicStance() throws {
        let examples = Self.opposed()
        let spec = PipelineSpec.standard(blocks: PipelineSpec.BlockName.defaults(for: .topics), targets: PipelineSpec.Targets.of(examples))
        let trainer = Trainer(pipeline: try FeaturePipeline(spec: spec, lexicons: []), spaceBuilder: FeatureSpaceBuilder(minDocumentFrequency: 1),
                              classifier: LogisticRegression(c: 10))
        let model = try trainer.train(examples, training: Self.info)
        #expect(try model.evaluate(examples, file: "toy").evaluation.accuracy == 1)
        let loaded = try ModelArtifact.decode(ModelArtifact.encode(model), name: "toy")
        var scorer = loaded.makeScorer()
        func label(_ text: String, _ topic: String) -> String {
            scorer.predict(LabeledExample(text: text, target: nil, targetName: topic, label: nil)).label
        }
        #expect(label("Faith gives hope.", "atheism") == "against" && label("Faith gives hope.", "RELIGIOUS FREEDOM") == "favor")
        #expect(label("Evidence matters.", "Atheism") == "favor" && label("Evidence matters.", "Religious freedom") == "against")
        // Per-topic features are named for the topic in explanations.
        let explained = loaded.explain(LabeledExample(text: "God is great.", target: nil, targetName: "Atheism", label: nil))
        #expect(explained.features.contains { $0.feature.hasPrefix("[atheism] s:") })
        #expect(FeatureDescription.describe("[atheism] s:god") == "the sentence says “god” (toward “atheism” only)")
    }
}
