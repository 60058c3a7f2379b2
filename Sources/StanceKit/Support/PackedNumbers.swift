import Foundation

/// A number that model files store by its bit pattern (`PackedNumbers`).
package protocol PackedNumber: Codable {
    associatedtype Bits: FixedWidthInteger
    var packedBits: Bits { get }
    init(packedBits: Bits)
}

extension UInt64: PackedNumber {
    package var packedBits: UInt64 { self }
    package init(packedBits: UInt64) { self = packedBits }
}

extension Int16: PackedNumber {
    package var packedBits: Int16 { self }
    package init(packedBits: Int16) { self = packedBits }
}

extension Double: PackedNumber {
    package var packedBits: UInt64 { bitPattern }
    package init(packedBits: UInt64) { self.init(bitPattern: packedBits) }
}

/// Long arrays of numbers in model files, as the base64 of their little-endian bit patterns:
/// exact to the bit, about half the size of decimals, and read without parsing a number each
/// (the built-in model's 46,000 weights as decimals took most of a process's start-up).
package enum PackedNumbers {
    package static func base64<T: PackedNumber>(_ values: [T]) -> String {
        values.map { $0.packedBits.littleEndian }.withUnsafeBytes { Data($0).base64EncodedString() }
    }

    /// The values of `base64(_:)`'s text; nil if it is not base64 or not a whole number of values.
    package static func values<T: PackedNumber>(base64 text: String) -> [T]? {
        guard let data = Data(base64Encoded: text), data.count % MemoryLayout<T.Bits>.size == 0 else { return nil }
        return data.withUnsafeBytes { raw in
            (0..<data.count / MemoryLayout<T.Bits>.size).map { i in
                T(packedBits: T.Bits(littleEndian: raw.loadUnaligned(fromByteOffset: i * MemoryLayout<T.Bits>.size, as: T.Bits.self)))
            }
        }
    }
}

extension KeyedEncodingContainer {
    /// Writes `values` packed (`PackedNumbers`).
    package mutating func encodePacked<T: PackedNumber>(_ values: [T], forKey key: Key) throws {
        try encode(PackedNumbers.base64(values), forKey: key)
    }
}

extension KeyedDecodingContainer {
    /// Reads an array written by `encodePacked`, or written as a JSON array of numbers (as model
    /// files of format version 1 have them).
    package func decodePacked<T: PackedNumber>(_: [T].Type, forKey key: Key) throws -> [T] {
        guard let text = try? decode(String.self, forKey: key) else { return try decode([T].self, forKey: key) }
        guard let values: [T] = PackedNumbers.values(base64: text) else {
            throw DecodingError.dataCorruptedError(forKey: key, in: self, debugDescription: "not base64 of \(T.self) values")
        }
        return values
    }
}
