import Dispatch
import Testing
@testable import StanceKit

@Suite("CodePointText")
struct CodePointTextTests {
    @Test("a target is found with the same case first, then in any case, on word boundaries")
    func targetMatching() {
        func find(_ name: String, _ text: String) -> String? {
            let t = CodePointText(text)
            return t.span(of: name).map { t.string(in: $0) }
        }
        #expect(find("Legalization of Abortion", "On the legalization of abortion, she spoke.") == "legalization of abortion")
        #expect(find("US", "USA and the us and the US") == "US")
        #expect(find("us", "USA and the US") == "US")
        #expect(find("Trump", "Trumpism") == "Trump")
        #expect(find("trump", "Trumpism") == nil)
        #expect(find("Émile", "with ÉMILE today") == "ÉMILE")
    }

    /// Under `make sanitize`: an empty text made on several threads at once. Swift's
    /// `Array(unsafeUninitializedCapacity: 0)` writes its count into the one shared empty-array
    /// storage, which ThreadSanitizer reports as a race (an article with an empty title did).
    @Test("an empty text is empty, and is made without writing to shared storage")
    func emptyText() {
        // No `#expect` inside: its lock would order the threads and hide the race.
        let empties = (0..<2).map { _ in EmptyCount() }
        DispatchQueue.concurrentPerform(iterations: 2) { t in
            for _ in 0..<20_000 where CodePointText("").scalars.isEmpty { empties[t].count += 1 }
        }
        #expect(empties.map(\.count) == [20_000, 20_000])
        #expect(CodePointText("Ştefan").scalars.count == 6)
    }
}

/// One thread's tally in `emptyText`; each thread writes only its own.
private final class EmptyCount: @unchecked Sendable {
    var count = 0
}
