import Foundation
import SwiftCSV

/// Article-level evaluation on PerSenT-format CSV (Bastan et al., COLING 2020): each document's
/// paragraphs (the lines of `DOCUMENT`) are labelled toward `TARGET_ENTITY` in `Paragraph{i}`,
/// and the document as a whole in `TRUE_SENTIMENT`.
///
/// Paragraph labels are used only when a document has exactly as many labelled `ParagraphN`
/// columns as lines, as the scikit-learn anchor kit does. A paragraph is scored through the
/// article analysis with the target as `--target` (so surnames and pronouns count); one that
/// never refers to the target is predicted neutral. A document's label is the arg-max of its
/// target paragraphs' mean probabilities (neutral when it never mentions the target).
/// (Re-estimating the class priors of the corpus by EM, label-free, was tried: it lowered both
/// figures, because the model under-rates PerSenT's many positive paragraphs to begin with.)
package struct PerSenTEvaluation: Sendable, Codable, Equatable {
    package var paragraph: Evaluation
    package var document: Evaluation
    /// Labelled paragraphs in which the target was found (by name, surname or pronoun).
    package var paragraphsWithTarget: Int
    /// Every labelled paragraph and every document with the answer given (not in the JSON figures).
    package var items: [EvaluatedItem] = []

    enum CodingKeys: String, CodingKey {
        case paragraph, document, paragraphsWithTarget = "paragraphs_with_target"
    }

    /// Whether `path` looks like PerSenT: a CSV whose header has the PerSenT columns.
    package static func recognises(_ path: String) -> Bool {
        guard path.lowercased().hasSuffix(".csv"), let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let head = String(decoding: handle.readData(ofLength: 4096), as: UTF8.self)
        let header = head.split(separator: "\n").first.map(String.init) ?? ""
        return ["TARGET_ENTITY", "DOCUMENT", "TRUE_SENTIMENT"].allSatisfy(header.contains)
    }

    package static func evaluate(_ path: String, analyzer: ArticleAnalyzer) throws -> PerSenTEvaluation {
        let text = try TextFile.string(of: path)
        let csv: CSV<Named>
        do {
            csv = try CSV<Named>(string: text, delimiter: .comma, loadColumns: false)
        } catch {
            throw StanceError.input(file: path, line: nil, "not valid CSV (\(error))")
        }
        for column in ["TARGET_ENTITY", "DOCUMENT", "TRUE_SENTIMENT"] where !csv.header.contains(column) {
            throw StanceError.input(file: path, line: 1, "the PerSenT header needs a \"\(column)\" column")
        }
        let classes = analyzer.model.classes
        func label(_ raw: String, row: Int) throws -> String {
            let lower = raw.trimmingCharacters(in: .whitespaces).lowercased()
            guard classes.contains(lower) else {
                throw StanceError.input(file: path, line: nil, "record \(row): label \"\(raw)\" is not one of the model's classes (\(classes.joined(separator: ", ")))")
            }
            return lower
        }
        // First the model's probabilities for every document's target paragraphs.
        struct Document {
            var record: Int
            var id: String?
            var gold: String
            /// Per line: the probabilities toward the target, nil where it is not mentioned.
            var paragraphs: [[Double]?]
            /// Gold paragraph labels, when the document's paragraphs are all labelled.
            var paragraphGold: [String]?
        }
        var documents: [Document] = []
        for (r, row) in csv.rows.enumerated() {
            let record = r + 1
            let target = row["TARGET_ENTITY"] ?? ""
            let lines = (row["DOCUMENT"] ?? "").components(separatedBy: "\n")
            let paragraphs = lines.enumerated().map { Article.Paragraph(index: $0, kind: .body, text: $1) }
            let article = Article(id: row["DOCUMENT_INDEX"], title: row["TITLE"], date: nil, source: nil, paragraphs: paragraphs)
            let analysis = analyzer.analyze(article, targets: [target], modelName: "")
            let probabilities = analysis.paragraphs.map { paragraph in
                paragraph.actors.first.map { item in classes.map { item.probabilities[$0] ?? 0 } }
            }
            let labelled = (0..<16).compactMap { row["Paragraph\($0)"].flatMap { $0.isEmpty ? nil : $0 } }
            let gold = labelled.count == lines.count ? try labelled.map { try label($0, row: record) } : nil
            documents.append(Document(
                record: record, id: row["DOCUMENT_INDEX"], gold: try label(row["TRUE_SENTIMENT"] ?? "", row: record),
                paragraphs: probabilities, paragraphGold: gold))
        }
        func argmax(_ p: [Double]) -> String { classes[Prediction.argmax(p)] }
        let neutral = Polarity.label(for: 0, classes: classes)

        var paragraphGold: [String] = []
        var paragraphPredicted: [String] = []
        var documentPredicted: [String] = []
        var withTarget = 0
        var items: [EvaluatedItem] = []
        for document in documents {
            func item(_ paragraph: Int?, gold: String, _ p: [Double]?) -> EvaluatedItem {
                EvaluatedItem(
                    line: document.record, id: document.id, paragraph: paragraph, gold: gold, predicted: p.map(argmax) ?? neutral,
                    probabilities: p.map(analyzer.model.byClass))
            }
            let present = document.paragraphs.compactMap { $0 }
            let documentItem = item(nil, gold: document.gold, present.isEmpty ? nil : Prediction.meanProbabilities(present))
            documentPredicted.append(documentItem.predicted)
            items.append(documentItem)
            guard let gold = document.paragraphGold else { continue }
            for (i, label) in gold.enumerated() {
                let paragraphItem = item(i, gold: label, document.paragraphs[i])
                if paragraphItem.probabilities != nil { withTarget += 1 }
                paragraphGold.append(label)
                paragraphPredicted.append(paragraphItem.predicted)
                items.append(paragraphItem)
            }
        }
        return PerSenTEvaluation(
            paragraph: Evaluation(gold: paragraphGold, predicted: paragraphPredicted, classes: classes),
            document: Evaluation(gold: documents.map(\.gold), predicted: documentPredicted, classes: classes),
            paragraphsWithTarget: withTarget, items: items)
    }
}
