import Testing
@testable import StanceKit

@Suite("EntityEvaluation")
struct EntityEvaluationTests {
    @Test("precision, recall, types and merges, with titles and \"the\" set aside and other-typed names left out")
    func figures() {
        let text = "President Ada Lee met Lee in the Bay and saw Hamlet."
        //          0         1         2         3         4
        //          0123456789012345678901234567890123456789012345678901
        func span(_ s: Int, _ e: Int) -> TextSpan { TextSpan(start: s, end: e) }
        let gold = EntityDocument(id: "d", paragraphs: [.init(text: text, mentions: [
            .init(span: span(0, 17), type: .person, entity: "ada", isNamed: true),  // President Ada Lee
            .init(span: span(22, 25), type: .person, entity: "ada", isNamed: true),  // Lee
            .init(span: span(33, 36), type: .place, entity: "bay", isNamed: true),  // Bay
            .init(span: span(45, 51), type: .other, entity: "play", isNamed: true),  // Hamlet: not an actor
        ])])
        let found: [EntityEvaluation.Found] = [
            .init(span: span(10, 17), type: .person, actor: 0),  // Ada Lee: matches without the title
            .init(span: span(22, 25), type: .person, actor: 1),  // Lee, not merged with Ada Lee
            .init(span: span(29, 36), type: .organisation, actor: 2),  // "the Bay": matched, wrong type
            .init(span: span(45, 51), type: .other, actor: 3),  // left out
            .init(span: span(4, 9), type: .place, actor: 4),  // "ident" nonsense: unmatched
        ]
        var items: [EntityEvaluation.Item] = []
        let e = EntityEvaluation(gold: [gold], found: [[found]], items: &items)
        #expect(e == EntityEvaluation(gold: [gold], found: [[found]]))
        // Every gold and found actor name, in text order: a match with both types (its found text), "ident" found only.
        #expect(items.map { "\($0.text)|\($0.gold ?? "-")|\($0.found ?? "-")" } == [
            "ident|-|place", "Ada Lee|person|person", "Lee|person|person", "the Bay|place|organisation",
        ])
        #expect(e.gold == 3 && e.found == 4 && e.matched == 3)
        #expect(e.precision == 0.75 && e.recall == 1)
        #expect(abs(e.typeAccuracy - 2.0 / 3) < 1e-12)
        #expect(e.typeConfusion == ["person": ["person": 2], "place": ["organisation": 1]])
        // Pairs: (Ada Lee, Lee) one gold entity, two actors → a missed merge; the others differ on both sides.
        #expect(e.mergeRecall == 0 && e.mergeF1 == 0)
    }
}
