/// Parses one JSON text (RFC 8259) from UTF-8 bytes into a `JSONValue`: the reader of JSONL
/// datasets, where every line is a small object.
///
/// Why not Foundation's `JSONDecoder`: decoding into `JSONValue` goes through `Decodable` and
/// throws a `DecodingError` for every type it tries before the right one; it took about 16 µs
/// a NewsMTSC line here, half of `stance predict`'s time on a file, and did not get faster on
/// two threads. Reading the bytes directly keeps integers apart from decimals and booleans as
/// `JSONValue` needs, and takes about 2 µs a line.
package struct JSONParser {
    package struct Failure: Error, Equatable {
        /// What was wrong, for a person: "expected ',' or '}'".
        package let message: String
        /// Byte offset in the text.
        package let offset: Int
        /// "expected ',' or '}' at byte 12" (counted from 1), as every error message quotes it.
        package var located: String { "\(message) at byte \(offset + 1)" }
    }

    /// Nesting deeper than this is refused rather than risking the stack on hostile input.
    static let maximumDepth = 512

    private let bytes: [UInt8]
    private var i = 0
    private var depth = 0

    private init(_ bytes: [UInt8]) { self.bytes = bytes }

    package static func parse(_ bytes: [UInt8]) throws(Failure) -> JSONValue {
        var parser = JSONParser(bytes)
        let value = try parser.value()
        parser.skipWhitespace()
        guard parser.i == bytes.count else { throw parser.failure("unexpected text after the value") }
        return value
    }

    /// The values of `names` in the JSON object `bytes`, in `names` order (nil where absent; the
    /// last where repeated), every other value checked and dropped; nil when the text is valid
    /// JSON but not an object. A dataset line's few fields without building a dictionary and a
    /// key string per field (that was a fifth of reading a NewsMTSC line).
    package static func fields(_ bytes: [UInt8], _ names: FieldNames) throws(Failure) -> [JSONValue?]? {
        var parser = JSONParser(bytes)
        parser.skipWhitespace()
        guard parser.i < bytes.count, bytes[parser.i] == UInt8(ascii: "{") else {
            _ = try parse(bytes)  // the error, or a value that is not an object
            return nil
        }
        var values = [JSONValue?](repeating: nil, count: names.utf8.count)
        try parser.nested { p throws(Failure) in
            try p.elements(closedBy: UInt8(ascii: "}")) { p throws(Failure) in
                let key = try p.key()
                if let k = names.utf8.firstIndex(where: { $0.elementsEqual(key) }) { values[k] = try p.value() } else { _ = try p.value() }
            }
        }
        parser.skipWhitespace()
        guard parser.i == bytes.count else { throw parser.failure("unexpected text after the value") }
        return values
    }

    /// The keys `fields` looks for, as UTF-8, made once.
    package struct FieldNames: Sendable {
        let utf8: [[UInt8]]
        package init(_ names: [String]) { utf8 = names.map { Array($0.utf8) } }
    }

    private func failure(_ message: String) -> Failure { Failure(message: message, offset: i) }

    private mutating func skipWhitespace() {
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09 { i += 1 }
    }

    private mutating func value() throws(Failure) -> JSONValue {
        skipWhitespace()
        guard i < bytes.count else { throw failure("unexpected end of text") }
        switch bytes[i] {
        case UInt8(ascii: "{"): return try object()
        case UInt8(ascii: "["): return try array()
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): try literal(Self.trueBytes); return .bool(true)
        case UInt8(ascii: "f"): try literal(Self.falseBytes); return .bool(false)
        case UInt8(ascii: "n"): try literal(Self.nullBytes); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try number()
        default: throw failure("unexpected character")
        }
    }

    private static let trueBytes = Array("true".utf8), falseBytes = Array("false".utf8), nullBytes = Array("null".utf8)

    private mutating func literal(_ word: [UInt8]) throws(Failure) {
        guard i + word.count <= bytes.count else { throw failure("unexpected end of text") }
        guard bytes[i..<i + word.count].elementsEqual(word) else { throw failure("unexpected character") }
        i += word.count
    }

    private mutating func nested<T>(_ body: (inout JSONParser) throws(Failure) -> T) throws(Failure) -> T {
        depth += 1
        guard depth <= Self.maximumDepth else { throw failure("nested too deeply") }
        defer { depth -= 1 }
        return try body(&self)
    }

    private mutating func object() throws(Failure) -> JSONValue {
        try nested { p throws(Failure) in
            var fields: [String: JSONValue] = [:]
            try p.elements(closedBy: UInt8(ascii: "}")) { p throws(Failure) in
                let key = try p.key()
                fields[String(decoding: key, as: UTF8.self)] = try p.value()
            }
            return .object(fields)
        }
    }

    /// A member's key and the ':' after it, as UTF-8 (valid: checked like any string).
    private mutating func key() throws(Failure) -> ArraySlice<UInt8> {
        skipWhitespace()
        guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { throw failure("expected a key in quotes") }
        let key: ArraySlice<UInt8>
        let start = i + 1
        var end = start
        while end < bytes.count, bytes[end] != UInt8(ascii: "\""), bytes[end] != UInt8(ascii: "\\"), bytes[end] >= 0x20, bytes[end] < 0x80 { end += 1 }
        if end < bytes.count, bytes[end] == UInt8(ascii: "\"") {  // plain ASCII, the usual key: no copy
            key = bytes[start..<end]
            i = end + 1
        } else {
            key = Array(try string().utf8)[...]
        }
        skipWhitespace()
        guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else { throw failure("expected ':'") }
        i += 1
        return key
    }

    private mutating func array() throws(Failure) -> JSONValue {
        try nested { p throws(Failure) in
            var elements: [JSONValue] = []
            try p.elements(closedBy: UInt8(ascii: "]")) { p throws(Failure) in elements.append(try p.value()) }
            return .array(elements)
        }
    }

    /// The comma-separated elements of an object or array, from its opening bracket at `i` to
    /// `close`; `element` reads one.
    private mutating func elements(closedBy close: UInt8, _ element: (inout JSONParser) throws(Failure) -> Void) throws(Failure) {
        i += 1  // { or [
        skipWhitespace()
        if i < bytes.count, bytes[i] == close {
            i += 1
            return
        }
        while true {
            try element(&self)
            skipWhitespace()
            guard i < bytes.count else { throw failure("unexpected end of text") }
            if bytes[i] == UInt8(ascii: ",") {
                i += 1
            } else if bytes[i] == close {
                i += 1
                return
            } else {
                throw failure("expected ',' or '\(Character(Unicode.Scalar(close)))'")
            }
        }
    }

    /// A string at `i` (its opening quote); runs without escapes are copied as they are.
    private mutating func string() throws(Failure) -> String {
        i += 1  // "
        var utf8: [UInt8] = []
        var runStart = i
        while true {
            guard i < bytes.count else { throw failure("unterminated string") }
            let b = bytes[i]
            if b == UInt8(ascii: "\"") {
                if utf8.isEmpty {  // no escape: straight from the input, without a copy to build
                    i += 1
                    return try validated(bytes[runStart..<i - 1])
                }
                utf8 += bytes[runStart..<i]
                i += 1
                break
            }
            if b < 0x20 { throw failure("control character in a string") }
            if b != UInt8(ascii: "\\") {
                i = plainRunEnd(from: i + 1)
                continue
            }
            utf8 += bytes[runStart..<i]
            i += 1
            guard i < bytes.count else { throw failure("unterminated string") }
            let escape = bytes[i]
            i += 1
            switch escape {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): utf8.append(escape)
            case UInt8(ascii: "b"): utf8.append(0x08)
            case UInt8(ascii: "f"): utf8.append(0x0C)
            case UInt8(ascii: "n"): utf8.append(0x0A)
            case UInt8(ascii: "r"): utf8.append(0x0D)
            case UInt8(ascii: "t"): utf8.append(0x09)
            case UInt8(ascii: "u"): UTF8.encode(try unicodeEscape()) { utf8.append($0) }
            default: throw failure("invalid escape")
            }
            runStart = i
        }
        return try validated(utf8[...])
    }

    /// The first index from `start` that holds a quote, a backslash or a control character (or
    /// the end): a string's plain bytes, skipped in a loop with no bounds check and no store to
    /// `i` per byte (byte by byte through `bytes[i]`, reading text fields was 40 instructions a byte).
    @inline(__always)
    private func plainRunEnd(from start: Int) -> Int {
        bytes.withUnsafeBufferPointer { buffer in
            var k = start
            while k < buffer.count {
                let b = buffer[k]
                if b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") || b < 0x20 { break }
                k += 1
            }
            return k
        }
    }

    private func validated(_ utf8: ArraySlice<UInt8>) throws(Failure) -> String {
        let text = utf8.withUnsafeBufferPointer { buffer -> String? in
            // ASCII, the usual case, needs no validation: `String(validating:)` takes a generic
            // path, a fifth of the instructions of reading a NewsMTSC line's strings.
            var any: UInt8 = 0
            for byte in buffer { any |= byte }
            return any < 0x80 ? String(decoding: buffer, as: UTF8.self) : String(validating: buffer, as: UTF8.self)
        }
        guard let text else { throw failure("not valid UTF-8") }
        return text
    }

    /// The scalar of `\uXXXX` (already past `\u`), joining a surrogate pair `\uD83D\uDE00`.
    private mutating func unicodeEscape() throws(Failure) -> Unicode.Scalar {
        let high = try hex4()
        if (0xD800..<0xDC00).contains(high) {
            guard i + 1 < bytes.count, bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == UInt8(ascii: "u") else {
                throw failure("lone surrogate in \\u escape")
            }
            i += 2
            let low = try hex4()
            guard (0xDC00..<0xE000).contains(low) else { throw failure("lone surrogate in \\u escape") }
            return Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))!
        }
        guard let scalar = Unicode.Scalar(high) else { throw failure("lone surrogate in \\u escape") }
        return scalar
    }

    private mutating func hex4() throws(Failure) -> UInt32 {
        guard i + 4 <= bytes.count else { throw failure("unterminated \\u escape") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let b = bytes[i]
            let digit: UInt8
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = b - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = b - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = b - UInt8(ascii: "A") + 10
            default: throw failure("invalid \\u escape")
            }
            value = value << 4 | UInt32(digit)
            i += 1
        }
        return value
    }

    /// Powers of ten that a `Double` holds exactly.
    private static let exactPowersOfTen: [Double] = (0...22).map { exponent in (0..<exponent).reduce(1.0) { value, _ in value * 10 } }

    /// A number of at most 15 digits without an exponent ("-0.375", "42"), read from its digits:
    /// an integer as it is, a decimal as its digits over a power of ten, both exact as `Double`s,
    /// so the one rounded division gives the nearest `Double`, what `Double(text)` gives (Clinger's
    /// fast path); nil for any other number. Lexicon valences are such numbers, and making a
    /// `String` of each to convert was a third of reading a model file.
    private static func exactDecimal(_ text: ArraySlice<UInt8>, isInteger: Bool) -> JSONValue? {
        var mantissa: UInt64 = 0
        var digits = 0
        var fractionDigits = 0
        var inFraction = false
        var negative = false
        for byte in text {
            switch byte {
            case UInt8(ascii: "-"): negative = true
            case UInt8(ascii: "."): inFraction = true
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                digits += 1
                guard digits <= 15 else { return nil }
                mantissa = mantissa * 10 + UInt64(byte - UInt8(ascii: "0"))
                if inFraction { fractionDigits += 1 }
            default: return nil  // an exponent
            }
        }
        if isInteger { return .integer(negative ? -Int(mantissa) : Int(mantissa)) }
        let magnitude = Double(mantissa) / exactPowersOfTen[fractionDigits]
        return .number(negative ? -magnitude : magnitude)
    }

    /// `-?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?`: an integer when it has neither fraction
    /// nor exponent and fits in `Int` (or, above it, in `UInt64`), else a `Double`.
    private mutating func number() throws(Failure) -> JSONValue {
        let start = i
        if bytes[i] == UInt8(ascii: "-") { i += 1 }
        func digits(_ p: inout JSONParser) -> Int {
            let from = p.i
            while p.i < p.bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(p.bytes[p.i]) { p.i += 1 }
            return p.i - from
        }
        let integerDigits = digits(&self)
        guard integerDigits > 0 else { throw failure("invalid number") }
        if integerDigits > 1, bytes[i - integerDigits] == UInt8(ascii: "0") { throw failure("invalid number (leading zero)") }
        var isInteger = true
        if i < bytes.count, bytes[i] == UInt8(ascii: ".") {
            i += 1
            guard digits(&self) > 0 else { throw failure("invalid number") }
            isInteger = false
        }
        if i < bytes.count, bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
            i += 1
            if i < bytes.count, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") { i += 1 }
            guard digits(&self) > 0 else { throw failure("invalid number") }
            isInteger = false
        }
        if let value = Self.exactDecimal(bytes[start..<i], isInteger: isInteger) { return value }
        let text = String(decoding: bytes[start..<i], as: UTF8.self)
        if isInteger, let value = Int(text) { return .integer(value) }
        if isInteger, let value = UInt64(text) { return .unsigned(value) }
        guard let value = Double(text) else { throw failure("invalid number") }
        // As simdjson does: 1e999 is refused rather than read as infinity.
        guard value.isFinite else { throw Failure(message: "number out of range", offset: start) }
        return .number(value)
    }
}
