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
        // Read once, not per token (a static's lazy initialisation is checked at every read).
        let (target, exclamation, question) = (Self.targetKey, Self.exclamationKey, Self.questionKey)
        // The units on the stack: this runs for every example and block.
        withUnsafeTemporaryAllocation(of: Unit.self, capacity: range.count) { buffer in
            var count = 0
            var i = range.lowerBound
            while i < range.upperBound {
                if maskTarget, context.hasTarget, i == context.target.lowerBound, !context.target.isEmpty {
                    buffer[count] = Unit(key: target, token: -1)
                    count += 1
                    i = context.target.upperBound
                    continue
                }
                let token = context.tokens[i]
                if token.kind == .word || token.kind == .number || token.key == exclamation || token.key == question {
                    buffer[count] = Unit(key: token.key, token: Int32(i))
                    count += 1
                }
                i += 1
            }
            let units = UnsafeBufferPointer(rebasing: buffer[..<count])
            let prefix: StaticString = scope == .sentence ? "s:" : "c:"
            for start in units.indices {
                var key = seed
                for n in 1...maxN where start + n <= units.count {
                    key = TokenKey.combine(key, units[start + n - 1].key)
                    if n <= 3 {
                        let a = units[start].token, b = n > 1 ? units[start + 1].token : 0, c = n > 2 ? units[start + 2].token : 0
                        sink.add(key, 1, named: .tokens(prefix: prefix, a, b, c, count: Int8(n)))
                    } else {
                        sink.add(key, 1, name: prefix.description + units[start..<start + n].map { $0.text(in: context) }.joined(separator: " "))
                    }
                }
            }
        }
    }

    /// A word of the bag: its key and token (−1 for the target mask).
    struct Unit {
        var key: UInt64
        var token: Int32

        func text(in context: TargetContext) -> String {
            token < 0 ? "<target>" : context.text.normalizedText(of: context.tokens[Int(token)])
        }
    }
}
