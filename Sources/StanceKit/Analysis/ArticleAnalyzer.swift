/// Analyses an article in named stages, each its own type, all reading one tokenization:
///
/// 1. read: `ArticleReader` (paragraphs, header lines) — done before the analyzer is called;
/// 2. tokenize once: `TokenizedArticle`;
/// 3. find mentions: `ActorDetector.findMentions` (names, pronouns, descriptions);
/// 4. resolve references: `ActorDetector.resolveReferences` (actors, what each pronoun means);
/// 5. score: `MentionScorer` (the model toward every mention, in its sentence);
/// 6. aggregate: `ActorAggregator` (per paragraph and actor, then per actor);
/// 7. stances: `StanceFinder` (holder → target edges).
public struct ArticleAnalyzer: Sendable {
    /// Scores each mention's sentence toward the actor.
    public let model: StanceModel
    /// Finds the actors and resolves references to them.
    public var detector: ActorDetector

    /// An analyzer with `model` and, by default, the built-in actor detection.
    public init(model: StanceModel, detector: ActorDetector = ActorDetector()) {
        self.model = model
        self.detector = detector
    }

    /// Analyses `article`. With `targets`, only actors matching those names (by name, alias or
    /// surname) are reported, each under the name exactly as given.
    public func analyze(_ article: Article, targets: [String] = [], modelName: String = "StanceKit") -> ArticleAnalysis {
        let tokenized = TokenizedArticle(article)
        let detection = detector.resolveReferences(detector.findMentions(in: tokenized))
        let reportNames = Self.reportNames(detection, targets: targets)
        var scorer = MentionScorer(model: model)
        let scored = scorer.score(detection.mentions.filter { reportNames[$0.actor] != nil }, in: tokenized)
        let aggregate = ActorAggregator(model: model, reportNames: reportNames).aggregate(scored, detection, in: tokenized, scorer: &scorer)
        let types = Dictionary(uniqueKeysWithValues: reportNames.keys.map { ($0, detection.actors[$0].type) })
        let stances = StanceFinder(classes: model.classes).stances(
            in: tokenized, scored: scored, names: reportNames, types: types, sides: detection.affiliations)
        return ArticleAnalysis(
            id: article.id, title: article.title, date: article.date, source: article.source, model: modelName,
            paragraphs: aggregate.paragraphs, actors: aggregate.actors, stances: stances)
    }

    /// `analyze` for each article with its targets, split over `threads` threads; the results in
    /// input order, the same for any number of threads (each article is analysed on its own).
    public func analyze(_ batch: [(article: Article, targets: [String])], modelName: String = "StanceKit", threads: Int) -> [ArticleAnalysis] {
        analyze(batch, modelName: modelName, threads: threads) { $0 }
    }

    /// The same, each analysis handed to `render` on the thread that made it: what is written
    /// out of an analysis (a JSON line) is then made on every core, not one after another.
    public func analyze<Rendered>(
        _ batch: [(article: Article, targets: [String])], modelName: String = "StanceKit", threads: Int,
        render: (ArticleAnalysis) -> Rendered
    ) -> [Rendered] {
        parallelMap(count: batch.count, threads: threads) { render(analyze(batch[$0].article, targets: batch[$0].targets, modelName: modelName)) }
    }

    /// Which actors to report, under which names: every actor the article names other than
    /// inside another name ("England" in "Bank of England" is no actor of the story) under its
    /// own, or those the user's `targets` name under the target's spelling.
    static func reportNames(_ detection: ActorDetection, targets: [String]) -> [Int: String] {
        let actors = detection.actors
        guard !targets.isEmpty else {
            let named = Set(detection.mentions.lazy.filter { !$0.isNested }.map(\.actor))
            return Dictionary(uniqueKeysWithValues: actors.indices.filter(named.contains).map { ($0, actors[$0].name) })
        }
        var names: [Int: String] = [:]
        for target in targets {
            if let i = match(target, in: actors) { names[i] = target }
        }
        return names
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
