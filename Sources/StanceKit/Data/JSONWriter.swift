/// JSON text built straight into UTF-8 bytes, for records written one line each at the speed of
/// the scoring (no `String` per field, no `JSONEncoder` tree). It writes what `JSONEncoder`
/// writes, so that outputs do not depend on which of the two made them: strings escaped as
/// RFC 8259 requires (quote, backslash, control characters as \b \t \n \f \r or \u00xx; nothing
/// else), numbers in shortest round-trip form whatever the locale with a whole number's ".0"
/// dropped, a non-finite number as `null`, object keys in the order of their UTF-8 bytes.
package struct JSONWriter {
    package private(set) var bytes: [UInt8] = []

    package init(capacity: Int = 512) { bytes.reserveCapacity(capacity) }

    /// Text written as it is, not as a JSON string (a line of a table, in a stream of them).
    package mutating func verbatim(_ text: String) { bytes.append(contentsOf: text.utf8) }

    /// Text that is already JSON (punctuation, a key with its quotes and colon).
    @inline(__always)
    package mutating func raw(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    package mutating func string(_ text: String) {
        var text = text
        text.withUTF8 { utf8 in
            bytes.append(UInt8(ascii: "\""))
            var start = 0
            for (i, byte) in utf8.enumerated() where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<i]))
                start = i + 1
                switch byte {
                case UInt8(ascii: "\""): raw("\\\"")
                case UInt8(ascii: "\\"): raw("\\\\")
                case 0x08: raw("\\b")
                case UInt8(ascii: "\t"): raw("\\t")
                case UInt8(ascii: "\n"): raw("\\n")
                case 0x0C: raw("\\f")
                case UInt8(ascii: "\r"): raw("\\r")
                default:
                    raw("\\u00")
                    bytes.append(Self.hexDigits[Int(byte >> 4)])
                    bytes.append(Self.hexDigits[Int(byte & 0xF)])
                }
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start...]))
            bytes.append(UInt8(ascii: "\""))
        }
    }

    package mutating func number(_ value: Double) {
        guard value.isFinite else { return raw("null") }
        // The shortest round-trip digits, as `description` has them, written into `bytes` through
        // `TextOutputStream` without a `String` made (`description` allocated one per number
        // over 15 digits: most probabilities).
        let start = bytes.count
        var digits = Digits(bytes: bytes)
        bytes = []  // so that `digits` holds the only reference and appends in place
        value.write(to: &digits)
        bytes = digits.bytes
        let count = bytes.count
        if count - start > 2 && bytes[count - 2] == UInt8(ascii: ".") && bytes[count - 1] == UInt8(ascii: "0") { bytes.removeLast(2) }
    }

    /// The writer's bytes as a text stream. A floating-point value writes itself to one through
    /// `_writeASCII`, a requirement with a default (making a `String`), so without it this
    /// still writes the same bytes, only slower.
    private struct Digits: TextOutputStream {
        var bytes: [UInt8]
        mutating func write(_ string: String) { bytes.append(contentsOf: string.utf8) }
        mutating func _writeASCII(_ buffer: UnsafeBufferPointer<UInt8>) { bytes.append(contentsOf: buffer) }
    }

    package mutating func integer(_ value: Int) {
        var text = String(value)
        text.withUTF8 { bytes.append(contentsOf: $0) }
    }

    /// `key` (already JSON, with its colon), then `value`.
    package mutating func field(_ key: StaticString, _ value: String) {
        raw(key)
        string(value)
    }

    package mutating func field(_ key: StaticString, _ value: Int) {
        raw(key)
        integer(value)
    }

    package mutating func field(_ key: StaticString, _ value: Double) {
        raw(key)
        number(value)
    }

    /// `key`, then an array of strings.
    package mutating func field(_ key: StaticString, _ values: [String]) {
        raw(key)
        array(values) { $0.string($1) }
    }

    /// An array of `values`, each written by `write`.
    package mutating func array<Element>(_ values: [Element], _ write: (inout JSONWriter, Element) -> Void) {
        raw("[")
        for (i, value) in values.enumerated() {
            if i > 0 { raw(",") }
            write(&self, value)
        }
        raw("]")
    }

    /// An object of `values`, keys sorted, each value written by `write`.
    package mutating func object<Value>(_ values: [String: Value], _ write: (inout JSONWriter, Value) -> Void) {
        raw("{")
        for (i, key) in values.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }).enumerated() {
            if i > 0 { raw(",") }
            string(key)
            raw(":")
            write(&self, values[key]!)
        }
        raw("}")
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)
}
