/// Turns a feature's name into words a person understands, for explanations.
///
/// Feature names are compact (`h:l:- attacked`, `vader #neg clause`); this says what they mean:
/// "negative word “attacked” before the target", "VADER: how many negative words in the
/// target's clause".
package enum FeatureDescription {
    static let regions = [
        "left": "before the target", "right": "after the target", "clause": "in the target's clause",
        "outside-clause": "outside the target's clause", "window": "near the target", "sentence": "in the sentence",
    ]
    static let statistics = [
        "#pos": "how many positive words", "#neg": "how many negative words",
        "sum-pos": "strength of positive words", "sum-neg": "strength of negative words",
    ]

    package static func describe(_ name: String) -> String {
        func quoted(_ s: some StringProtocol) -> String { "“\(s)”" }
        if name == "(bias)" { return "the model's baseline for this label" }
        // A per-topic copy: "[TOPIC] NAME" (a topic is words, so holds no "]").
        if name.hasPrefix("["), let close = name.range(of: "] ") {
            return describe(String(name[close.upperBound...])) + " (toward \(quoted(name[name.index(after: name.startIndex)..<close.lowerBound])) only)"
        }
        if let rest = name.dropPrefix("ch:") { return "the characters \(quoted(rest))" }
        if let rest = name.dropPrefix("s:") { return "the sentence says \(quoted(rest))" }
        if let rest = name.dropPrefix("c:") { return "\(quoted(rest)) in the target's clause" }
        if let rest = name.dropPrefix("l:") { return "\(quoted(rest)) just before the target" }
        if let rest = name.dropPrefix("r:") { return "\(quoted(rest)) just after the target" }
        if let rest = name.dropPrefix("t:") { return "the target's own word \(quoted(rest))" }
        if name.hasPrefix("h:"), name.count > 6 {
            let parts = name.dropFirst(2)  // "l:- word"
            let side = parts.hasPrefix("l") ? "before" : "after"
            let polarity = parts.dropFirst(2).hasPrefix("+") ? "positive" : "negative"
            let word = parts.dropFirst(4)
            return word == "(any)" ? "a \(polarity) word \(side) the target" : "\(polarity) word \(quoted(word)) \(side) the target"
        }
        if let rest = name.dropPrefix("role:") {
            let words = rest.split(separator: " ", maxSplits: 1).map(String.init)
            let verb = words.count > 1 ? " (\(quoted(words[1])))" : ""
            switch words[0] {
            case "speaker", "speaker-inverted": return "the target is the one speaking" + verb
            case "according-to": return "the target is the source (“according to”)"
            case "object": return "the target is the object of a verb of saying or judging" + verb
            case "inside-quote": return "the target is inside a quotation"
            case "sentence-quotes": return "the sentence quotes someone"
            case "first-word": return "the target opens the sentence"
            default:
                if let fifth = words[0].dropPrefix("position-") { return "the target stands in part \(fifth) of 0–4 of the sentence" }
                return "role \(rest)"
            }
        }
        // Dense lexicon statistics: "LEXICON STATISTIC REGION" or "LEXICON EXTRA"; the lexicon's
        // name may itself hold spaces ("word lists"), so read from the end.
        let parts = name.split(separator: " ").map(String.init)
        if parts.count >= 3, let statistic = statistics[parts[parts.count - 2]], let region = regions[parts[parts.count - 1]] {
            return "\(parts.dropLast(2).joined(separator: " ")): \(statistic) \(region)"
        }
        if parts.count >= 2 {
            let lexicon = parts.dropLast().joined(separator: " ")
            switch parts[parts.count - 1] {
            case "window-weighted": return "\(lexicon): sentiment near the target, nearer words counting more"
            case "nearest-left": return "\(lexicon): the nearest sentiment word before the target"
            case "nearest-right": return "\(lexicon): the nearest sentiment word after the target"
            default: break
            }
        }
        switch name {
        case "negators-in-clause": return "negations (not, never, …) in the target's clause"
        case "negated-in-window": return "negated words near the target"
        case "question": return "the sentence is a question"
        case "exclamation": return "the sentence is an exclamation"
        default: return name
        }
    }
}

extension StringProtocol {
    func dropPrefix(_ prefix: String) -> SubSequence? {
        hasPrefix(prefix) ? dropFirst(prefix.count) : nil
    }
}
