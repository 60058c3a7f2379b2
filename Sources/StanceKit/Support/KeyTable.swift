/// A hash table from 64-bit keys to values, with open addressing and linear probing.
///
/// Token and feature keys are already well-mixed hashes, so the table uses their bits directly
/// instead of re-hashing them with SipHash as `Dictionary` does; on the featurization hot path
/// that makes a look-up several times cheaper. Keys are never removed.
public struct KeyTable<Value: Sendable>: Sendable {
    private var keys: [UInt64]
    private var values: [Value?]
    private var mask: Int
    public private(set) var count = 0

    public init(minimumCapacity: Int = 16) {
        var capacity = 16
        while capacity < minimumCapacity * 2 { capacity <<= 1 }
        keys = [UInt64](repeating: 0, count: capacity)
        values = [Value?](repeating: nil, count: capacity)
        mask = capacity - 1
    }

    /// The slot of `key`, or of the empty slot where it would go.
    @inline(__always)
    private func slot(of key: UInt64) -> Int {
        var i = Int(truncatingIfNeeded: TokenKey.mix(key)) & mask
        while values[i] != nil, keys[i] != key { i = (i + 1) & mask }
        return i
    }

    @inline(__always)
    public subscript(key: UInt64) -> Value? {
        get { values[slot(of: key)] }
        set {
            precondition(newValue != nil, "KeyTable does not remove keys")
            let i = slot(of: key)
            if values[i] == nil {
                count += 1
                keys[i] = key
            }
            values[i] = newValue
            if count * 2 > keys.count { grow() }
        }
    }

    /// Adds `delta` to the value of `key`, starting from `initial`.
    public mutating func add(_ key: UInt64, initial: Value, _ update: (inout Value) -> Void) {
        var value = self[key] ?? initial
        update(&value)
        self[key] = value
    }

    private mutating func grow() {
        let old = zip(keys, values).compactMap { key, value in value.map { (key, $0) } }
        let capacity = keys.count * 2
        keys = [UInt64](repeating: 0, count: capacity)
        values = [Value?](repeating: nil, count: capacity)
        mask = capacity - 1
        count = 0
        for (key, value) in old { self[key] = value }
    }

    /// Every (key, value) pair, in no particular order.
    public var entries: [(key: UInt64, value: Value)] {
        zip(keys, values).compactMap { key, value in value.map { (key, $0) } }
    }
}
