/// Builds the extractors a `PipelineSpec` describes and runs them on examples.
public struct FeaturePipeline: Sendable {
    public let spec: PipelineSpec
    public let lexicons: [SentimentLexicon]
    let lexiconIndex: LexiconIndex
    let extractors: [any FeatureExtractor]
    /// Where each block's dense features start in the dense part of a row.
    let denseOffsets: [Int]
    public let denseNames: [String]
    let tokenizer = WordTokenizer()
    let splitter = SentenceSplitter()

    public init(spec: PipelineSpec, lexicons: [SentimentLexicon]) throws {
        guard spec.tokenizer == PipelineSpec.currentTokenizer else {
            throw StanceError.data("the model was built with tokenizer \"\(spec.tokenizer)\"; this version has \"\(PipelineSpec.currentTokenizer)\"")
        }
        self.spec = spec
        self.lexicons = lexicons
        self.lexiconIndex = LexiconIndex(lexicons)
        var extractors: [any FeatureExtractor] = []
        for block in spec.blocks {
            switch block.extractor {
            case .ngrams(let scope, let maxN, let mask):
                extractors.append(NGramBagExtractor(scope: scope, maxN: maxN, maskTarget: mask))
            case .window(let size, let decay):
                extractors.append(ContextWindowExtractor(size: size, decay: decay))
            case .targetWords:
                extractors.append(TargetWordsExtractor())
            case .lexicon(let window):
                extractors.append(LexiconExtractor(lexiconNames: lexicons.map(\.name), window: window))
            case .lexiconHits(let window):
                extractors.append(LexiconHitsExtractor(window: window))
            case .targetRole:
                extractors.append(TargetRoleExtractor())
            }
        }
        self.extractors = extractors
        var offsets: [Int] = []
        var names: [String] = []
        for extractor in extractors {
            offsets.append(names.count)
            names += extractor.denseNames
        }
        self.denseOffsets = offsets
        self.denseNames = names
    }

    public var blockCount: Int { extractors.count }

    /// The context of `example`: its text tokenized and, when the text has several sentences,
    /// narrowed to the sentence that holds the target.
    public func context(text: String, target: TextSpan?) -> TargetContext {
        context(text: CodePointText(text), target: target)
    }

    public func context(text codePoints: CodePointText, target: TextSpan?) -> TargetContext {
        var tokens = tokenizer.tokenize(codePoints)
        if let target, tokens.count > 1 {
            let sentences = splitter.split(tokens, in: codePoints)
            if sentences.count > 1,
                let sentence = sentences.first(where: { tokens[$0.upperBound - 1].span.end > target.start })
            {
                tokens = Array(tokens[sentence])
            }
        }
        return TargetContext(text: codePoints, tokens: tokens, targetSpan: target, lexicons: lexiconIndex)
    }

    public func context(for example: LabeledExample) -> TargetContext {
        context(text: example.text, target: example.target)
    }

    /// A buffer for `encode`, reusable across examples; with `recordsNames`, for explanations.
    public func makeRawFeatures(recordsNames: Bool = false) -> RawFeatures {
        RawFeatures(denseOffsets: denseOffsets, denseCount: denseNames.count, recordsNames: recordsNames)
    }

    /// Runs every extractor on `context` into `raw` (cleared first).
    public func encode(_ context: TargetContext, into raw: inout RawFeatures) {
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
    public func featureNames(_ context: TargetContext) -> [UInt64: String] {
        var raw = makeRawFeatures(recordsNames: true)
        encode(context, into: &raw)
        var names: [UInt64: String] = [:]
        for (key, name) in zip(raw.keys, raw.names) where names[key] == nil { names[key] = name }
        return names
    }
}
