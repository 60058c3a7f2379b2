import Dispatch
import Foundation

/// The L2-regularised multinomial logistic loss and its gradient, kept apart from the
/// optimiser (as liblinear does) so the gradient can be checked on its own.
///
/// f(θ) = (1/n) Σᵢ sᵢ · (−log softmax(xᵢ·W + b)[yᵢ]) + (λ/2)·‖W‖²   (the bias b is not penalised)
///
/// θ holds W row by row, one row of `classCount` weights per feature: the sparse columns, then
/// the dense columns, then the bias. The dense part goes through BLAS (dgemm for X·W and Xᵀ·R);
/// the sparse part through CSR kernels, which touch only the non-zeros. The rows are split into
/// `threads` contiguous parts computed at once (OpenBLAS itself runs single-threaded); the parts'
/// sums are added in a fixed order, so results do not depend on scheduling.
struct SoftmaxObjective: Sendable {
    let matrix: DesignMatrix
    let labels: [Int]
    /// sᵢ: per-example weights (class weights), 1 for plain training.
    let sampleWeights: [Double]
    let classCount: Int
    /// λ = 1 / (C · n), so that C means what it means in scikit-learn and liblinear.
    let l2: Double
    let parts: [Range<Int>]

    /// Below this many rows per part, splitting costs more than it saves.
    static let minimumRowsPerPart = 1000

    init(matrix: DesignMatrix, labels: [Int], sampleWeights: [Double], classCount: Int, l2: Double, threads: Int = 1) {
        precondition(labels.count == matrix.rowCount && sampleWeights.count == matrix.rowCount)
        self.matrix = matrix
        self.labels = labels
        self.sampleWeights = sampleWeights
        self.classCount = classCount
        self.l2 = l2
        let n = matrix.rowCount
        let count = max(1, min(threads, n / Self.minimumRowsPerPart))
        parts = (0..<count).map { p in (p * n / count)..<((p + 1) * n / count) }
    }

    var featureRows: Int { matrix.sparseColumns + matrix.denseColumns + 1 }
    var parameterCount: Int { featureRows * classCount }
    var biasOffset: Int { (matrix.sparseColumns + matrix.denseColumns) * classCount }

    /// Buffers for one part of the rows, reused across evaluations.
    /// `@unchecked Sendable`: each concurrent task touches only its own workspace.
    final class Workspace: @unchecked Sendable {
        var scores: [Double] = []
        var gradient: [Double] = []
        var loss = 0.0
        init() {}
    }

    func makeWorkspaces() -> [Workspace] { parts.map { _ in Workspace() } }

    /// Scores X·W + b, rows × classes.
    func scores(_ theta: [Double]) -> [Double] {
        var z: [Double] = []
        scores(theta, rows: 0..<matrix.rowCount, into: &z)
        return z
    }

    /// Scores of `rows` into `z` (resized to rows × classes), reusing its storage.
    func scores(_ theta: [Double], rows: Range<Int>, into z: inout [Double]) {
        let k = classCount
        if z.count != rows.count * k { z = [Double](repeating: 0, count: rows.count * k) } else { for i in z.indices { z[i] = 0 } }
        BLAS.sparseTimesDense(matrix, rows: rows, theta, k: k, into: &z)
        BLAS.gemm(
            transposeA: false, m: rows.count, n: k, k: matrix.denseColumns, alpha: 1,
            matrix.dense, aOffset: rows.lowerBound * matrix.denseColumns,
            theta, bOffset: matrix.sparseColumns * k, beta: 1, &z)
        for r in 0..<rows.count {
            for c in 0..<k { z[r * k + c] += theta[biasOffset + c] }
        }
    }

    /// f(θ), and ∇f(θ) written into `gradient`.
    func valueAndGradient(_ theta: [Double], gradient: inout [Double]) -> Double {
        valueAndGradient(theta, gradient: &gradient, workspaces: makeWorkspaces())
    }

    /// The same, with workspaces from `makeWorkspaces()` so repeated calls allocate nothing.
    func valueAndGradient(_ theta: [Double], gradient: inout [Double], workspaces: [Workspace]) -> Double {
        precondition(theta.count == parameterCount && gradient.count == parameterCount && workspaces.count == parts.count)
        if parts.count == 1 {
            lossAndGradient(theta, rows: parts[0], workspaces[0])
        } else {
            DispatchQueue.concurrentPerform(iterations: parts.count) { p in
                lossAndGradient(theta, rows: parts[p], workspaces[p])
            }
        }
        BLAS.copy(workspaces[0].gradient, into: &gradient)
        var loss = workspaces[0].loss
        for w in workspaces.dropFirst() {
            BLAS.axpy(1, w.gradient, &gradient)
            loss += w.loss
        }
        var penalty = 0.0
        for i in 0..<biasOffset {
            penalty += theta[i] * theta[i]
            gradient[i] += l2 * theta[i]
        }
        return loss + 0.5 * l2 * penalty
    }

    /// The data term's share of `rows`: loss into `w.loss`, gradient into `w.gradient`.
    private func lossAndGradient(_ theta: [Double], rows: Range<Int>, _ w: Workspace) {
        // Work on local arrays: element access through a class property pays a dynamic
        // exclusivity check each time.
        var z: [Double] = []
        var gradient: [Double] = []
        swap(&z, &w.scores)
        swap(&gradient, &w.gradient)
        defer {
            swap(&z, &w.scores)
            swap(&gradient, &w.gradient)
        }
        let k = classCount
        scores(theta, rows: rows, into: &z)
        var loss = 0.0
        let scale = 1 / Double(matrix.rowCount)
        for local in 0..<rows.count {
            let base = local * k
            var maxScore = -Double.infinity
            for c in 0..<k { maxScore = max(maxScore, z[base + c]) }
            var sum = 0.0
            for c in 0..<k {
                let e = exp(z[base + c] - maxScore)
                z[base + c] = e
                sum += e
            }
            let r = rows.lowerBound + local
            let weight = sampleWeights[r] * scale
            let y = labels[r]
            loss += weight * (log(sum) - log(z[base + y]))
            for c in 0..<k {
                z[base + c] = weight * (z[base + c] / sum - (c == y ? 1 : 0))
            }
        }
        w.loss = loss
        if gradient.count != parameterCount {
            gradient = [Double](repeating: 0, count: parameterCount)
        } else {
            for i in gradient.indices { gradient[i] = 0 }
        }
        BLAS.sparseTransposeTimesDense(matrix, rows: rows, z, k: k, into: &gradient)
        BLAS.gemm(
            transposeA: true, m: matrix.denseColumns, n: k, k: rows.count, alpha: 1,
            matrix.dense, aOffset: rows.lowerBound * matrix.denseColumns,
            z, beta: 1, &gradient, cOffset: matrix.sparseColumns * k)
        for local in 0..<rows.count {
            for c in 0..<k { gradient[biasOffset + c] += z[local * k + c] }
        }
    }
}
