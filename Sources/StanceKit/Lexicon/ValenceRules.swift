/// VADER-style rules that turn lexicon hits into per-token valences in context.
///
/// Constants are those of Hutto & Gilbert (2014), "VADER: A Parsimonious Rule-based Model for
/// Sentiment Analysis of Social Media Text", ICWSM; the word lists are this project's own.
/// Unlike VADER, every rule looks tokens up by index (never by value, which is how VADER's
/// `_but_check` goes wrong on repeated words) and negation stops at clause punctuation.
public struct ValenceRules: Sendable {
    /// Added to a sentiment word's magnitude per preceding booster ("very good"). VADER's B_INCR.
    public static let boosterIncrement = 0.293 / LexiconLoader.vaderScale
    /// A booster two or three tokens away counts less: VADER scales by 0.95 and 0.9.
    public static let boosterDecay = [1.0, 0.95, 0.9]
    /// Added to the magnitude of an ALL-CAPS sentiment word in mixed-case text. VADER's C_INCR.
    public static let allCapsIncrement = 0.733 / LexiconLoader.vaderScale
    /// A negated word's valence is multiplied by this. VADER's N_SCALAR.
    public static let negationScalar = -0.74
    /// Tokens a negator reaches to its right (VADER looks three tokens back from the word).
    public static let negationReach = 3
    /// Before a contrast word ("but", "however") valences are halved, after it raised by half.
    public static let beforeContrastScalar = 0.5
    public static let afterContrastScalar = 1.5

    public init() {}

    /// Valence of every token of `tokens[range]` under `lexicon`, in context.
    /// Tokens outside `range` get 0. `negated[i]` is true where a negator reached token i.
    /// `classes[i]` is `WordLists.wordClass(of: tokens[i].key)`, computed once by the caller.
    public func valences(
        _ tokens: [Token], classes: [WordClass], range: Range<Int>, lexicon: SentimentLexicon, mixedCase: Bool
    ) -> (valences: [Double], negated: [Bool]) {
        var valences = [Double](repeating: 0, count: tokens.count)
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
            var v = lexicon.valence(of: token.key)
            if negationLeft > 0 {
                negated[i] = true
                negationLeft -= 1
            }
            guard v != 0 else { continue }
            let sign: Double = v > 0 ? 1 : -1
            var back = 1
            while back <= Self.boosterDecay.count, i - back >= range.lowerBound {
                let previous = tokens[i - back]
                if previous.kind == .punctuation { break }
                if classes[i - back].contains(.booster) {
                    v += sign * Self.boosterIncrement * Self.boosterDecay[back - 1]
                } else if classes[i - back].contains(.dampener) {
                    v -= sign * Self.boosterIncrement * Self.boosterDecay[back - 1]
                }
                back += 1
            }
            if mixedCase && token.isAllCaps { v += sign * Self.allCapsIncrement }
            if negated[i] { v *= Self.negationScalar }
            valences[i] = v
        }
        if let c = contrastAt {
            for i in range where valences[i] != 0 {
                valences[i] *= i < c ? Self.beforeContrastScalar : Self.afterContrastScalar
            }
        }
        return (valences, negated)
    }
}
