import Foundation
import Testing
@testable import StanceKit

@Suite("SignedDecimal")
struct SignedDecimalTests {
    @Test("writes what String(format: \"%+.2f\") writes, ties and signed zeros included")
    func matchesPrintf() {
        var generator = SystemRandomNumberGenerator()
        let fixed: [Double] = [0, -0.0, 0.001, -0.001, 0.005, -0.005, 0.015, 0.125, -0.125, 1.005, 2.675, 0.045, 99.995, 0.995,
                               1e8, -123456.785, 5e9, .infinity, -.infinity, .nan, 0.1 + 0.2, 1 / 3, -2 / 3]
        let random = (0..<20_000).map { _ in Double.random(in: -3...3, using: &generator) }
        let hundredths = (-400...400).map { Double($0) / 100 } + (-400...400).map { (Double($0) + 0.5) / 100 }
        for value in fixed + random + hundredths {
            #expect(SignedDecimal.twoPlaces(value) == String(format: "%+.2f", value), "\(value)")
        }
    }
}
