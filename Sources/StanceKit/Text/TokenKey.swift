/// 64-bit keys for normalised token text, and the mixing used to build feature keys from them.
///
/// `FNV1a` over the normalised code points: with 64 bits, collisions among the few hundred
/// thousand distinct words of a corpus are negligible (birthday bound ≈ 10⁻⁹).
package enum TokenKey {
    /// The comma's and the full stop's keys, which the actor rules and speaker cues read
    /// (clauses, appositions, datelines).
    static let comma = of(",")
    static let period = of(".")
    /// The possessive clitic ("Putin" "'s"), which names, titles and speaker cues read.
    static let possessive = of("'s")
    /// Parentheses and the hyphen, which the name rules read (citations, credits, compound names).
    static let openParenthesis = of("(")
    static let closeParenthesis = of(")")
    static let hyphen = of("-")

    /// The key of a string, normalised the same way the tokenizer normalises tokens.
    package static func of(_ string: String) -> UInt64 {
        var string = string
        // An ASCII word (most are) straight from its UTF-8 storage, not through `unicodeScalars`:
        // start-up keys some 60,000 words (lexicons, place tables), and this took 13 million
        // instructions off the 150 million of a one-line `stance predict`.
        let ascii = string.withUTF8 { utf8 -> UInt64? in
            var hash = FNV1a()
            for byte in utf8 {
                if byte >= 0x80 { return nil }
                hash.add(UInt64(byte >= 65 && byte <= 90 ? byte + 32 : byte))
            }
            return hash.value
        }
        return ascii ?? of(string.unicodeScalars[...])
    }

    package static func of<S: Sequence>(_ scalars: S) -> UInt64 where S.Element == Unicode.Scalar {
        var hash = FNV1a()
        for scalar in scalars { append(scalar, to: &hash) }
        return hash.value
    }

    /// Extends an FNV-1a hash by one code point, normalised.
    @inline(__always)
    static func append(_ scalar: Unicode.Scalar, to hash: inout FNV1a) {
        if scalar.isASCII { return hash.add(UInt64(asciiLower(scalar).value)) }
        for folded in normalizedScalars(scalar) { hash.add(UInt64(folded.value)) }
    }

    /// Combines keys into a new one (order matters). Used for namespaces and n-grams.
    @inline(__always)
    package static func combine(_ a: UInt64, _ b: UInt64) -> UInt64 {
        mix(a &+ 0x9e37_79b9_7f4a_7c15 &* (b | 1) ^ (b &<< 7))
    }

    /// splitmix64's finaliser: spreads every input bit over the output.
    @inline(__always)
    package static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }

    @inline(__always)
    static func asciiLower(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        (scalar.value >= 65 && scalar.value <= 90) ? Unicode.Scalar(scalar.value + 32)! : scalar
    }

    /// Lower-cases a non-ASCII scalar and folds typographic apostrophes to `'`. Never inlined,
    /// for the reason `CharacterClass.NonASCII` gives.
    @inline(never)
    static func normalizedScalars(_ scalar: Unicode.Scalar) -> [Unicode.Scalar] {
        switch scalar.value {
        case 0x2019, 0x2018, 0x02BC, 0x00B4, 0x0060: return ["'"]
        default:
            if scalar.properties.changesWhenLowercased {
                return Array(scalar.properties.lowercaseMapping.unicodeScalars)
            }
            return [scalar]
        }
    }

    static func appendNormalized(_ scalar: Unicode.Scalar, to view: inout String.UnicodeScalarView) {
        if scalar.isASCII {
            view.append(asciiLower(scalar))
        } else {
            view.append(contentsOf: normalizedScalars(scalar))
        }
    }
}
