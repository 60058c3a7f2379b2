import Foundation

/// Each actor across a set of articles.
public struct CorpusReport: Sendable, Codable, Equatable {
    /// One actor across the corpus.
    public struct ActorRow: Sendable, Codable, Equatable {
        /// The actor's canonical name.
        public var actor: String
        /// Its most frequent type across those articles (ties: alphabetical).
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

    /// One actor's mean score on one day.
    public struct Point: Sendable, Codable, Equatable {
        /// The day (`ArticleDate`, as yyyy-mm-dd).
        public var date: String
        /// The mean of the actor's scores in that day's articles.
        public var score: Double
        /// The articles of that day that mention the actor.
        public var articles: Int
    }

    /// Articles aggregated.
    public var articles: Int
    /// The actors, most covered first.
    public var actors: [ActorRow]
    /// For the main actors (most articles), their mean score per day, in time order.
    public var series: [String: [Point]]

    /// How many of the most covered actors get a time series.
    public static let seriesActors = 5

    /// The actors of `analyses`, labelled with `classes`, the model's own: the report of their
    /// `CorpusAggregate`.
    public init(_ analyses: [ArticleAnalysis], classes: [String]) {
        var aggregate = CorpusAggregate()
        for analysis in analyses { aggregate.add(analysis, classes: classes) }
        self = aggregate.report()
    }

    init(articles: Int, actors: [ActorRow], series: [String: [Point]]) {
        self.articles = articles
        self.actors = actors
        self.series = series
    }
}
