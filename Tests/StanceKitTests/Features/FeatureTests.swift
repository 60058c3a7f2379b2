import Foundation
import Testing
@testable import StanceKit

@Suite("Features")
struct FeatureTests {
    let pipeline = try! FeaturePipeline(spec: .standard(), lexicons: [TestData.tinyLexicon])

    func names(_ text: String, target: String?) -> Set<String> {
        let span = target.flatMap { CodePointText(text).span(of: $0) }
        return Set(pipeline.featureNames(pipeline.context(text: text, target: span)).values)
    }

    @Test("the target is masked in the sentence bag and kept as its own words")
    func masking() {
        let features = names("Critics attacked Smith's plan.", target: "Smith")
        #expect(features.contains("s:attacked <target>"))
        #expect(!features.contains("s:smith"))
        #expect(features.contains("t:smith"))
    }

    @Test("the window marks sides, and roles are found")
    func windowAndRoles() {
        let speaker = names("Peskov also criticized the United States.", target: "Peskov")
        #expect(speaker.contains("r:criticized") && speaker.contains("role:speaker criticized"))
        let object = names("Peskov also criticized the United States.", target: "United States")
        #expect(object.contains("l:criticized") && object.contains("role:object criticized"))
        #expect(object.contains("h:l:- criticized"))
        #expect(names("\"We will win,\" said Putin.", target: "Putin").contains("role:speaker-inverted said"))
    }

    @Test("the clause stops at commas and contrast words")
    func clause() {
        let text = "Smith won, but Jones lost badly."
        let context = pipeline.context(text: text, target: CodePointText(text).span(of: "Jones"))
        let clause = context.clause.map { context.text.text(of: context.tokens[$0]) }
        #expect(clause == ["Jones", "lost", "badly", "."] || clause == ["Jones", "lost", "badly"])
    }

    @Test("a long text is narrowed to the target's sentence")
    func sentenceOfTarget() {
        let text = "Markets fell. Critics attacked Smith. Prices rose."
        let context = pipeline.context(text: text, target: CodePointText(text).span(of: "Smith"))
        #expect(context.tokens.map { context.text.text(of: $0) } == ["Critics", "attacked", "Smith", "."])
    }

    @Test("lexicon features see the negative word left of the target")
    func lexiconRegions() {
        let text = "Critics attacked Smith."
        let context = pipeline.context(text: text, target: CodePointText(text).span(of: "Smith"))
        var raw = pipeline.makeRawFeatures()
        pipeline.encode(context, into: &raw)
        let names = pipeline.denseNames
        let leftNegatives = raw.dense[names.firstIndex(of: "tiny #neg left")!]
        let rightNegatives = raw.dense[names.firstIndex(of: "tiny #neg right")!]
        #expect(leftNegatives > 0 && rightNegatives == 0)
    }

    func rows(builder: FeatureSpaceBuilder) -> (FeatureSpace, [FeatureRow]) {
        let examples = TestData.toyExamples()
        var raws: [RawFeatures] = []
        var raw = pipeline.makeRawFeatures()
        for example in examples {
            pipeline.encode(pipeline.context(for: example), into: &raw)
            raws.append(raw)
        }
        let labels = examples.map { $0.label == "positive" ? 1 : 0 }
        let space = builder.fit(raws, labels: labels, weightings: pipeline.spec.blocks.map(\.weighting), denseCount: pipeline.denseNames.count)
        return (space, raws.map { raw in
            var row = FeatureRow()
            space.transform(raw, into: &row)
            return row
        })
    }

    @Test("vocabulary: min document frequency, sorted keys, unit-norm TF-IDF blocks")
    func vocabulary() {
        let (space, rows) = rows(builder: FeatureSpaceBuilder(minDocumentFrequency: 2))
        guard case .vocabulary(let keys) = space.mapping else { Issue.record("expected a vocabulary"); return }
        #expect(keys == keys.sorted())
        #expect(keys.count == space.sparseColumns && space.idf.count == keys.count)
        let (smaller, _) = self.rows(builder: FeatureSpaceBuilder(minDocumentFrequency: 40))
        #expect(smaller.sparseColumns < space.sparseColumns)
        for row in rows {
            #expect(Set(row.indices).count == row.indices.count, "a column appears once per row")
            #expect(row.indices.allSatisfy { $0 >= 0 && Int($0) < space.sparseColumns })
        }
        // The sentence bag (block 0) is L2-normalised.
        let raw = { () -> RawFeatures in
            var raw = pipeline.makeRawFeatures()
            pipeline.encode(pipeline.context(for: TestData.toyExamples()[0]), into: &raw)
            return raw
        }()
        var row = FeatureRow()
        let onlyFirst = FeatureSpace(mapping: space.mapping, idf: space.idf,
                                     weightings: space.weightings.enumerated().map { $0 == 0 ? $1 : .raw }, denseCount: space.denseCount)
        onlyFirst.transform(raw, into: &row)
        let blockColumns = Set(raw.block(0).compactMap { space.column(of: raw.keys[$0]) })
        let norm = zip(row.indices, row.values).filter { blockColumns.contains($0.0) }.map { $0.1 * $0.1 }.reduce(0, +)
        #expect(abs(norm - 1) < 1e-9)
    }

    @Test("naive-Bayes scaling: a column of one class outweighs a column of every class; factors average 1")
    func naiveBayesScaling() {
        // Three keys in one TF-IDF block: 1 only in class-0 rows, 2 in every row, 3 mostly in class 1.
        let rowsKeys: [[UInt64]] = [[1, 2], [1, 2], [1, 2], [2, 3], [2, 3], [2, 1]]
        let labels = [0, 0, 0, 1, 1, 1]
        let raws = rowsKeys.map { keys -> RawFeatures in
            var raw = RawFeatures(denseOffsets: [0], denseCount: 0)
            raw.beginBlock(0)
            for key in keys { raw.add(key, 1, name: "") }
            raw.finish()
            return raw
        }
        let builder = FeatureSpaceBuilder(minDocumentFrequency: 1)
        let plain = FeatureSpaceBuilder(minDocumentFrequency: 1, naiveBayesScaling: false)
        let scaled = builder.fit(raws, labels: labels, weightings: [.tfidf], denseCount: 0)
        let unscaled = plain.fit(raws, labels: labels, weightings: [.tfidf], denseCount: 0)
        let factor = { (key: UInt64) -> Double in
            let column = Int(scaled.column(of: key)!)
            return scaled.idf[column] / unscaled.idf[column]
        }
        #expect(factor(2) < 0.1, "a key in every row of both classes separates nothing")
        #expect(factor(1) > 1 && factor(3) > 1)
        #expect(abs((factor(1) + factor(2) + factor(3)) / 3 - 1) < 1e-12)
        // A model file from before the scaling (no such key) loads with it off.
        let old = try? JSONDecoder().decode(FeatureSpaceBuilder.self, from: Data(#"{"minDocumentFrequency":5}"#.utf8))
        #expect(old == FeatureSpaceBuilder(minDocumentFrequency: 5, naiveBayesScaling: false))
        // Blocks without IDF are left alone.
        let raw = plain.fit(raws, labels: labels, weightings: [.raw], denseCount: 0)
        #expect(builder.fit(raws, labels: labels, weightings: [.raw], denseCount: 0).idf == raw.idf)
    }

    @Test("hashing: fixed width, no fitting of a vocabulary")
    func hashing() {
        let (space, rows) = rows(builder: FeatureSpaceBuilder(hashingBits: 10))
        #expect(space.sparseColumns == 1024)
        #expect(rows.allSatisfy { $0.indices.allSatisfy { $0 < 1024 } })
    }
}

@Suite("PipelineSpec")
struct PipelineSpecTests {
    @Test("settings an extractor cannot work with are refused when the pipeline is built, in the library's words")
    func validation() throws {
        #expect(throws: StanceError.usage("pipeline: the context window needs size ≥ 1 (got 0)")) {
            try FeaturePipeline(spec: .standard(window: 0), lexicons: [])
        }
        let characters = PipelineSpec(tokenizer: PipelineSpec.currentTokenizer, blocks: [.init(extractor: .perTopic(.characters(minN: 3, maxN: 2)), weighting: .tfidf)])
        #expect(throws: StanceError.usage("pipeline: character n-grams need 1 ≤ minN ≤ maxN (got 3…2)")) {
            try FeaturePipeline(spec: characters, lexicons: [])
        }
        #expect(throws: Never.self) { try FeaturePipeline(spec: .standard(targets: .mixed), lexicons: []) }
    }
}

@Suite("FeatureDescription")
struct FeatureDescriptionTests {
    @Test("feature names become words", arguments: [
        ("h:l:- attacked", "negative word “attacked” before the target"),
        ("h:r:+ (any)", "a positive word after the target"),
        ("l:criticized", "“criticized” just before the target"),
        ("role:speaker said", "the target is the one speaking (“said”)"),
        ("word lists #neg clause", "word lists: how many negative words in the target's clause"),
        ("vader window-weighted", "vader: sentiment near the target, nearer words counting more"),
        ("s:attacked <target>", "the sentence says “attacked <target>”"),
    ])
    func describe(name: String, expected: String) {
        #expect(FeatureDescription.describe(name) == expected)
    }
}
