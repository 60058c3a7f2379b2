import Foundation

/// Each actor across a set of articles.
public struct CorpusReport: Sendable, Codable, Equatable {
    public struct ActorRow: Sendable, Codable, Equatable {
        public var actor: String
        public var type: Actor.Kind
        public var articles: Int
        public var mentions: Int
        /// Mean of the per-article scores.
        public var score: Double
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
        public var date: String
        public var score: Double
        public var article: String
    }

    public var articles: Int
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
