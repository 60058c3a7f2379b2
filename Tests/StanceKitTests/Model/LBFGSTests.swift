import Testing
@testable import StanceKit

@Suite("LBFGS")
struct LBFGSTests {
    /// Rosenbrock's valley in `n` dimensions: curved and badly scaled, minimum 0 at (1, …, 1).
    static func rosenbrock(_ x: [Double], _ g: inout [Double]) -> Double {
        var f = 0.0
        for i in g.indices { g[i] = 0 }
        for i in 0..<x.count - 1 {
            let a = x[i + 1] - x[i] * x[i], b = 1 - x[i]
            f += 100 * a * a + b * b
            g[i] += -400 * x[i] * a - 2 * b
            g[i + 1] += 200 * a
        }
        return f
    }

    @Test("finds Rosenbrock's minimum in 10 dimensions from (−1.2, 1, …), well within the iteration limit")
    func rosenbrockMinimum() {
        let start = (0..<10).map { $0 % 2 == 0 ? -1.2 : 1.0 }
        let result = LBFGS(gradientTolerance: 1e-8, relativeTolerance: 0).minimize(start, Self.rosenbrock)
        #expect(result.converged && result.reason == "gradient below tolerance")
        #expect(result.solution.allSatisfy { abs($0 - 1) < 1e-6 }, "\(result.solution)")
        #expect(result.value < 1e-12 && result.iterations < 200)
    }

    @Test("a quadratic with very different curvatures: the exact minimum; the iteration limit is reported as not converged")
    func quadratic() {
        let scales = [1.0, 10, 100, 1000, 10000]
        func bowl(_ x: [Double], _ g: inout [Double]) -> Double {
            var f = 0.0
            for i in x.indices {
                let d = x[i] - Double(i)
                f += 0.5 * scales[i] * d * d
                g[i] = scales[i] * d
            }
            return f
        }
        let result = LBFGS(gradientTolerance: 1e-9, relativeTolerance: 0).minimize([Double](repeating: 0, count: 5), bowl)
        #expect(result.converged)
        #expect(zip(result.solution, 0..<5).allSatisfy { abs($0 - Double($1)) < 1e-8 }, "\(result.solution)")
        let cut = LBFGS(maxIterations: 2, gradientTolerance: 1e-12).minimize([Double](repeating: 0, count: 5), bowl)
        #expect(!cut.converged && cut.reason == "iteration limit reached" && cut.iterations == 2)
    }
}
