import Foundation

/// Renders a corpus report as a table, Markdown, CSV or JSON.
public struct CorpusReportWriter: Sendable {
    /// ANSI colours by polarity (only for terminals).
    public var colour: Bool

    /// A writer; colour only makes sense for a terminal.
    public init(colour: Bool = false) { self.colour = colour }

    /// The report in `format` (HTML goes through `HTMLReportWriter`); throws only for JSON encoding.
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
            for row in rows { out += "| " + row.map(VisibleText.markdownCell).joined(separator: " | ") + " |\n" }
            return out
        case .table:
            var table = TextTable(header: header)
            for (row, actor) in zip(rows, report.actors) {
                table.append(row, style: colour ? PolarityColour.style(for: actor.score) : nil)
            }
            return "Corpus: \(counted(report.articles, "article")), \(counted(report.actors.count, "actor"))\n\n" + table.render()
        }
    }
}
