/// Splits text into word, number, punctuation and symbol tokens with code-point spans.
///
/// Rules, in the spirit of the Penn Treebank conventions news models are used to:
/// - possessives and the negation clitic split off: "Putin's" → "Putin" "'s", "don't" → "do" "n't";
/// - other inner apostrophes stay ("O'Brien"), curly or straight;
/// - initialisms and known abbreviations keep their period ("U.S.", "Dr.", "Jan."), and so does
///   a single capital followed by a period (a middle initial);
/// - numbers keep inner `.` and `,` between digits ("1,500", "3.5");
/// - hyphens and dashes are tokens of their own, so "U.S.-Russia" gives three tokens;
/// - every other non-space code point is a one-code-point punctuation or symbol token.
package struct WordTokenizer: Sendable {
    package init() {}

    package func tokenize(_ text: CodePointText) -> [Token] {
        tokenize(text, in: text.fullSpan)
    }

    /// Tokenizes `span` of `text`; token spans are offsets into the whole text.
    package func tokenize(_ text: CodePointText, in span: TextSpan) -> [Token] {
        text.scalars.withUnsafeBufferPointer { tokenize($0, in: span) }
    }

    /// The scan itself, on the scalars' storage (no bounds check per scalar: every index is
    /// below `span.end`, which the text's count bounds).
    private func tokenize(_ s: UnsafeBufferPointer<Unicode.Scalar>, in span: TextSpan) -> [Token] {
        precondition(span.end <= s.count)
        let end = span.end
        var tokens: [Token] = []
        tokens.reserveCapacity(span.length / 4)
        var i = span.start
        while i < end {
            let c = s[i]
            if CharacterClass.isWhitespace(c) {
                i += 1
                continue
            }
            let tokenEnd: Int
            let kind: Token.Kind
            if let clitic = cliticLength(s, at: i, end: end) {
                tokenEnd = i + clitic
                kind = .word
            } else if CharacterClass.isDigit(c) {
                tokenEnd = scanNumber(s, from: i, end: end)
                kind = .number
            } else if CharacterClass.isAlphanumeric(c) {
                tokenEnd = scanWord(s, from: i, end: end)
                kind = .word
            } else {
                tokenEnd = i + 1
                kind = CharacterClass.isPunctuation(c) ? .punctuation : .symbol
            }
            tokens.append(makeToken(s, start: i, end: tokenEnd, kind: kind))
            i = tokenEnd
        }
        return tokens
    }

    /// Builds the token, computing its key and case flags in one pass over its code points.
    private func makeToken(_ s: UnsafeBufferPointer<Unicode.Scalar>, start: Int, end: Int, kind: Token.Kind) -> Token {
        var letters = 0
        var hasLower = false
        var hash = FNV1a()
        for k in start..<end {
            let c = s[k]
            if c.isASCII {
                let v = c.value
                if (v >= 65 && v <= 90) {
                    letters += 1
                    hash.add(UInt64(v + 32))
                    continue
                }
                if v >= 97 && v <= 122 {
                    letters += 1
                    hasLower = true
                }
                hash.add(UInt64(v))
            } else {
                if CharacterClass.isLetter(c) {
                    letters += 1
                    if CharacterClass.isLowercase(c) { hasLower = true }
                }
                TokenKey.append(c, to: &hash)
            }
        }
        return Token(
            span: TextSpan(start: start, end: end),
            kind: kind,
            key: hash.value,
            isCapitalized: CharacterClass.isUppercase(s[start]),
            isAllCaps: letters >= 2 && !hasLower
        )
    }

    /// Length of "'s" or "n't" at `i` when it stands as a clitic (followed by a non-letter).
    private func cliticLength(_ s: UnsafeBufferPointer<Unicode.Scalar>, at i: Int, end: Int) -> Int? {
        func boundary(_ k: Int) -> Bool { k >= end || !CharacterClass.isAlphanumeric(s[k]) }
        if CharacterClass.isApostrophe(s[i]), i + 1 < end, s[i + 1] == "s" || s[i + 1] == "S", boundary(i + 2) {
            return 2
        }
        if s[i] == "n" || s[i] == "N", i + 2 < end, CharacterClass.isApostrophe(s[i + 1]),
            s[i + 2] == "t" || s[i + 2] == "T", boundary(i + 3)
        {
            return 3
        }
        return nil
    }

    private func scanNumber(_ s: UnsafeBufferPointer<Unicode.Scalar>, from start: Int, end: Int) -> Int {
        var j = start
        while j < end {
            let c = s[j]
            if CharacterClass.isAlphanumeric(c) {
                j += 1
            } else if (c == "." || c == ","), j + 1 < end, CharacterClass.isDigit(s[j + 1]), CharacterClass.isDigit(s[j - 1]) {
                j += 1
            } else {
                break
            }
        }
        return j
    }

    private func scanWord(_ s: UnsafeBufferPointer<Unicode.Scalar>, from start: Int, end: Int) -> Int {
        var j = start
        var segmentLength = 0  // letters since the token start or the last inner period
        var innerPeriods = 0
        while j < end {
            let c = s[j]
            if CharacterClass.isAlphanumeric(c) {
                // "do|n't": stop before a negation clitic.
                if c == "n" || c == "N", j > start, j + 1 < end, CharacterClass.isApostrophe(s[j + 1]),
                    cliticLength(s, at: j, end: end) == 3
                {
                    return j
                }
                j += 1
                segmentLength += 1
            } else if CharacterClass.isApostrophe(c), j + 1 < end, CharacterClass.isLetter(s[j + 1]) {
                if cliticLength(s, at: j, end: end) != nil { return j }  // "Putin|'s"
                j += 1
                segmentLength += 1
            } else if c == "." {
                // Initialism: single letters separated by periods ("U.S.", "U.K.").
                if segmentLength == 1, j + 1 < end, CharacterClass.isLetter(s[j + 1]),
                    j + 2 == end || !CharacterClass.isAlphanumeric(s[j + 2])
                {
                    j += 1
                    innerPeriods += 1
                    segmentLength = 0
                    continue
                }
                if innerPeriods > 0 && segmentLength <= 1 { return j + 1 }  // final period of "U.S."
                if keepsPeriod(s, start: start, end: j) { return j + 1 }
                return j
            } else {
                return j
            }
        }
        return j
    }

    /// A known abbreviation, or a single capital letter (a middle initial).
    private func keepsPeriod(_ s: UnsafeBufferPointer<Unicode.Scalar>, start: Int, end: Int) -> Bool {
        if end - start == 1 { return CharacterClass.isUppercase(s[start]) }
        return Abbreviations.allKeys.contains(TokenKey.of(s[start..<end]))
    }
}
