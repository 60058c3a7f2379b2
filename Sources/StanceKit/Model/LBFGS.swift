import Foundation

/// Limited-memory BFGS (Nocedal & Wright, Algorithm 7.4) with a backtracking Armijo line search.
///
/// Vector work goes through BLAS, and every vector is allocated once: with 10⁵–10⁶ parameters
/// the iterations are bound by memory traffic, so nothing is copied that need not be.
struct LBFGS: Sendable {
    /// Correction pairs kept. 10 is scipy's usual choice.
    var memory = 10
    var maxIterations = 1000
    /// Stop when max |∇f| falls below this (scikit-learn's `tol` for lbfgs).
    var gradientTolerance = 1e-4
    /// Stop when f decreases by less than this, relative to |f|, over one iteration.
    var relativeTolerance = 1e-10
    /// Armijo sufficient-decrease constant.
    static let armijo = 1e-4
    /// Halvings of the step before the line search gives up.
    static let maxBacktracks = 40

    init(maxIterations: Int = 1000, gradientTolerance: Double = 1e-4, relativeTolerance: Double = 1e-10) {
        self.maxIterations = maxIterations
        self.gradientTolerance = gradientTolerance
        self.relativeTolerance = relativeTolerance
    }

    struct Result: Sendable {
        var solution: [Double]
        var value: Double
        var iterations: Int
        var evaluations: Int
        var converged: Bool
        var reason: String
    }

    /// The last `memory` correction pairs (s = x' − x, y = ∇f' − ∇f) in ring slots, and what
    /// the two-loop recursion needs from them.
    struct Corrections {
        let memory: Int
        var s: [[Double]] = []
        var y: [[Double]] = []
        var rho: [Double]
        /// Slots in use, oldest first.
        var order: [Int] = []
        var alphas: [Double]

        init(memory: Int) {
            self.memory = memory
            rho = [Double](repeating: 0, count: memory)
            alphas = [Double](repeating: 0, count: memory)
        }

        /// d ← −H·g, H the inverse-Hessian estimate of the stored pairs (Nocedal & Wright, Alg. 7.4),
        /// started from γ·P, P the diagonal `preconditioner` (all ones without one) and γ its
        /// scale from the latest pair (sᵀy / yᵀPy).
        mutating func direction(_ g: [Double], preconditioner: [Double]?, into d: inout [Double]) {
            BLAS.copy(g, into: &d)
            for slot in order.reversed() {
                alphas[slot] = rho[slot] * BLAS.dot(s[slot], d)
                BLAS.axpy(-alphas[slot], y[slot], &d)
            }
            if let p = preconditioner {
                for i in d.indices { d[i] *= p[i] }
                if let last = order.last {
                    var yPy = 0.0
                    for i in p.indices { yPy += y[last][i] * y[last][i] * p[i] }
                    BLAS.scale(1 / (rho[last] * yPy), &d)
                } else {
                    BLAS.scale(1 / max(1, BLAS.dot(d, d).squareRoot()), &d)
                }
            } else if let last = order.last {
                BLAS.scale(1 / (rho[last] * BLAS.dot(y[last], y[last])), &d)
            } else {
                BLAS.scale(1 / max(1, BLAS.dot(g, g).squareRoot()), &d)
            }
            for slot in order {
                let beta = rho[slot] * BLAS.dot(y[slot], d)
                BLAS.axpy(alphas[slot] - beta, s[slot], &d)
            }
            BLAS.scale(-1, &d)
        }

        /// Stores the pair of the step x → newX in the oldest slot; kept only with curvature sᵀy > 0.
        mutating func add(from x: [Double], _ g: [Double], to newX: [Double], _ newG: [Double]) {
            let slot: Int
            if s.count < memory {
                slot = s.count
                s.append(newX)
                y.append(newG)
            } else {
                slot = order.count == memory ? order.removeFirst() : (0..<memory).first { !order.contains($0) }!
                BLAS.copy(newX, into: &s[slot])
                BLAS.copy(newG, into: &y[slot])
            }
            BLAS.axpy(-1, x, &s[slot])
            BLAS.axpy(-1, g, &y[slot])
            let sy = BLAS.dot(s[slot], y[slot])
            if sy > 1e-12 {
                rho[slot] = 1 / sy
                order.append(slot)
            }
        }
    }

    func minimize(
        _ start: [Double],
        preconditioner: [Double]? = nil,
        progress: ((Int, Double) -> Void)? = nil,
        _ valueAndGradient: ([Double], inout [Double]) -> Double
    ) -> Result {
        let size = start.count
        var x = start
        var g = [Double](repeating: 0, count: size)
        var f = valueAndGradient(x, &g)
        var evaluations = 1
        var corrections = Corrections(memory: memory)
        var d = [Double](repeating: 0, count: size)
        var newX = [Double](repeating: 0, count: size)
        var newG = [Double](repeating: 0, count: size)

        func result(_ iterations: Int, _ converged: Bool, _ reason: String) -> Result {
            Result(solution: x, value: f, iterations: iterations, evaluations: evaluations, converged: converged, reason: reason)
        }

        for iteration in 1...max(1, maxIterations) {
            if BLAS.maxAbs(g) <= gradientTolerance { return result(iteration - 1, true, "gradient below tolerance") }
            corrections.direction(g, preconditioner: preconditioner, into: &d)
            var slope = BLAS.dot(g, d)
            if slope >= 0 {  // not a descent direction: forget the pairs, take steepest descent
                corrections.order.removeAll()
                BLAS.copy(g, into: &d)
                BLAS.scale(-1 / max(1, BLAS.dot(g, g).squareRoot()), &d)
                slope = BLAS.dot(g, d)
            }
            // Backtracking line search.
            var step = 1.0
            var newF = 0.0
            var accepted = false
            for _ in 0..<Self.maxBacktracks {
                BLAS.copy(x, into: &newX)
                BLAS.axpy(step, d, &newX)
                newF = valueAndGradient(newX, &newG)
                evaluations += 1
                if newF <= f + Self.armijo * step * slope {
                    accepted = true
                    break
                }
                step *= 0.5
            }
            if !accepted { return result(iteration, true, "no further decrease along the search direction") }
            corrections.add(from: x, g, to: newX, newG)
            let decrease = f - newF
            swap(&x, &newX)
            swap(&g, &newG)
            f = newF
            progress?(iteration, f)
            if decrease <= relativeTolerance * max(abs(f), 1) { return result(iteration, true, "relative decrease below tolerance") }
        }
        return result(maxIterations, false, "iteration limit reached")
    }
}
