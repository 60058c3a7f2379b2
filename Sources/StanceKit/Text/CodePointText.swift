/// A text held as an array of Unicode scalars, so that code-point offsets are array indices.
///
/// All hot paths (tokenizing, hashing, lexicon look-ups) read `scalars`; a `String` is made
/// only at the boundary, when a person or a file needs to see a piece of text.
public struct CodePointText: Sendable, Hashable {
    package let scalars: [Unicode.Scalar]

    /// The scalars of `string`.
    public init(_ string: String) {
        // An empty array is Swift's one shared empty storage, into which
        // `Array(unsafeUninitializedCapacity: 0)` writes its count: a data race between threads.
        guard !string.isEmpty else { scalars = []; return }
        var string = string
        // Decoded from the UTF-8 storage into an array sized for the worst case (one scalar a
        // byte): appending `unicodeScalars` one by one cost 13 instructions a scalar.
        scalars = string.withUTF8 { utf8 in
            [Unicode.Scalar](unsafeUninitializedCapacity: utf8.count) { buffer, count in
                var k = 0
                while k < utf8.count {
                    let lead = utf8[k]
                    if lead < 0x80 {
                        buffer.initializeElement(at: count, to: Unicode.Scalar(lead))
                        k += 1
                    } else {
                        // Valid UTF-8 (a String's storage is): the lead byte gives the length.
                        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
                        var value = UInt32(lead) & (0x7F >> UInt32(length))
                        for j in 1..<length { value = value << 6 | UInt32(utf8[k + j] & 0x3F) }
                        buffer.initializeElement(at: count, to: Unicode.Scalar(value)!)
                        k += length
                    }
                    count += 1
                }
            }
        }
    }

    package init<S: Sequence>(scalars: S) where S.Element == Unicode.Scalar {
        self.scalars = Array(scalars)
    }

    /// Length in code points.
    public var count: Int { scalars.count }

    package var fullSpan: TextSpan { TextSpan(start: 0, end: scalars.count) }

    /// The text of `span` as a `String`; `span` must lie inside the text.
    public func string(in span: TextSpan) -> String {
        // Through UTF-8 bytes: appending scalars to a String one by one is several times slower.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(span.end - span.start)
        for scalar in scalars[span.start..<span.end] { UTF8.encode(scalar) { bytes.append($0) } }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The text of `span` as a text of its own (offsets start again at 0).
    package func slice(_ span: TextSpan) -> CodePointText {
        CodePointText(scalars: scalars[span.start..<span.end])
    }

    /// The whole text as a `String`.
    public var string: String { string(in: fullSpan) }

    /// Whether `span` lies inside the text.
    package func isValid(_ span: TextSpan) -> Bool {
        span.start >= 0 && span.end <= scalars.count && span.start <= span.end
    }
}
