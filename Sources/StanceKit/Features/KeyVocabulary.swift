/// Binary features given as 64-bit keys, turned into design-matrix columns: the keys seen in at
/// least `minimumCount` rows, sorted (so the same data gives the same columns), and each row as
/// the sorted columns of its keys with value 1. The entity tagger and the pronoun resolver learn
/// from rows of this shape.
struct KeyVocabulary {
    /// Column `i` is `keys[i]`.
    let keys: [UInt64]
    private let columns: KeyTable<Int32>
    /// Rules out most keys not in `keys` before `columns` is read.
    private let filter: KeyFilter

    init(_ rows: [[UInt64]], minimumCount: Int) {
        var counts = KeyTable<Int>(minimumCapacity: max(16, rows.count * 4))
        for row in rows { for key in Set(row) { counts.add(key, initial: 0) { $0 += 1 } } }
        self.init(keys: counts.entries.filter { $0.value >= minimumCount }.map(\.key).sorted())
    }

    init(keys: [UInt64]) {
        self.keys = keys
        var columns = KeyTable<Int32>(minimumCapacity: keys.count)
        for (i, key) in keys.enumerated() { columns[key] = Int32(i) }
        self.columns = columns
        filter = KeyFilter(keys: keys)
    }

    /// The column of `key`, nil when it is not in the vocabulary.
    @inline(__always)
    func column(of key: UInt64) -> Int32? { filter.mayContain(key) ? columns[key] : nil }

    /// The rows as a sparse design matrix over these columns.
    func matrix(_ rows: [[UInt64]]) -> DesignMatrix {
        var matrix = DesignMatrix(sparseColumns: keys.count, denseColumns: 0)
        var row = FeatureRow()
        for keys in rows {
            row.indices = Set(keys.compactMap(column(of:))).sorted()
            row.values = [Double](repeating: 1, count: row.indices.count)
            matrix.append(row)
        }
        return matrix
    }
}
