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

    public init(_ analyses: [ArticleAnalysis]) {
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
        let classes = Array(Set(analyses.flatMap { $0.actors.map(\.label) }))
        for (name, list) in scores {
            rows[name]!.score = list.reduce(0, +) / Double(list.count)
            rows[name]!.label = ActorAggregator.label(for: rows[name]!.score, classes: Label.ordered(classes + ["negative", "neutral", "positive"]))
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

/// Renders a corpus report as a table, Markdown, CSV or JSON.
public struct CorpusReportWriter: Sendable {
    public var colour: Bool

    public init(colour: Bool = false) { self.colour = colour }

    public func render(_ report: CorpusReport, as format: ReportFormat) throws -> String {
        let header = ["actor", "type", "articles", "mentions", "score", "label", "mixed articles"]
        let rows = report.actors.map {
            [$0.actor, $0.type.rawValue, String($0.articles), String($0.mentions), ArticleReportWriter.number($0.score), $0.label, String($0.mixedArticles)]
        }
        switch format {
        case .json:
            return try JSONOutput.encode(report, pretty: true) + "\n"
        case .html:
            return HTMLReportWriter().render(report)
        case .csv:
            return ([header] + rows).map { $0.map(CSVField.escape).joined(separator: ",") }.joined(separator: "\n") + "\n"
        case .markdown:
            var out = "# Corpus report: \(report.articles) articles\n\n| " + header.joined(separator: " | ") + " |\n|" + String(repeating: "---|", count: header.count) + "\n"
            for row in rows { out += "| " + row.map { $0.replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ") + " |\n" }
            return out
        case .table:
            var table = TextTable(header: header)
            for (row, actor) in zip(rows, report.actors) {
                table.append(row, style: colour ? PolarityColour.style(for: actor.score) : nil)
            }
            return "Corpus: \(report.articles) articles, \(report.actors.count) actors\n\n" + table.render()
        }
    }
}
