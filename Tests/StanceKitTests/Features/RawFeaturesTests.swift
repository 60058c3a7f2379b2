import Testing
@testable import StanceKit

@Suite("RawFeatures")
struct RawFeaturesTests {
    let pipeline = try! FeaturePipeline(spec: .standard(), lexicons: [TestData.tinyLexicon])

    func encode(_ text: String, into raw: inout RawFeatures) {
        pipeline.encode(pipeline.context(text: text, target: nil), into: &raw)
    }

    @Test("a compacted copy holds the same features in buffers of its own size")
    func compacted() {
        var raw = pipeline.makeRawFeatures()
        encode(String(repeating: "Critics attacked the senator's plan again and again. ", count: 40), into: &raw)
        let long = raw.keys.count
        encode("Fans loved it.", into: &raw)
        let kept = raw.compacted()
        #expect(kept.keys == raw.keys && kept.values == raw.values && kept.blockStarts == raw.blockStarts && kept.dense == raw.dense)
        // A plain copy would hold the buffer sized by the long example (what made training's peak 130 MB).
        #expect(kept.keys.capacity < long / 4 && kept.values.capacity < long / 4)
    }
}
