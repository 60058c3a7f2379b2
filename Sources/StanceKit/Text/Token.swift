/// One token of a text: where it is, what kind it is, and a hash of its normalised form.
///
/// The token keeps no `String`. `key` identifies its lower-cased form (curly apostrophes folded
/// to `'`), computed once by the tokenizer, and is what features and lexicons look up.
package struct Token: Hashable, Sendable {
    package enum Kind: UInt8, Sendable {
        case word, number, punctuation, symbol
    }

    package var span: TextSpan
    package var kind: Kind
    /// `TokenKey.of(...)` of the lower-cased, apostrophe-folded text.
    package var key: UInt64
    /// Starts with an upper-case letter.
    package var isCapitalized: Bool
    /// Has at least two letters and no lower-case letter ("NOT", "U.S.").
    package var isAllCaps: Bool

    package init(span: TextSpan, kind: Kind, key: UInt64, isCapitalized: Bool, isAllCaps: Bool) {
        self.span = span
        self.kind = kind
        self.key = key
        self.isCapitalized = isCapitalized
        self.isAllCaps = isAllCaps
    }
}

extension CodePointText {
    /// The token's text exactly as written.
    package func text(of token: Token) -> String { string(in: token.span) }

    /// The token's normalised form: lower-cased, curly apostrophes folded; the text behind `token.key`.
    package func normalizedText(of token: Token) -> String {
        var view = String.UnicodeScalarView()
        for scalar in scalars[token.span.start..<token.span.end] {
            TokenKey.appendNormalized(scalar, to: &view)
        }
        return String(view)
    }
}
