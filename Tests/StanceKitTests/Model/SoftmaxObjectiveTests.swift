import Foundation
import Testing
@testable import StanceKit

extension DesignMatrix {
    /// Row `r`'s dense part, zeros included (the matrix keeps only its non-zeros).
    func denseRow(_ r: Int) -> [Double] {
        var row = [Double](repeating: 0, count: denseColumns)
        for e in denseOffsets[r]..<denseOffsets[r + 1] { row[Int(denseIndices[e])] = denseValues[e] }
        return row
    }
}

/// A small random design matrix with both sparse and dense parts; `denseZeros` of the dense
/// values are zero (as most lexicon statistics are).
func randomProblem(rows: Int = 40, sparse: Int = 25, dense: Int = 4, classes: Int = 3, seed: UInt64 = 7, denseZeros: Double = 0)
    -> (matrix: DesignMatrix, labels: [Int])
{
    var state = seed
    func next() -> Double {
        state = TokenKey.mix(state &+ 0x9E37_79B9_7F4A_7C15)
        return Double(state >> 11) / Double(1 << 53)
    }
    var matrix = DesignMatrix(sparseColumns: sparse, denseColumns: dense)
    var labels: [Int] = []
    for _ in 0..<rows {
        var row = FeatureRow()
        for column in 0..<sparse where next() < 0.2 {
            row.indices.append(Int32(column))
            row.values.append(next() * 2 - 1)
        }
        row.dense = (0..<dense).map { _ in next() < denseZeros ? 0 : next() * 2 - 1 }
        matrix.append(row)
        labels.append(Int(next() * Double(classes)) % classes)
    }
    return (matrix, labels)
}

@Suite("SoftmaxObjective")
struct SoftmaxObjectiveTests {
    /// Three classes take the unrolled kernels, five the general ones.
    @Test("the analytic gradient matches central finite differences", arguments: zip([1, 2, 1], [3, 3, 5]))
    func gradient(threads: Int, classes: Int) {
        let (matrix, labels) = randomProblem(rows: threads == 1 ? 40 : 2400, classes: classes)
        let weights = (0..<matrix.rowCount).map { Double($0 % 3) + 0.5 }
        let objective = SoftmaxObjective(matrix: matrix, labels: labels, sampleWeights: weights, classCount: classes, l2: 0.05, threads: threads)
        var theta = (0..<objective.parameterCount).map { Double(($0 * 7919) % 13) / 13 - 0.5 }
        var gradient = [Double](repeating: 0, count: objective.parameterCount)
        _ = objective.valueAndGradient(theta, gradient: &gradient)
        var scratch = gradient
        let h = 1e-6
        for i in stride(from: 0, to: theta.count, by: 5) {
            let saved = theta[i]
            theta[i] = saved + h
            let plus = objective.valueAndGradient(theta, gradient: &scratch)
            theta[i] = saved - h
            let minus = objective.valueAndGradient(theta, gradient: &scratch)
            theta[i] = saved
            let numeric = (plus - minus) / (2 * h)
            #expect(abs(numeric - gradient[i]) < 1e-6 * max(1, abs(numeric)), "parameter \(i)")
        }
    }

    @Test("the preconditioner's curvature bounds the Hessian's diagonal, and is nearly reached")
    func curvatureBound() {
        let (matrix, labels) = randomProblem(rows: 60)
        let weights = (0..<matrix.rowCount).map { Double($0 % 3) + 0.5 }
        let objective = SoftmaxObjective(matrix: matrix, labels: labels, sampleWeights: weights, classCount: 3, l2: 0.05)
        let bound = objective.diagonalInverseCurvature().map { 1 / $0 }
        var theta = [Double](repeating: 0, count: objective.parameterCount)
        var scratch = theta
        let h = 1e-4
        let f0 = objective.valueAndGradient(theta, gradient: &scratch)
        var tightest = 0.0
        for i in theta.indices {
            theta[i] = h
            let plus = objective.valueAndGradient(theta, gradient: &scratch)
            theta[i] = -h
            let minus = objective.valueAndGradient(theta, gradient: &scratch)
            theta[i] = 0
            let second = (plus - 2 * f0 + minus) / (h * h)
            #expect(second <= bound[i] * (1 + 1e-6), "parameter \(i): \(second) > \(bound[i])")
            tightest = max(tightest, second / bound[i])
        }
        // At θ = 0 each class has p = ⅓, so the data part is p(1 − p) = 2/9 of the ½ bound.
        #expect(tightest > 0.4, "\(tightest)")
    }

    @Test("splitting the rows across threads gives the same value")
    func threadsAgree() {
        let (matrix, labels) = randomProblem(rows: 3000)
        let ones = [Double](repeating: 1, count: matrix.rowCount)
        let one = SoftmaxObjective(matrix: matrix, labels: labels, sampleWeights: ones, classCount: 3, l2: 0.01, threads: 1)
        let two = SoftmaxObjective(matrix: matrix, labels: labels, sampleWeights: ones, classCount: 3, l2: 0.01, threads: 2)
        let theta = (0..<one.parameterCount).map { sin(Double($0)) }
        var g1 = [Double](repeating: 0, count: theta.count)
        var g2 = g1
        let f1 = one.valueAndGradient(theta, gradient: &g1)
        let f2 = two.valueAndGradient(theta, gradient: &g2)
        #expect(abs(f1 - f2) < 1e-12)
        #expect(zip(g1, g2).allSatisfy { abs($0 - $1) < 1e-12 })
    }

    /// The k = 3 kernel skips the dense part's zeros; its sums must be the bits of the loop
    /// over every dense column, zeros included, that the built-in models were trained with:
    /// sparse entries alternating between two sets of sums, dense columns by their index's parity.
    @Test("the k = 3 kernel skips the dense zeros and keeps the bits of the loop over every column")
    func denseZerosSkippedToTheBit() {
        let k = 3
        let (matrix, _) = randomProblem(rows: 60, dense: 9, seed: 11, denseZeros: 0.6)
        let objective = SoftmaxObjective(matrix: matrix, labels: [Int](repeating: 0, count: matrix.rowCount),
                                         sampleWeights: [Double](repeating: 1, count: matrix.rowCount), classCount: k, l2: 0)
        let theta = (0..<objective.parameterCount).map { sin(Double($0) * 0.71) * 3 }
        let fast = objective.scores(theta)
        let denseWeights = matrix.sparseColumns * k
        for r in 0..<matrix.rowCount {
            var sums = [[Double]](repeating: [0, 0], count: k)
            for (n, e) in (matrix.rowOffsets[r]..<matrix.rowOffsets[r + 1]).enumerated() {
                for c in 0..<k { sums[c][n % 2] += matrix.values[e] * theta[Int(matrix.columnIndices[e]) * k + c] }
            }
            for (j, v) in matrix.denseRow(r).enumerated() {
                for c in 0..<k { sums[c][j % 2] += v * theta[denseWeights + j * k + c] }
            }
            let bias = (matrix.sparseColumns + matrix.denseColumns) * k
            for c in 0..<k { #expect(fast[r * k + c] == (sums[c][0] + sums[c][1]) + theta[bias + c], "row \(r) class \(c)") }
        }
    }

    @Test("the kernels and a naive loop agree on the scores", arguments: [3, 5])
    func kernelsMatchNaive(k: Int) {
        let (matrix, _) = randomProblem(classes: k)
        let objective = SoftmaxObjective(matrix: matrix, labels: [Int](repeating: 0, count: matrix.rowCount),
                                         sampleWeights: [Double](repeating: 1, count: matrix.rowCount), classCount: k, l2: 0)
        let theta = (0..<objective.parameterCount).map { cos(Double($0) * 0.37) }
        let fast = objective.scores(theta)
        for r in 0..<matrix.rowCount {
            for c in 0..<k {
                var z = theta[(matrix.sparseColumns + matrix.denseColumns) * k + c]
                for e in matrix.rowOffsets[r]..<matrix.rowOffsets[r + 1] {
                    z += matrix.values[e] * theta[Int(matrix.columnIndices[e]) * k + c]
                }
                let dense = matrix.denseRow(r)
                for j in 0..<matrix.denseColumns {
                    z += dense[j] * theta[(matrix.sparseColumns + j) * k + c]
                }
                #expect(abs(z - fast[r * k + c]) < 1e-12)
            }
        }
    }
}
