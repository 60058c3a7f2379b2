/// Classification metrics as the NewsMTSC paper and the scikit-learn anchors report them.
public struct Evaluation: Sendable, Codable, Equatable {
    /// One class's figures, as scikit-learn's classification report gives them.
    public struct ClassMetrics: Sendable, Codable, Equatable {
        /// Of the examples predicted as the class, the share that are.
        public var precision: Double
        /// Of the examples of the class, the share predicted as it.
        public var recall: Double
        /// The harmonic mean of precision and recall.
        public var f1: Double
        /// Examples of the class in the gold labels.
        public var support: Int
    }

    /// Counts of gold against predicted labels.
    public struct Confusion: Sendable, Codable, Equatable {
        /// Row and column order of `matrix`.
        public var labels: [String]
        /// matrix[gold][predicted]
        public var matrix: [[Int]]
    }

    /// Macro-F1 over every class.
    public var f1Macro: Double
    /// Share of examples predicted right.
    public var accuracy: Double
    /// Mean F1 of the positive and negative classes, when both exist (NewsMTSC's F1pn).
    public var f1PN: Double?
    /// Examples scored.
    public var n: Int
    /// Precision, recall, F1 and support of each class.
    public var perClass: [String: ClassMetrics]
    /// Gold against predicted labels.
    public var confusion: Confusion

    enum CodingKeys: String, CodingKey {
        case f1Macro = "f1_macro", accuracy, f1PN = "f1_pn", n, perClass = "per_class", confusion
    }

    /// Scores `predicted` against `gold`; `classes` fixes the order (labels outside it are added).
    public init(gold: [String], predicted: [String], classes: [String]) {
        precondition(gold.count == predicted.count)
        var labels = classes
        for label in Label.ordered(gold + predicted) where !labels.contains(label) { labels.append(label) }
        let index = Dictionary(uniqueKeysWithValues: labels.enumerated().map { ($1, $0) })
        var matrix = [[Int]](repeating: [Int](repeating: 0, count: labels.count), count: labels.count)
        for (g, p) in zip(gold, predicted) { matrix[index[g]!][index[p]!] += 1 }

        var perClass: [String: ClassMetrics] = [:]
        var correct = 0
        for (i, label) in labels.enumerated() {
            let tp = matrix[i][i]
            correct += tp
            let support = matrix[i].reduce(0, +)
            let predictedCount = matrix.reduce(0) { $0 + $1[i] }
            let precision = predictedCount == 0 ? 0 : Double(tp) / Double(predictedCount)
            let recall = support == 0 ? 0 : Double(tp) / Double(support)
            let f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
            perClass[label] = ClassMetrics(precision: precision, recall: recall, f1: f1, support: support)
        }
        // Macro-F1 averages over the model's classes and any gold label, as scikit-learn does
        // over the labels present in either list.
        let averaged = labels.filter { perClass[$0]!.support > 0 || predicted.contains($0) }
        f1Macro = averaged.isEmpty ? 0 : averaged.map { perClass[$0]!.f1 }.reduce(0, +) / Double(averaged.count)
        accuracy = gold.isEmpty ? 0 : Double(correct) / Double(gold.count)
        let positive = labels.first { Label.sign(of: $0) > 0 }
        let negative = labels.first { Label.sign(of: $0) < 0 }
        if let positive, let negative {
            f1PN = (perClass[positive]!.f1 + perClass[negative]!.f1) / 2
        } else {
            f1PN = nil
        }
        n = gold.count
        self.perClass = perClass
        confusion = Confusion(labels: labels, matrix: matrix)
    }
}
