/// The dateline that opens a news story's first paragraph: "ROTTERDAM —", "KYIV, Ukraine
/// (Reuters) -", "NEW YORK (AP) —", "MUMBAI, March 14 (Reuters) -". It says where the story was
/// filed, so its words are no actor ("ROTTERDAM" had been an organisation that the next
/// clause's verbs scored).
enum Dateline {
    /// The first token after the dateline's dash, when the paragraph's tokens from `start` open
    /// with one: a word in capitals, then up to `maximumLength` tokens of capitalised words,
    /// numbers, commas, dots and a parenthesised agency, then a dash with text after it.
    /// Sentences do not bound it: a state's abbreviation ends one ("SAN JOSE, Calif." then "—
    /// Veltron said").
    static func end(in tokens: [Token], from start: Int) -> Int? {
        guard start < tokens.count, tokens[start].kind == .word, tokens[start].isAllCaps else { return nil }
        var inParentheses = false
        for i in (start + 1..<tokens.count).prefix(maximumLength) {
            let token = tokens[i]
            // Not a hyphen inside a word: "U.N. Secretary-General Antonio Guterres said" has none.
            if dashes.contains(token.key), !NameRules.isJoinedHyphen(i, tokens) { return !inParentheses && i + 1 < tokens.count ? i + 1 : nil }
            switch token.key {
            case TokenKey.openParenthesis: inParentheses = true
            case TokenKey.closeParenthesis: inParentheses = false
            case TokenKey.comma, TokenKey.period: continue
            default:
                // A date's day: "MUMBAI, March 14 (Reuters) -".
                guard token.kind == .word && (token.isCapitalized || inParentheses) || token.kind == .number else { return nil }
            }
        }
        return nil
    }

    /// Tokens between the first word and the dash: "NEW YORK, N.Y. (AP)" is eight, "NEW YORK,
    /// Jan. 5, 2026 (Reuters)" twelve.
    static let maximumLength = 12
    private static let dashes = WordLists.keys(["—", "–", "-", "--"])
}
