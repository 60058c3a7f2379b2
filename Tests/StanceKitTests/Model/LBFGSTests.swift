import Foundation
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

    @Test("a diagonal preconditioner: the same minimum of a badly scaled problem in far fewer iterations")
    func preconditioned() {
        // 200 coordinates whose curvatures span 10⁴, as rare and common features' do, plus a
        // coupling term so that the problem is not separable (where the exact diagonal would solve
        // it in one step).
        let n = 200
        let curvature = (0..<n).map { pow(10, 4 * Double($0) / Double(n - 1)) }
        func problem(_ x: [Double], _ g: inout [Double]) -> Double {
            var f = 0.0, sum = 0.0
            for i in 0..<n {
                let d = x[i] - 1
                f += 0.5 * curvature[i] * d * d
                g[i] = curvature[i] * d
                sum += x[i]
            }
            let coupling = sum - Double(n)
            f += 0.5 * coupling * coupling
            for i in 0..<n { g[i] += coupling }
            return f
        }
        let start = [Double](repeating: 0, count: n)
        let optimizer = LBFGS(maxIterations: 20000, gradientTolerance: 1e-6, relativeTolerance: 0)
        let plain = optimizer.minimize(start, problem)
        let scaled = optimizer.minimize(start, preconditioner: curvature.map { 1 / ($0 + 1) }, problem)
        #expect(plain.converged && scaled.converged)
        #expect(scaled.solution.allSatisfy { abs($0 - 1) < 1e-6 }, "\(scaled.solution.prefix(5))")
        #expect(plain.solution.allSatisfy { abs($0 - 1) < 1e-6 })
        #expect(scaled.iterations * 5 < plain.iterations, "\(scaled.iterations) preconditioned, \(plain.iterations) plain")
    }
}
