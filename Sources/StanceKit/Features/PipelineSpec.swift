/// The full, serialisable description of a feature pipeline: stored in every model file so
/// that scoring builds exactly the features training built.
public struct PipelineSpec: Codable, Sendable, Equatable {
    public indirect enum Extractor: Codable, Sendable, Equatable {
        case ngrams(scope: NGramBagExtractor.Scope, maxN: Int, maskTarget: Bool)
        case window(size: Int, decay: Double)
        case targetWords
        case lexicon(window: Int)
        case lexiconHits(window: Int)
        case targetRole
        case characters(minN: Int, maxN: Int)
        /// A sparse extractor's features, one copy per topic (`PerTopicExtractor`).
        case perTopic(Extractor)
    }

    public struct Block: Codable, Sendable, Equatable {
        public var extractor: Extractor
        public var weighting: BlockWeighting
    }

    /// Identifies the tokenizer's rules; bump when they change so old models refuse to load silently wrong.
    public var tokenizer: String
    public var blocks: [Block]

    public static let currentTokenizer = "stancekit-words-1"

    /// Whether the model conditions on the target's name (a topic model): then a target need not
    /// occur in the text.
    public var readsTopics: Bool {
        blocks.contains { if case .perTopic = $0.extractor { true } else { false } }
    }

    /// Whether a block reads character n-grams (shared or per topic).
    public var hasCharacterNGrams: Bool {
        blocks.contains {
            switch $0.extractor {
            case .characters, .perTopic(.characters): true
            default: false
            }
        }
    }

    /// The blocks of the standard pipeline, by the names the command line uses.
    public enum BlockName: String, CaseIterable, Sendable {
        case sentence, clause, window, target, hits, role, lexicon, chars

        /// The blocks that read the target's place in the text: empty for a target that is only named.
        static let spanBlocks: Set<BlockName> = [.clause, .window, .hits, .role]

        /// The default blocks for `targets`: all but character n-grams where the targets are spans
        /// (they did not help on NewsMTSC dev: see README, "Results"), all where some are topics.
        public static func defaults(for targets: Targets) -> Set<BlockName> {
            targets == .spans ? Set(allCases).subtracting([.chars]) : Set(allCases)
        }
    }

    /// Where a training set's targets are: each a span of its text, none of them in the text
    /// (topics), or some of each.
    public enum Targets: String, Sendable {
        case spans, topics, mixed

        /// What `examples` hold: topics when some example names a target its text lacks.
        public static func of(_ examples: [LabeledExample]) -> Targets {
            let named = examples.contains { $0.target == nil && $0.targetName != nil }
            guard named else { return .spans }
            return examples.contains { $0.target != nil } ? .mixed : .topics
        }
    }

    /// The standard pipeline with the chosen blocks, in a fixed order; the defaults were chosen
    /// on NewsMTSC rw-dev and mt-dev (see README, "Results").
    ///
    /// For topic targets the sentence bag runs to trigrams and, like the character n-grams, comes
    /// twice, shared and per topic: the features of the SemEval-2016 stance task's per-target
    /// baseline (word 1–3-grams, character 2–5-grams), in one model that still learns what the
    /// targets share. Blocks that read the target's place are left out when no target has one.
    public static func standard(
        blocks names: Set<BlockName> = BlockName.defaults(for: .spans), maskTarget: Bool = true, window: Int = 5, windowDecay: Double = 0.3,
        targets: Targets = .spans
    ) -> PipelineSpec {
        let perTopic = targets != .spans
        var blocks: [Block] = []
        for name in BlockName.allCases where names.contains(name) {
            if targets == .topics && BlockName.spanBlocks.contains(name) { continue }
            switch name {
            case .sentence:
                let bag = Extractor.ngrams(scope: .sentence, maxN: perTopic ? 3 : 2, maskTarget: maskTarget)
                blocks.append(Block(extractor: bag, weighting: .tfidf))
                if perTopic { blocks.append(Block(extractor: .perTopic(bag), weighting: .tfidf)) }
            case .chars:
                let characters = Extractor.characters(minN: 2, maxN: 5)
                blocks.append(Block(extractor: characters, weighting: .tfidf))
                if perTopic { blocks.append(Block(extractor: .perTopic(characters), weighting: .tfidf)) }
            case .clause: blocks.append(Block(extractor: .ngrams(scope: .clause, maxN: 1, maskTarget: maskTarget), weighting: .tfidf))
            case .window: blocks.append(Block(extractor: .window(size: window, decay: windowDecay), weighting: .tfidf))
            case .target: blocks.append(Block(extractor: .targetWords, weighting: .tfidf))
            case .hits: blocks.append(Block(extractor: .lexiconHits(window: window), weighting: .tfidf))
            case .role: blocks.append(Block(extractor: .targetRole, weighting: .raw))
            case .lexicon: blocks.append(Block(extractor: .lexicon(window: window), weighting: .raw))
            }
        }
        return PipelineSpec(tokenizer: currentTokenizer, blocks: blocks)
    }
}
