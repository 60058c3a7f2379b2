/// One token of a text: where it is, what kind it is, and a hash of its normalised form.
///
/// The token keeps no `String`. `key` identifies its lower-cased form (curly apostrophes folded
/// to `'`), computed once by the tokenizer, and is what features and lexicons look up.
public struct Token: Hashable, Sendable {
    public enum Kind: UInt8, Sendable {
        case word, number, punctuation, symbol
    }

    public var span: TextSpan
    public var kind: Kind
    /// `TokenKey.of(...)` of the lower-cased, apostrophe-folded text.
    public var key: UInt64
    /// Starts with an upper-case letter.
    public var isCapitalized: Bool
    /// Has at least two letters and no lower-case letter ("NOT", "U.S.").
    public var isAllCaps: Bool

    public init(span: TextSpan, kind: Kind, key: UInt64, isCapitalized: Bool, isAllCaps: Bool) {
        self.span = span
        self.kind = kind
        self.key = key
        self.isCapitalized = isCapitalized
        self.isAllCaps = isAllCaps
    }
}

extension CodePointText {
    /// The token's text exactly as written.
    public func text(of token: Token) -> String { string(in: token.span) }

    /// The token's normalised form: lower-cased, curly apostrophes folded; the text behind `token.key`.
    public func normalizedText(of token: Token) -> String {
        var view = String.UnicodeScalarView()
        for scalar in scalars[token.span.start..<token.span.end] {
            TokenKey.appendNormalized(scalar, to: &view)
        }
        return String(view)
    }
}
