/// A target the example names but its text need not contain ("Legalization of Abortion",
/// "Hillary Clinton"): the common case in stance data. Models that condition on it read its
/// words and its identity, the lower-cased words joined by single spaces, so "Legalization of
/// abortion" and "legalization  of Abortion" are one topic.
package struct Topic: Sendable, Hashable {
    /// The normalised name: lower-cased word and number tokens joined by single spaces.
    package let name: String
    /// `TokenKey.of(name)`: what per-target features are keyed by.
    package let key: UInt64
    /// The keys of its words, in order.
    package let wordKeys: [UInt64]
    package let words: [String]

    /// The topic `name` names; nil when it has no word or number.
    package init?(_ name: String) {
        let text = CodePointText(name)
        let tokens = WordTokenizer().tokenize(text).filter { $0.kind == .word || $0.kind == .number }
        guard !tokens.isEmpty else { return nil }
        words = tokens.map(text.normalizedText(of:))
        wordKeys = tokens.map(\.key)
        self.name = words.joined(separator: " ")
        key = TokenKey.of(self.name)
    }
}
