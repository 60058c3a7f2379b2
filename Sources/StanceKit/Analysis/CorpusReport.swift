import Foundation

/// Each actor across a set of articles.
public struct CorpusReport: Sendable, Codable, Equatable {
    /// One actor across the corpus.
    public struct ActorRow: Sendable, Codable, Equatable {
        /// The actor's canonical name.
        public var actor: String
        /// Its type in the first article that mentions it.
        public var type: Actor.Kind
        /// Articles that mention it.
        public var articles: Int
        /// Mentions summed over those articles.
        public var mentions: Int
        /// Mean of the per-article scores.
        public var score: Double
        /// One of the model's classes, from `score` by `Polarity.label(for:classes:)`.
        public var label: String
        /// Article-level labels counted.
        public var distribution: [String: Int]
        /// Articles in which the actor is mixed.
        public var mixedArticles: Int

        enum CodingKeys: String, CodingKey {
            case actor, type, articles, mentions, score, label, distribution, mixedArticles = "mixed_articles"
        }
    }

    /// One actor's score in one dated article.
    public struct Point: Sendable, Codable, Equatable {
        /// The article's date (`ArticleDate`, as yyyy-mm-dd).
        public var date: String
        /// The actor's score in that article.
        public var score: Double
        /// The article's id, else its title.
        public var article: String
    }

    /// Articles aggregated.
    public var articles: Int
    /// The actors, most covered first.
    public var actors: [ActorRow]
    /// For the main actors (most articles), their score per dated article, in time order.
    public var series: [String: [Point]]

    /// How many of the most covered actors get a time series.
    public static let seriesActors = 5

    /// The actors of `analyses`, labelled with `classes`, the model's own.
    public init(_ analyses: [ArticleAnalysis], classes: [String]) {
        var rows: [String: ActorRow] = [:]
        var scores: [String: [Double]] = [:]
        for analysis in analyses {
            for a in analysis.actors {
                var row = rows[a.actor] ?? ActorRow(actor: a.actor, type: a.type, articles: 0, mentions: 0, score: 0, label: a.label, distribution: [:], mixedArticles: 0)
                row.articles += 1
                row.mentions += a.mentions
                row.distribution[a.label, default: 0] += 1
                if a.mixed { row.mixedArticles += 1 }
                rows[a.actor] = row
                scores[a.actor, default: []].append(a.score)
            }
        }
        for (name, list) in scores {
            rows[name]!.score = list.reduce(0, +) / Double(list.count)
            rows[name]!.label = Polarity.label(for: rows[name]!.score, classes: classes)
        }
        articles = analyses.count
        actors = rows.values.sorted { ($0.articles, $0.mentions, $1.actor) > ($1.articles, $1.mentions, $0.actor) }
        var series: [String: [Point]] = [:]
        for row in actors.prefix(Self.seriesActors) where row.articles > 1 {
            let points = analyses.compactMap { analysis -> (ArticleDate, Point)? in
                guard let text = analysis.date, let date = ArticleDate(text), let actor = analysis.actors.first(where: { $0.actor == row.actor }) else { return nil }
                return (date, Point(date: date.description, score: actor.score, article: analysis.id ?? analysis.title ?? ""))
            }
            if points.count > 1 { series[row.actor] = points.sorted { $0.0 < $1.0 }.map(\.1) }
        }
        self.series = series
    }
}
