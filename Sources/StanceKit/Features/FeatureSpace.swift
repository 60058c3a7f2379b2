import Foundation

/// The learned mapping from raw feature keys to columns, with the weights of each column.
///
/// Two mappings, a choice recorded in the model file:
/// - `.vocabulary`: the keys seen in at least `minDocumentFrequency` training examples
///   (at most `maxFeatures`, most frequent first), sorted. Exact and compact; memory grows with
///   the number of distinct n-grams in the training data.
/// - `.hashing(bits)`: column = the key's top `bits` bits. Memory fixed at 2^bits columns
///   whatever the data, no fitting of a vocabulary; but distinct features can share a column
///   (collisions add their values) and a column cannot be traced back to its feature.
/// The default is the vocabulary: NewsMTSC has ≈ 10⁵ distinct features, so it is small, and
/// rare n-grams seen once add noise rather than signal.
package struct FeatureSpace: Codable, Sendable, Equatable {
    package enum Mapping: Codable, Sendable, Equatable {
        case vocabulary(keys: [UInt64])
        case hashing(bits: Int)

        // The shape Swift derives ({"vocabulary": {"keys": …}} or {"hashing": {"bits": …}}),
        // with the keys packed.
        enum CodingKeys: String, CodingKey { case vocabulary, hashing }
        enum VocabularyKeys: String, CodingKey { case keys }
        enum HashingKeys: String, CodingKey { case bits }

        package init(from decoder: Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            if c.contains(.vocabulary) {
                self = .vocabulary(keys: try c.nestedContainer(keyedBy: VocabularyKeys.self, forKey: .vocabulary).decodePacked([UInt64].self, forKey: .keys))
            } else {
                self = .hashing(bits: try c.nestedContainer(keyedBy: HashingKeys.self, forKey: .hashing).decode(Int.self, forKey: .bits))
            }
        }

        package func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            switch self {
            case .vocabulary(let keys):
                var inner = c.nestedContainer(keyedBy: VocabularyKeys.self, forKey: .vocabulary)
                try inner.encodePacked(keys, forKey: .keys)
            case .hashing(let bits):
                var inner = c.nestedContainer(keyedBy: HashingKeys.self, forKey: .hashing)
                try inner.encode(bits, forKey: .bits)
            }
        }
    }

    package let mapping: Mapping
    /// Per sparse column: its IDF, times its `NaiveBayesScaling` factor when the builder scaled;
    /// 1 where the column's block does not use IDF. (The name predates the scaling; model files keep it.)
    package let idf: [Double]
    package let weightings: [BlockWeighting]
    package let denseCount: Int
    /// The columns of a vocabulary's keys (empty with hashing).
    private let vocabulary: KeyVocabulary
    /// 0 for a vocabulary, else the hashing bits (kept apart from `mapping` for the hot path).
    package let hashingBits: Int

    package var sparseColumns: Int { idf.count }

    /// Whether the parts of a decoded space agree: a vocabulary has one IDF per key, hashing one
    /// per bucket (with bits as `stance train --hash-bits` allows); a model file that says
    /// otherwise is damaged, and reading it would index past its arrays.
    package var isConsistent: Bool {
        switch mapping {
        case .vocabulary(let keys): return keys.count == idf.count && denseCount >= 0
        case .hashing(let bits): return (1...28).contains(bits) && idf.count == 1 << bits && denseCount >= 0
        }
    }

    init(mapping: Mapping, idf: [Double], weightings: [BlockWeighting], denseCount: Int) {
        self.mapping = mapping
        self.idf = idf
        self.weightings = weightings
        self.denseCount = denseCount
        switch mapping {
        case .vocabulary(let keys):
            vocabulary = KeyVocabulary(keys: keys)
            hashingBits = 0
        case .hashing(let bits):
            vocabulary = KeyVocabulary(keys: [])
            hashingBits = bits
        }
    }

    enum CodingKeys: String, CodingKey { case mapping, idf, weightings, denseCount }

    package init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            mapping: try c.decode(Mapping.self, forKey: .mapping),
            idf: try c.decodePacked([Double].self, forKey: .idf),
            weightings: try c.decode([BlockWeighting].self, forKey: .weightings),
            denseCount: try c.decode(Int.self, forKey: .denseCount))
    }

    package func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(mapping, forKey: .mapping)
        try c.encodePacked(idf, forKey: .idf)
        try c.encode(weightings, forKey: .weightings)
        try c.encode(denseCount, forKey: .denseCount)
    }

    package static func == (a: Self, b: Self) -> Bool {
        a.mapping == b.mapping && a.idf == b.idf && a.weightings == b.weightings && a.denseCount == b.denseCount
    }

    @inline(__always)
    package func column(of key: UInt64) -> Int32? {
        if hashingBits == 0 { return vocabulary.column(of: key) }
        return Int32(truncatingIfNeeded: TokenKey.mix(key) >> UInt64(64 - hashingBits))
    }

    /// Maps, weights and normalises `raw` into `row` (cleared first). Within a block, repeated
    /// columns are summed; columns appear in order of first occurrence.
    package func transform(_ raw: RawFeatures, into row: inout FeatureRow) {
        // Copy element-wise: sharing the array would make the next `reset` of `raw` reallocate it.
        if row.dense.count != raw.dense.count { row.dense = [Double](repeating: 0, count: raw.dense.count) }
        for j in raw.dense.indices { row.dense[j] = raw.dense[j] }
        // The row's arrays sized for every raw feature, written through pointers and cut to the
        // columns found: appending cost a uniqueness check per entry and array.
        let total = raw.keys.count
        row.resize(total, sources: raw.recordsNames)
        var count = 0
        var merger = row.merger
        row.merger = ColumnMerger()  // moved out, so the row's arrays can be written meanwhile
        merger.begin(expectedCount: total)
        raw.keys.withUnsafeBufferPointer { keys in
            raw.values.withUnsafeBufferPointer { rawValues in
                row.indices.withUnsafeMutableBufferPointer { indices in
                    row.values.withUnsafeMutableBufferPointer { values in
                        row.sources.withUnsafeMutableBufferPointer { sources in
                            for (b, weighting) in weightings.enumerated() {
                                let block = raw.block(b)
                                if block.isEmpty { continue }
                                let start = count
                                merger.nextBlock()
                                for i in block {
                                    guard let column = column(of: keys[i]) else { continue }
                                    let (position, isNew) = merger.position(of: column, next: count)
                                    if isNew {
                                        indices[count] = column
                                        values[count] = rawValues[i]
                                        if raw.recordsNames { sources[count] = Int32(i) }
                                        count += 1
                                    } else {
                                        values[position] += rawValues[i]
                                    }
                                }
                                weigh(values, start..<count, indices: indices, weighting)
                            }
                        }
                    }
                }
            }
        }
        row.merger = merger
        row.resize(count, sources: raw.recordsNames)
    }

    /// Sublinear TF, IDF and L2 normalisation of one block's entries, as `weighting` asks.
    @inline(__always)
    private func weigh(_ values: UnsafeMutableBufferPointer<Double>, _ entries: Range<Int>, indices: UnsafeMutableBufferPointer<Int32>, _ weighting: BlockWeighting) {
        var norm = 0.0
        for k in entries {
            var value = values[k]
            if weighting.sublinearTF, value > 1 { value = 1 + log(value) }
            if weighting.idf { value *= idf[Int(indices[k])] }
            norm += value * value
            values[k] = value
        }
        if weighting.normalize, norm > 0 {
            let scale = 1 / norm.squareRoot()
            for k in entries { values[k] *= scale }
        }
    }
}

/// One example's features: sparse columns with values, and the dense part.
package struct FeatureRow: Sendable {
    package var indices: [Int32] = []
    package var values: [Double] = []
    package var dense: [Double] = []
    /// For each sparse entry, the raw feature that first went to its column: filled only from
    /// raw features with names, so an explanation names an entry without looking columns up again.
    package var sources: [Int32] = []
    /// Scratch for `FeatureSpace.transform`, kept here so it is reused across examples.
    var merger = ColumnMerger()
    package init() {}

    /// Makes the sparse arrays `count` long, keeping their storage (and `sources` empty unless
    /// asked for); new entries are 0 until written.
    mutating func resize(_ count: Int, sources withSources: Bool) {
        func resize<T: Numeric>(_ array: inout [T]) {
            if array.count > count { array.removeLast(array.count - count) } else { array.append(contentsOf: repeatElement(0, count: count - array.count)) }
        }
        resize(&indices)
        resize(&values)
        if withSources { resize(&sources) } else { sources.removeAll(keepingCapacity: true) }
    }
}

/// Finds repeated columns within one block in O(1) each: a small open-addressing table from
/// column to output position, invalidated between blocks by a generation stamp instead of
/// being cleared. (Sorting the block's columns instead cost a third of the scoring time.)
struct ColumnMerger: Sendable {
    private struct Slot {
        var stamp: UInt32
        var column: Int32
        var position: Int
    }

    private var slots: [Slot] = []
    private var generation: UInt32 = 0
    private var mask = 0

    /// Sizes the table for `expectedCount` columns in a block.
    mutating func begin(expectedCount: Int) {
        if slots.count < 2 * expectedCount || slots.isEmpty {
            var capacity = 64
            while capacity < 2 * expectedCount { capacity <<= 1 }
            slots = [Slot](repeating: Slot(stamp: 0, column: 0, position: 0), count: capacity)
            mask = capacity - 1
            generation = 0
        }
    }

    /// Forgets the last block's columns.
    mutating func nextBlock() {
        generation &+= 1
        if generation == 0 {  // wrapped: old stamps could match again
            for i in slots.indices { slots[i].stamp = 0 }
            generation = 1
        }
    }

    /// The output position of `column` in this block; `next` (and isNew) when it is new.
    @inline(__always)
    mutating func position(of column: Int32, next: Int) -> (Int, isNew: Bool) {
        let generation = generation
        let mask = mask
        return slots.withUnsafeMutableBufferPointer { slots in
            var i = Int(truncatingIfNeeded: UInt32(bitPattern: column) &* 0x9E37_79B1) & mask
            while slots[i].stamp == generation {
                if slots[i].column == column { return (slots[i].position, false) }
                i = (i + 1) & mask
            }
            slots[i] = Slot(stamp: generation, column: column, position: next)
            return (next, true)
        }
    }
}

/// Fits a `FeatureSpace` on the raw features of the training examples.
package struct FeatureSpaceBuilder: Sendable, Codable, Equatable {
    /// Keep a feature only if it occurs in at least this many training examples.
    /// The default 5 drops rare n-grams (typos, names seen a few times) and keeps the model small;
    /// it was chosen on NewsMTSC dev (the scikit-learn anchors use 2).
    package var minDocumentFrequency: Int
    /// Keep at most this many features (the most frequent); nil for no limit.
    package var maxFeatures: Int?
    /// Use hashing with this many bits instead of a vocabulary.
    package var hashingBits: Int?
    /// Also scale every TF-IDF column by its `NaiveBayesScaling` factor.
    package var naiveBayesScaling: Bool

    /// The minimum document frequency for a training set of `examples`: one per 1,000 examples,
    /// from 1 up to the 5 chosen on NewsMTSC (8,739 examples). A 24-row file keeps every word
    /// (with 5 it kept 15 features: macro-F1 0.43 on its own rows, 1.00 with 1).
    /// A pipeline with per-topic copies or character n-grams has ten times the
    /// features, most of them seen once; there it is one per 300 examples, from 2 up to 5: on the
    /// politician topic proxy (README, "Targets that are topics") 5-fold macro-F1 at 1,804 examples
    /// rose from 0.506 (1) and 0.533 (2) to 0.557 (5); at 900, 2 and 3 tied (0.519, 0.518); at 400, 2
    /// or 3 (0.492, 0.494) beat 5 (0.470).
    package static func minimumDocumentFrequency(forExamples examples: Int, spec: PipelineSpec) -> Int {
        spec.readsTopics || spec.hasCharacterNGrams ? min(5, max(2, examples / 300)) : min(5, max(1, examples / 1000))
    }

    package init(minDocumentFrequency: Int = 5, maxFeatures: Int? = nil, hashingBits: Int? = nil, naiveBayesScaling: Bool = true) {
        self.minDocumentFrequency = minDocumentFrequency
        self.maxFeatures = maxFeatures
        self.hashingBits = hashingBits
        self.naiveBayesScaling = naiveBayesScaling
    }

    enum CodingKeys: String, CodingKey { case minDocumentFrequency, maxFeatures, hashingBits, naiveBayesScaling }

    /// Model files written before the scaling existed have no `naiveBayesScaling`: it was off.
    package init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            minDocumentFrequency: try c.decode(Int.self, forKey: .minDocumentFrequency),
            maxFeatures: try c.decodeIfPresent(Int.self, forKey: .maxFeatures),
            hashingBits: try c.decodeIfPresent(Int.self, forKey: .hashingBits),
            naiveBayesScaling: try c.decodeIfPresent(Bool.self, forKey: .naiveBayesScaling) ?? false)
    }

    package func validate() throws {
        if minDocumentFrequency < 1 { throw StanceError.usage("minDocumentFrequency must be at least 1 (got \(minDocumentFrequency))") }
        if let bits = hashingBits, !(8...28).contains(bits) { throw StanceError.usage("hashingBits must be between 8 and 28 (got \(bits))") }
        if let max = maxFeatures, max < 1 { throw StanceError.usage("maxFeatures must be at least 1 (got \(max))") }
    }

    /// The space for `rows`; `labels[r]` (row r's class index) is read only for the scaling.
    package func fit(_ rows: [RawFeatures], labels: [Int], weightings: [BlockWeighting], denseCount: Int) -> FeatureSpace {
        let space = fitUnscaled(rows, weightings: weightings, denseCount: denseCount)
        guard naiveBayesScaling else { return space.space }
        let factors = NaiveBayesScaling.factors(rows: rows, labels: labels, space: space.space, scaled: space.usesIDF)
        return FeatureSpace(
            mapping: space.space.mapping, idf: zip(space.space.idf, factors).map { $0 * $1 },
            weightings: weightings, denseCount: denseCount)
    }

    /// The vocabulary (or hashing) and IDF, with which columns are in TF-IDF blocks.
    private func fitUnscaled(_ rows: [RawFeatures], weightings: [BlockWeighting], denseCount: Int) -> (space: FeatureSpace, usesIDF: [Bool]) {
        let n = Double(rows.count)
        func idf(_ df: Int) -> Double { log((1 + n) / (1 + Double(df))) + 1 }
        // Document frequency of every key (counted once per row), and whether its block uses IDF.
        struct Count { var df = 0, lastRow = -1, usesIDF = false }
        // Sized so that the table seldom grows: NewsMTSC train has 144,768 distinct keys in 8,739
        // rows, 16.6 a row.
        var counts = KeyTable<Count>(minimumCapacity: max(1 << 16, rows.count * 17))
        for (r, raw) in rows.enumerated() {
            for b in weightings.indices {
                for i in raw.block(b) {
                    counts.add(raw.keys[i], initial: Count(usesIDF: weightings[b].idf)) { count in
                        if count.lastRow != r {
                            count.df += 1
                            count.lastRow = r
                        }
                    }
                }
            }
        }
        let df = counts.entries.map { (key: $0.key, df: $0.value.df, usesIDF: $0.value.usesIDF) }
        if let bits = hashingBits {
            let space = FeatureSpace(mapping: .hashing(bits: bits), idf: [], weightings: weightings, denseCount: denseCount)
            var columnDF = [Int](repeating: 0, count: 1 << bits)
            var columnIDF = [Bool](repeating: false, count: 1 << bits)
            for (key, count, usesIDF) in df {
                let column = Int(space.column(of: key)!)
                columnDF[column] += count
                columnIDF[column] = columnIDF[column] || usesIDF
            }
            let weights = columnDF.indices.map { columnIDF[$0] ? idf(columnDF[$0]) : 1 }
            return (FeatureSpace(mapping: .hashing(bits: bits), idf: weights, weightings: weightings, denseCount: denseCount), columnIDF)
        }
        var kept = df.filter { $0.df >= minDocumentFrequency }
        if let max = maxFeatures, kept.count > max {
            kept.sort { $0.df != $1.df ? $0.df > $1.df : $0.key < $1.key }
            kept.removeLast(kept.count - max)
        }
        kept.sort { $0.key < $1.key }
        let keptUsesIDF = kept.map(\.usesIDF)
        let space = FeatureSpace(
            mapping: .vocabulary(keys: kept.map(\.key)),
            idf: zip(kept, keptUsesIDF).map { $1 ? idf($0.df) : 1 },
            weightings: weightings, denseCount: denseCount)
        return (space, keptUsesIDF)
    }
}
