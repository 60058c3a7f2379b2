import StanceKit

extension FuzzTarget {
    /// The tokenizer, sentence and paragraph splitters and the HTML stripper on arbitrary bytes:
    /// tokens in order inside the text, sentences covering every token once, paragraphs in order,
    /// a page's text no longer than the page.
    static let text = FuzzTarget(name: "text") { bytes in
        let string = String(decoding: bytes, as: UTF8.self)
        let text = CodePointText(string)
        let tokens = WordTokenizer().tokenize(text)
        var previousEnd = 0
        for token in tokens {
            require(token.span.start >= previousEnd && token.span.start < token.span.end && token.span.end <= text.count,
                    "token \(token.span) in order inside \(text.count) code points")
            previousEnd = token.span.end
        }
        var next = 0
        for sentence in SentenceSplitter().split(tokens, in: text) {
            require(sentence.lowerBound == next && !sentence.isEmpty, "sentence \(sentence) starts where the last ended (\(next))")
            next = sentence.upperBound
        }
        require(next == tokens.count, "sentences cover all \(tokens.count) tokens")
        for lines in [false, true] {
            previousEnd = 0
            for span in ParagraphSplitter(linePerParagraph: lines).split(text) {
                require(span.start >= previousEnd && span.start < span.end && span.end <= text.count, "paragraph \(span) in order")
                previousEnd = span.end
            }
        }
        let plain = HTMLText.plainText(string)
        require(plain.unicodeScalars.count <= string.unicodeScalars.count + 1, "HTML stripping adds no text")
    }
}
