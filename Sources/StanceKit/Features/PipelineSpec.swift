/// The full, serialisable description of a feature pipeline: stored in every model file so
/// that scoring builds exactly the features training built.
package struct PipelineSpec: Codable, Sendable, Equatable {
    package enum Extractor: Codable, Sendable, Equatable {
        case ngrams(scope: NGramBagExtractor.Scope, maxN: Int, maskTarget: Bool)
        case window(size: Int, decay: Double)
        case targetWords
        case lexicon(window: Int)
        case lexiconHits(window: Int)
        case targetRole
        case characters(minN: Int, maxN: Int)
        /// A sparse extractor's features, one copy per topic (`PerTopicExtractor`).
        indirect case perTopic(Extractor)
    }

    package struct Block: Codable, Sendable, Equatable {
        package var extractor: Extractor
        package var weighting: BlockWeighting
    }

    /// Identifies the tokenizer's rules; bump when they change so old models refuse to load silently wrong.
    package var tokenizer: String
    package var blocks: [Block]

    package static let currentTokenizer = "stancekit-words-1"

    /// Throws when a block's settings cannot work (its extractor would trap or emit nothing):
    /// checked when a pipeline is built, so a library caller hears it as a CLI user does.
    package func validate() throws {
        for block in blocks { try Self.validate(block.extractor) }
    }

    static func validate(_ extractor: Extractor) throws {
        func fail(_ message: String) -> StanceError { .usage("pipeline: " + message) }
        switch extractor {
        case .ngrams(_, let maxN, _): guard maxN >= 1 else { throw fail("n-grams need maxN ≥ 1 (got \(maxN))") }
        case .window(let size, let decay):
            guard size >= 1 else { throw fail("the context window needs size ≥ 1 (got \(size))") }
            guard decay >= 0, decay.isFinite else { throw fail("the window decay must be a number ≥ 0 (got \(decay))") }
        case .lexicon(let window), .lexiconHits(let window): guard window >= 1 else { throw fail("a lexicon window needs size ≥ 1 (got \(window))") }
        case .characters(let minN, let maxN): guard minN >= 1, maxN >= minN else { throw fail("character n-grams need 1 ≤ minN ≤ maxN (got \(minN)…\(maxN))") }
        case .perTopic(let inner): try validate(inner)
        case .targetWords, .targetRole: break
        }
    }

    /// Whether the model conditions on the target's name (a topic model): then a target need not
    /// occur in the text.
    package var readsTopics: Bool {
        blocks.contains { if case .perTopic = $0.extractor { true } else { false } }
    }

    /// Whether a block reads character n-grams (shared or per topic).
    package var hasCharacterNGrams: Bool {
        blocks.contains {
            switch $0.extractor {
            case .characters, .perTopic(.characters): true
            default: false
            }
        }
    }

    /// The blocks of the standard pipeline, by the names the command line uses.
    package enum BlockName: String, CaseIterable, Sendable {
        case sentence, clause, window, target, hits, role, lexicon, chars

        /// The blocks that read the target's place in the text: empty for a target that is only named.
        static let spanBlocks: Set<BlockName> = [.clause, .window, .hits, .role]

        /// The default blocks for `targets`: all but character n-grams where the targets are spans
        /// (they did not help on NewsMTSC dev: see README, "Results"), all where some are topics.
        package static func defaults(for targets: Targets) -> Set<BlockName> {
            targets == .spans ? Set(allCases).subtracting([.chars]) : Set(allCases)
        }
    }

    /// Where a training set's targets are: each a span of its text, none of them in the text
    /// (topics), or some of each.
    package enum Targets: String, Sendable {
        case spans, topics, mixed

        /// What `examples` hold: topics when some example names a target its text lacks.
        package static func of(_ examples: [LabeledExample]) -> Targets {
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
    package static func standard(
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
