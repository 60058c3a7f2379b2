/// Bag of character n-grams of the text in context, lower-cased, with every run of white space
/// read as one space (so n-grams span word boundaries, as in the SVM baseline of the SemEval-2016
/// stance task, which used 2- to 5-grams). They see inside hashtags, misspellings and
/// elongations ("#stopthegop", "soooo") that word features miss, at ≈ 4 features per character.
struct CharacterNGramExtractor: FeatureExtractor {
    var minN: Int
    var maxN: Int
    let seed = Namespace.seed("characters")

    init(minN: Int, maxN: Int) {
        self.minN = minN
        self.maxN = maxN
    }

    func extract(_ context: TargetContext, into sink: inout RawFeatures) {
        guard let first = context.tokens.first, let last = context.tokens.last else { return }
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(last.span.end - first.span.start)
        for scalar in context.text.scalars[first.span.start..<last.span.end] {
            if CharacterClass.isWhitespace(scalar) {
                if scalars.last != " " { scalars.append(" ") }
            } else {
                scalars.append(scalar)
            }
        }
        for start in scalars.indices {
            var hash = FNV1a()
            for n in 1...maxN where start + n <= scalars.count {
                TokenKey.append(scalars[start + n - 1], to: &hash)
                if n >= minN {
                    sink.add(TokenKey.combine(seed, hash.value), 1, name: Self.name(scalars[start..<start + n]))
                }
            }
        }
    }

    static func name(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var view = String.UnicodeScalarView()
        for scalar in scalars { TokenKey.appendNormalized(scalar, to: &view) }
        return "ch:" + String(view)
    }
}
