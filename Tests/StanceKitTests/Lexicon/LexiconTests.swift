import Foundation
import Testing
@testable import StanceKit

@Suite("Lexicons and valence rules")
struct LexiconTests {
    @Test("VADER format is recognised from content and scaled to −1…1")
    func vaderFormat() throws {
        let path = try TestData.temporaryFile("good\t1.9\t0.9\t[2, 2]\nbad\t-2.5\t0.8\t[-2, -3]\n", suffix: ".txt")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let lexicons = try LexiconLoader.load([.init(argument: path)])
        #expect(lexicons.count == 1 && lexicons[0].kind == .valence)
        #expect(lexicons[0].valence(of: "good") == 1.9 / 4)
        #expect(lexicons[0].valence(of: "Bad") == -2.5 / 4)
    }

    @Test("word lists need a polarity; ; lines are comments; lists merge into one lexicon")
    func wordLists() throws {
        let positive = try TestData.temporaryFile("; comment\n\nfine\nsuperb\n", suffix: ".txt")
        let negative = try TestData.temporaryFile(";c\nawful\n", suffix: ".txt")
        defer { [positive, negative].forEach { try? FileManager.default.removeItem(atPath: $0) } }
        let lexicons = try LexiconLoader.load([.init(argument: "positive:" + positive), .init(argument: "negative:" + negative)])
        #expect(lexicons.count == 1 && lexicons[0].kind == .polarity && lexicons[0].count == 3)
        #expect(lexicons[0].valence(of: "superb") == 1 && lexicons[0].valence(of: "awful") == -1)
        #expect(throws: StanceError.input(file: positive, line: 3,
            "not a VADER-format line (token<TAB>mean…); for a plain word list write positive:\(positive) or negative:\(positive)")) {
            try LexiconLoader.load([.init(argument: positive)])
        }
    }

    func valence(_ text: String, word: String) -> Double {
        let codePoints = CodePointText(text)
        let tokens = WordTokenizer().tokenize(codePoints)
        let classes = tokens.map { WordLists.wordClass(of: $0.key) }
        let mixed = text != text.uppercased()
        let result = ValenceRules().valences(tokens, classes: classes, range: tokens.indices,
                                             index: LexiconIndex([TestData.tinyLexicon]), mixedCase: mixed)
        let i = tokens.firstIndex { codePoints.normalizedText(of: $0) == word }!
        return result.valences[0][i]
    }

    @Test("boosters and capitals raise intensity: good < very good < VERY GOOD")
    func intensity() {
        let plain = valence("The plan is good.", word: "good")
        let boosted = valence("The plan is very good.", word: "good")
        let shouted = valence("The plan is very GOOD.", word: "good")
        #expect(0 < plain && plain < boosted && boosted < shouted)
        #expect(valence("The plan is slightly good.", word: "good") < plain)
        #expect(valence("It is very bad.", word: "bad") < valence("It is bad.", word: "bad"))
    }

    @Test("negation flips within its reach and stops at a comma")
    func negation() {
        #expect(valence("The plan is not good.", word: "good") < 0)
        #expect(valence("It was n't a great idea.", word: "great") < 0)
        #expect(valence("Not now, but good.", word: "good") > 0)
        #expect(valence("He never said anything that was bad at all.", word: "bad") < 0)  // out of reach: stays negative
    }

    @Test("after a contrast word the clause dominates")
    func contrast() {
        let before = valence("The food was good, but the service was terrible.", word: "good")
        let after = valence("The food was good, but the service was terrible.", word: "terrible")
        #expect(abs(after) > abs(before))
        #expect(abs(before) < abs(valence("The food was good.", word: "good")))
    }

    @Test("words of one lexicon that share a key get the same valence on every run: the last in sorted order")
    func sharedKeys() {
        let words = ["good", "bad", "fine", "poor", "great", "awful", "nice", "grim"]
        var entries: [String: Double] = [:]
        for (i, word) in words.enumerated() {
            entries[word] = Double(i + 1) / 10  // "good" 0.1 …
            entries[word.uppercased()] = -Double(i + 1) / 10  // "GOOD" −0.1 …: the same key, sorted first
        }
        let index = LexiconIndex([SentimentLexicon(name: "shared", kind: .valence, entries: entries)])
        for (i, word) in words.enumerated() {
            #expect(index.row(of: TokenKey.of(word)).map { index.valence(row: $0, lexicon: 0) } == Double(i + 1) / 10, "\(word)")
        }
    }
}
