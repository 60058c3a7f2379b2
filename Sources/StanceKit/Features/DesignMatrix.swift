/// A training or scoring matrix: a sparse part in CSR form and a dense part (row-major),
/// which is how the features come (many rare n-grams, a few dozen dense lexicon statistics).
package struct DesignMatrix: Sendable {
    package let sparseColumns: Int
    package let denseColumns: Int
    package private(set) var rowOffsets: [Int] = [0]
    package private(set) var columnIndices: [Int32] = []
    package private(set) var values: [Double] = []
    package private(set) var dense: [Double] = []

    package init(sparseColumns: Int, denseColumns: Int) {
        self.sparseColumns = sparseColumns
        self.denseColumns = denseColumns
    }

    package var rowCount: Int { rowOffsets.count - 1 }
    package var nonZeroCount: Int { columnIndices.count }

    package mutating func append(_ row: FeatureRow) {
        precondition(row.dense.count == denseColumns, "dense width \(row.dense.count) ≠ \(denseColumns)")
        columnIndices.append(contentsOf: row.indices)
        values.append(contentsOf: row.values)
        dense.append(contentsOf: row.dense)
        rowOffsets.append(columnIndices.count)
        assert(row.indices.allSatisfy { $0 >= 0 && Int($0) < sparseColumns }, "column out of range")
    }

    /// Appends every row of `other`, which must have the same columns.
    package mutating func append(contentsOf other: DesignMatrix) {
        precondition(other.sparseColumns == sparseColumns && other.denseColumns == denseColumns)
        let base = columnIndices.count
        columnIndices.append(contentsOf: other.columnIndices)
        values.append(contentsOf: other.values)
        dense.append(contentsOf: other.dense)
        rowOffsets.append(contentsOf: other.rowOffsets.dropFirst().map { $0 + base })
    }

    /// Rows `rows` as a new matrix (for subsets such as learning curves).
    package func rows(_ rows: some Sequence<Int>) -> DesignMatrix {
        var subset = DesignMatrix(sparseColumns: sparseColumns, denseColumns: denseColumns)
        for r in rows {
            subset.columnIndices.append(contentsOf: columnIndices[rowOffsets[r]..<rowOffsets[r + 1]])
            subset.values.append(contentsOf: values[rowOffsets[r]..<rowOffsets[r + 1]])
            subset.dense.append(contentsOf: dense[r * denseColumns..<(r + 1) * denseColumns])
            subset.rowOffsets.append(subset.columnIndices.count)
        }
        return subset
    }

    func checkInvariants() {
        assert(rowOffsets.last == columnIndices.count && values.count == columnIndices.count)
        assert(dense.count == rowCount * denseColumns)
        assert(columnIndices.allSatisfy { $0 >= 0 && Int($0) < sparseColumns }, "column out of range")
    }
}
