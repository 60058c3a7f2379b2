import Foundation

/// A corpus's per-actor totals, kept so that parts add up exactly: `stance aggregate` writes one
/// per scored file, `merge` adds any number of them in any order and grouping to the same bytes
/// as aggregating everything at once, and `report()` turns the sum into the corpus report.
///
/// Only counts and sums are kept, never means. Scores are summed in fixed point (`scale` units
/// per 1.0, so each article's score is rounded to 1e-6) because a floating-point sum depends on
/// the order of its terms, and a merge must not.
public struct CorpusAggregate: Sendable, Codable, Equatable {
    /// The file format's name and version, checked when a part is read.
    public static let formatName = "stancekit-aggregate-1"
    /// Fixed-point units per score unit.
    static let scale = 1e6

    /// Articles and their score sum (in `scale` units).
    struct Totals: Sendable, Codable, Equatable {
        var articles = 0
        var scoreSum: Int64 = 0

        mutating func add(_ other: Totals) {
            articles += other.articles
            scoreSum += other.scoreSum
        }

        var mean: Double { Double(scoreSum) / CorpusAggregate.scale / Double(articles) }

        enum CodingKeys: String, CodingKey { case articles, scoreSum = "score_sum_e6" }
    }

    /// One actor's totals across the articles that mention it.
    struct ActorTotals: Sendable, Codable, Equatable {
        var totals = Totals()
        var mentions = 0
        var mixedArticles = 0
        /// Article-level labels counted.
        var labels: [String: Int] = [:]
        /// The actor's type in each article, counted: the report shows the most frequent.
        var types: [String: Int] = [:]
        /// Per article date (yyyy-mm-dd, `ArticleDate`): the series points.
        var days: [String: Totals] = [:]

        mutating func add(_ other: ActorTotals) {
            totals.add(other.totals)
            mentions += other.mentions
            mixedArticles += other.mixedArticles
            labels.merge(other.labels, uniquingKeysWith: +)
            types.merge(other.types, uniquingKeysWith: +)
            days.merge(other.days) { var a = $0; a.add($1); return a }
        }

        enum CodingKeys: String, CodingKey {
            case totals, mentions, labels, types, days, mixedArticles = "mixed_articles"
        }
    }

    private var format = Self.formatName
    /// Articles aggregated.
    public private(set) var articles = 0
    /// The models that scored them (one, unless parts were scored apart).
    public private(set) var models: [String] = []
    /// The labels the scores were given in, in `Label.ordered` order: what `report()` labels with.
    public private(set) var classes: [String] = []
    var actors: [String: ActorTotals] = [:]

    /// An empty aggregate: zero articles.
    public init() {}

    /// Adds one scored article, whose labels are `classes` (the model's own).
    public mutating func add(_ analysis: ArticleAnalysis, classes: [String]) {
        add(ScoredArticle(analysis, classes: classes))
    }

    mutating func add(_ article: ScoredArticle) {
        articles += 1
        include(models: [article.model], classes: article.classes)
        let day = article.date.flatMap(ArticleDate.init)?.description
        for actor in article.actors {
            let units = Totals(articles: 1, scoreSum: Int64((actor.score * Self.scale).rounded()))
            var one = ActorTotals(totals: units, mentions: actor.mentions, mixedArticles: actor.mixed ? 1 : 0,
                                  labels: [actor.label: 1], types: [actor.type.rawValue: 1])
            if let day { one.days[day] = units }
            actors[actor.name, default: ActorTotals()].add(one)
        }
    }

    /// Adds every article of a `stance score --format jsonl` file ("-": standard input),
    /// streamed; a bad line throws with its file and line.
    public mutating func addScored(_ path: String) throws {
        // A scored article holds its text many times over (paragraphs, mentions, evidence).
        var lines = try LineReader(path: path, maximumBytes: Self.maximumScoredLineBytes)
        while let line = try lines.next() {
            if JSONLines.isBlank(line) { continue }
            let fields = try JSONLines.object(line, file: path, line: lines.lineNumber)
            add(try ScoredArticle(fields: fields, file: path, line: lines.lineNumber))
        }
    }

    /// The longest scored article line read (1 GiB): room for the longest article `stance score`
    /// reads, many times over.
    static let maximumScoredLineBytes = 1 << 30

    /// Adds another part: the result is the same whatever the order and grouping of the parts.
    public mutating func merge(_ other: CorpusAggregate) {
        articles += other.articles
        include(models: other.models, classes: other.classes)
        actors.merge(other.actors) { var a = $0; a.add($1); return a }
    }

    private mutating func include(models more: [String], classes labels: [String]) {
        models = Set(models + more).sorted()
        classes = Label.ordered(Set(classes + labels))
    }

    /// Each actor across the corpus, labelled with `classes`; the most covered actors' scores
    /// per day as the time series.
    public func report() -> CorpusReport {
        let rows = actors.map { name, a in
            let type = a.types.max { ($0.value, $1.key) < ($1.value, $0.key) }.flatMap { Actor.Kind(rawValue: $0.key) } ?? .other
            let score = a.totals.mean
            return CorpusReport.ActorRow(actor: name, type: type, articles: a.totals.articles, mentions: a.mentions, score: score,
                                         label: Polarity.label(for: score, classes: classes), distribution: a.labels,
                                         mixedArticles: a.mixedArticles)
        }.sorted { ($0.articles, $0.mentions, $1.actor) > ($1.articles, $1.mentions, $0.actor) }
        var series: [String: [CorpusReport.Point]] = [:]
        for row in rows.prefix(CorpusReport.seriesActors) where row.articles > 1 {
            let days = actors[row.actor]!.days
            if days.count > 1 {
                series[row.actor] = days.keys.sorted().map { CorpusReport.Point(date: $0, score: days[$0]!.mean, articles: days[$0]!.articles) }
            }
        }
        return CorpusReport(articles: articles, actors: rows, series: series)
    }

    /// The aggregate as one line of JSON, keys sorted: equal aggregates give equal bytes.
    public func encoded() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self) + "\n"
    }

    /// A part written by `encoded()`; throws naming the file when it is not one.
    public init(contentsOf path: String) throws {
        let data = try TextFile.data(of: path)
        let corrupt = StanceError.input(file: path, line: nil, "corrupt aggregate: a field is missing, has the wrong type or is out of range")
        // One decoding of the part; its format alone is read only to say why a file is not one.
        guard let part = try? JSONDecoder().decode(Self.self, from: data), part.format == Self.formatName else {
            guard let format = try? JSONDecoder().decode(FormatOnly.self, from: data) else {
                throw StanceError.input(file: path, line: nil, "not a StanceKit aggregate (the output of `stance aggregate`, format \(Self.formatName))")
            }
            guard format.format == Self.formatName else {
                throw StanceError.input(file: path, line: nil, "aggregate format \(format.format) is not \(Self.formatName), the one this version reads")
            }
            throw corrupt
        }
        guard part.isConsistent else { throw corrupt }
        self = part
    }

    /// Counts not negative and each score sum within ±1 per article: what `add` can produce.
    /// (So a damaged part is an error, not an overflow in a merge.)
    private var isConsistent: Bool {
        func valid(_ t: Totals) -> Bool { t.articles >= 0 && t.articles <= Self.maxArticles && abs(t.scoreSum) <= Int64(t.articles) * Int64(Self.scale) }
        return articles >= 0 && articles <= Self.maxArticles && actors.values.allSatisfy { a in
            valid(a.totals) && a.mentions >= 0 && a.mixedArticles >= 0 && a.labels.values.allSatisfy { $0 >= 0 }
                && a.types.values.allSatisfy { $0 >= 0 } && a.days.values.allSatisfy(valid)
        }
    }

    /// Articles a part may hold: with scores of at most 1 in units of 1e-6, a billion articles
    /// per part leave room in the 64-bit sums for merging over 9,000 full parts.
    static let maxArticles = 1_000_000_000

    private struct FormatOnly: Decodable { var format: String }
}
