/// Where extractors put an example's features, in buffers reused from one example to the next.
///
/// Sparse features are (key, value) pairs; their names are made only when `recordsNames` is
/// set (to explain a prediction), so training and scoring never build strings.
package struct RawFeatures {
    package internal(set) var keys: [UInt64] = []
    package internal(set) var values: [Double] = []
    /// Names parallel to `keys`, when `recordsNames`.
    package internal(set) var names: [FeatureName] = []
    /// The names given as text, which `names` point into.
    package internal(set) var texts: [String] = []
    /// `blockStarts[b]` is where block b begins in `keys`; one more entry marks the end.
    package internal(set) var blockStarts: [Int] = []
    package internal(set) var dense: [Double]
    package let recordsNames: Bool
    var denseBase = 0
    let denseOffsets: [Int]

    init(denseOffsets: [Int], denseCount: Int, recordsNames: Bool = false) {
        self.denseOffsets = denseOffsets
        self.dense = [Double](repeating: 0, count: denseCount)
        self.recordsNames = recordsNames
    }

    mutating func reset() {
        keys.removeAll(keepingCapacity: true)
        values.removeAll(keepingCapacity: true)
        names.removeAll(keepingCapacity: true)
        texts.removeAll(keepingCapacity: true)
        blockStarts.removeAll(keepingCapacity: true)
        for i in dense.indices { dense[i] = 0 }
    }

    /// A copy that owns buffers of exactly its size, for keeping many examples' features (a
    /// training set). A plain copy would share this buffer, so the next `reset` would allocate
    /// one as large as the largest example yet for every example kept: 170 MB for NewsMTSC.
    package func compacted() -> RawFeatures {
        var copy = self
        copy.keys = keys.withUnsafeBufferPointer { Array($0) }
        copy.values = values.withUnsafeBufferPointer { Array($0) }
        copy.names = names.withUnsafeBufferPointer { Array($0) }
        copy.texts = texts.withUnsafeBufferPointer { Array($0) }
        copy.blockStarts = blockStarts.withUnsafeBufferPointer { Array($0) }
        copy.dense = dense.withUnsafeBufferPointer { Array($0) }
        return copy
    }

    /// Called by the pipeline before each extractor runs; `index` is the extractor's position.
    mutating func beginBlock(_ index: Int) {
        blockStarts.append(keys.count)
        denseBase = denseOffsets[index]
    }

    mutating func finish() { blockStarts.append(keys.count) }

    @inline(__always)
    package mutating func add(_ key: UInt64, _ value: Double, name: @autoclosure () -> String) {
        keys.append(key)
        values.append(value)
        if recordsNames {
            names.append(.text(at: texts.count))
            texts.append(name())
        }
    }

    /// A sparse feature whose name is made only if it is shown (`FeatureName.tokens`).
    @inline(__always)
    package mutating func add(_ key: UInt64, _ value: Double, named name: @autoclosure () -> FeatureName) {
        keys.append(key)
        values.append(value)
        if recordsNames { names.append(name()) }
    }

    /// A dense feature: `offset` within the current extractor's `denseNames`.
    @inline(__always)
    package mutating func addDense(_ offset: Int, _ value: Double) {
        dense[denseBase + offset] += value
    }

    /// The name of feature `i`, as `stance explain` prints it (with `recordsNames`).
    package func name(_ i: Int, in context: TargetContext) -> String { names[i].text(in: context, texts: texts) }

    func block(_ b: Int) -> Range<Int> { blockStarts[b]..<blockStarts[b + 1] }

    mutating func mixKeys(_ b: Int, seed: UInt64) {
        for i in block(b) { keys[i] = TokenKey.combine(seed, keys[i]) }
    }
}
