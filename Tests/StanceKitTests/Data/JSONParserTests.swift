import Foundation
import Testing
@testable import StanceKit

@Suite("JSONParser")
struct JSONParserTests {
    func parse(_ text: String) throws(JSONParser.Failure) -> JSONValue { try JSONParser.parse(Array(text.utf8)) }

    func failure(_ text: String) -> String? {
        do {
            _ = try parse(text)
            return nil
        } catch {
            return error.message
        }
    }

    @Test("objects, arrays and every scalar type, with integers kept apart from decimals and booleans")
    func values() throws {
        let value = try parse(#" {"a": [1, -2, 0, 3.5, -1e2, 2E+1, true, false, null], "b": {}, "c": [], "d": "x"} "#)
        #expect(value == .object([
            "a": .array([.integer(1), .integer(-2), .integer(0), .number(3.5), .number(-100), .number(20), .bool(true), .bool(false), .null]),
            "b": .object([:]), "c": .array([]), "d": .string("x"),
        ]))
        #expect(try parse("12345678901234567890") == .unsigned(12345678901234567890), "above Int.max: kept whole as UInt64")
        #expect(try parse("18446744073709551616") == .number(18446744073709551616), "above UInt64.max: a Double")
        #expect(try parse("-9223372036854775809") == .number(-9223372036854775809), "below Int.min: a Double")
    }

    @Test("decimals read from their digits are the Double that Double(text) reads, bit for bit")
    func decimals() throws {
        var generator = SplitMix(seed: 29)
        var texts = ["0.1", "-0.375", "0.000000000000001", "123456789012.345", "-0.0", "9007199254740.993", "1.7976931348623"]
        for _ in 0..<20_000 {
            let digits = String((0..<Int.random(in: 1...15, using: &generator)).map { _ in "0123456789".randomElement(using: &generator)! })
            let point = Int.random(in: 1...digits.count, using: &generator)
            let integer = String(digits.prefix(point)).drop { $0 == "0" }
            let decimal = (integer.isEmpty ? "0" : String(integer)) + (point < digits.count ? "." + digits.dropFirst(point) : ".5")
            texts.append((Bool.random(using: &generator) ? "-" : "") + decimal)  // "0.5", "-123.4507", …
        }
        for text in texts {
            guard case .number(let value) = try parse(text) else {
                Issue.record("\(text) is not a decimal")
                continue
            }
            #expect(value.bitPattern == Double(text)!.bitPattern, "\(text)")
        }
        #expect(try parse("-0") == .integer(0))
        #expect(try parse("-123456789012345") == .integer(-123456789012345))
    }

    @Test("string escapes, \\u escapes with surrogate pairs, and raw UTF-8")
    func strings() throws {
        #expect(try parse(#""q\" b\\ s\/ \b\f\n\r\t""#) == .string("q\" b\\ s/ \u{08}\u{0C}\n\r\t"))
        #expect(try parse(#""\u00fc \uD83D\uDE00 \u0041""#) == .string("ü 😀 A"))
        #expect(try parse(#""Müller 🇩🇪 “quoted”""#) == .string("Müller 🇩🇪 “quoted”"))
        // The same as Foundation's decoder, on a line with every kind of escape.
        let line = #"{"s": "a\"b\\c\/d\u00e9\uD834\uDD1E\t", "n": -0.25, "i": 42}"#
        let foundation = try JSONDecoder().decode([String: JSONValue].self, from: Data(line.utf8))
        #expect(try parse(line) == .object(foundation))
    }

    @Test("malformed text is refused with a reason", arguments: [
        ("", "unexpected end of text"),
        ("{oops", "expected a key in quotes"),
        (#"{"a" 1}"#, "expected ':'"),
        (#"{"a": 1 "b": 2}"#, "expected ',' or '}'"),
        ("[1 2]", "expected ',' or ']'"),
        (#"{"a": 1} x"#, "unexpected text after the value"),
        (#""abc"#, "unterminated string"),
        (#""a\qb""#, "invalid escape"),
        (#""\uD83D x""#, "lone surrogate in \\u escape"),
        (#""\u12G4""#, "invalid \\u escape"),
        ("\"tab\there\"", "control character in a string"),
        ("01", "invalid number (leading zero)"),
        ("1.", "invalid number"),
        ("-", "invalid number"),
        ("[1e999]", "number out of range"),
        ("-1e400", "number out of range"),
        ("1e", "invalid number"),
        ("tru", "unexpected end of text"),
        ("nul!", "unexpected character"),
        ("{\"a\": 1,}", "expected a key in quotes"),
    ])
    func malformed(text: String, reason: String) {
        #expect(failure(text) == reason)
    }

    @Test("deep nesting is refused, not a stack overflow")
    func depth() {
        #expect(failure(String(repeating: "[", count: 100_000)) == "nested too deeply")
        #expect(failure(String(repeating: "[", count: 100) + String(repeating: "]", count: 100)) == nil)
    }

    @Test("selected fields: the named values only, the last of a repeated key, the rest checked and dropped")
    func selectedFields() throws {
        let names = JSONParser.FieldNames(["text", "from", "id"])
        func fields(_ text: String) throws(JSONParser.Failure) -> [JSONValue?]? { try JSONParser.fields(Array(text.utf8), names) }
        let line = #" {"id": 1, "skip": {"deep": [1, {"x": "y"}]}, "text": "a\"b", "\u0066rom": 3, "id": "z"} "#
        #expect(try fields(line) == [.string("a\"b"), .integer(3), .string("z")])
        #expect(try fields(#"{"from": 0}"#) == [nil, .integer(0), nil])
        #expect(try fields("[1, 2]") == nil, "valid JSON, but not an object")
        // Every error the full parser reports, in the values dropped too.
        for (text, reason) in [(#"{"skip": [1 2], "text": "a"}"#, "expected ',' or ']'"), (#"{"text": "a"} x"#, "unexpected text after the value"),
                               ("{\"sk\tip\": 1}", "control character in a string"), (#"{"a": 1,}"#, "expected a key in quotes")] {
            #expect(throws: JSONParser.Failure.self) { try fields(text) }
            #expect(failure(text) == reason)
            do { _ = try fields(text) } catch { #expect(error.message == reason) }
        }
        #expect(throws: JSONParser.Failure.self) { try JSONParser.fields([0x7B, 0x22, 0xFF, 0x22, 0x3A, 0x31, 0x7D], names) }
    }

    @Test("invalid UTF-8 inside a string is refused")
    func invalidUTF8() {
        #expect(throws: JSONParser.Failure.self) { try JSONParser.parse([0x22, 0xFF, 0x22]) }
    }
}
