/// What the model says about one example.
public struct Prediction: Sendable, Equatable {
    /// The most probable class.
    public var label: String
    /// In the model's `classes` order.
    public var probabilities: [Double]
    /// P(positive side) − P(negative side), in −1…1 (see `Label.sign`).
    public var score: Double
}

extension Prediction {
    /// The element-wise mean of probability vectors of the same length (empty for none).
    public static func meanProbabilities(_ vectors: [[Double]]) -> [Double] {
        guard let first = vectors.first else { return [] }
        var mean = [Double](repeating: 0, count: first.count)
        for vector in vectors { for c in mean.indices { mean[c] += vector[c] / Double(vectors.count) } }
        return mean
    }

    /// The index of the largest probability.
    public static func argmax(_ probabilities: [Double]) -> Int {
        probabilities.indices.max { probabilities[$0] < probabilities[$1] }!
    }
}

/// One feature's part in a prediction: value × weight for a class.
public struct FeatureContribution: Sendable, Equatable, Codable {
    /// The feature's name (`FeatureDescription.describe` says it in words).
    public var feature: String
    /// The feature's value in the row, after weighting.
    public var value: Double
    /// value × weight, per class in the model's `classes` order.
    public var contributions: [Double]
}
