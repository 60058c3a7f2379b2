import Testing
@testable import StanceKit

@Suite("WordEvidence")
struct WordEvidenceTests {
    @Test("names the stance words that moved the score, measured by leaving each out")
    func evidence() throws {
        let model = try ModelArtifact.loadDefault()
        var scorer = model.makeScorer()
        let text = "Critics slammed the senator over the corrupt deal on Tuesday."
        let target = try #require(CodePointText(text).span(of: "the senator"))
        let evidence = scorer.wordEvidence(text: CodePointText(text), target: target, limit: 3)
        #expect(!evidence.isEmpty && evidence.count <= 3)
        #expect(evidence.allSatisfy { $0.effect < 0 })  // every stance word here is negative
        #expect(Set(evidence.map(\.word)).isSubset(of: ["slammed", "corrupt", "Critics"]))
        #expect(zip(evidence, evidence.dropFirst()).allSatisfy { abs($0.effect) >= abs($1.effect) })
        // Given the score it already has (as an article analysis does), the answer is the same.
        let score = scorer.predict(text: CodePointText(text), target: target).score
        #expect(scorer.wordEvidence(text: CodePointText(text), target: target, score: score, limit: 3) == evidence)

        // The effect is exactly the score with the word minus the score without it.
        let strongest = evidence[0]
        let start = try #require(CodePointText(text).span(of: strongest.word)).start
        let without = String(text.unicodeScalars.prefix(start)) + String(text.unicodeScalars.dropFirst(start + strongest.word.count))
        let shifted = try #require(CodePointText(without).span(of: "the senator"))
        let expected = scorer.predict(text: text, target: target).score - scorer.predict(text: without, target: shifted).score
        #expect(abs(strongest.effect - expected) < 1e-9)
        #expect(strongest.summary == strongest.word + " " + String(format: "%+.2f", strongest.effect))
    }

    @Test("reports list the words that pushed a clear score toward its side, all words near 0")
    func reported() {
        let words = [WordEvidence(word: "a", effect: 0.3), WordEvidence(word: "b", effect: -0.5), WordEvidence(word: "c", effect: 0.1)]
        #expect(ActorAggregator.evidence(words, score: 0.4, paragraphScore: 0.5) == ["a +0.30", "c +0.10", "name and context +0.10"])
        #expect(ActorAggregator.evidence(words, score: -0.4, paragraphScore: -0.4) == ["b -0.50", "name and context +0.10"])
        #expect(ActorAggregator.evidence(words, score: 0.05, paragraphScore: 0) == ["a +0.30", "b -0.50", "c +0.10", "name and context +0.10"])
    }
}
