/// A text with its tokens, the target's place in them, and the per-token lexicon valences:
/// everything a `FeatureExtractor` reads. Built once per example by `FeaturePipeline`.
package struct TargetContext: Sendable {
    package let text: CodePointText
    package let tokens: [Token]
    /// Token range of the target; empty (at 0) when the example has no target.
    package let target: Range<Int>
    package let hasTarget: Bool
    /// The target as named, for models that condition on it (`PipelineSpec.readsTopics`); nil
    /// for other models and for texts classified as a whole.
    package internal(set) var topic: Topic?
    /// Token range of the target's clause: between the nearest clause breaks or contrast words.
    package let clause: Range<Int>
    /// Per lexicon (in pipeline order), the valence of every token in context.
    package let valences: [[Double]]
    /// Whether a negator reaches each token.
    package let negated: [Bool]
    /// `WordLists.wordClass` of every token.
    package let classes: [WordClass]
    /// Indices of word and number tokens: windows count these, skipping punctuation.
    package let wordIndices: [Int]
    /// The target's place in `wordIndices` (empty where the target has no word token).
    package let targetWordRange: Range<Int>

    /// Whether the text has both upper- and lower-case letters: in all-caps or all-lower text a
    /// capital says nothing, so the valence rules ignore case.
    package let isMixedCase: Bool

    /// The context of `tokens` in `text`, mixed case or not judged over the whole text.
    package init(text: CodePointText, tokens: [Token], targetSpan: TextSpan?, topic: Topic? = nil, lexicons: LexiconIndex) {
        self.init(text: text, tokens: tokens, targetSpan: targetSpan, topic: topic, lexicons: lexicons, mixedCase: Self.isMixedCase(text.scalars[...]))
    }

    /// The context of `tokens` in `text`, with mixed case judged by the caller (an article
    /// judges it over the mention's sentence, not its whole paragraph).
    init(text: CodePointText, tokens: [Token], targetSpan: TextSpan?, topic: Topic? = nil, lexicons: LexiconIndex, mixedCase: Bool) {
        self.text = text
        self.topic = topic
        isMixedCase = mixedCase
        self.tokens = tokens
        if let span = targetSpan {
            let first = tokens.firstIndex { $0.span.end > span.start } ?? tokens.count
            var last = first
            while last < tokens.count, tokens[last].span.start < span.end { last += 1 }
            target = first..<last
            hasTarget = true
        } else {
            target = 0..<0
            hasTarget = false
        }
        let classes = tokens.map { WordLists.wordClass(of: $0.key) }
        self.classes = classes
        clause = Self.clause(around: target, classes: classes, hasTarget: hasTarget)
        var wordIndices: [Int] = []
        wordIndices.reserveCapacity(tokens.count)  // one allocation, where `filter` grows step by step
        for (i, token) in tokens.enumerated() where token.kind == .word || token.kind == .number { wordIndices.append(i) }
        self.wordIndices = wordIndices
        let target = self.target
        let lower = wordIndices.firstIndex { $0 >= target.lowerBound } ?? wordIndices.count
        let upper = wordIndices.firstIndex { $0 >= target.upperBound } ?? wordIndices.count
        targetWordRange = lower..<max(lower, upper)

        let result = ValenceRules().valences(tokens, classes: classes, range: tokens.indices, index: lexicons, mixedCase: mixedCase)
        self.valences = result.valences
        self.negated = result.negated
    }

    static func isMixedCase(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        var letters = (upper: false, lower: false)
        for scalar in scalars {
            if CharacterClass.isUppercase(scalar) { letters.upper = true }
            if CharacterClass.isLowercase(scalar) { letters.lower = true }
            if letters.upper && letters.lower { return true }
        }
        return false
    }

    /// The clause around `target`: bounded by clause punctuation and contrast words.
    static func clause(around target: Range<Int>, classes: [WordClass], hasTarget: Bool) -> Range<Int> {
        guard hasTarget else { return classes.indices }
        let breaks: WordClass = [.clauseBreak, .contrast]
        var start = target.lowerBound
        while start > 0, classes[start - 1].isDisjoint(with: breaks) { start -= 1 }
        var end = target.upperBound
        while end < classes.count, classes[end].isDisjoint(with: breaks) { end += 1 }
        return start..<end
    }
}
