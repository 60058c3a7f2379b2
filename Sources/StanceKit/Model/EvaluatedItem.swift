/// One gold label with the model's answer: what `stance evaluate --predictions` writes, one
/// JSON object per line, for error analysis and calibration studies.
public struct EvaluatedItem: Codable, Sendable, Equatable {
    /// Input line (JSONL) or record (CSV, PerSenT) number, from 1.
    public var line: Int
    public var id: String?
    /// PerSenT: the paragraph (line of `DOCUMENT`, from 0); nil for the document as a whole.
    public var paragraph: Int?
    public var gold: String
    public var predicted: String
    /// Nil where the target was not found and the answer is neutral by rule.
    public var probabilities: [String: Double]?

    public init(line: Int, id: String?, paragraph: Int? = nil, gold: String, predicted: String, probabilities: [String: Double]?) {
        self.line = line
        self.id = id
        self.paragraph = paragraph
        self.gold = gold
        self.predicted = predicted
        self.probabilities = probabilities
    }
}
