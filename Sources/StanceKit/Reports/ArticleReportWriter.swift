import Foundation

/// Renders one article's analysis for people: a table, Markdown or CSV, actors by salience.
public struct ArticleReportWriter: Sendable {
    /// ANSI colours by polarity (only for terminals).
    public var colour: Bool

    /// A writer; colour only makes sense for a terminal.
    public init(colour: Bool = false) { self.colour = colour }

    /// The report of `analysis` in `format` (HTML goes through `HTMLReportWriter`); throws only for JSON encoding.
    public func render(_ analysis: ArticleAnalysis, as format: ReportFormat) throws -> String {
        switch format {
        case .table: return table(analysis)
        case .markdown: return markdown(analysis)
        case .csv: return csv(analysis)
        case .json: return try JSONOutput.encode(analysis, pretty: true) + "\n"
        case .html: return HTMLReportWriter().render(analysis)
        }
    }

    static func number(_ x: Double) -> String { String(format: "%+.2f", x) }

    func headline(_ analysis: ArticleAnalysis) -> String {
        let body = analysis.paragraphs.filter { $0.kind == .body }.count
        let name = analysis.title ?? analysis.id ?? "(untitled)"
        var parts = [name.count > 120 ? String(name.prefix(119)) + "…" : name]
        if let date = analysis.date { parts.append(date) }
        parts.append("\(counted(analysis.actors.count, "actor")) in \(counted(body, "body paragraph")), model \(analysis.model)")
        return VisibleText.of(parts.joined(separator: " · "))
    }

    func table(_ analysis: ArticleAnalysis) -> String {
        if analysis.actors.isEmpty { return headline(analysis) + "\nNo actors found.\n" }
        var table = TextTable(header: ["actor", "type", "mentions", "paragraphs", "salience", "score", "label", "mixed", "evidence"])
        for actor in analysis.actors {
            table.append([
                actor.actor, actor.type.rawValue, String(actor.mentions), String(actor.paragraphs),
                String(format: "%.2f", actor.salience), Self.number(actor.score), actor.label, actor.mixed ? "mixed" : "",
                actor.evidence.joined(separator: "; "),
            ], style: colour ? PolarityColour.style(for: actor.score) : nil)
        }
        var out = headline(analysis) + "\n\n" + table.render()
        if !analysis.stances.isEmpty {
            out += "\nStances (holder → target, paragraph):\n"
            for s in analysis.stances {
                out += "  \(VisibleText.of(s.holder)) → \(VisibleText.of(s.target)): \(s.label) \(Self.number(s.score)) (¶\(s.bodyParagraph))\n"
            }
        }
        return out
    }

    func markdown(_ analysis: ArticleAnalysis) -> String {
        let cell = VisibleText.markdownCell
        var out = "# \(cell(analysis.title ?? analysis.id ?? "Article"))\n\n" + cell(headline(analysis)) + "\n\n"
        if analysis.actors.isEmpty { return out + "No actors found.\n" }
        out += "| actor | type | mentions | paragraphs | salience | score | label | mixed | evidence |\n"
        out += "|---|---|---|---|---|---|---|---|---|\n"
        for a in analysis.actors {
            out += "| \(cell(a.actor)) | \(a.type.rawValue) | \(a.mentions) | \(a.paragraphs) | \(String(format: "%.2f", a.salience)) | \(Self.number(a.score)) | \(a.label) | \(a.mixed ? "yes" : "") | \(cell(a.evidence.joined(separator: "; "))) |\n"
        }
        if !analysis.stances.isEmpty {
            out += "\n## Stances\n\n| holder | target | label | score | paragraph |\n|---|---|---|---|---|\n"
            for s in analysis.stances {
                out += "| \(cell(s.holder)) | \(cell(s.target)) | \(s.label) | \(Self.number(s.score)) | \(s.bodyParagraph) |\n"
            }
        }
        return out
    }

    func csv(_ analysis: ArticleAnalysis) -> String {
        var out = "article,actor,type,mentions,paragraphs,salience,score,label,mixed,evidence\n"
        for a in analysis.actors {
            let fields = [analysis.id ?? analysis.title ?? "", a.actor, a.type.rawValue, String(a.mentions), String(a.paragraphs),
                          String(format: "%.4f", a.salience), String(format: "%.4f", a.score), a.label, a.mixed ? "true" : "false",
                          a.evidence.joined(separator: "; ")]
            out += fields.map(CSVField.escape).joined(separator: ",") + "\n"
        }
        return out
    }
}

/// ANSI colours for a line by the polarity of its score: green positive, red negative.
enum PolarityColour {
    static func style(for score: Double) -> (String) -> String {
        { text in
            switch Polarity.side(of: score, past: Polarity.colourThreshold) {
            case 1: "\u{1B}[32m\(text)\u{1B}[0m"
            case -1: "\u{1B}[31m\(text)\u{1B}[0m"
            default: text
            }
        }
    }
}

enum CSVField {
    /// RFC 4180: quote fields holding commas, quotes or line breaks; double inner quotes.
    /// Control characters are shown (`VisibleText`): spreadsheets stop at a NUL.
    static func escape(_ field: String) -> String {
        let field = VisibleText.of(field)
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

/// JSON encoding with sorted keys, numbers in shortest round-trip form.
package enum JSONOutput {
    package static func encode<T: Encodable>(_ value: T, pretty: Bool = false) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
