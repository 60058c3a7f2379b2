/// A paragraph tokenized and split into sentences once: every stage of the article pipeline
/// (entity tagging, actor finding, scoring, stances) reads these tokens instead of its own.
package struct TokenizedParagraph: Sendable {
    package let text: CodePointText
    package let tokens: [Token]
    /// Token ranges of the sentences, in order; together they cover `tokens`.
    package let sentences: [Range<Int>]
    /// Each token's `WordLists.wordClass` (negator, verb of saying…), which the speaker cue reads.
    package let classes: [WordClass]

    package init(text: CodePointText, tokens: [Token], sentences: [Range<Int>]) {
        self.text = text
        self.tokens = tokens
        self.sentences = sentences
        classes = tokens.map { WordLists.wordClass(of: $0.key) }
    }

    /// Tokenizes and splits `text`.
    package init(_ text: CodePointText) {
        let tokens = WordTokenizer().tokenize(text)
        self.init(text: text, tokens: tokens, sentences: SentenceSplitter().split(tokens, in: text))
    }

    /// The code-point span of a sentence (a non-empty token range).
    package func span(of sentence: Range<Int>) -> TextSpan {
        TextSpan(start: tokens[sentence.lowerBound].span.start, end: tokens[sentence.upperBound - 1].span.end)
    }
}
