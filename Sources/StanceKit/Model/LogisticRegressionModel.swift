import Foundation

/// A fitted multinomial logistic regression: classes and weights, nothing else.
package struct LogisticRegressionModel: Sendable, Codable, Equatable {
    package let classes: [String]
    package let sparseColumns: Int
    package let denseColumns: Int
    /// Row-major (sparse columns + dense columns + bias) × classes.
    package let weights: [Double]

    package init(classes: [String], sparseColumns: Int, denseColumns: Int, weights: [Double]) {
        precondition(weights.count == (sparseColumns + denseColumns + 1) * classes.count, "weights do not match the shape")
        self.classes = classes
        self.sparseColumns = sparseColumns
        self.denseColumns = denseColumns
        self.weights = weights
    }

    enum CodingKeys: String, CodingKey { case classes, sparseColumns, denseColumns, weights }

    package init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        classes = try c.decode([String].self, forKey: .classes)
        sparseColumns = try c.decode(Int.self, forKey: .sparseColumns)
        denseColumns = try c.decode(Int.self, forKey: .denseColumns)
        weights = try c.decodePacked([Double].self, forKey: .weights)
    }

    package func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(classes, forKey: .classes)
        try c.encode(sparseColumns, forKey: .sparseColumns)
        try c.encode(denseColumns, forKey: .denseColumns)
        try c.encodePacked(weights, forKey: .weights)
    }

    var classCount: Int { classes.count }
    var biasOffset: Int { (sparseColumns + denseColumns) * classes.count }

    /// The weight of feature row `feature` (sparse column, then dense, then bias) for class `c`.
    package func weight(feature: Int, class c: Int) -> Double { weights[feature * classCount + c] }

    /// Class probabilities of one row, in `classes` order.
    package func probabilities(_ row: FeatureRow) -> [Double] {
        var z = scores(row)
        softmax(&z)
        return z
    }

    /// Raw scores x·W + b of one row.
    package func scores(_ row: FeatureRow) -> [Double] {
        let k = classCount
        var z = Array(weights[biasOffset..<biasOffset + k])
        BLAS.sparseRowTimesDense(row.indices, row.values, weights, k: k, into: &z)
        // A plain loop: for one row of a few dozen values a BLAS call costs more than the work.
        // Through pointers: indexing the arrays checked bounds and uniqueness at every step.
        precondition((sparseColumns + row.dense.count) * k <= weights.count, "dense row longer than the model's")
        weights.withUnsafeBufferPointer { w in
            z.withUnsafeMutableBufferPointer { z in
                for (j, v) in row.dense.enumerated() where v != 0 {
                    let base = (sparseColumns + j) * k
                    for c in 0..<k { z[c] += v * w[base + c] }
                }
            }
        }
        return z
    }

    /// Probabilities of every row of `matrix` (rows × classes), the batch path through BLAS.
    package func probabilities(_ matrix: DesignMatrix) -> [[Double]] {
        let objective = SoftmaxObjective(
            matrix: matrix, labels: [Int](repeating: 0, count: matrix.rowCount),
            sampleWeights: [Double](repeating: 1, count: matrix.rowCount), classCount: classCount, l2: 0)
        let z = objective.scores(weights)
        let k = classCount
        return (0..<matrix.rowCount).map { r in
            var p = Array(z[r * k..<(r + 1) * k])
            softmax(&p)
            return p
        }
    }

    private func softmax(_ z: inout [Double]) {
        let m = z.max() ?? 0
        var sum = 0.0
        for c in z.indices {
            z[c] = exp(z[c] - m)
            sum += z[c]
        }
        for c in z.indices { z[c] /= sum }
    }
}
