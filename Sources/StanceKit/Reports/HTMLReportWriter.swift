import Foundation

/// One self-contained HTML page for an article's analysis: inline CSS and SVG, no scripts, no
/// fetched fonts; readable offline and printable. All article text is escaped.
public struct HTMLReportWriter: Sendable {
    /// A writer (it has no settings).
    public init() {}

    static let style = """
        body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;max-width:1000px;margin:2em auto;padding:0 1em;color:#111}
        h1{font-size:1.5em;margin-bottom:.2em}.meta{color:#555}table{border-collapse:collapse;margin:1em 0}
        th,td{border-bottom:1px solid #ddd;padding:.3em .6em;text-align:left}td.num{text-align:right;font-variant-numeric:tabular-nums}
        mark{padding:0 .15em;border-radius:.2em;border-bottom:2px solid #333}p.body{margin:.8em 0}.idx{color:#888;font-size:.8em;margin-right:.5em}
        .neg{color:#a04000}.pos{color:#1b4f8a}figure{margin:1em 0}figcaption{color:#555;font-size:.9em}
        @media print{body{margin:0}mark{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
        """

    /// The article page: actors with their scores as bars, then the text with mentions marked.
    public func render(_ analysis: ArticleAnalysis) -> String {
        let e = SVG.escape
        let body = analysis.paragraphs.filter { $0.kind == .body }
        var html = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>\(e(analysis.title ?? analysis.id ?? "Article report"))</title><style>\(Self.style)</style></head><body>\n"
        html += "<h1>\(e(analysis.title ?? analysis.id ?? "Article"))</h1>\n"
        var meta: [String] = []
        if let date = analysis.date { meta.append("Date: \(e(date))") }
        if let source = analysis.source { meta.append("Source: \(e(source))") }
        if let id = analysis.id { meta.append("File: \(e(id))") }
        meta.append("Model: \(e(analysis.model))")
        html += "<p class=\"meta\">\(meta.joined(separator: " · "))</p>\n"
        html += "<p>\(e(summary(analysis, bodyCount: body.count)))</p>\n"
        guard !analysis.actors.isEmpty else { return html + "<p>No actors found.</p></body></html>\n" }

        // Actors.
        html += "<h2>Actors</h2>\n<table><thead><tr><th>actor</th><th>type</th><th>mentions</th><th>paragraphs</th><th>salience</th><th>score</th><th>label</th><th>mixed</th></tr></thead><tbody>\n"
        for a in analysis.actors {
            let polarity = [1: "pos", -1: "neg"][Polarity.side(of: a.score, past: Polarity.colourThreshold)] ?? ""
            html += "<tr><td>\(e(a.actor))</td><td>\(a.type.rawValue)</td><td class=\"num\">\(a.mentions)</td><td class=\"num\">\(a.paragraphs)</td><td class=\"num\">\(String(format: "%.2f", a.salience))</td><td class=\"num \(polarity)\">\(String(format: "%+.2f", a.score))</td><td class=\"\(polarity)\">\(e(a.label))</td><td>\(a.mixed ? "mixed" : "")</td></tr>\n"
        }
        html += "</tbody></table>\n"
        let spreads = analysis.actors.map { actor -> (label: String, value: Double, low: Double, high: Double) in
            let scores = body.flatMap { $0.actors.filter { $0.actor == actor.actor }.map(\.score) }
            return (actor.actor, actor.score, scores.min() ?? actor.score, scores.max() ?? actor.score)
        }
        html += "<figure>\(SVG.barChart(spreads))<figcaption>Score per actor (bar) and its range across paragraphs (line).</figcaption></figure>\n"
        let columns = analysis.actors.map(\.actor)
        let values = body.map { paragraph in columns.map { name in paragraph.actors.first { $0.actor == name }?.score } }
        html += "<h2>Paragraphs × actors</h2>\n<figure>\(SVG.heatmap(rows: body.map { "¶\($0.body ?? $0.index)" }, columns: columns, values: values))"
        html += "<figcaption>Rows in reading order; empty where the actor is absent.</figcaption></figure>\n\(SVG.legend())\n"

        // Stances.
        if !analysis.stances.isEmpty {
            html += "<h2>Stances (holder → target)</h2>\n<ul>\n"
            for s in analysis.stances {
                html += "<li>\(e(s.holder)) → \(e(s.target)): <span class=\"\(s.score < 0 ? "neg" : "pos")\">\(e(s.label)) \(String(format: "%+.2f", s.score))</span> (¶\(s.bodyParagraph))</li>\n"
            }
            html += "</ul>\n"
        }

        // The text with its mentions highlighted; evidence on hover.
        html += "<h2>Text</h2>\n"
        for paragraph in body {
            html += "<p class=\"body\"><span class=\"idx\">¶\(paragraph.body ?? paragraph.index)</span>\(highlighted(paragraph))</p>\n"
        }
        return html + "</body></html>\n"
    }

    /// The corpus page: per-actor aggregates across articles, and the main actors' scores over time.
    public func render(_ report: CorpusReport) -> String {
        let e = SVG.escape
        var html = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Corpus report</title><style>\(Self.style)</style></head><body>\n"
        html += "<h1>Corpus report</h1>\n<p class=\"meta\">\(counted(report.articles, "article")), \(counted(report.actors.count, "actor"))</p>\n"
        guard !report.actors.isEmpty else { return html + "<p>No actors found.</p></body></html>\n" }
        html += "<table><thead><tr><th>actor</th><th>type</th><th>articles</th><th>mentions</th><th>score</th><th>label</th><th>mixed articles</th></tr></thead><tbody>\n"
        for a in report.actors {
            let polarity = [1: "pos", -1: "neg"][Polarity.side(of: a.score, past: Polarity.colourThreshold)] ?? ""
            html += "<tr><td>\(e(a.actor))</td><td>\(a.type.rawValue)</td><td class=\"num\">\(a.articles)</td><td class=\"num\">\(a.mentions)</td><td class=\"num \(polarity)\">\(String(format: "%+.2f", a.score))</td><td class=\"\(polarity)\">\(e(a.label))</td><td class=\"num\">\(a.mixedArticles)</td></tr>\n"
        }
        html += "</tbody></table>\n"
        let top = Array(report.actors.prefix(20))
        html += "<figure>\(SVG.barChart(top.map { ($0.actor, $0.score, $0.score, $0.score) }))<figcaption>Mean score per actor across articles.</figcaption></figure>\n"
        let series = report.actors.compactMap { row -> (name: String, points: [(day: Int, label: String, value: Double)])? in
            guard let points = report.series[row.actor] else { return nil }
            return (row.actor, points.compactMap { p in ArticleDate(p.date).map { ($0.dayNumber, p.date, p.score) } })
        }
        if !series.isEmpty {
            html += "<h2>Over time</h2>\n<figure>\(SVG.lineChart(series))<figcaption>Each main actor's mean score per day.</figcaption></figure>\n"
        }
        return html + "</body></html>\n"
    }

    func summary(_ analysis: ArticleAnalysis, bodyCount: Int) -> String {
        guard let top = analysis.actors.first else { return "\(counted(bodyCount, "body paragraph")); no actors found." }
        let negative = analysis.actors.filter { $0.score <= -Polarity.colourThreshold }.map(\.actor)
        let positive = analysis.actors.filter { $0.score >= Polarity.colourThreshold }.map(\.actor)
        var text = "\(counted(analysis.actors.count, "actor")) in \(counted(bodyCount, "body paragraph")); most salient: \(top.actor) (\(top.label))."
        if !negative.isEmpty { text += " Treated negatively: \(negative.prefix(4).joined(separator: ", "))." }
        if !positive.isEmpty { text += " Treated positively: \(positive.prefix(4).joined(separator: ", "))." }
        return text
    }

    /// The paragraph's text with each mention in a `<mark>` coloured by its actor's paragraph score.
    func highlighted(_ paragraph: ArticleAnalysis.ParagraphOut) -> String {
        let text = CodePointText(paragraph.text)
        var marks: [(span: TextSpan, actor: ArticleAnalysis.ParagraphActor)] = []
        for actor in paragraph.actors {
            for m in actor.mentions { marks.append((TextSpan(start: m.start, end: m.end), actor)) }
        }
        marks.sort { $0.span.start < $1.span.start }
        var out = ""
        var position = 0
        for (span, actor) in marks where span.start >= position && span.end <= text.count {
            out += SVG.escape(text.string(in: TextSpan(start: position, end: span.start)))
            let evidence = actor.evidence.joined(separator: ", ")
            let title = "\(actor.actor): \(actor.label) \(String(format: "%+.2f", actor.score)) — \(evidence)"
            out += "<mark style=\"background:\(SVG.colour(for: actor.score * 0.8))\" title=\"\(SVG.escape(title))\">\(SVG.escape(text.string(in: span)))</mark>"
            position = span.end
        }
        return out + SVG.escape(text.string(in: TextSpan(start: position, end: text.count)))
    }
}
