/// The full, serialisable description of a feature pipeline: stored in every model file so
/// that scoring builds exactly the features training built.
public struct PipelineSpec: Codable, Sendable, Equatable {
    public enum Extractor: Codable, Sendable, Equatable {
        case ngrams(scope: NGramBagExtractor.Scope, maxN: Int, maskTarget: Bool)
        case window(size: Int, decay: Double)
        case targetWords
        case lexicon(window: Int)
        case lexiconHits(window: Int)
        case targetRole
    }

    public struct Block: Codable, Sendable, Equatable {
        public var extractor: Extractor
        public var weighting: BlockWeighting
    }

    /// Identifies the tokenizer's rules; bump when they change so old models refuse to load silently wrong.
    public var tokenizer: String
    public var blocks: [Block]

    public static let currentTokenizer = "stancekit-words-1"

    /// The default pipeline, chosen on NewsMTSC rw-dev and mt-dev (see README, "Results").
    public static func standard(maskTarget: Bool = true, targetWords: Bool = true, window: Int = 5, windowDecay: Double = 0.3) -> PipelineSpec {
        var blocks: [Block] = [
            Block(extractor: .ngrams(scope: .sentence, maxN: 2, maskTarget: maskTarget), weighting: .tfidf),
            Block(extractor: .ngrams(scope: .clause, maxN: 2, maskTarget: maskTarget), weighting: .tfidf),
            Block(extractor: .window(size: window, decay: windowDecay), weighting: .tfidf),
            Block(extractor: .lexiconHits(window: window), weighting: .tfidf),
            Block(extractor: .targetRole, weighting: .raw),
            Block(extractor: .lexicon(window: window), weighting: .raw),
        ]
        if targetWords { blocks.insert(Block(extractor: .targetWords, weighting: .tfidf), at: 3) }
        return PipelineSpec(tokenizer: currentTokenizer, blocks: blocks)
    }
}
