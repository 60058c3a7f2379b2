import Foundation
import Testing
@testable import StanceKit

@Suite("KeyTable")
struct KeyTableTests {
    @Test("stores, updates and grows; key 0 works")
    func basics() {
        var table = KeyTable<Int>()
        for i in 0..<1000 { table[UInt64(i) &* 0x9E37_79B9_7F4A_7C15] = i }
        #expect(table.count == 1000)
        for i in 0..<1000 { #expect(table[UInt64(i) &* 0x9E37_79B9_7F4A_7C15] == i) }
        #expect(table[12345] == nil)
        var fresh = KeyTable<Int>()
        fresh.add(0, initial: 10) { $0 += 1 }
        fresh.add(0, initial: 10) { $0 += 1 }
        #expect(fresh[0] == 12 && fresh.count == 1)
    }
}
