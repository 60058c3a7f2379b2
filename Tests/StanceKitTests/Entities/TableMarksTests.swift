import Testing
@testable import StanceKit

@Suite("TableMarks")
struct TableMarksTests {
    @Test("a city's words are marked with its size band and position; a country with its type; lower-case words are not")
    func marks() {
        let paragraph = TokenizedParagraph(CodePointText("She moved from York to Buenos Aires in Argentina, not to new york."))
        let marks = TableMarks(paragraph)
        let words = paragraph.tokens.map { paragraph.text.string(in: $0.span) }
        func city(_ word: String) -> UInt64 { marks.cities[words.firstIndex(of: word)!] }
        // York: 100,000 to 999,999 people (band 2); Buenos Aires: a million or more (band 1).
        #expect(city("York") == TokenKey.combine(2, 1))
        #expect(city("Buenos") == TokenKey.combine(1, 1) && city("Aires") == TokenKey.combine(1, 2))
        #expect(city("She") == 0 && city("new") == 0 && city("york") == 0)
        #expect(marks.places[words.firstIndex(of: "Argentina")!] != 0 && marks.places[words.firstIndex(of: "York")!] == 0)
    }

    @Test("the city table finds the longest name at a token, the first list's size for a name in two, and nothing in lower case")
    func cityNames() {
        let table = CityNames(["Springfield\nSan Jose", "San\nSan Jose del Monte\nSpringfield"])
        let tokens = TokenizedParagraph(CodePointText("From San Jose del Monte to Springfield and san jose.")).tokens
        #expect(table.longestMatch(tokens, at: 1, end: tokens.count)! == (4, 1))
        #expect(table.longestMatch(tokens, at: 1, end: 4)! == (2, 0))
        #expect(table.longestMatch(tokens, at: 6, end: tokens.count)! == (1, 0))
        #expect(table.longestMatch(tokens, at: 8, end: tokens.count) == nil)
        #expect(CityNames([]).longestMatch(tokens, at: 1, end: tokens.count) == nil)
    }
}
