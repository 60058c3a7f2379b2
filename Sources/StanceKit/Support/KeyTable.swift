/// A hash table from 64-bit keys to values, with open addressing and linear probing.
///
/// Token and feature keys are already well-mixed hashes, so the table uses their bits directly
/// instead of re-hashing them with SipHash as `Dictionary` does. Each slot holds its key and
/// value side by side, so a look-up that finds its key has its value in the same cache line:
/// one memory access where parallel key and value arrays would take two (the feature-space
/// look-up is the largest cost of scoring, and a 15,000-column vocabulary does not fit in L2).
/// Key 0 marks an empty slot, so a key of 0 is stored as 1 (a 2⁻⁶⁴ event for hashed keys).
/// Keys are never removed.
struct KeyTable<Value: Sendable>: Sendable {
    private struct Slot {
        var key: UInt64  // 0: empty
        var value: Value?
    }

    private var slots: [Slot]
    private var mask: Int
    private(set) var count = 0

    init(minimumCapacity: Int = 16) {
        var capacity = 16
        while Double(capacity) * Self.maxLoad < Double(minimumCapacity) { capacity <<= 1 }
        slots = [Slot](repeating: Slot(key: 0, value: nil), count: capacity)
        mask = capacity - 1
    }

    static var maxLoad: Double { 0.7 }

    /// The slot of `key`, or of the empty slot where it would go.
    @inline(__always)
    private func slot(of key: UInt64) -> Int {
        var i = Int(truncatingIfNeeded: TokenKey.mix(key)) & mask
        while slots[i].key != 0, slots[i].key != key { i = (i + 1) & mask }
        return i
    }

    @inline(__always)
    subscript(key: UInt64) -> Value? {
        get {
            let i = slot(of: key == 0 ? 1 : key)
            return slots[i].value
        }
        set {
            precondition(newValue != nil, "KeyTable does not remove keys")
            let key = key == 0 ? 1 : key
            let i = slot(of: key)
            if slots[i].key == 0 {
                count += 1
                slots[i].key = key
            }
            slots[i].value = newValue
            if Double(count) > Double(slots.count) * Self.maxLoad { grow() }
        }
    }

    /// Updates the value of `key` in place, starting from `initial` when it is new.
    mutating func add(_ key: UInt64, initial: Value, _ update: (inout Value) -> Void) {
        var value = self[key] ?? initial
        update(&value)
        self[key] = value
    }

    private mutating func grow() {
        let old = entries
        slots = [Slot](repeating: Slot(key: 0, value: nil), count: slots.count * 2)
        mask = slots.count - 1
        count = 0
        for (key, value) in old { self[key] = value }
    }

    /// Every (key, value) pair, in no particular order.
    var entries: [(key: UInt64, value: Value)] {
        slots.compactMap { slot in slot.value.map { (slot.key, $0) } }
    }
}
