/// The rules every JSONL input shares, training data and articles alike: a line of only
/// spaces, tabs or a carriage return is skipped; every other line is one JSON object, read by
/// `JSONParser`; an error names the file and the line, and says when the bytes are not UTF-8.
enum JSONLines {
    static func isBlank(_ bytes: [UInt8]) -> Bool {
        bytes.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
    }

    /// The fields of the JSON object on line `line` of `file`.
    static func object(_ bytes: [UInt8], file: String, line: Int) throws -> [String: JSONValue] {
        guard case .object(let fields) = try parsed(bytes, file: file, line: line, JSONParser.parse) else {
            throw StanceError.input(file: file, line: line, "expected a JSON object")
        }
        return fields
    }

    /// The values of `names` in the JSON object on line `line` of `file` (`JSONParser.fields`).
    static func fields(_ bytes: [UInt8], _ names: JSONParser.FieldNames, file: String, line: Int) throws -> [JSONValue?] {
        guard let values = try parsed(bytes, file: file, line: line, { bytes throws(JSONParser.Failure) in try JSONParser.fields(bytes, names) }) else {
            throw StanceError.input(file: file, line: line, "expected a JSON object")
        }
        return values
    }

    private static func parsed<T>(_ bytes: [UInt8], file: String, line: Int, _ parse: ([UInt8]) throws(JSONParser.Failure) -> T) throws -> T {
        do {
            return try parse(bytes)
        } catch {
            // A line the parser accepts is valid UTF-8 (it checks every string, and all else must
            // be ASCII), so the encoding is checked only to name the failure.
            if String(validating: bytes, as: UTF8.self) == nil { throw StanceError.input(file: file, line: line, TextFile.notUTF8(bytes)) }
            throw StanceError.input(file: file, line: line, "not valid JSON (\(error.located))")
        }
    }
}
