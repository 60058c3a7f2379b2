import Foundation
import Testing
@testable import StanceKit

@Suite("JSONValueDecoder")
struct JSONValueDecoderTests {
    struct Inner: Codable, Equatable {
        var name: String
        var weights: [Double]
    }

    enum Mapping: Codable, Equatable {
        case vocabulary(keys: [UInt64])
        case hashing(bits: Int)
    }

    struct Document: Codable, Equatable {
        var keys: [UInt64]
        var entries: [String: Double]
        var counts: [String: Int]
        var inner: [Inner]
        var mapping: Mapping
        var flag: Bool
        var small: Int8
        var ratio: Float
        var note: String?
        var missing: Int?
    }

    func decode<T: Decodable>(_: T.Type, _ text: String) throws -> T { try JSONValueDecoder.decode(T.self, from: Array(text.utf8)) }

    @Test("decodes what JSONDecoder decodes, to the same values: 64-bit keys above Int.max, shortest-form doubles, dictionaries, enums, optionals")
    func sameAsFoundation() throws {
        let document = Document(
            keys: [0, 1, UInt64(Int.max), UInt64(Int.max) + 1, .max], entries: ["good": 0.1, "bad": -0.375, "x": 3],
            counts: ["a": 1], inner: [Inner(name: "n", weights: [0.30000000000000004, -1e-300, 2.5e300])],
            mapping: .vocabulary(keys: [12_129_919_973_513_514, 17_000_000_000_000_000_000]), flag: true, small: -128,
            ratio: 0.25, note: nil, missing: nil)
        let data = try JSONEncoder().encode(document)
        let text = String(decoding: data, as: UTF8.self)
        #expect(try decode(Document.self, text) == document)
        #expect(try decode(Document.self, text) == JSONDecoder().decode(Document.self, from: data))
        #expect(try decode(Mapping.self, #"{"hashing": {"bits": 3.0}}"#) == .hashing(bits: 3), "an integral decimal is an integer")
    }

    /// The error `decode` throws, described as the model loader does (kind and coding path).
    func error(_ text: String) -> String {
        do {
            _ = try decode(Document.self, text)
            return "no error"
        } catch DecodingError.keyNotFound(let key, let context) {
            return "missing \(key.stringValue) at \(context.codingPath.map(\.stringValue))"
        } catch DecodingError.typeMismatch(_, let context) {
            return "type at \(context.codingPath.map(\.stringValue))"
        } catch DecodingError.valueNotFound(_, let context) {
            return "null at \(context.codingPath.map(\.stringValue))"
        } catch {
            return "other: \(error)"
        }
    }

    @Test("errors name the key and where it is, as JSONDecoder's do")
    func errors() {
        let valid = #""entries": {"a": 1}, "counts": {}, "inner": [{"name": "n", "weights": [1]}], "mapping": {"hashing": {"bits": 2}}, "flag": false, "small": 1, "ratio": 1"#
        #expect(error(#"{"keys": [1], \#(valid)}"#) == "no error")
        #expect(error(#"{\#(valid)}"#) == "missing keys at []")
        #expect(error(#"{"keys": [1, -1], \#(valid)}"#) == "type at [\"keys\", \"Index 1\"]", "a negative key is no UInt64")
        #expect(error(#"{"keys": [1.5], \#(valid)}"#) == "type at [\"keys\", \"Index 0\"]")
        #expect(error(#"{"keys": null, \#(valid)}"#) == "null at [\"keys\"]")
        #expect(error(#"{"keys": [1], \#(valid.replacingOccurrences(of: #""small": 1"#, with: #""small": 300"#))}"#) == "type at [\"small\"]", "300 does not fit Int8")
        #expect(error(#"{"keys": [1], \#(valid.replacingOccurrences(of: #"{"a": 1}"#, with: #"{"a": "x"}"#))}"#) == "type at [\"entries\", \"a\"]")
        #expect(error(#"{"keys": [1], \#(valid.replacingOccurrences(of: #""name": "n", "#, with: ""))}"#) == "missing name at [\"inner\", \"Index 0\"]")
        #expect(throws: JSONParser.Failure.self) { try decode(Document.self, #"{"keys": [1"#) }
    }
}
