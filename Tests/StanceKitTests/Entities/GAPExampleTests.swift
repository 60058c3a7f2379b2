import Foundation
import Testing
@testable import StanceKit

@Suite("GAP passages and pronoun resolution")
struct GAPExampleTests {
    static let header = "ID\tText\tPronoun\tPronoun-offset\tA\tA-offset\tA-coref\tB\tB-offset\tB-coref\tURL\n"

    func read(_ rows: String) throws -> [GAPExample] {
        let path = try TestData.temporaryFile(Self.header + rows, suffix: ".tsv")
        defer { try? FileManager.default.removeItem(atPath: path) }
        return try GAPExample.read(path)
    }

    @Test("a passage is read with code-point offsets; a bad label names the line")
    func reading() throws {
        let examples = try read("x-1\tMary Jones met John Smith on Monday. He said hello.\tHe\t38\tMary Jones\t0\tFALSE\tJohn Smith\t15\tTRUE\turl\n")
        #expect(examples.count == 1 && examples[0].pronounOffset == 38 && examples[0].b.isReferent && !examples[0].a.isReferent)
        #expect {
            try read("x-1\ttext\the\t0\tA\t0\tMAYBE\tB\t1\tFALSE\turl\n")
        } throws: { error in
            guard case .input(_, let line, let message)? = error as? StanceError else { return false }
            return line == 2 && message == "A-coref and B-coref must be TRUE or FALSE (found MAYBE)"
        }
    }

    @Test("GAP's score pools the A and B decisions; the bias is feminine F1 over masculine F1")
    func scoring() throws {
        let examples = try read("""
            m\tJohn Smith met Tom Jones. He left.\tHe\t26\tJohn Smith\t0\tTRUE\tTom Jones\t15\tFALSE\tu
            f\tAnn Lee met Kim Roe. She left.\tShe\t20\tAnn Lee\t0\tTRUE\tKim Roe\t12\tFALSE\tu

            """)
        let e = GAPEvaluation(examples, predictions: [(true, false), (false, true)], unresolved: 0)
        #expect(e.overall.decisions == 4 && e.overall.precision == 0.5 && e.overall.recall == 0.5)
        #expect(e.masculine.f1 == 1 && e.feminine.f1 == 0 && e.bias == 0)
    }

    @Test("a Wikipedia URL gives the page's title, which the resolver reads as the page's subject")
    func pageTitle() throws {
        #expect(GAPExample.pageTitle(fromURL: "http://en.wikipedia.org/wiki/Kathleen_Nott") == "Kathleen Nott")
        #expect(GAPExample.pageTitle(fromURL: "http://en.wikipedia.org/wiki/Ren%C3%A9e_Vivien_(poet)") == "Renée Vivien")
        #expect(GAPExample.pageTitle(fromURL: "url") == nil)
        let examples = try read("p\tJohn Smith met Tom Jones. He left.\tHe\t26\tJohn Smith\t0\tFALSE\tTom Jones\t15\tTRUE\thttp://en.wikipedia.org/wiki/Tom_Jones\n")
        #expect(examples[0].title == "Tom Jones")
        let findings = ActorDetector().findMentions(in: TokenizedArticle(examples[0].article))
        #expect(findings.titleKeys == [TokenKey.of("tom"), TokenKey.of("jones")])
    }

    @Test("an object pronoun is not its own clause's subject; a possessive is")
    func clauses() {
        func pronouns(_ text: String) -> [String] {
            let d = ActorDetector().detect(in: ArticleReader().read("Title Line\n\n" + text))
            return d.mentions.filter(\.isPronoun).map { "\($0.text)→\(d.actors[$0.actor].name)" }
        }
        #expect(pronouns("Percy Wells met Colin Barnes at the court. Later Colin Barnes thanked him.") == ["him→Percy Wells"])
    }

    @Test("without dev passages the threshold comes from cross-validation on the training passages")
    func crossValidatedThreshold() throws {
        var rows = ""
        for i in 0..<12 {
            rows += "a\(i)\tJohn Smith met Tom Jones. He left.\tHe\t26\tJohn Smith\t0\tTRUE\tTom Jones\t15\tFALSE\tu\n"
            rows += "b\(i)\tAnn Lee met Kim Roe. Then Kim Roe thanked her.\ther\t42\tAnn Lee\t0\tTRUE\tKim Roe\t12\tFALSE\tu\n"
        }
        let examples = try read(rows)
        let resolver = try PronounResolver.train(examples, dev: [], detector: ActorDetector(tagger: EntityTaggerArtifact.builtIn, pronounResolver: nil), record: .init(command: "test", trainFiles: []))
        let cv = try #require(resolver.training.crossValidation)
        #expect(cv.folds == 5 && cv.f1 > 0.5 && resolver.training.thresholds.count == PronounResolver.thresholdsTried.count)
        #expect(resolver.training.thresholds[String(resolver.threshold)] == cv.f1)
    }

    @Test("the built-in resolver gives a pronoun to the person of its gender, and a possessive to the subject pronoun before it")
    func resolution() {
        let detection = ActorDetector().detect(in: ArticleReader().read(
            "Title Line\n\nMary Jones met John Smith on Monday. He said that she had left early. Later he stated his view."))
        let pronouns = detection.mentions.filter(\.isPronoun).map { "\($0.text)→\(detection.actors[$0.actor].name)" }
        #expect(pronouns.contains("she→Mary Jones"))
        #expect(pronouns.filter { $0.hasPrefix("he→") || $0.hasPrefix("He→") || $0.hasPrefix("his→") }.allSatisfy { $0.hasSuffix("John Smith") })
    }
}

@Suite("GAP-style passages from coreference chains")
struct CoreferencePassagesTests {
    func mention(_ text: String, _ word: String, entity: String, named: Bool) -> EntityDocument.Mention {
        let start = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: text.range(of: word)!.lowerBound)
        return .init(span: TextSpan(start: start, end: start + word.unicodeScalars.count), type: .person, entity: entity, isNamed: named)
    }

    @Test("a pronoun after two named people is a passage, labelled by its chain; one person, or neither the referent, is none")
    func passages() {
        let two = "Mary Jones met John Smith. She left."
        let one = "Mary Jones left. She wept."
        let neither = "Ann Lee met Bob Roe. He was not there."
        let document = EntityDocument(id: "d", paragraphs: [
            .init(text: two, mentions: [mention(two, "Mary Jones", entity: "1", named: true), mention(two, "John Smith", entity: "2", named: true), mention(two, "She", entity: "1", named: false)]),
            .init(text: one, mentions: [mention(one, "Mary Jones", entity: "1", named: true), mention(one, "She", entity: "1", named: false)]),
            .init(text: neither, mentions: [mention(neither, "Ann Lee", entity: "3", named: true), mention(neither, "Bob Roe", entity: "4", named: true), mention(neither, "He", entity: "5", named: false)]),
        ])
        let passages = GAPExample.passages(from: [document])
        #expect(passages.count == 1)
        #expect(passages.first.map { "\($0.pronoun)@\($0.pronounOffset) A=\($0.a.name):\($0.a.isReferent) B=\($0.b.name):\($0.b.isReferent)" } == "She@27 A=Mary Jones:true B=John Smith:false")
    }
}
