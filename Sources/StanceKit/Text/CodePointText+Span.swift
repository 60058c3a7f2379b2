extension CodePointText {
    /// Where `name` occurs in the text: the first word-bounded occurrence with the same case, else
    /// the first word-bounded one in any case ("Legalization of abortion" for "Legalization of
    /// Abortion"), else the first occurrence with the same case at all.
    package func span(of name: String) -> TextSpan? {
        let needle = Array(name.unicodeScalars)
        guard !needle.isEmpty, needle.count <= count else { return nil }
        var anyCase: TextSpan? = nil
        var unbounded: TextSpan? = nil
        for start in 0...(count - needle.count) where Self.sameIgnoringCase(scalars[start], needle[0]) {
            let window = scalars[start..<start + needle.count]
            let exact = window.elementsEqual(needle)
            guard exact || (anyCase == nil && window.elementsEqual(needle, by: Self.sameIgnoringCase)) else { continue }
            let end = start + needle.count
            let before = start == 0 || !CharacterClass.isAlphanumeric(scalars[start - 1])
            let after = end == count || !CharacterClass.isAlphanumeric(scalars[end])
            let span = TextSpan(start: start, end: end)
            if before && after {
                if exact { return span }
                anyCase = anyCase ?? span
            } else if exact, unbounded == nil {
                unbounded = span
            }
        }
        return anyCase ?? unbounded
    }

    private static func sameIgnoringCase(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> Bool {
        if a == b { return true }
        if a.isASCII && b.isASCII { return a.value | 0x20 == b.value | 0x20 && CharacterClass.isLetter(a) }
        return a.properties.lowercaseMapping == b.properties.lowercaseMapping
    }
}
