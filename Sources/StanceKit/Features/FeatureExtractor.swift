/// Turns a `TargetContext` into features. Each extractor is one block of the feature space,
/// weighted as its spec says (TF-IDF for bags of words, raw values for counts and flags).
package protocol FeatureExtractor: Sendable {
    /// Names of the extractor's dense features, in offset order; empty for a sparse extractor.
    var denseNames: [String] { get }
    func extract(_ context: TargetContext, into sink: inout RawFeatures)
}

extension FeatureExtractor {
    package var denseNames: [String] { [] }
}

/// How a sparse block's values are weighted after its keys are mapped to columns.
package struct BlockWeighting: Codable, Sendable, Equatable {
    /// 1 + ln(tf) instead of tf, for tf ≥ 1 (as scikit-learn's `sublinear_tf`).
    package var sublinearTF: Bool
    /// Multiply by the smoothed inverse document frequency ln((1+n)/(1+df)) + 1.
    package var idf: Bool
    /// Scale the block to unit L2 norm.
    package var normalize: Bool

    package static let tfidf = BlockWeighting(sublinearTF: true, idf: true, normalize: true)
    package static let raw = BlockWeighting(sublinearTF: false, idf: false, normalize: false)
}

/// Seeds that keep the keys of different extractors and roles apart.
enum Namespace {
    static func seed(_ name: String) -> UInt64 { TokenKey.of("ns:" + name) }
}
