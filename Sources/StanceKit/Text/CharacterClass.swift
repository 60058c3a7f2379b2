/// Classification of single code points, with an ASCII fast path; shared by the tokenizer
/// and the sentence splitter.
enum CharacterClass {
    @inline(__always)
    static func isLetter(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 128 { return (v >= 65 && v <= 90) || (v >= 97 && v <= 122) }
        return s.properties.isAlphabetic
    }

    @inline(__always)
    static func isDigit(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 128 { return v >= 48 && v <= 57 }
        return s.properties.numericType == .decimal
    }

    @inline(__always)
    static func isAlphanumeric(_ s: Unicode.Scalar) -> Bool {
        isLetter(s) || isDigit(s) || (s.value >= 0x300 && s.properties.generalCategory.isMark)
    }

    @inline(__always)
    static func isWhitespace(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 128 { return v == 32 || (v >= 9 && v <= 13) }
        return s.properties.isWhitespace
    }

    @inline(__always)
    static func isUppercase(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 128 { return v >= 65 && v <= 90 }
        return s.properties.isUppercase
    }

    @inline(__always)
    static func isLowercase(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 128 { return v >= 97 && v <= 122 }
        return s.properties.isLowercase
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
        switch s.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
            .initialPunctuation, .finalPunctuation, .otherPunctuation:
            return true
        default:
            return false
        }
    }
}

extension Unicode.GeneralCategory {
    var isMark: Bool {
        self == .nonspacingMark || self == .spacingMark || self == .enclosingMark
    }
}
