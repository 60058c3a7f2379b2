/// One gold label with the model's answer: what `stance evaluate --predictions` writes, one
/// JSON object per line, for error analysis and calibration studies.
package struct EvaluatedItem: Codable, Sendable, Equatable {
    /// Input line (JSONL) or record (CSV, PerSenT) number, from 1.
    package var line: Int
    package var id: String?
    /// PerSenT: the paragraph (line of `DOCUMENT`, from 0); nil for the document as a whole.
    package var paragraph: Int?
    package var gold: String
    package var predicted: String
    /// Nil where the target was not found and the answer is neutral by rule.
    package var probabilities: [String: Double]?

    package init(line: Int, id: String?, paragraph: Int? = nil, gold: String, predicted: String, probabilities: [String: Double]?) {
        self.line = line
        self.id = id
        self.paragraph = paragraph
        self.gold = gold
        self.predicted = predicted
        self.probabilities = probabilities
    }
}
