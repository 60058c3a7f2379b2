import Dispatch

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
