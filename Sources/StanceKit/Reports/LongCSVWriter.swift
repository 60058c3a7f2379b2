/// The long CSV of scored articles (`stance score --format csv`), for pandas or R: one row per
/// article × body paragraph × actor, and one per stance, so a corpus is one tidy table
/// (`df[df.kind == "stance"]`). Rows are written article by article, so a corpus streams.
///
/// Columns: `kind` (paragraph | stance), `article` (id, else title), `date`, `paragraph` (body
/// number, ¶), `actor` (for a stance: its target), `type`, `holder` (stances only), `label`,
/// `score`, one `p_LABEL` per model class (paragraph rows), `evidence` ("; "-joined, adding up
/// to the score), `sentence` (stances only).
public struct LongCSVWriter: Sendable {
    /// The model's classes, one `p_LABEL` column each.
    public let classes: [String]

    /// A writer for a model with `classes`.
    public init(classes: [String]) { self.classes = classes }

    /// The header line, once per file.
    public var header: String {
        (["kind", "article", "date", "paragraph", "actor", "type", "holder", "label", "score"] + classes.map { "p_" + $0 } + ["evidence", "sentence"])
            .map(CSVField.escape).joined(separator: ",") + "\n"
    }

    /// The rows of one article, each ending in a newline.
    public func rows(_ analysis: ArticleAnalysis) -> String {
        let article = analysis.id ?? analysis.title ?? ""
        let date = analysis.date ?? ""
        var types: [String: String] = [:]
        for actor in analysis.actors { types[actor.actor] = actor.type.rawValue }
        var out = ""
        func row(_ fields: [String]) { out += fields.map(CSVField.escape).joined(separator: ",") + "\n" }
        for paragraph in analysis.paragraphs {
            guard let body = paragraph.body else { continue }
            for actor in paragraph.actors {
                let probabilities = classes.map { actor.probabilities[$0].map(Self.number) ?? "" }
                row(["paragraph", article, date, String(body), actor.actor, types[actor.actor] ?? "", "", actor.label, Self.number(actor.score)]
                    + probabilities + [actor.evidence.joined(separator: "; "), ""])
            }
        }
        for stance in analysis.stances {
            row(["stance", article, date, String(stance.bodyParagraph), stance.target, types[stance.target] ?? "", stance.holder, stance.label,
                 Self.number(stance.score)] + classes.map { _ in "" } + ["", stance.sentence])
        }
        return out
    }

    static func number(_ value: Double) -> String { String(format: "%.4f", value) }
}
