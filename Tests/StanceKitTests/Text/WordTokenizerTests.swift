import Testing
@testable import StanceKit

@Suite("WordTokenizer")
struct WordTokenizerTests {
    func words(_ text: String) -> [String] {
        let codePoints = CodePointText(text)
        return WordTokenizer().tokenize(codePoints).map { codePoints.text(of: $0) }
    }

    @Test("possessives and n't split off, other apostrophes stay")
    func clitics() {
        #expect(words("Putin's aide didn't answer O'Brien.") == ["Putin", "'s", "aide", "did", "n't", "answer", "O'Brien", "."])
        #expect(words("Putin’s aide") == ["Putin", "’s", "aide"])
        #expect(words("can’t") == ["ca", "n’t"])
    }

    @Test("initialisms and abbreviations keep their period")
    func abbreviations() {
        #expect(words("The U.S. and Dr. Smith met Sen. Jones on Jan. 6.") ==
            ["The", "U.S.", "and", "Dr.", "Smith", "met", "Sen.", "Jones", "on", "Jan.", "6", "."])
        #expect(words("John F. Kennedy") == ["John", "F.", "Kennedy"])
        #expect(words("U.S.-Russia talks") == ["U.S.", "-", "Russia", "talks"])
    }

    @Test("numbers keep inner separators; punctuation and dashes are tokens")
    func numbersAndPunctuation() {
        #expect(words("It cost $1,500 (3.5%) — too much!") == ["It", "cost", "$", "1,500", "(", "3.5", "%", ")", "—", "too", "much", "!"])
        #expect(words("a 30-minute “meeting”") == ["a", "30", "-", "minute", "“", "meeting", "”"])
    }

    @Test("kinds, keys and case flags")
    func kinds() {
        let text = CodePointText("NOT good, 42 $")
        let tokens = WordTokenizer().tokenize(text)
        #expect(tokens.map(\.kind) == [.word, .word, .punctuation, .number, .symbol])
        #expect(tokens[0].isAllCaps && tokens[0].isCapitalized && !tokens[1].isAllCaps)
        #expect(tokens[0].key == TokenKey.of("not"))
        #expect(TokenKey.of("Don’t") == TokenKey.of("don't"))
    }

    @Test("spans are code-point offsets, exact with emoji and accents", arguments: [
        ("Zoë 🇺🇦 Señor Müller praised 👍 Ștefan.", "Ștefan"),
        ("🙂🙂 Łukasz Fabiański saved it.", "Łukasz Fabiański"),
        ("Café owner Renée said no.", "Renée"),
    ])
    func spans(text: String, target: String) throws {
        let codePoints = CodePointText(text)
        let span = try #require(codePoints.span(of: target))
        #expect(codePoints.string(in: span) == target)
        // The same offsets a Python string index gives: code points before the match.
        let range = try #require(text.range(of: target))
        #expect(span.start == text[..<range.lowerBound].unicodeScalars.count)
        #expect(span.end == span.start + target.unicodeScalars.count)
        let tokens = WordTokenizer().tokenize(codePoints)
        for token in tokens { #expect(codePoints.text(of: token).unicodeScalars.count == token.span.length) }
    }
}
