/// How a signed score (P(positive side) − P(negative side), from −1 to 1) is read: the label of
/// an aggregate, a report's colour, and whether an actor is "mixed". Three names for three
/// uses; they share one value on purpose, so that a report's colour, label and flag never
/// disagree: a third of the way to certainty, set when reading the first reports, not fitted.
public enum Polarity {
    /// An aggregated score (an actor's, a topic's, a corpus row's) leaves the neutral-side label past this.
    public static let labelThreshold = 0.3
    /// Reports colour a score past this (green / blue positive, red / orange negative).
    public static let colourThreshold = 0.3
    /// An actor is mixed when one paragraph is at least this positive and another this negative.
    public static let mixedThreshold = 0.3

    /// +1, −1 or 0: the side `score` is clearly on, past `threshold`.
    public static func side(of score: Double, past threshold: Double) -> Int {
        score >= threshold ? 1 : (score <= -threshold ? -1 : 0)
    }

    /// The model's own class for an aggregated score: the class on its side, the neutral-side
    /// class within ±`labelThreshold` (as the model spells it: "neutral", "none"); a model with
    /// no class on that side (favor/against only) gives the class of the score's sign.
    public static func label(for score: Double, classes: [String]) -> String {
        let wanted = side(of: score, past: labelThreshold)
        if let label = classes.first(where: { Label.sign(of: $0) == wanted }) { return label }
        let sign = score < 0 ? -1 : 1
        return classes.first { Label.sign(of: $0) == sign } ?? classes[0]
    }

    /// Whether `scores` hold both a clearly positive and a clearly negative one.
    public static func isMixed(_ scores: some Sequence<Double>) -> Bool {
        var (positive, negative) = (false, false)
        for score in scores {
            if score >= mixedThreshold { positive = true }
            if score <= -mixedThreshold { negative = true }
        }
        return positive && negative
    }
}
