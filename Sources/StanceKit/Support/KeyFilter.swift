/// A one-hash Bloom filter over 64-bit keys, sized to stay in the core's cache: it says "surely
/// absent" for most keys a vocabulary does not hold, before its `KeyTable` is touched. Most
/// n-grams of a sentence are not in the vocabulary, and each such look-up in the 512 KB table
/// was a cache miss: over half the time of turning features into columns.
struct KeyFilter: Sendable {
    private var words: [UInt64]
    private let shift: UInt64

    /// Bits per key: with one hash, about 1 in 16 absent keys still goes on to the table.
    static let bitsPerKey = 16

    init(keys: [UInt64]) {
        var bits = 1 << 10
        while bits < keys.count * Self.bitsPerKey { bits <<= 1 }
        words = [UInt64](repeating: 0, count: bits / 64)
        shift = UInt64(64 - bits.trailingZeroBitCount)
        for key in keys {
            let bit = position(key)
            words[bit >> 6] |= 1 << UInt64(bit & 63)
        }
    }

    /// The key's bit: the top bits of its mix (`KeyTable` indexes by the low ones).
    @inline(__always)
    private func position(_ key: UInt64) -> Int { Int(truncatingIfNeeded: TokenKey.mix(key == 0 ? 1 : key) >> shift) }

    @inline(__always)
    func mayContain(_ key: UInt64) -> Bool {
        let bit = position(key)
        return words[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }
}
