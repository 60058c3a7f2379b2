/// Which sentiment words stand near the target, with their side and their polarity in context:
/// "l:- attacked" is a negative word (after negation rules) left of the target. Unlike the
/// dense lexicon sums, this lets the model learn that some lexicon words matter more than
/// their lexicon valence says in news (e.g. "conservative" is not negative here).
struct LexiconHitsExtractor: FeatureExtractor {
    var window: Int
    let seed = Namespace.seed("lexicon-hits")

    init(window: Int) {
        self.window = window
    }

    /// Name prefixes by side (left, right) and sign (negative, positive).
    static let prefixes: [[StaticString]] = [["h:l:- ", "h:l:+ "], ["h:r:- ", "h:r:+ "]]

    func extract(_ context: TargetContext, into sink: inout RawFeatures) {
        guard context.hasTarget, !context.valences.isEmpty else { return }
        let words = context.wordIndices
        let target = context.targetWordRange
        let low = max(0, target.lowerBound - window)
        let high = min(words.count, target.upperBound + window)
        for w in low..<high {
            let i = words[w]
            if context.target.contains(i) { continue }
            var v = 0.0
            for valences in context.valences where valences[i] != 0 {
                v = valences[i]
                break
            }
            guard v != 0 else { continue }
            let side: UInt64 = i < context.target.lowerBound ? 0 : 1
            let sign: UInt64 = v > 0 ? 1 : 0
            let tag = TokenKey.combine(seed, side &* 2 &+ sign)
            let prefix = Self.prefixes[Int(side)][Int(sign)]
            sink.add(TokenKey.combine(tag, context.tokens[i].key), 1, named: .tokens(prefix: prefix, Int32(i), count: 1))
            sink.add(tag, 1, name: prefix.description + "(any)")
        }
    }
}
