/// Classification of single code points, with an ASCII fast path; shared by the tokenizer
/// and the sentence splitter.
enum CharacterClass {
    @inline(__always)
    static func isLetter(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 128 { return (v >= 65 && v <= 90) || (v >= 97 && v <= 122) }
        return NonASCII.isAlphabetic(s)
    }

    @inline(__always)
    static func isDigit(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 128 { return v >= 48 && v <= 57 }
        return NonASCII.isDecimal(s)
    }

    @inline(__always)
    static func isAlphanumeric(_ s: Unicode.Scalar) -> Bool {
        isLetter(s) || isDigit(s) || (s.value >= 0x300 && NonASCII.isMark(s))
    }

    @inline(__always)
    static func isWhitespace(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 128 { return v == 32 || (v >= 9 && v <= 13) }
        return NonASCII.isWhitespace(s)
    }

    @inline(__always)
    static func isUppercase(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 128 { return v >= 65 && v <= 90 }
        return NonASCII.isUppercase(s)
    }

    @inline(__always)
    static func isLowercase(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 128 { return v >= 97 && v <= 122 }
        return NonASCII.isLowercase(s)
    }

    /// `'` and its typographic forms.
    @inline(__always)
    static func isApostrophe(_ s: Unicode.Scalar) -> Bool {
        s == "'" || s == "\u{2019}" || s == "\u{2018}" || s == "\u{02BC}"
    }

    /// Punctuation (as opposed to symbols such as `$` or an emoji).
    static func isPunctuation(_ s: Unicode.Scalar) -> Bool {
        if s.isASCII {
            switch s {
            case "$", "+", "<", "=", ">", "^", "`", "|", "~": return false
            default: return s.value > 32 && s.value < 127
            }
        }
        return NonASCII.isPunctuation(s)
    }

    /// The non-ASCII answers, each in a function of its own that is never inlined: the property
    /// types (`Unicode.Scalar.Properties`, `GeneralCategory`, `NumericType`) are resilient, so a
    /// function that touches one fetches their metadata and sizes its stack frame at run time on
    /// every call, ASCII text or not. Inlined, that prologue was a fifth of the word tokenizer's
    /// instructions.
    enum NonASCII {
        @inline(never) static func isAlphabetic(_ s: Unicode.Scalar) -> Bool { s.properties.isAlphabetic }
        @inline(never) static func isDecimal(_ s: Unicode.Scalar) -> Bool { s.properties.numericType == .decimal }
        @inline(never) static func isMark(_ s: Unicode.Scalar) -> Bool { s.properties.generalCategory.isMark }
        @inline(never) static func isWhitespace(_ s: Unicode.Scalar) -> Bool { s.properties.isWhitespace }
        @inline(never) static func isUppercase(_ s: Unicode.Scalar) -> Bool { s.properties.isUppercase }
        @inline(never) static func isLowercase(_ s: Unicode.Scalar) -> Bool { s.properties.isLowercase }

        @inline(never) static func isPunctuation(_ s: Unicode.Scalar) -> Bool {
            switch s.properties.generalCategory {
            case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
                .initialPunctuation, .finalPunctuation, .otherPunctuation:
                return true
            default:
                return false
            }
        }
    }
}

extension Unicode.GeneralCategory {
    var isMark: Bool {
        self == .nonspacingMark || self == .spacingMark || self == .enclosingMark
    }
}
