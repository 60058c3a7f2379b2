/// A hash table from 64-bit keys to values, with open addressing and linear probing.
///
/// Token and feature keys are already well-mixed hashes, so the table uses their bits directly
/// instead of re-hashing them with SipHash as `Dictionary` does. Probing reads only the key
/// array (8 bytes a slot, ≤ 70 % full), so a 20,000-word vocabulary stays within a 256 KB L2
/// cache; on the featurization hot path that makes a look-up several times cheaper.
/// Key 0 marks an empty slot, so a key of 0 is stored as 1 (a 2⁻⁶⁴ event for hashed keys).
/// Keys are never removed.
public struct KeyTable<Value: Sendable>: Sendable {
    private var keys: [UInt64]
    private var values: [Value?]
    private var mask: Int
    public private(set) var count = 0

    public init(minimumCapacity: Int = 16) {
        var capacity = 16
        while Double(capacity) * Self.maxLoad < Double(minimumCapacity) { capacity <<= 1 }
        keys = [UInt64](repeating: 0, count: capacity)
        values = [Value?](repeating: nil, count: capacity)
        mask = capacity - 1
    }

    static var maxLoad: Double { 0.7 }

    /// The slot of `key`, or of the empty slot where it would go.
    @inline(__always)
    private func slot(of key: UInt64) -> Int {
        var i = Int(truncatingIfNeeded: TokenKey.mix(key)) & mask
        while keys[i] != 0, keys[i] != key { i = (i + 1) & mask }
        return i
    }

    @inline(__always)
    public subscript(key: UInt64) -> Value? {
        get {
            let i = slot(of: key == 0 ? 1 : key)
            return keys[i] == 0 ? nil : values[i]
        }
        set {
            precondition(newValue != nil, "KeyTable does not remove keys")
            let key = key == 0 ? 1 : key
            let i = slot(of: key)
            if keys[i] == 0 {
                count += 1
                keys[i] = key
            }
            values[i] = newValue
            if Double(count) > Double(keys.count) * Self.maxLoad { grow() }
        }
    }

    /// Updates the value of `key` in place, starting from `initial` when it is new.
    public mutating func add(_ key: UInt64, initial: Value, _ update: (inout Value) -> Void) {
        var value = self[key] ?? initial
        update(&value)
        self[key] = value
    }

    private mutating func grow() {
        let old = entries
        keys = [UInt64](repeating: 0, count: keys.count * 2)
        values = [Value?](repeating: nil, count: keys.count)
        mask = keys.count - 1
        count = 0
        for (key, value) in old { self[key] = value }
    }

    /// Every (key, value) pair, in no particular order.
    public var entries: [(key: UInt64, value: Value)] {
        keys.indices.compactMap { i in keys[i] == 0 ? nil : values[i].map { (keys[i], $0) } }
    }
}
