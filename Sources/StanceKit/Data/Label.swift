/// Labels are data: any set of strings. This maps the common ones to a sign for scores
/// (P(positive side) − P(negative side)) and orders classes deterministically.
package enum Label {
    /// NewsMTSC polarities −1, 0, 1.
    package static func fromPolarity(_ value: Int) -> String? {
        switch value {
        case -1: return "negative"
        case 0: return "neutral"
        case 1: return "positive"
        default: return nil
        }
    }

    static let positiveNames: Set<String> = ["positive", "pos", "favor", "favour", "for", "pro", "support", "agree", "1", "+1"]
    static let negativeNames: Set<String> = ["negative", "neg", "against", "con", "oppose", "disagree", "-1"]

    /// +1, −1 or 0 for the side a label stands on.
    package static func sign(of label: String) -> Int {
        let name = label.lowercased()
        if positiveNames.contains(name) { return 1 }
        if negativeNames.contains(name) { return -1 }
        return 0
    }

    /// Classes in a fixed order: negative side, then neutral ones alphabetically, then positive side.
    package static func ordered(_ labels: some Sequence<String>) -> [String] {
        Set(labels).sorted { a, b in
            let (sa, sb) = (sign(of: a), sign(of: b))
            return sa != sb ? sa < sb : a < b
        }
    }

    /// Labels compared without case ("FAVOR" is "favor"): each label mapped to the spelling seen
    /// first, which the model keeps and reports.
    package static func spellings(_ labels: some Sequence<String>) -> [String: String] {
        var first: [String: String] = [:]
        var spelling: [String: String] = [:]
        for label in labels where spelling[label] == nil {
            let folded = label.lowercased()
            if first[folded] == nil { first[folded] = label }
            spelling[label] = first[folded]
        }
        return spelling
    }

    /// The class among `classes` that `label` names, compared without case.
    package static func matching(_ label: String, in classes: [String]) -> String? {
        classes.first { $0 == label } ?? classes.first { $0.lowercased() == label.lowercased() }
    }
}
