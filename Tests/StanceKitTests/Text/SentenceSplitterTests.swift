import Testing
@testable import StanceKit

@Suite("SentenceSplitter and ParagraphSplitter")
struct SentenceSplitterTests {
    func sentences(_ text: String) -> [String] {
        let codePoints = CodePointText(text)
        let tokens = WordTokenizer().tokenize(codePoints)
        return SentenceSplitter().split(tokens, in: codePoints).map { range in
            codePoints.string(in: TextSpan(start: tokens[range.lowerBound].span.start, end: tokens[range.upperBound - 1].span.end))
        }
    }

    @Test("abbreviations do not end sentences")
    func abbreviations() {
        #expect(sentences("Dr. Smith met Sen. Warren on Jan. 6 in the U.S. Capitol. They talked.") ==
            ["Dr. Smith met Sen. Warren on Jan. 6 in the U.S. Capitol.", "They talked."])
    }

    @Test("an initialism ends a sentence before a typical opener")
    func initialismAtEnd() {
        #expect(sentences("He praised the U.S. The talks went on.") == ["He praised the U.S.", "The talks went on."])
    }

    @Test("quotes and question marks")
    func quotes() {
        // A lower-case word after the quote continues the sentence.
        #expect(sentences("“Is it over?” she asked. “No!” He left.") == ["“Is it over?” she asked.", "“No!”", "He left."])
        #expect(sentences("Prices rose 3.5 percent. Analysts—not all—agreed.") == ["Prices rose 3.5 percent.", "Analysts—not all—agreed."])
    }

    @Test("paragraphs split at blank lines, or one per line")
    func paragraphs() {
        let text = CodePointText("Title\n\n  First para\nstill first.\n \nSecond.\n")
        let spans = ParagraphSplitter().split(text)
        #expect(spans.map { text.string(in: $0) } == ["Title", "First para\nstill first.", "Second."])
        let lines = ParagraphSplitter(linePerParagraph: true).split(text)
        #expect(lines.map { text.string(in: $0) } == ["Title", "First para", "still first.", "Second."])
    }
}
