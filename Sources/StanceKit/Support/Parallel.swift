import Dispatch
import Foundation

/// One result slot per task. `@unchecked Sendable`: each concurrent task writes only its own.
private final class ResultSlot<T>: @unchecked Sendable {
    var value: T?
}

/// Splits `0..<count` into `parts` contiguous ranges, runs `body` on each at once, and returns
/// the results in range order, so the outcome never depends on scheduling.
func parallelChunks<T>(count: Int, parts: Int, _ body: (Range<Int>) -> T) -> [T] {
    let parts = max(1, min(parts, count))
    let ranges = (0..<parts).map { p in (p * count / parts)..<((p + 1) * count / parts) }
    if parts == 1 { return [body(ranges[0])] }
    let slots = ranges.map { _ in ResultSlot<T>() }
    withoutActuallyEscaping(body) { body in
        nonisolated(unsafe) let body = body
        DispatchQueue.concurrentPerform(iterations: parts) { p in slots[p].value = body(ranges[p]) }
    }
    return slots.map { $0.value! }
}

/// `body(i)` for every `i` in `0..<count`, on `threads` threads that each take the next index
/// as they finish the last one, with results in index order. For work of uneven size, such as
/// articles: equal contiguous ranges (`parallelChunks`) left one thread idle while the other
/// finished a range that held the long articles.
func parallelMap<T>(count: Int, threads: Int, _ body: (Int) -> T) -> [T] {
    let threads = max(1, min(threads, count))
    if threads == 1 { return (0..<count).map(body) }
    let slots = (0..<count).map { _ in ResultSlot<T>() }
    let next = NextIndex()
    withoutActuallyEscaping(body) { body in
        nonisolated(unsafe) let body = body
        DispatchQueue.concurrentPerform(iterations: threads) { _ in
            while let i = next.take(below: count) { slots[i].value = body(i) }
        }
    }
    return slots.map { $0.value! }
}

/// `body` on each run of `size` indices in a row of `0..<count` (the last run shorter), on
/// `threads` threads that take the next run as they finish one, with results in run order: for
/// many small items of uneven cost (lines to score), where halves (`parallelChunks`) left one
/// thread idle at the end of each batch.
func parallelRuns<T>(count: Int, size: Int, threads: Int, _ body: (Range<Int>) -> T) -> [T] {
    let runs = (count + size - 1) / size
    return parallelMap(count: runs, threads: threads) { k in body(k * size..<min(count, (k + 1) * size)) }
}

/// The shared counter of `parallelMap`: a lock is cheap beside an article's analysis.
private final class NextIndex: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0

    func take(below count: Int) -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard value < count else { return nil }
        value += 1
        return value - 1
    }
}

