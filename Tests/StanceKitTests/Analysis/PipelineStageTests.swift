import Foundation
import Testing
@testable import StanceKit

/// The article pipeline's stages one by one (`ArticleAnalyzer` composes them).
@Suite("Article pipeline stages")
struct PipelineStageTests {
    static let model = try! ModelArtifact.loadDefault()
    let article = ArticleReader().read(
        "Kremlin Says Talks Possible\nBy Staff\n\nDmitry Peskov criticized the United States. He praised Russia's economy.\n\nA quiet day in Moscow.")

    @Test("tokenize: header lines are not tokenized; body paragraphs are numbered from 1; sentences cover the tokens")
    func tokenize() {
        let tokenized = TokenizedArticle(article)
        let kinds = article.paragraphs.map(\.kind)
        #expect(tokenized.paragraphs.map { $0 != nil } == kinds.map { $0 == .body })
        #expect(tokenized.body == article.paragraphs.filter { $0.kind == .body }.map(\.index))
        #expect(tokenized.body.map { tokenized.bodyNumbers[$0] } == [1, 2])
        let first = tokenized[tokenized.body[0]]
        #expect(first.tokens == WordTokenizer().tokenize(CodePointText(article.paragraphs[tokenized.body[0]].text)))
        #expect(first.sentences.count == 2 && first.sentences.first?.lowerBound == 0 && first.sentences.last?.upperBound == first.tokens.count)
        #expect(first.text.string(in: first.span(of: first.sentences[1])) == "He praised Russia's economy.")
    }

    @Test("find mentions, then resolve references: the pronoun is found unlinked, then goes to Peskov")
    func findThenResolve() {
        let detector = ActorDetector()
        let findings = detector.findMentions(in: TokenizedArticle(article))
        #expect(findings.candidates.filter(\.isPronoun).map(\.text) == ["He"])
        let detection = detector.resolveReferences(findings)
        let he = detection.mentions.first(where: \.isPronoun)
        #expect(he.map { detection.actors[$0.actor].name } == "Dmitry Peskov")
        #expect(detection.mentions == detector.detect(in: article).mentions)
    }

    @Test("score: a mention scored from the paragraph's tokens gets what its sentence alone, tokenized anew, gets",
          .enabled(if: FileManager.default.fileExists(atPath: TestData.sharedPath("examples/kremlin-peskov-2023-12-15.txt")), TestData.sharedMissing))
    func scoreFromSharedTokens() throws {
        let text = try String(contentsOfFile: TestData.sharedPath("examples/kremlin-peskov-2023-12-15.txt"), encoding: .utf8)
        let article = ArticleReader().read(text)
        let tokenized = TokenizedArticle(article)
        let detection = ActorDetector().detect(in: tokenized)
        var stage = MentionScorer(model: Self.model)
        var alone = Self.model.makeScorer()
        let scored = stage.score(detection.mentions, in: tokenized)
        #expect(scored.count == detection.mentions.count && scored.count > 20)
        for item in scored {
            let m = item.mention
            let sentence = tokenized[m.paragraph].text.slice(m.sentence)
            let expected = alone.predict(text: sentence, target: TextSpan(start: m.span.start - m.sentence.start, end: m.span.end - m.sentence.start))
            #expect(item.prediction == expected, "\(m.text) in ¶\(m.paragraph)")
        }
    }

    @Test("score: a run-on sentence is read in a window around the mention, of whole tokens")
    func window() {
        let filler = String(repeating: "and the talks went on ", count: 200)
        let paragraph = TokenizedParagraph(CodePointText(filler + "while Peskov criticized the plan " + filler))
        let start = filler.unicodeScalars.count + 6
        let mention = ActorMention(
            actor: 0, paragraph: 0, span: TextSpan(start: start, end: start + 6), sentence: paragraph.span(of: paragraph.sentences[0]),
            text: "Peskov", isPronoun: false)
        let context = MentionScorer(model: Self.model).context(of: mention, in: paragraph)
        let covered = context.tokens.last!.span.end - context.tokens.first!.span.start
        #expect(covered <= MentionScorer.maxContext && covered > MentionScorer.maxContext - 30)
        #expect(context.hasTarget && context.text.string(in: context.tokens[context.target.lowerBound].span) == "Peskov")
    }

    @Test("aggregate: one entry per paragraph and actor with the mean of its mentions; the actor's score is the mean of its paragraphs")
    func aggregate() {
        let tokenized = TokenizedArticle(ArticleReader().read("Title Line\n\nAnna Berg won. Anna Berg lost.\n\nAnna Berg smiled."))
        let detection = ActorDetector().detect(in: tokenized)
        #expect(detection.actors.map(\.name) == ["Anna Berg"] && detection.mentions.count == 3)
        let classes = Self.model.classes  // negative, neutral, positive
        func prediction(_ p: [Double]) -> Prediction {
            Prediction(label: classes[Prediction.argmax(p)], probabilities: p, score: Self.model.signedScore(p))
        }
        let scored = zip(detection.mentions, [[0.1, 0.1, 0.8], [0.5, 0.1, 0.4], [0.9, 0.05, 0.05]]).map {
            MentionScorer.Scored(mention: $0, prediction: prediction($1))
        }
        var scorer = MentionScorer(model: Self.model)
        let result = ActorAggregator(model: Self.model, reportNames: [0: "Anna Berg"]).aggregate(scored, detection, in: tokenized, scorer: &scorer)
        let entries = result.paragraphs.flatMap { p in p.actors.map { (p.index, $0) } }
        #expect(entries.map(\.0) == [1, 2])
        #expect(abs(entries[0].1.score - 0.3) < 1e-9 && entries[0].1.label == "positive" && entries[0].1.mentions.count == 2)
        #expect(abs(entries[1].1.score + 0.85) < 1e-9 && entries[1].1.label == "negative")
        let summary = result.actors.first
        #expect(summary?.mentions == 3 && summary?.paragraphs == 2 && abs((summary?.score ?? 0) + 0.275) < 1e-9)
        #expect(summary?.mixed == true && summary?.mostPositiveParagraph == 1 && summary?.mostNegativeParagraph == 2)
        #expect(summary?.distribution == ["positive": 1, "negative": 1])
    }
}
