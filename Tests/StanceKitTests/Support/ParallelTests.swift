import Foundation
import Testing
@testable import StanceKit

@Suite("Parallel")
struct ParallelTests {
    @Test("parallelChunks: contiguous ranges covering every index once, results in range order")
    func chunks() {
        for parts in [1, 2, 3, 7, 50] {
            let ranges = parallelChunks(count: 20, parts: parts) { $0 }
            #expect(ranges.flatMap { Array($0) } == Array(0..<20), "parts \(parts)")
            #expect(ranges.count == min(parts, 20))
        }
        #expect(parallelChunks(count: 0, parts: 4) { $0.count } == [0])
    }

    @Test("parallelMap: every index once, in order, for any number of threads, with work of uneven size")
    func map() {
        // Index 0 takes longest: with equal ranges the first thread would hold every slow one.
        let expected = (0..<200).map { $0 * $0 }
        for threads in [1, 2, 4, 300] {
            let seen = Seen()
            let results = parallelMap(count: 200, threads: threads) { i -> Int in
                if i % 50 == 0 { Thread.sleep(forTimeInterval: 0.002) }
                seen.add(i)
                return i * i
            }
            #expect(results == expected, "threads \(threads)")
            #expect(seen.sorted == Array(0..<200), "each index exactly once, threads \(threads)")
        }
        #expect(parallelMap(count: 0, threads: 2) { $0 }.isEmpty)
    }

    /// The indices the workers were given.
    final class Seen: @unchecked Sendable {
        private let lock = NSLock()
        private var indices: [Int] = []
        func add(_ i: Int) { lock.withLock { indices.append(i) } }
        var sorted: [Int] { lock.withLock { indices.sorted() } }
    }
}
