/// Bag of word n-grams over the sentence or over the target's clause.
///
/// With `maskTarget`, the target's tokens become one `<target>` token, so the bag learns how
/// the sentence treats *a* target rather than which entity it is. Punctuation is dropped except
/// `!` and `?`, which carry tone.
package struct NGramBagExtractor: FeatureExtractor {
    package enum Scope: String, Codable, Sendable { case sentence, clause }

    package var scope: Scope
    package var maxN: Int
    package var maskTarget: Bool
    let seed: UInt64

    package init(scope: Scope, maxN: Int, maskTarget: Bool) {
        self.scope = scope
        self.maxN = maxN
        self.maskTarget = maskTarget
        self.seed = Namespace.seed("bag-" + scope.rawValue)
    }

    static let targetKey = TokenKey.of("<target>")
    static let exclamationKey = TokenKey.of("!")
    static let questionKey = TokenKey.of("?")

    package func extract(_ context: TargetContext, into sink: inout RawFeatures) {
        // A target that is only named has no clause (in a model with topics and spans both).
        if scope == .clause && !context.hasTarget && context.topic != nil { return }
        let range = scope == .clause ? context.clause : context.tokens.indices
        var units: [(key: UInt64, token: Int)] = []  // token == -1 for the target mask
        units.reserveCapacity(range.count)
        var i = range.lowerBound
        while i < range.upperBound {
            if maskTarget, context.hasTarget, i == context.target.lowerBound, !context.target.isEmpty {
                units.append((Self.targetKey, -1))
                i = context.target.upperBound
                continue
            }
            let token = context.tokens[i]
            if token.kind == .word || token.kind == .number || token.key == Self.exclamationKey || token.key == Self.questionKey {
                units.append((token.key, i))
            }
            i += 1
        }
        let prefix = scope == .sentence ? "s:" : "c:"
        for start in units.indices {
            var key = seed
            for n in 1...maxN where start + n <= units.count {
                key = TokenKey.combine(key, units[start + n - 1].key)
                sink.add(key, 1, named: Self.name(prefix, units[start..<start + n], context))
            }
        }
    }

    /// Up to three words as token positions, named when shown; longer n-grams as text.
    private static func name(_ prefix: String, _ units: ArraySlice<(key: UInt64, token: Int)>, _ context: TargetContext) -> FeatureName {
        let s = units.startIndex
        switch units.count {
        case 1: return .tokens(prefix: prefix, Int32(units[s].token), 0, 0, count: 1)
        case 2: return .tokens(prefix: prefix, Int32(units[s].token), Int32(units[s + 1].token), 0, count: 2)
        case 3: return .tokens(prefix: prefix, Int32(units[s].token), Int32(units[s + 1].token), Int32(units[s + 2].token), count: 3)
        default:
            return .text(prefix + units.map { $0.token < 0 ? "<target>" : context.text.normalizedText(of: context.tokens[$0.token]) }.joined(separator: " "))
        }
    }
}
