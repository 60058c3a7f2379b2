/// VADER-style rules that turn lexicon hits into per-token valences in context.
///
/// Constants are those of Hutto & Gilbert (2014), "VADER: A Parsimonious Rule-based Model for
/// Sentiment Analysis of Social Media Text", ICWSM; the word lists are this project's own.
/// Unlike VADER, every rule looks tokens up by index (never by value, which is how VADER's
/// `_but_check` goes wrong on repeated words) and negation stops at clause punctuation.
struct ValenceRules: Sendable {
    /// Added to a sentiment word's magnitude per preceding booster ("very good"). VADER's B_INCR.
    static let boosterIncrement = 0.293 / LexiconLoader.vaderScale
    /// A booster two or three tokens away counts less: VADER scales by 0.95 and 0.9.
    static let boosterDecay = [1.0, 0.95, 0.9]
    /// Added to the magnitude of an ALL-CAPS sentiment word in mixed-case text. VADER's C_INCR.
    static let allCapsIncrement = 0.733 / LexiconLoader.vaderScale
    /// A negated word's valence is multiplied by this. VADER's N_SCALAR.
    static let negationScalar = -0.74
    /// Tokens a negator reaches to its right (VADER looks three tokens back from the word).
    static let negationReach = 3
    /// Before a contrast word ("but", "however") valences are halved, after it raised by half.
    static let beforeContrastScalar = 0.5
    static let afterContrastScalar = 1.5

    init() {}

    /// Valence of every token of `tokens[range]` under each lexicon of `index`, in context:
    /// `valences[l][i]` for lexicon l and token i (0 outside `range`). `negated[i]` is true where
    /// a negator reached token i. `classes[i]` is `WordLists.wordClass(of: tokens[i].key)`.
    func valences(
        _ tokens: [Token], classes: [WordClass], range: Range<Int>, index: LexiconIndex, mixedCase: Bool
    ) -> (valences: [[Double]], negated: [Bool]) {
        let lexiconCount = index.lexiconCount
        var valences = [[Double]](repeating: [Double](repeating: 0, count: tokens.count), count: lexiconCount)
        var negated = [Bool](repeating: false, count: tokens.count)
        var contrastAt: Int? = nil
        var negationLeft = 0
        for i in range {
            let token = tokens[i]
            let wordClass = classes[i]
            if wordClass.contains(.clauseBreak) { negationLeft = 0 }
            if wordClass.contains(.negator) {
                negationLeft = Self.negationReach
                continue
            }
            if contrastAt == nil, wordClass.contains(.contrast) { contrastAt = i }
            if negationLeft > 0 {
                negated[i] = true
                negationLeft -= 1
            }
            guard let row = index.row(of: token.key) else { continue }
            // Boosters and dampeners before the word, as one signed increment.
            var boost = 0.0
            var back = 1
            while back <= Self.boosterDecay.count, i - back >= range.lowerBound {
                if tokens[i - back].kind == .punctuation { break }
                if classes[i - back].contains(.booster) {
                    boost += Self.boosterIncrement * Self.boosterDecay[back - 1]
                } else if classes[i - back].contains(.dampener) {
                    boost -= Self.boosterIncrement * Self.boosterDecay[back - 1]
                }
                back += 1
            }
            if mixedCase && token.isAllCaps { boost += Self.allCapsIncrement }
            for l in 0..<lexiconCount {
                var v = index.valence(row: row, lexicon: l)
                if v == 0 { continue }
                v += v > 0 ? boost : -boost
                if negated[i] { v *= Self.negationScalar }
                valences[l][i] = v
            }
        }
        if let c = contrastAt {
            for l in 0..<lexiconCount {
                for i in range where valences[l][i] != 0 {
                    valences[l][i] *= i < c ? Self.beforeContrastScalar : Self.afterContrastScalar
                }
            }
        }
        return (valences, negated)
    }
}
