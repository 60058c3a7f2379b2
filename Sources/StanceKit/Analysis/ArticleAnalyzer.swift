/// Scores every actor mention of an article with a stance model and aggregates the results per
/// paragraph and per actor, and finds holder → target stances.
public struct ArticleAnalyzer: Sendable {
    public let model: StanceModel
    public var detector: ActorDetector
    /// A paragraph counts as clearly positive or negative for the `mixed` flag past this score.
    public static let mixedThreshold = 0.3
    /// How many evidence words to keep per paragraph and actor.
    public static let evidenceCount = 3

    public init(model: StanceModel, detector: ActorDetector = ActorDetector()) {
        self.model = model
        self.detector = detector
    }

    /// Analyses `article`. With `targets`, only actors matching those names (by name, alias or
    /// surname) are reported, each under the name exactly as given.
    public func analyze(_ article: Article, targets: [String] = [], modelName: String) -> ArticleAnalysis {
        let detection = detector.detect(in: article)
        // Which actors to report, under which names.
        var reportName: [Int: String] = [:]
        if targets.isEmpty {
            for (i, actor) in detection.actors.enumerated() { reportName[i] = actor.name }
        } else {
            for target in targets {
                if let i = Self.match(target, in: detection.actors) { reportName[i] = target }
            }
        }
        var scorer = model.makeScorer()
        var scored: [Scored] = []
        var texts: [Int: CodePointText] = [:]  // paragraph → its code points, made once
        func paragraphText(_ index: Int) -> CodePointText {
            if let text = texts[index] { return text }
            let text = CodePointText(article.paragraphs[index].text)
            texts[index] = text
            return text
        }
        for mention in detection.mentions where reportName[mention.actor] != nil {
            let (text, span) = Self.context(of: mention, in: paragraphText(mention.paragraph))
            scored.append(Scored(mention: mention, prediction: scorer.predict(text: text, target: span)))
        }

        // Per paragraph and actor.
        var bodyNumber: [Int: Int] = [:]
        for paragraph in article.paragraphs where paragraph.kind == .body { bodyNumber[paragraph.index] = bodyNumber.count + 1 }
        var paragraphs = article.paragraphs.map {
            ArticleAnalysis.ParagraphOut(index: $0.index, body: bodyNumber[$0.index], kind: $0.kind, text: $0.text, actors: [])
        }
        var paragraphScores: [Int: [(paragraph: Int, score: Double, label: String)]] = [:]
        var paragraphEvidence: [ParagraphActorKey: [String]] = [:]
        // Every actor's name in each paragraph: never evidence for another's score.
        var namesInParagraph: [Int: [TextSpan]] = [:]
        for mention in detection.mentions where !mention.isPronoun { namesInParagraph[mention.paragraph, default: []].append(mention.span) }
        let grouped = Dictionary(grouping: scored, by: { ParagraphActorKey(paragraph: $0.mention.paragraph, actor: $0.mention.actor) })
        func order(_ key: ParagraphActorKey) -> (Int, Int) { (key.paragraph, grouped[key]!.map(\.mention.span.start).min()!) }
        for key in grouped.keys.sorted(by: { order($0) < order($1) }) {
            let items = grouped[key]!
            let mean = Prediction.meanProbabilities(items.map(\.prediction.probabilities))
            let label = model.classes[Prediction.argmax(mean)]
            let score = model.signedScore(mean)
            let strongest = items.max { abs($0.prediction.score) < abs($1.prediction.score) }!
            let (evidenceText, evidenceSpan) = Self.context(of: strongest.mention, in: paragraphText(key.paragraph))
            let offset = strongest.mention.span.start - evidenceSpan.start
            let names = (namesInParagraph[key.paragraph] ?? []).compactMap { span -> TextSpan? in
                let shifted = TextSpan(start: span.start - offset, end: span.end - offset)
                return shifted.start >= 0 && shifted.end <= evidenceText.count ? shifted : nil
            }
            let words = scorer.wordEvidence(
                text: evidenceText, target: evidenceSpan, score: strongest.prediction.score, names: names, limit: 2 * Self.evidenceCount)
            let evidence = Self.evidence(words, score: strongest.prediction.score, paragraphScore: model.signedScore(mean))
            paragraphs[key.paragraph].actors.append(ArticleAnalysis.ParagraphActor(
                actor: reportName[key.actor]!, label: label, score: score,
                probabilities: model.byClass(mean),
                mentions: items.map { .init(text: $0.mention.text, start: $0.mention.span.start, end: $0.mention.span.end) },
                evidence: evidence))
            paragraphScores[key.actor, default: []].append((key.paragraph, score, label))
            paragraphEvidence[key] = evidence
        }

        // Per actor.
        let title = (article.title ?? "").lowercased()
        var raw: [(index: Int, weight: Double)] = []
        for index in reportName.keys {
            let mentions = scored.filter { $0.mention.actor == index }.count
            let actor = detection.actors[index]
            let inTitle = ([actor.name] + actor.aliases).contains { !$0.isEmpty && title.contains($0.lowercased()) }
            raw.append((index, Double(mentions) + Double(paragraphScores[index]?.count ?? 0) + (inTitle ? 3 : 0)))
        }
        let maxWeight = raw.map(\.weight).max() ?? 1
        var summaries: [ArticleAnalysis.ActorSummary] = []
        for (index, weight) in raw {
            guard let scores = paragraphScores[index], !scores.isEmpty else { continue }
            let actor = detection.actors[index]
            let score = scores.map(\.score).reduce(0, +) / Double(scores.count)
            var distribution: [String: Int] = [:]
            for s in scores { distribution[s.label, default: 0] += 1 }
            let positive = scores.max { $0.score < $1.score }!
            let negative = scores.min { $0.score < $1.score }!
            let strongest = scores.max { abs($0.score) < abs($1.score) }!
            summaries.append(ArticleAnalysis.ActorSummary(
                actor: reportName[index]!, type: actor.type, aliases: actor.aliases, roles: actor.roles,
                mentions: scored.filter { $0.mention.actor == index }.count, paragraphs: scores.count,
                salience: weight / maxWeight, score: score, label: Self.label(for: score, classes: model.classes),
                distribution: distribution,
                mixed: positive.score >= Self.mixedThreshold && negative.score <= -Self.mixedThreshold,
                mostPositiveParagraph: positive.score > 0 ? positive.paragraph : nil,
                mostNegativeParagraph: negative.score < 0 ? negative.paragraph : nil,
                evidence: paragraphEvidence[ParagraphActorKey(paragraph: strongest.paragraph, actor: index)] ?? []))
        }
        summaries.sort { $0.salience != $1.salience ? $0.salience > $1.salience : $0.actor < $1.actor }

        let types = Dictionary(uniqueKeysWithValues: reportName.keys.map { ($0, detection.actors[$0].type) })
        let stances = StanceFinder(classes: model.classes).stances(
            article: article, scored: scored, names: reportName, types: types, sides: detection.affiliations, bodyNumbers: bodyNumber)
        return ArticleAnalysis(
            id: article.id, title: article.title, date: article.date, source: article.source, model: modelName,
            paragraphs: paragraphs, actors: summaries, stances: stances)
    }

    private struct ParagraphActorKey: Hashable {
        let paragraph: Int
        let actor: Int
    }

    /// A mention with the model's prediction toward it.
    struct Scored {
        let mention: ActorMention
        let prediction: Prediction
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

    /// Scores closer to 0 than this are explained by their strongest words either way.
    static let evidenceNeutralBand = 0.1

    /// Longest text a mention is scored in: a run-on "sentence" longer than this (a paragraph
    /// with no sentence breaks) is cut to this many code points around the mention, so scoring
    /// stays linear in the article's length.
    static let maxContext = 1000

    /// The text a mention is scored in (its sentence, or a window of it) and the mention's span there.
    static func context(of mention: ActorMention, in paragraph: CodePointText) -> (CodePointText, TextSpan) {
        var window = mention.sentence
        if window.length > maxContext {
            let start = max(window.start, mention.span.start - maxContext / 2)
            window = TextSpan(start: start, end: min(window.end, max(mention.span.end, start + maxContext)))
        }
        let span = TextSpan(start: mention.span.start - window.start, end: mention.span.end - window.start)
        return (paragraph.slice(window), span)
    }

    /// The label whose sign matches the aggregated score (neutral-side label near 0).
    static func label(for score: Double, classes: [String]) -> String {
        let wanted = score >= mixedThreshold ? 1 : (score <= -mixedThreshold ? -1 : 0)
        return classes.first { Label.sign(of: $0) == wanted } ?? classes[0]
    }

    /// The actor a user's name refers to: exact name or alias first, then surname.
    static func match(_ name: String, in actors: [Actor]) -> Int? {
        let lower = name.lowercased()
        if let i = actors.firstIndex(where: { ([$0.name] + $0.aliases).contains { $0.lowercased() == lower } }) { return i }
        let last = lower.split(separator: " ").last.map(String.init) ?? lower
        return actors.firstIndex { actor in
            actor.type == .person && ([actor.name] + actor.aliases).contains { $0.lowercased().split(separator: " ").last.map(String.init) == last }
        }
    }
}
