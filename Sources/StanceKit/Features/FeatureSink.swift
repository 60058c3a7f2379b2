/// Where extractors put their features. Sparse features are (key, value) pairs whose names are
/// made only when a sink asks for them (explanations), so training and scoring never build strings.
public protocol FeatureSink {
    /// Called by the pipeline before each extractor runs; `index` is the extractor's position.
    mutating func beginBlock(_ index: Int)
    mutating func add(_ key: UInt64, _ value: Double, name: @autoclosure () -> String)
    /// A dense feature: `offset` within the current extractor's `denseNames`.
    mutating func addDense(_ offset: Int, _ value: Double)
}

/// Collects an example's raw features in reusable buffers.
public struct RawFeatures: FeatureSink {
    public var keys: [UInt64] = []
    public var values: [Double] = []
    /// `blockStarts[b]` is where block b begins in `keys`; one more entry marks the end.
    public var blockStarts: [Int] = []
    public var dense: [Double]
    var denseBase = 0
    let denseOffsets: [Int]

    init(denseOffsets: [Int], denseCount: Int) {
        self.denseOffsets = denseOffsets
        self.dense = [Double](repeating: 0, count: denseCount)
    }

    mutating func reset() {
        keys.removeAll(keepingCapacity: true)
        values.removeAll(keepingCapacity: true)
        blockStarts.removeAll(keepingCapacity: true)
        for i in dense.indices { dense[i] = 0 }
    }

    mutating func finish() { blockStarts.append(keys.count) }

    public mutating func beginBlock(_ index: Int) {
        blockStarts.append(keys.count)
        denseBase = denseOffsets[index]
    }

    @inline(__always)
    public mutating func add(_ key: UInt64, _ value: Double, name: @autoclosure () -> String) {
        keys.append(key)
        values.append(value)
    }

    @inline(__always)
    public mutating func addDense(_ offset: Int, _ value: Double) {
        dense[denseBase + offset] += value
    }

    func block(_ b: Int) -> Range<Int> { blockStarts[b]..<blockStarts[b + 1] }
}

/// Records the name of every sparse key it sees: used to explain a prediction.
public struct FeatureNamer: FeatureSink {
    public var names: [UInt64: String] = [:]
    public init() {}
    public mutating func beginBlock(_ index: Int) {}
    public mutating func add(_ key: UInt64, _ value: Double, name: @autoclosure () -> String) {
        if names[key] == nil { names[key] = name() }
    }
    public mutating func addDense(_ offset: Int, _ value: Double) {}
}
