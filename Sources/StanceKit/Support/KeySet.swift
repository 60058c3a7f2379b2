/// A set of token keys (`TokenKey`) looked up by the keys' own bits, as `KeyTable` does: the word
/// lists are asked about nearly every token of every article, and `Set` hashed each key again
/// with SipHash (about 7 % of `stance score`, with the dictionaries keyed the same way).
package struct KeySet: Sendable, Sequence {
    private var table: KeyTable<Bool>
    /// The keys in the order first added, for iteration.
    private var keys: [UInt64] = []

    init<S: Sequence>(_ keys: S) where S.Element == UInt64 {
        table = KeyTable(minimumCapacity: keys.underestimatedCount)
        for key in keys { insert(key) }
    }

    private mutating func insert(_ key: UInt64) {
        guard table[key] == nil else { return }
        table[key] = true
        keys.append(key)
    }

    @inline(__always)
    func contains(_ key: UInt64) -> Bool { table[key] != nil }

    func union(_ other: KeySet) -> KeySet {
        var merged = self
        for key in other.keys { merged.insert(key) }
        return merged
    }

    func isDisjoint<S: Sequence>(with other: S) -> Bool where S.Element == UInt64 { !other.contains { contains($0) } }

    package func makeIterator() -> IndexingIterator<[UInt64]> { keys.makeIterator() }
}
