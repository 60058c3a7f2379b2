/// What the model says about one example.
public struct Prediction: Sendable, Equatable {
    public var label: String
    /// In the model's `classes` order.
    public var probabilities: [Double]
    /// P(positive side) − P(negative side), in −1…1 (see `Label.sign`).
    public var score: Double
}

/// One feature's part in a prediction: value × weight for a class.
public struct FeatureContribution: Sendable, Equatable, Codable {
    public var feature: String
    public var value: Double
    /// value × weight, per class in the model's `classes` order.
    public var contributions: [Double]
}
