/// Builds the extractors a `PipelineSpec` describes and runs them on examples.
package struct FeaturePipeline: Sendable {
    package let spec: PipelineSpec
    package let lexicons: [SentimentLexicon]
    let lexiconIndex: LexiconIndex
    let extractors: [any FeatureExtractor]
    /// Where each block's dense features start in the dense part of a row.
    let denseOffsets: [Int]
    package let denseNames: [String]
    /// `spec.readsTopics`, kept: examples ask it one by one.
    package let readsTopics: Bool
    let tokenizer = WordTokenizer()
    let splitter = SentenceSplitter()

    package init(spec: PipelineSpec, lexicons: [SentimentLexicon]) throws {
        guard spec.tokenizer == PipelineSpec.currentTokenizer else {
            throw StanceError.data("the model was built with tokenizer \"\(spec.tokenizer)\"; this version has \"\(PipelineSpec.currentTokenizer)\"")
        }
        try spec.validate()
        self.spec = spec
        self.lexicons = lexicons
        self.lexiconIndex = LexiconIndex(lexicons)
        var extractors: [any FeatureExtractor] = []
        for block in spec.blocks {
            extractors.append(try Self.extractor(block.extractor, lexiconNames: lexicons.map(\.name)))
        }
        self.extractors = extractors
        self.readsTopics = spec.readsTopics
        var offsets: [Int] = []
        var names: [String] = []
        for extractor in extractors {
            offsets.append(names.count)
            names += extractor.denseNames
        }
        self.denseOffsets = offsets
        self.denseNames = names
    }

    package var blockCount: Int { extractors.count }

    static func extractor(_ extractor: PipelineSpec.Extractor, lexiconNames: [String]) throws -> any FeatureExtractor {
        switch extractor {
        case .ngrams(let scope, let maxN, let mask): return NGramBagExtractor(scope: scope, maxN: maxN, maskTarget: mask)
        case .window(let size, let decay): return ContextWindowExtractor(size: size, decay: decay)
        case .targetWords: return TargetWordsExtractor()
        case .lexicon(let window): return LexiconExtractor(lexiconNames: lexiconNames, window: window)
        case .lexiconHits(let window): return LexiconHitsExtractor(window: window)
        case .targetRole: return TargetRoleExtractor()
        case .characters(let minN, let maxN): return CharacterNGramExtractor(minN: minN, maxN: maxN)
        case .perTopic(let inner):
            let built = try Self.extractor(inner, lexiconNames: lexiconNames)
            guard built.denseNames.isEmpty else { throw StanceError.data("a per-topic block needs a sparse extractor, not \(inner)") }
            return PerTopicExtractor(built)
        }
    }

    /// The context of `example`: its text tokenized and, when the text has several sentences,
    /// narrowed to the sentence that holds the target. `topic` is read only by a model that
    /// conditions on the target's name (`spec.readsTopics`).
    package func context(text: String, target: TextSpan?, topic: Topic? = nil) -> TargetContext {
        context(text: CodePointText(text), target: target, topic: topic)
    }

    package func context(text codePoints: CodePointText, target: TextSpan?, topic: Topic? = nil) -> TargetContext {
        var tokens = tokenizer.tokenize(codePoints)
        if let target, tokens.count > 1 {
            let sentences = splitter.split(tokens, in: codePoints)
            if sentences.count > 1,
                let sentence = sentences.first(where: { tokens[$0.upperBound - 1].span.end > target.start })
            {
                tokens = Array(tokens[sentence])
            }
        }
        return TargetContext(text: codePoints, tokens: tokens, targetSpan: target, topic: readsTopics ? topic : nil, lexicons: lexiconIndex)
    }

    package func context(for example: LabeledExample) -> TargetContext {
        context(text: example.codePoints, target: example.target, topic: topic(of: example, in: example.codePoints))
    }

    /// The topic of `example` for this pipeline: its target's name, or the text at its span;
    /// nil unless the pipeline reads topics.
    func topic(of example: LabeledExample, in text: CodePointText) -> Topic? {
        guard readsTopics else { return nil }
        return (example.targetName ?? example.target.map(text.string(in:))).flatMap(Topic.init)
    }

    /// A buffer for `encode`, reusable across examples; with `recordsNames`, for explanations.
    package func makeRawFeatures(recordsNames: Bool = false) -> RawFeatures {
        RawFeatures(denseOffsets: denseOffsets, denseCount: denseNames.count, recordsNames: recordsNames)
    }

    /// Runs every extractor on `context` into `raw` (cleared first).
    package func encode(_ context: TargetContext, into raw: inout RawFeatures) {
        raw.reset()
        for (b, extractor) in extractors.enumerated() {
            raw.beginBlock(b)
            extractor.extract(context, into: &raw)
        }
        raw.finish()
        // Keys from different blocks never collide: each block mixes its index in.
        for b in 0..<extractors.count { raw.mixKeys(b, seed: UInt64(b + 1)) }
    }

    /// The names of `context`'s sparse features, by key (as `encode` produces them).
    package func featureNames(_ context: TargetContext) -> [UInt64: String] {
        var raw = makeRawFeatures(recordsNames: true)
        encode(context, into: &raw)
        var names: [UInt64: String] = [:]
        for (i, key) in raw.keys.enumerated() where names[key] == nil { names[key] = raw.name(i, in: context) }
        return names
    }
}
