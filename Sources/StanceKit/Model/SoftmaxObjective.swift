import Foundation

/// The L2-regularised multinomial logistic loss and its gradient, kept apart from the
/// optimiser (as liblinear does) so the gradient can be checked on its own.
///
/// f(θ) = (1/n) Σᵢ sᵢ · (−log softmax(xᵢ·W + b)[yᵢ]) + (λ/2)·‖W‖²   (the bias b is not penalised)
///
/// θ holds W row by row, one row of `classCount` weights per feature: the sparse columns, then
/// the dense columns, then the bias. The dense part goes through BLAS (dgemm for X·W and Xᵀ·R);
/// the sparse part through CSR kernels, which touch only the non-zeros.
public struct SoftmaxObjective: Sendable {
    public let matrix: DesignMatrix
    public let labels: [Int]
    /// sᵢ: per-example weights (class weights), 1 for plain training.
    public let sampleWeights: [Double]
    public let classCount: Int
    /// λ = 1 / (C · n), so that C means what it means in scikit-learn and liblinear.
    public let l2: Double

    public init(matrix: DesignMatrix, labels: [Int], sampleWeights: [Double], classCount: Int, l2: Double) {
        precondition(labels.count == matrix.rowCount && sampleWeights.count == matrix.rowCount)
        self.matrix = matrix
        self.labels = labels
        self.sampleWeights = sampleWeights
        self.classCount = classCount
        self.l2 = l2
    }

    public var featureRows: Int { matrix.sparseColumns + matrix.denseColumns + 1 }
    public var parameterCount: Int { featureRows * classCount }
    var biasOffset: Int { (matrix.sparseColumns + matrix.denseColumns) * classCount }

    /// Scores X·W + b, rows × classes.
    public func scores(_ theta: [Double]) -> [Double] {
        let n = matrix.rowCount
        let k = classCount
        var z = [Double](repeating: 0, count: n * k)
        BLAS.sparseTimesDense(matrix, theta, k: k, into: &z)
        BLAS.gemm(
            transposeA: false, m: n, n: k, k: matrix.denseColumns, alpha: 1,
            matrix.dense, theta, bOffset: matrix.sparseColumns * k, beta: 1, &z)
        for r in 0..<n {
            for c in 0..<k { z[r * k + c] += theta[biasOffset + c] }
        }
        return z
    }

    /// f(θ), and ∇f(θ) written into `gradient`.
    public func valueAndGradient(_ theta: [Double], gradient: inout [Double]) -> Double {
        precondition(theta.count == parameterCount && gradient.count == parameterCount)
        let n = matrix.rowCount
        let k = classCount
        var residual = scores(theta)
        var loss = 0.0
        let scale = 1 / Double(n)
        for r in 0..<n {
            let base = r * k
            var maxScore = -Double.infinity
            for c in 0..<k { maxScore = max(maxScore, residual[base + c]) }
            var sum = 0.0
            for c in 0..<k {
                let e = exp(residual[base + c] - maxScore)
                residual[base + c] = e
                sum += e
            }
            let weight = sampleWeights[r] * scale
            let y = labels[r]
            loss += weight * (log(sum) - log(residual[base + y]))
            for c in 0..<k {
                residual[base + c] = weight * (residual[base + c] / sum - (c == y ? 1 : 0))
            }
        }
        for i in gradient.indices { gradient[i] = 0 }
        BLAS.sparseTransposeTimesDense(matrix, residual, k: k, into: &gradient)
        BLAS.gemm(
            transposeA: true, m: matrix.denseColumns, n: k, k: n, alpha: 1,
            matrix.dense, residual, beta: 1, &gradient, cOffset: matrix.sparseColumns * k)
        for r in 0..<n {
            for c in 0..<k { gradient[biasOffset + c] += residual[r * k + c] }
        }
        var penalty = 0.0
        for i in 0..<biasOffset {
            penalty += theta[i] * theta[i]
            gradient[i] += l2 * theta[i]
        }
        return loss + 0.5 * l2 * penalty
    }
}
