/// Any JSON value, decoded with its type kept (Foundation's `JSONSerialization` on Linux cannot
/// tell `0` from `false`, which matters for offsets and labels).
package enum JSONValue: Decodable, Sendable, Equatable {
    case string(String)
    case integer(Int)
    /// An integer above `Int.max` that fits in 64 bits: model files hold hashed keys in full.
    case unsigned(UInt64)
    case number(Double)
    case bool(Bool)
    case array([JSONValue])
    case object([String: JSONValue])
    case null

    /// Through `Decodable` (for fields of `Codable` types such as an article's "id"); tries
    /// strings and integers first, the usual types there, since every failed attempt builds a
    /// `DecodingError`. Dataset lines are read by the faster `JSONParser`.
    package init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode(Int.self) {
            self = .integer(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode([String: JSONValue].self) {
            self = .object(value)
        } else {
            self = .array(try container.decode([JSONValue].self))
        }
    }

    package var string: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    /// An integer, also from a number with no fractional part (`3.0`).
    package var integer: Int? {
        switch self {
        case .integer(let i): return i
        case .number(let d) where d == d.rounded() && abs(d) < 1e15: return Int(d)
        default: return nil
        }
    }

    /// A number, integer or not (`0` and `0.5` alike).
    package var double: Double? {
        switch self {
        case .integer(let i): return Double(i)
        case .unsigned(let u): return Double(u)
        case .number(let d): return d
        default: return nil
        }
    }

    /// Text for an identifier field, whatever its JSON type.
    package var text: String? {
        switch self {
        case .string(let s): return s
        case .integer(let i): return String(i)
        case .unsigned(let u): return String(u)
        case .number(let d): return String(d)
        case .bool(let b): return String(b)
        default: return nil
        }
    }
}
