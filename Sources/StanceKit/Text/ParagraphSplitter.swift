/// Splits text into paragraphs at blank lines (lines holding only white space).
///
/// Each paragraph's span is trimmed of surrounding white space; empty paragraphs are dropped.
/// With `linePerParagraph`, every non-blank line is its own paragraph (for text whose
/// paragraphs are one per line).
package struct ParagraphSplitter: Sendable {
    package var linePerParagraph: Bool

    package init(linePerParagraph: Bool = false) {
        self.linePerParagraph = linePerParagraph
    }

    package func split(_ text: CodePointText) -> [TextSpan] {
        let s = text.scalars
        var paragraphs: [TextSpan] = []
        var lineStart = 0
        var paragraphStart: Int? = nil
        var lastContentEnd = 0

        func close() {
            if let start = paragraphStart {
                paragraphs.append(TextSpan(start: start, end: lastContentEnd))
                paragraphStart = nil
            }
        }

        var i = 0
        while i <= s.count {
            if i == s.count || s[i] == "\n" || s[i] == "\u{2029}" {
                let line = lineStart..<i
                if let first = line.first(where: { !CharacterClass.isWhitespace(s[$0]) }) {
                    let last = line.last(where: { !CharacterClass.isWhitespace(s[$0]) })!
                    if paragraphStart == nil { paragraphStart = first }
                    lastContentEnd = last + 1
                    if linePerParagraph { close() }
                } else {
                    close()
                }
                lineStart = i + 1
            }
            i += 1
        }
        close()
        return paragraphs
    }
}
