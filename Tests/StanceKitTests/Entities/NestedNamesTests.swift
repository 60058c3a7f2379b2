import Foundation
import Testing
@testable import StanceKit

@Suite("NestedNames")
struct NestedNamesTests {
    func tokens(_ text: String) -> [Token] { WordTokenizer().tokenize(CodePointText(text)) }

    @Test("the runs inside a name: capitalised stretches of up to three words, never the whole name or a function word")
    func runs() {
        let words = tokens("University of New South Wales Press")
        let text = CodePointText("University of New South Wales Press")
        let runs = NestedNames.runs(in: 0..<words.count, words).map { run in
            text.string(in: TextSpan(start: words[run.lowerBound].span.start, end: words[run.upperBound - 1].span.end))
        }
        #expect(runs.contains("New South Wales") && runs.contains("Wales Press") && runs.contains("University"))
        #expect(!runs.contains { $0.contains("of") } && !runs.contains("New South Wales Press"), "at most three words, none across 'of'")
        #expect(NestedNames.runs(in: 0..<2, tokens("Leiden University")).count == 2, "\"Leiden\" and \"University\", not both together")
    }

    func nested(_ detection: ActorDetection) -> [String] {
        detection.mentions.filter { mention in
            detection.mentions.contains { $0.paragraph == mention.paragraph && $0.span != mention.span && $0.span.start <= mention.span.start && mention.span.end <= $0.span.end }
        }.map { "\($0.text)/\(detection.actors[$0.actor].type)" }
    }

    func detect(_ body: String) -> ActorDetection {
        ActorDetector().detect(in: ArticleReader().read("Title Line\n\n" + body))
    }

    @Test("the built-in tagger's classifier finds places inside the names of bodies, as GUM marks them")
    func builtIn() {
        #expect(EntityTaggerArtifact.builtIn.nested != nil)
        #expect(nested(detect("She taught at the University of Pittsburgh for ten years.")) == ["Pittsburgh/place"])
        #expect(nested(detect("He joined the Boston Red Sox in 2011.")) == ["Boston/place"])
    }

    @Test("a person's name on a body, or the body's own first word, is no mention of its own")
    func noPeopleOrRepeats() {
        #expect(nested(detect("Nurses at St. Mary's Medical Center ended the strike.")).isEmpty)
        let company = detect("Veltron Semiconductor paused work. Shares of Veltron fell.")
        #expect(nested(company).isEmpty && company.actors.map(\.name) == ["Veltron Semiconductor"])
    }

    @Test("the classifier survives its model file, and a damaged one is refused")
    func artifact() throws {
        let tagger = EntityTaggerArtifact.builtIn
        let data = try EntityTaggerArtifact.encode(tagger)
        let reloaded = try EntityTaggerArtifact.decode(data, name: "t.json")
        #expect(reloaded.nested?.keys == tagger.nested?.keys && reloaded.nested?.steps == tagger.nested?.steps)
        var json = try JSONSerialization.jsonObject(with: data) as! [String: Any]
        var nested = json["nested"] as! [String: Any]
        nested["checksum"] = "0"
        json["nested"] = nested
        #expect(throws: StanceError.self) { try EntityTaggerArtifact.decode(try JSONSerialization.data(withJSONObject: json), name: "t.json") }
    }

    @Test("flat training data (GMB's tags) teaches no nested names: the tagger then has no classifier")
    func flatData() throws {
        let flat = EntityTaggerTests.training.map { document -> EntityDocument in
            var document = document
            document.marksNestedNames = false
            return document
        }
        #expect(try EntityTaggerTrainer(minimumCount: 1).train(flat, record: .init(command: "test", trainFiles: [])).nested == nil)
    }
}
