/// Stage 6 of the article pipeline: the scored mentions gathered per paragraph and actor (mean
/// probabilities, label, evidence that adds up to the score) and per actor (mean of its
/// paragraphs, label distribution, salience, the paragraphs that treat it best and worst).
struct ActorAggregator {
    let model: StanceModel
    /// The actors to report, by index into `ActorDetection.actors`, under these names.
    let reportNames: [Int: String]

    /// How many evidence words to keep per paragraph and actor.
    static let evidenceCount = 3
    /// Scores closer to 0 than this are explained by their strongest words either way.
    static let evidenceNeutralBand = 0.1

    /// What the aggregation gives: the article's paragraphs with their actors, one summary per actor.
    struct Aggregate {
        var paragraphs: [ArticleAnalysis.ParagraphOut]
        var actors: [ArticleAnalysis.ActorSummary]
    }

    func aggregate(_ scored: [MentionScorer.Scored], _ detection: ActorDetection, in article: TokenizedArticle, scorer: inout MentionScorer) -> Aggregate {
        let bodyNumbers = article.bodyNumbers
        var paragraphs = article.article.paragraphs.map {
            ArticleAnalysis.ParagraphOut(index: $0.index, body: bodyNumbers[$0.index], kind: $0.kind, text: $0.text, actors: [])
        }
        var paragraphScores: [Int: [(paragraph: Int, score: Double, label: String)]] = [:]
        var paragraphEvidence: [ParagraphActorKey: [String]] = [:]
        // Every actor's name in each paragraph: never evidence for another's score.
        var namesInParagraph: [Int: [TextSpan]] = [:]
        for mention in detection.mentions where !mention.isPronoun { namesInParagraph[mention.paragraph, default: []].append(mention.span) }
        let grouped = Dictionary(grouping: scored, by: { ParagraphActorKey(paragraph: $0.mention.paragraph, actor: $0.mention.actor) })
        // Ties (two actors' first mentions at one place: "Kyiv" inside "Kyiv Dmitry Peskov") go by
        // actor, not by the dictionary's order, which differs from run to run.
        func order(_ key: ParagraphActorKey) -> (Int, Int, Int) { (key.paragraph, grouped[key]!.map(\.mention.span.start).min()!, key.actor) }
        for key in grouped.keys.sorted(by: { order($0) < order($1) }) {
            let items = grouped[key]!
            let mean = Prediction.meanProbabilities(items.map(\.prediction.probabilities))
            let score = model.signedScore(mean)
            let strongest = items.max { abs($0.prediction.score) < abs($1.prediction.score) }!
            let words = scorer.evidence(for: strongest, in: article, names: namesInParagraph[key.paragraph] ?? [], limit: 2 * Self.evidenceCount)
            let evidence = Self.evidence(words, score: strongest.prediction.score, paragraphScore: score)
            let label = model.classes[Prediction.argmax(mean)]
            paragraphs[key.paragraph].actors.append(ArticleAnalysis.ParagraphActor(
                actor: reportNames[key.actor]!, label: label, score: score,
                probabilities: model.byClass(mean),
                mentions: items.map { .init(text: $0.mention.text, start: $0.mention.span.start, end: $0.mention.span.end) },
                evidence: evidence))
            paragraphScores[key.actor, default: []].append((key.paragraph, score, label))
            paragraphEvidence[key] = evidence
        }

        let mentionCounts = Dictionary(grouping: scored, by: \.mention.actor).mapValues(\.count)
        let title = (article.article.title ?? "").lowercased()
        var raw: [(index: Int, weight: Double)] = []
        for index in reportNames.keys.sorted() {
            let actor = detection.actors[index]
            let inTitle = ([actor.name] + actor.aliases).contains { !$0.isEmpty && title.contains($0.lowercased()) }
            raw.append((index, Double(mentionCounts[index] ?? 0) + Double(paragraphScores[index]?.count ?? 0) + (inTitle ? 3 : 0)))
        }
        let maxWeight = raw.map(\.weight).max() ?? 1
        var summaries: [(index: Int, summary: ArticleAnalysis.ActorSummary)] = []
        for (index, weight) in raw {
            guard let scores = paragraphScores[index], !scores.isEmpty else { continue }
            let actor = detection.actors[index]
            let score = scores.map(\.score).reduce(0, +) / Double(scores.count)
            var distribution: [String: Int] = [:]
            for s in scores { distribution[s.label, default: 0] += 1 }
            let positive = scores.max { $0.score < $1.score }!
            let negative = scores.min { $0.score < $1.score }!
            let strongest = scores.max { abs($0.score) < abs($1.score) }!
            summaries.append((index, ArticleAnalysis.ActorSummary(
                actor: reportNames[index]!, type: actor.type, aliases: actor.aliases, roles: actor.roles,
                mentions: mentionCounts[index] ?? 0, paragraphs: scores.count,
                salience: weight / maxWeight, score: score, label: Polarity.label(for: score, classes: model.classes),
                distribution: distribution,
                mixed: Polarity.isMixed(scores.map(\.score)),
                mostPositiveParagraph: positive.score > 0 ? positive.paragraph : nil,
                mostNegativeParagraph: negative.score < 0 ? negative.paragraph : nil,
                evidence: paragraphEvidence[ParagraphActorKey(paragraph: strongest.paragraph, actor: index)] ?? [])))
        }
        // Ties (two actors reported under one name, equally salient) in the order actors were found,
        // so the output never depends on a dictionary's order.
        summaries.sort { a, b in
            a.summary.salience != b.summary.salience ? a.summary.salience > b.summary.salience
                : a.summary.actor != b.summary.actor ? a.summary.actor < b.summary.actor : a.index < b.index
        }
        return Aggregate(paragraphs: paragraphs, actors: summaries.map(\.summary))
    }

    private struct ParagraphActorKey: Hashable {
        let paragraph: Int
        let actor: Int
    }

    /// The evidence shown for a score: the words that pushed it toward its side (all the
    /// strongest words when the score is near 0), so a positive score is explained by what made
    /// it positive, then what is left of the paragraph's score once their effects are taken away
    /// (`WordEvidence.remainder`), so the entries add up to the score.
    static func evidence(_ words: [WordEvidence], score: Double, paragraphScore: Double) -> [String] {
        let agreeing = abs(score) < evidenceNeutralBand ? words : words.filter { $0.effect * score > 0 }
        let listed = agreeing.prefix(evidenceCount)
        return listed.map(\.summary) + [WordEvidence.remainder(paragraphScore - listed.reduce(0) { $0 + $1.effect })]
    }
}
