/// FNV-1a, 64 bits: the one hash behind token keys, feature keys, shape keys and the checksums
/// of model and data files. Cheap and stable across runs and platforms (unlike `Hasher`, which
/// is seeded per process).
struct FNV1a {
    static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01b3

    private(set) var value = offsetBasis

    @inline(__always)
    mutating func add(_ word: UInt64) { value = (value ^ word) &* Self.prime }
}

/// Whether a model file's stored checksum is the one computed from its contents. A fuzzing build
/// (`make fuzz` compiles with `-D FUZZING`) accepts any, as fuzzed parsers conventionally do, so
/// that mutated files reach the checks after it.
func checksumMatches(_ stored: String, _ computed: @autoclosure () -> String) -> Bool {
    #if FUZZING
    return true
    #else
    return stored == computed()
    #endif
}
