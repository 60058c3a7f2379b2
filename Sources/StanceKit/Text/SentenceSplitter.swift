/// Splits a tokenized paragraph into sentences.
///
/// A sentence ends at `.`, `!`, `?` or `…` (plus any closing quotes and brackets after it)
/// when the next token can start a sentence: a capital, a digit or an opening quote.
/// Abbreviations keep their period inside the token (see `WordTokenizer`), so "Dr. Smith" and
/// "Jan. 6" never split; an initialism such as "U.S." ends a sentence only when the next word is
/// a typical sentence opener ("… with the U.S. The talks …").
package struct SentenceSplitter: Sendable {
    package init() {}

    /// Token ranges of the sentences of `tokens`, in order, covering every token.
    package func split(_ tokens: [Token], in text: CodePointText) -> [Range<Int>] {
        var sentences: [Range<Int>] = []
        var start = 0
        var i = 0
        while i < tokens.count {
            var boundaryAfter: Int? = nil
            let scalar = text.scalars[tokens[i].span.end - 1]
            if tokens[i].kind == .punctuation, Self.terminators.contains(scalar) {
                var j = i + 1
                while j < tokens.count, tokens[j].kind == .punctuation {
                    let c = text.scalars[tokens[j].span.start]
                    if Self.terminators.contains(c) || Self.closers.contains(c) { j += 1 } else { break }
                }
                if j == tokens.count || canStartSentence(tokens[j], text) { boundaryAfter = j }
            } else if tokens[i].kind == .word, scalar == ".", i + 1 < tokens.count,
                !isTitleOrInitial(tokens[i], text), Self.openerKeys.contains(tokens[i + 1].key)
            {
                boundaryAfter = i + 1
            }
            if let b = boundaryAfter {
                sentences.append(start..<b)
                start = b
                i = b
            } else {
                i += 1
            }
        }
        if start < tokens.count { sentences.append(start..<tokens.count) }
        return sentences
    }

    /// "Dr." or the "F." of "John F. Kennedy": always followed by more of a name.
    private func isTitleOrInitial(_ token: Token, _ text: CodePointText) -> Bool {
        if token.span.length == 2 && token.isCapitalized { return true }
        let withoutPeriod = text.scalars[token.span.start..<token.span.end - 1]
        return Abbreviations.titleKeys.contains(TokenKey.of(withoutPeriod))
    }

    private func canStartSentence(_ token: Token, _ text: CodePointText) -> Bool {
        let c = text.scalars[token.span.start]
        return token.isCapitalized || token.kind == .number || Self.openers.contains(c)
    }

    static let terminators: Set<Unicode.Scalar> = [".", "!", "?", "\u{2026}"]
    static let closers: Set<Unicode.Scalar> = ["\"", "'", "\u{201D}", "\u{2019}", ")", "]", "\u{00BB}"]
    static let openers: Set<Unicode.Scalar> = ["\"", "'", "\u{201C}", "\u{2018}", "(", "[", "\u{00AB}", "\u{2014}", "-"]

    /// Words that typically open a sentence; after an initialism they mark a boundary.
    static let openerKeys: Set<UInt64> = Set(
        ["The", "He", "She", "It", "They", "We", "I", "But", "And", "In", "This", "That", "A", "An",
         "Its", "His", "Her", "Their", "Our", "There", "Yet", "However", "Meanwhile", "Still", "Some"]
            .map(TokenKey.of))
}
