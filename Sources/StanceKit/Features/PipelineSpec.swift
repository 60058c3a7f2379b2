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

    /// The blocks of the standard pipeline, by the names the command line uses.
    public enum BlockName: String, CaseIterable, Sendable {
        case sentence, clause, window, target, hits, role, lexicon
    }

    /// The standard pipeline with the chosen blocks, in a fixed order; the defaults were chosen
    /// on NewsMTSC rw-dev and mt-dev (see README, "Results").
    public static func standard(
        blocks names: Set<BlockName> = Set(BlockName.allCases), maskTarget: Bool = true, window: Int = 5, windowDecay: Double = 0.3
    ) -> PipelineSpec {
        let blocks: [Block] = BlockName.allCases.filter(names.contains).map { name in
            switch name {
            case .sentence: Block(extractor: .ngrams(scope: .sentence, maxN: 2, maskTarget: maskTarget), weighting: .tfidf)
            case .clause: Block(extractor: .ngrams(scope: .clause, maxN: 1, maskTarget: maskTarget), weighting: .tfidf)
            case .window: Block(extractor: .window(size: window, decay: windowDecay), weighting: .tfidf)
            case .target: Block(extractor: .targetWords, weighting: .tfidf)
            case .hits: Block(extractor: .lexiconHits(window: window), weighting: .tfidf)
            case .role: Block(extractor: .targetRole, weighting: .raw)
            case .lexicon: Block(extractor: .lexicon(window: window), weighting: .raw)
            }
        }
        return PipelineSpec(tokenizer: currentTokenizer, blocks: blocks)
    }
}
