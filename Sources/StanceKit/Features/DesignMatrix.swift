/// A training or scoring matrix: a sparse part in CSR form and a dense part, which is how the
/// features come (many rare n-grams, a few dozen lexicon statistics).
///
/// The dense part is stored as its non-zeros too, each with its column within the block: most
/// lexicon statistics of a sentence are zero (about two in three of the built-in model's), and
/// the fit reads every row some 120 times. Skipping an exact zero leaves every sum unchanged.
package struct DesignMatrix: Sendable {
    package let sparseColumns: Int
    package let denseColumns: Int
    package private(set) var rowOffsets: [Int] = [0]
    package private(set) var columnIndices: [Int32] = []
    package private(set) var values: [Double] = []
    /// The dense part's non-zeros, row by row: `denseOffsets[r]..<denseOffsets[r + 1]`.
    package private(set) var denseOffsets: [Int] = [0]
    package private(set) var denseIndices: [Int32] = []
    package private(set) var denseValues: [Double] = []

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
        rowOffsets.append(columnIndices.count)
        for (j, value) in row.dense.enumerated() where value != 0 {
            denseIndices.append(Int32(j))
            denseValues.append(value)
        }
        denseOffsets.append(denseIndices.count)
        assert(row.indices.allSatisfy { $0 >= 0 && Int($0) < sparseColumns }, "column out of range")
    }


    /// Appends every row of `other`, which must have the same columns.
    package mutating func append(contentsOf other: DesignMatrix) {
        precondition(other.sparseColumns == sparseColumns && other.denseColumns == denseColumns)
        let (base, denseBase) = (columnIndices.count, denseIndices.count)
        columnIndices.append(contentsOf: other.columnIndices)
        values.append(contentsOf: other.values)
        rowOffsets.append(contentsOf: other.rowOffsets.dropFirst().map { $0 + base })
        denseIndices.append(contentsOf: other.denseIndices)
        denseValues.append(contentsOf: other.denseValues)
        denseOffsets.append(contentsOf: other.denseOffsets.dropFirst().map { $0 + denseBase })
    }

    /// Rows `rows` as a new matrix (for subsets such as learning curves).
    package func rows(_ rows: some Sequence<Int>) -> DesignMatrix {
        var subset = DesignMatrix(sparseColumns: sparseColumns, denseColumns: denseColumns)
        for r in rows {
            subset.columnIndices.append(contentsOf: columnIndices[rowOffsets[r]..<rowOffsets[r + 1]])
            subset.values.append(contentsOf: values[rowOffsets[r]..<rowOffsets[r + 1]])
            subset.rowOffsets.append(subset.columnIndices.count)
            subset.denseIndices.append(contentsOf: denseIndices[denseOffsets[r]..<denseOffsets[r + 1]])
            subset.denseValues.append(contentsOf: denseValues[denseOffsets[r]..<denseOffsets[r + 1]])
            subset.denseOffsets.append(subset.denseIndices.count)
        }
        return subset
    }

    func checkInvariants() {
        assert(rowOffsets.last == columnIndices.count && values.count == columnIndices.count)
        assert(denseOffsets.count == rowOffsets.count && denseOffsets.last == denseIndices.count && denseValues.count == denseIndices.count)
        assert(denseIndices.allSatisfy { $0 >= 0 && Int($0) < denseColumns }, "dense column out of range")
        assert(columnIndices.allSatisfy { $0 >= 0 && Int($0) < sparseColumns }, "column out of range")
    }
}
