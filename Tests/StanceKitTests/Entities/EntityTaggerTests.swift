import Foundation
import Testing
@testable import StanceKit

@Suite("EntityTagger")
struct EntityTaggerTests {
    /// Log-probabilities that favour `tags`, one per token.
    func scores(_ tags: [Int]) -> [Double] {
        tags.flatMap { tag in (0..<EntityTag.names.count).map { $0 == tag ? log(0.9) : log(0.1 / 8) } }
    }

    @Test("Viterbi never starts a name with I, and adjacent names merge into one")
    func decoding() {
        // Token 1 prefers I-person, then B-person; an I cannot follow O, so the path takes B-person.
        var two = scores([0, EntityTag.inside(0)])
        two[EntityTag.names.count + EntityTag.begin(0)] = log(0.09)
        let single = EntityTagger.decode(two, offset: 10)
        #expect(single.map(\.tokens) == [11..<12] && single[0].type == .person)
        // Two B tags in a row are two names the decoder joins.
        let joined = EntityTagger.decode(scores([EntityTag.begin(2), EntityTag.begin(2), EntityTag.inside(2)]), offset: 0)
        #expect(joined.map(\.tokens) == [0..<3] && joined[0].type == .place)
    }

    @Test("the Viterbi path is the best-scoring allowed sequence, checked against every sequence of up to four tokens")
    func viterbiIsExhaustiveBest() {
        let k = EntityTag.names.count
        var generator = SystemRandomNumberGenerator()
        for n in 1...4 {
            for _ in 0..<25 {
                let flat = (0..<n * k).map { _ in Double.random(in: -6...0, using: &generator) }
                var best = (score: -Double.infinity, tags: [Int]())
                for code in 0..<Int(pow(Double(k), Double(n))) {
                    let tags = (0..<n).map { code / Int(pow(Double(k), Double($0))) % k }
                    guard tags.indices.allSatisfy({ EntityTag.allowed(tags[$0], after: $0 == 0 ? nil : tags[$0 - 1]) }) else { continue }
                    let score = tags.indices.reduce(0.0) { $0 + flat[$1 * k + tags[$1]] }
                    if score > best.score { best = (score, tags) }
                }
                #expect(EntityTagger.bestTags(flat) == best.tags, "n = \(n)")
            }
        }
    }

    static let training: [EntityDocument] = (0..<30).map { k in
        let person = ["Anna Berg", "Omar Haddad", "Lena Fischer"][k % 3]
        let place = ["Oslo", "Lyon", "Porto"][k % 3]
        let text = "\(person) flew to \(place) on Monday. Officials in \(place) welcomed \(person.split(separator: " ")[1])."
        let t = CodePointText(text)
        func span(_ s: String, after: Int = 0) -> TextSpan {
            let chars = Array(text.unicodeScalars)
            let needle = Array(s.unicodeScalars)
            let start = (after...chars.count - needle.count).first { Array(chars[$0..<$0 + needle.count]) == needle }!
            return TextSpan(start: start, end: start + needle.count)
        }
        let first = span(place)
        let mentions: [EntityDocument.Mention] = [
            .init(span: span(person), type: .person, entity: "p", isNamed: true),
            .init(span: first, type: .place, entity: "l", isNamed: true),
            .init(span: span(place, after: first.end), type: .place, entity: "l", isNamed: true),
        ]
        _ = t
        return EntityDocument(id: "d\(k)", paragraphs: [.init(text: text, mentions: mentions)])
    }

    @Test("a token with no capital within two either side is outside every name, so a lower-case run no longer sinks the name before it")
    func farFromCapitals() {
        let paragraph = TokenizedParagraph(CodePointText("Members of al-Qaida met in the morning, she said."))
        let far = paragraph.tokens.indices.filter { EntityTagger.isFarFromCapitals(paragraph.tokens, $0, paragraph.tokens.indices) }
        // "al" and "-" are within two of "Qaida"; "in the morning , she said ." are not.
        #expect(far.map { paragraph.text.string(in: paragraph.tokens[$0].span) } == ["the", "morning", ",", "she", "said", "."])
        // The classifier had glued "Cassie Cava (@cassie.cava)" into one junk name and dropped it.
        let post = ActorDetector().detect(in: ArticleReader().read("Title Line\n\nA post shared by Cassie Cava (@cassie.cava) on Sep 6  2017 at 12:15am PDT"))
        #expect(post.actors.map(\.name) == ["Cassie Cava"])
    }

    @Test("a tagger trained on a few documents tags people and places in a new sentence; the model file round-trips")
    func training() throws {
        let tagger = try EntityTaggerTrainer(minimumCount: 1).train(Self.training, record: .init(command: "test", trainFiles: []))
        let paragraph = TokenizedParagraph(CodePointText("Anna Berg flew to Porto on Monday."))
        let names = tagger.names(in: [paragraph])[0]
        #expect(names.map { "\(paragraph.text.string(in: TextSpan(start: paragraph.tokens[$0.tokens.lowerBound].span.start, end: paragraph.tokens[$0.tokens.upperBound - 1].span.end)))/\($0.type)" }
            == ["Anna Berg/person", "Porto/place"])
        let reloaded = try EntityTaggerArtifact.decode(try EntityTaggerArtifact.encode(tagger), name: "t.json")
        #expect(reloaded.names(in: [paragraph]) == tagger.names(in: [paragraph]))
        #expect(reloaded.keys == tagger.keys && reloaded.steps == tagger.steps && reloaded.scale == tagger.scale, "the file holds the steps and scale as they are")
    }

    @Test("a damaged or foreign file is refused with its name")
    func damaged() throws {
        let tagger = try EntityTaggerTrainer(minimumCount: 1).train(Self.training, record: .init(command: "test", trainFiles: []))
        var json = try JSONSerialization.jsonObject(with: try EntityTaggerArtifact.encode(tagger)) as! [String: Any]
        json["checksum"] = "0"
        #expect(throws: StanceError.model(file: "t.json", "checksum mismatch: the file was changed or damaged after it was written")) {
            try EntityTaggerArtifact.decode(try JSONSerialization.data(withJSONObject: json), name: "t.json")
        }
        json["formatVersion"] = 99
        #expect(throws: StanceError.model(file: "t.json", "entity tagger format version 99 is newer than this tool's (1); upgrade StanceKit")) {
            try EntityTaggerArtifact.decode(try JSONSerialization.data(withJSONObject: json), name: "t.json")
        }
    }
}

@Suite("NameFeatures")
struct NameFeaturesTests {
    /// The keys of token `i` of a one-sentence paragraph.
    func keys(_ text: String, _ i: Int) -> [UInt64] {
        let paragraph = TokenizedParagraph(CodePointText(text))
        let document = [paragraph]
        var keys: [UInt64] = []
        NameFeatures().keys(
            paragraph.tokens, paragraph.text, sentence: paragraph.sentences[0], at: i, shapes: paragraph.tokens.map { NameFeatures.shape($0, paragraph.text) },
            tables: TableMarks(paragraph), facts: EntityTagger.facts(document), into: &keys)
        return keys
    }

    @Test("an affix is part of a word, never the whole of it: \"The\" gives \"Theodorus\" no prefix")
    func affixes() {
        func key(_ template: NameFeatures.Template, _ value: String) -> UInt64 { TokenKey.combine(template.rawValue, TokenKey.of(value)) }
        let the = keys("The plan failed.", 0)
        #expect(!the.contains(key(.prefix3, "the")) && !the.contains(key(.suffix3, "the")))
        #expect(the.contains(key(.prefix2, "th")) && the.contains(key(.suffix2, "he")))
        let name = keys("Theodorus was born.", 0)
        #expect(name.contains(key(.prefix3, "the")) && name.contains(key(.suffix4, "orus")))
        #expect(keys("Pavel was born.", 0).contains(key(.suffix4, "avel")), "a five-letter word has a four-letter suffix")
        #expect(!keys("Ivan was born.", 0).contains(key(.suffix4, "ivan")))
    }
}
