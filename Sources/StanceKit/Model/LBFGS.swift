import Foundation

/// Limited-memory BFGS (Nocedal & Wright, Algorithm 7.4) with a backtracking Armijo line search.
/// Vector work goes through BLAS; the objective is any value-and-gradient function.
public struct LBFGS: Sendable {
    /// Correction pairs kept. 10 is scipy's and liblinear's usual choice.
    public var memory = 10
    public var maxIterations = 1000
    /// Stop when max |∇f| falls below this.
    public var gradientTolerance = 1e-6
    /// Stop when f decreases by less than this, relative to |f|, over one iteration.
    public var relativeTolerance = 1e-10
    /// Armijo sufficient-decrease constant.
    static let armijo = 1e-4

    public init(maxIterations: Int = 1000, gradientTolerance: Double = 1e-6, relativeTolerance: Double = 1e-10) {
        self.maxIterations = maxIterations
        self.gradientTolerance = gradientTolerance
        self.relativeTolerance = relativeTolerance
    }

    public struct Result: Sendable {
        public var solution: [Double]
        public var value: Double
        public var iterations: Int
        public var evaluations: Int
        public var converged: Bool
        public var reason: String
    }

    public func minimize(
        _ start: [Double],
        progress: ((Int, Double) -> Void)? = nil,
        _ valueAndGradient: ([Double], inout [Double]) -> Double
    ) -> Result {
        var x = start
        var g = [Double](repeating: 0, count: x.count)
        var f = valueAndGradient(x, &g)
        var evaluations = 1
        var s: [[Double]] = []
        var y: [[Double]] = []
        var rho: [Double] = []
        var alphas = [Double](repeating: 0, count: memory)
        var newG = g

        for iteration in 1...max(1, maxIterations) {
            if BLAS.maxAbs(g) <= gradientTolerance {
                return Result(solution: x, value: f, iterations: iteration - 1, evaluations: evaluations, converged: true, reason: "gradient below tolerance")
            }
            // Two-loop recursion: d = −H·g.
            var d = g
            for i in stride(from: s.count - 1, through: 0, by: -1) {
                alphas[i] = rho[i] * BLAS.dot(s[i], d)
                BLAS.axpy(-alphas[i], y[i], &d)
            }
            if let lastS = s.last, let lastY = y.last {
                BLAS.scale(BLAS.dot(lastS, lastY) / BLAS.dot(lastY, lastY), &d)
            } else {
                BLAS.scale(1 / max(1, BLAS.dot(g, g).squareRoot()), &d)
            }
            for i in 0..<s.count {
                let beta = rho[i] * BLAS.dot(y[i], d)
                BLAS.axpy(alphas[i] - beta, s[i], &d)
            }
            BLAS.scale(-1, &d)
            var slope = BLAS.dot(g, d)
            if slope >= 0 {  // not a descent direction: restart from steepest descent
                s.removeAll(); y.removeAll(); rho.removeAll()
                d = g
                BLAS.scale(-1 / max(1, BLAS.dot(g, g).squareRoot()), &d)
                slope = BLAS.dot(g, d)
            }
            // Backtracking line search.
            var step = 1.0
            var newX = x
            var newF = 0.0
            var accepted = false
            for _ in 0..<40 {
                newX = x
                BLAS.axpy(step, d, &newX)
                newF = valueAndGradient(newX, &newG)
                evaluations += 1
                if newF <= f + Self.armijo * step * slope { accepted = true; break }
                step *= 0.5
            }
            if !accepted {
                return Result(solution: x, value: f, iterations: iteration, evaluations: evaluations, converged: true, reason: "no further decrease along the search direction")
            }
            var sk = newX
            BLAS.axpy(-1, x, &sk)
            var yk = newG
            BLAS.axpy(-1, g, &yk)
            let sy = BLAS.dot(sk, yk)
            if sy > 1e-12 {
                if s.count == memory { s.removeFirst(); y.removeFirst(); rho.removeFirst() }
                s.append(sk); y.append(yk); rho.append(1 / sy)
            }
            let decrease = f - newF
            x = newX
            swap(&g, &newG)
            f = newF
            progress?(iteration, f)
            if decrease <= relativeTolerance * max(abs(f), 1) {
                return Result(solution: x, value: f, iterations: iteration, evaluations: evaluations, converged: true, reason: "relative decrease below tolerance")
            }
        }
        return Result(solution: x, value: f, iterations: maxIterations, evaluations: evaluations, converged: false, reason: "iteration limit reached")
    }
}
