import Foundation
import Testing
@testable import StanceKit

/// Properties of the whole text pipeline over random articles mixing news words and names with
/// emoji, combining marks, right-to-left text, bidi controls, NUL and other control characters,
/// odd line ends and blank lines. Seeded, so a failure names an article that can be rebuilt.
@Suite("Properties over random Unicode articles")
struct RandomTextPropertyTests {
    static let words = ["the", "mayor", "said", "criticised", "praised", "attacked", "and", "of", "not", "he", "she", "his",
                        "Elena Vasquez", "Robert Hale", "Dmitry Peskov", "Russia", "the United States", "Kyiv", "NATO", "Mr. Hale"]
    static let oddities = ["👩🏽‍⚕️", "🇺🇦", "e\u{301}", "\u{301}", "مرحبا بكم", "שלום", "\u{202E}", "\u{200F}", "\u{200B}", "\u{0}",
                           "\u{1B}[31m", "\u{7}", "\u{FEFF}", "\u{2028}", "\u{85}", "東京都", "İstanbul", "ﬁne", "Ω", "\u{FFFD}"]
    static let punctuation = [".", ",", "!", "?", "\"", "’", "(", ")", "—", ":"]
    static let separators = [" ", " ", " ", " ", "\n", "\n\n", "\r\n", "\r\n\r\n", "\t", "  \n \n"]

    /// One random article of about `pieces` pieces.
    static func article(_ rng: inout SplitMix, pieces: Int) -> String {
        var text = ""
        for _ in 0..<pieces {
            switch Int.random(in: 0..<10, using: &rng) {
            case 0..<5: text += words.randomElement(using: &rng)!
            case 5..<7: text += oddities.randomElement(using: &rng)!
            default: text += punctuation.randomElement(using: &rng)!
            }
            text += separators.randomElement(using: &rng)!
        }
        return text
    }

    static func articles(count: Int, seed: UInt64) -> [String] {
        var rng = SplitMix(seed: seed)
        return (0..<count).map { _ in article(&rng, pieces: Int.random(in: 1...120, using: &rng)) }
    }

    /// The text's scalars without white space: what no paragraph split may lose, add or reorder.
    static func ink(_ text: some StringProtocol) -> [Unicode.Scalar] {
        text.unicodeScalars.filter { !CharacterClass.isWhitespace($0) }
    }

    static let analyzer = ArticleAnalyzer(model: try! ModelArtifact.loadDefault())

    @Test("paragraphs: none lost, duplicated or reordered; the same from a JSONL line as from plain text")
    func paragraphsKeepTheText() throws {
        for (n, text) in Self.articles(count: 300, seed: 1).enumerated() {
            let article = ArticleReader().read(text)
            #expect(Self.ink(article.paragraphs.map(\.text).joined()) == Self.ink(text), "article \(n)")
            #expect(article.paragraphs.map(\.index) == Array(article.paragraphs.indices), "article \(n)")
            var json = JSONWriter()
            json.field("{\"text\":", text)
            json.raw("}")
            guard case .article(let fromLine, _) = try ArticleSource.parseLine(json.bytes, file: "x.jsonl", number: 1) else {
                Issue.record("article \(n): the JSONL line was refused")
                continue
            }
            #expect(fromLine.paragraphs.map(\.text) == article.paragraphs.map(\.text), "article \(n)")
        }
    }

    @Test("JSON strings round-trip through JSONWriter and JSONParser")
    func jsonRoundTrip() throws {
        for text in Self.articles(count: 300, seed: 2) {
            var json = JSONWriter()
            json.string(text)
            #expect(try JSONParser.parse(json.bytes).string == text)
        }
    }

    @Test("tokens and sentences: inside the text, in order, never overlapping, never empty")
    func tokenSpans() {
        for (n, text) in Self.articles(count: 300, seed: 3).enumerated() {
            let codePoints = CodePointText(text)
            let tokens = WordTokenizer().tokenize(codePoints)
            var end = 0
            for token in tokens {
                #expect(token.span.start >= end && token.span.start < token.span.end && token.span.end <= codePoints.count, "article \(n)")
                #expect(!codePoints.text(of: token).unicodeScalars.contains(where: CharacterClass.isWhitespace), "article \(n)")
                end = token.span.end
            }
            let sentences = SentenceSplitter().split(tokens, in: codePoints)
            #expect(sentences.flatMap { Array($0) } == Array(tokens.indices), "article \(n): every token in exactly one sentence")
        }
    }

    @Test("analysis: every mention's span holds its text, every score and probability in range")
    func analysisInRange() {
        func inRange(_ x: Double) -> Bool { x.isFinite && x >= -1 && x <= 1 }
        var mentions = 0
        for (n, text) in Self.articles(count: 200, seed: 4).enumerated() {
            let analysis = Self.analyzer.analyze(ArticleReader().read(text))
            for paragraph in analysis.paragraphs {
                let codePoints = CodePointText(paragraph.text)
                for actor in paragraph.actors {
                    #expect(inRange(actor.score), "article \(n)")
                    #expect(abs(actor.probabilities.values.reduce(0, +) - 1) < 1e-9, "article \(n)")
                    for mention in actor.mentions {
                        mentions += 1
                        #expect(mention.start >= 0 && mention.start < mention.end && mention.end <= codePoints.count, "article \(n)")
                        #expect(codePoints.string(in: TextSpan(start: mention.start, end: mention.end)) == mention.text, "article \(n)")
                    }
                }
            }
            #expect(analysis.actors.allSatisfy { inRange($0.score) && $0.salience.isFinite }, "article \(n)")
            #expect(analysis.stances.allSatisfy { inRange($0.score) }, "article \(n)")
        }
        #expect(mentions > 500, "the random articles name actors")
    }

    @Test("output is the same bytes for 1, 2 and 5 threads, and article by article")
    func threadCountInvariance() {
        let batch = Self.articles(count: 80, seed: 5).map { (article: ArticleReader().read($0), targets: [String]()) }
        let one = Self.analyzer.analyze(batch, modelName: "m", threads: 1).map { $0.jsonLine() }
        /// The articles whose output differs from `one` (indices, not bytes, to keep a failure readable).
        func differing(_ lines: [[UInt8]]) -> [Int] { one.indices.filter { lines[$0] != one[$0] } }
        for threads in [2, 5] {
            #expect(differing(Self.analyzer.analyze(batch, modelName: "m", threads: threads).map { $0.jsonLine() }) == [], "\(threads) threads")
        }
        #expect(differing(batch.map { Self.analyzer.analyze($0.article, modelName: "m").jsonLine() }) == [], "article by article")
    }
}
