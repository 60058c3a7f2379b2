import Foundation

/// Decodes any `Decodable` from a `JSONValue` parsed by `JSONParser`: the model files' reader.
///
/// Why not Foundation's `JSONDecoder`: the built-in stance model holds two lexicons of about
/// 7,000 words each, decoded as dictionaries, and `JSONDecoder` took about half of the 80 ms
/// that `stance predict --text` took here; parsing the bytes once with `JSONParser` and walking
/// the tree (scalars and `[String: Double]` without dynamic casts) brought the whole start to
/// 49 ms. Errors are the `DecodingError`s `JSONDecoder` throws (missing key, wrong type, null),
/// with their coding paths, so messages keep their form.
package enum JSONValueDecoder {
    /// `T` from UTF-8 JSON `bytes`; a syntax error throws `JSONParser.Failure`.
    package static func decode<T: Decodable>(_: T.Type, from bytes: [UInt8]) throws -> T {
        try decode(T.self, from: try JSONParser.parse(bytes))
    }

    package static func decode<T: Decodable>(_: T.Type, from value: JSONValue) throws -> T {
        try T(from: ValueDecoder(value: value, codingPath: []))
    }
}

/// One value and where it sits in the document.
private struct ValueDecoder: Decoder {
    let value: JSONValue
    let codingPath: [CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy _: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case .object(let fields) = value else { throw mismatch([String: Any].self, value, codingPath) }
        return KeyedDecodingContainer(KeyedContainer<Key>(fields: fields, codingPath: codingPath))
    }

    func unkeyedContainer() throws -> UnkeyedDecodingContainer {
        guard case .array(let elements) = value else { throw mismatch([Any].self, value, codingPath) }
        return UnkeyedContainer(elements: elements, codingPath: codingPath)
    }

    func singleValueContainer() throws -> SingleValueDecodingContainer { SingleValue(value: value, codingPath: codingPath) }
}

/// The `DecodingError` for `value` found where a `type` was expected.
private func mismatch(_ type: Any.Type, _ value: JSONValue, _ path: [CodingKey]) -> DecodingError {
    if value == .null {
        return .valueNotFound(type, .init(codingPath: path, debugDescription: "Expected \(type) value but found null instead."))
    }
    return .typeMismatch(type, .init(codingPath: path, debugDescription: "Expected to decode \(type) but found another kind of value."))
}

/// The scalar of `value` as `T` (a `Bool`, `Float` or fixed-width integer; `decodeValue` reads
/// `Double` and `String` itself): numbers convert only where exact (3.0 is an `Int`, 3.5 is not).
private func scalar<T: Decodable>(_: T.Type, _ value: JSONValue, _ path: [CodingKey]) throws -> T {
    let result: Any?
    switch (value, T.self) {
    case (.bool(let b), is Bool.Type): result = b
    // Through `Double`: rounding twice can miss the nearest `Float` by one unit in rare cases.
    case (.integer, is Float.Type), (.unsigned, is Float.Type), (.number, is Float.Type): result = value.double.map { Float($0) }
    case (.integer, _), (.unsigned, _), (.number, _): result = integer(T.self, value)
    default: result = nil
    }
    guard let typed = result as? T else { throw mismatch(T.self, value, path) }
    return typed
}

/// An integral `value` as the fixed-width integer type `T`, when it fits.
private func integer<T>(_: T.Type, _ value: JSONValue) -> Any? {
    guard let integerType = T.self as? any FixedWidthInteger.Type else { return nil }
    switch value {
    case .integer(let i): return integerType.init(exactly: i)
    case .unsigned(let u): return integerType.init(exactly: u)
    case .number(let d): return integerType.init(exactly: d)
    default: return nil
    }
}

/// Decodes `T`: a scalar directly, anything else through its own `init(from:)`. The types a
/// model file is made of are tested first by identity, which costs nothing, where a dynamic
/// cast costs a protocol-conformance look-up per value (a lexicon has 7,000).
private func decodeValue<T: Decodable>(_: T.Type, _ value: JSONValue, _ path: [CodingKey]) throws -> T {
    if T.self == Double.self {
        guard let d = value.double else { throw mismatch(T.self, value, path) }
        return unsafeBitCast(d, to: T.self)
    }
    if T.self == String.self {
        guard case .string(let s) = value else { throw mismatch(T.self, value, path) }
        return unsafeBitCast(s, to: T.self)
    }
    if T.self == [String: Double].self, case .object(let fields) = value {
        var entries = [String: Double](minimumCapacity: fields.count)
        for (key, field) in fields {
            guard let d = field.double else { throw mismatch(Double.self, field, path + [DictionaryKey(key)]) }
            entries[key] = d
        }
        return unsafeBitCast(entries, to: T.self)
    }
    if scalarTypes.contains(ObjectIdentifier(T.self)) { return try scalar(T.self, value, path) }
    return try T(from: ValueDecoder(value: value, codingPath: path))
}

/// The types `scalar` reads, compared by identity: asking whether a type conforms to
/// `FixedWidthInteger` made the runtime scan every conformance record of the process the first
/// time for each type that does not: 9 million instructions of every start that reads a model.
private let scalarTypes: Set<ObjectIdentifier> = Set(
    ([Bool.self, Float.self, Int.self, Int8.self, Int16.self, Int32.self, Int64.self,
      UInt.self, UInt8.self, UInt16.self, UInt32.self, UInt64.self] as [Any.Type]).map(ObjectIdentifier.init))

/// A dictionary's key in a coding path.
private struct DictionaryKey: CodingKey {
    let stringValue: String
    init(_ key: String) { stringValue = key }
    init?(stringValue: String) { self.stringValue = stringValue }
    var intValue: Int? { nil }
    init?(intValue _: Int) { nil }
}

private struct KeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let fields: [String: JSONValue]
    let codingPath: [CodingKey]

    var allKeys: [Key] { fields.keys.compactMap { Key(stringValue: $0) } }

    func contains(_ key: Key) -> Bool { fields[key.stringValue] != nil }

    private func field(_ key: Key) throws -> JSONValue {
        guard let value = fields[key.stringValue] else {
            throw DecodingError.keyNotFound(key, .init(codingPath: codingPath, debugDescription: "No value for key \(key.stringValue)."))
        }
        return value
    }

    func decodeNil(forKey key: Key) throws -> Bool { try field(key) == .null }

    func decode<T: Decodable>(_: T.Type, forKey key: Key) throws -> T {
        try decodeValue(T.self, try field(key), codingPath + [key])
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy _: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        try ValueDecoder(value: try field(key), codingPath: codingPath + [key]).container(keyedBy: NestedKey.self)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> UnkeyedDecodingContainer {
        try ValueDecoder(value: try field(key), codingPath: codingPath + [key]).unkeyedContainer()
    }

    func superDecoder() throws -> Decoder { ValueDecoder(value: .object(fields), codingPath: codingPath) }

    func superDecoder(forKey key: Key) throws -> Decoder { ValueDecoder(value: try field(key), codingPath: codingPath + [key]) }
}

private struct UnkeyedContainer: UnkeyedDecodingContainer {
    let elements: [JSONValue]
    let codingPath: [CodingKey]
    private(set) var currentIndex = 0

    init(elements: [JSONValue], codingPath: [CodingKey]) {
        self.elements = elements
        self.codingPath = codingPath
    }

    var count: Int? { elements.count }
    var isAtEnd: Bool { currentIndex >= elements.count }

    private struct Index: CodingKey {
        let intValue: Int?
        var stringValue: String { "Index \(intValue!)" }
        init(_ index: Int) { intValue = index }
        init?(stringValue _: String) { nil }
        init?(intValue: Int) { self.intValue = intValue }
    }

    private var path: [CodingKey] { codingPath + [Index(currentIndex)] }

    private mutating func next<T>(_ read: (JSONValue, [CodingKey]) throws -> T) throws -> T {
        guard !isAtEnd else {
            throw DecodingError.valueNotFound(T.self, .init(codingPath: path, debugDescription: "Unkeyed container is at end."))
        }
        let value = try read(elements[currentIndex], path)
        currentIndex += 1
        return value
    }

    mutating func decodeNil() throws -> Bool {
        guard !isAtEnd, elements[currentIndex] == .null else { return false }
        currentIndex += 1
        return true
    }

    mutating func decode<T: Decodable>(_: T.Type) throws -> T { try next { try decodeValue(T.self, $0, $1) } }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy _: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        try next { try ValueDecoder(value: $0, codingPath: $1).container(keyedBy: NestedKey.self) }
    }

    mutating func nestedUnkeyedContainer() throws -> UnkeyedDecodingContainer {
        try next { try ValueDecoder(value: $0, codingPath: $1).unkeyedContainer() }
    }

    mutating func superDecoder() throws -> Decoder { try next { ValueDecoder(value: $0, codingPath: $1) } }
}

private struct SingleValue: SingleValueDecodingContainer {
    let value: JSONValue
    let codingPath: [CodingKey]

    func decodeNil() -> Bool { value == .null }

    func decode<T: Decodable>(_: T.Type) throws -> T { try decodeValue(T.self, value, codingPath) }
}
