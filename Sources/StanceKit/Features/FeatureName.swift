/// A sparse feature's name, for explanations: kept as token positions and made into text only
/// when a feature is shown. (Building every n-gram's name as a string cost more than scoring
/// the example: `stance predict` shows five names per line out of about 150 features.)
/// A plain value with no references, so recording one per feature is a copy of 24 bytes and
/// clearing a buffer of them costs nothing: as an enum with a `String` case, recording and
/// clearing the names took 6 % of `stance predict`'s instructions.
package struct FeatureName: Sendable {
    /// Text before the tokens ("s:", "l:"); empty for a name given as text.
    let prefix: StaticString
    /// Up to three of the context's tokens (−1: the masked target); for a name given as text,
    /// `a` is its place in `RawFeatures.texts`.
    let a, b, c: Int32
    /// How many of `a`, `b`, `c` are tokens; `FeatureName.textCount` for a name given as text.
    let count: Int8
    /// Under the example's topic ("[climate change] s:hoax"), for a per-topic block's copy.
    var underTopic = false

    static let textCount: Int8 = -1

    /// `prefix`, then up to three of the context's tokens, space-separated.
    package static func tokens(prefix: StaticString, _ a: Int32, _ b: Int32 = 0, _ c: Int32 = 0, count: Int8) -> FeatureName {
        FeatureName(prefix: prefix, a: a, b: b, c: c, count: count)
    }

    /// The name at `index` in `RawFeatures.texts`.
    static func text(at index: Int) -> FeatureName {
        FeatureName(prefix: "", a: Int32(index), b: 0, c: 0, count: textCount)
    }

    /// The name as `stance explain` prints it; `texts` are the names recorded as text. Built as
    /// UTF-8 bytes, each token normalised straight into them (a `String` per token, appended
    /// one to another, cost 1 % of `stance predict`, which names five features a line).
    package func text(in context: TargetContext, texts: [String]) -> String {
        var name: [UInt8] = []
        name.reserveCapacity(32)
        if underTopic { name += ("[" + (context.topic?.name ?? "") + "] ").utf8 }
        if count == Self.textCount { return String(decoding: name, as: UTF8.self) + texts[Int(a)] }
        prefix.withUTF8Buffer { name.append(contentsOf: $0) }
        for n in 0..<Int(count) {
            if n > 0 { name.append(UInt8(ascii: " ")) }
            let token = n == 0 ? a : n == 1 ? b : c
            if token < 0 {
                name += "<target>".utf8
                continue
            }
            let span = context.tokens[Int(token)].span
            for scalar in context.text.scalars[span.start..<span.end] {
                if scalar.isASCII {
                    name.append(UInt8(TokenKey.asciiLower(scalar).value))
                } else {
                    for normalized in TokenKey.normalizedScalars(scalar) { name += UTF8.encode(normalized)! }
                }
            }
        }
        return String(decoding: name, as: UTF8.self)
    }
}
