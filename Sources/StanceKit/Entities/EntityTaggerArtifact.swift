import Foundation
import StanceKitModels

/// The entity tagger's model file: versioned JSON with the feature keys and the weights stored
/// compactly, so a tagger with a few hundred thousand weights stays a few MB.
///
/// Keys are little-endian `UInt64`s and weights little-endian `Int16`s times one scale
/// (max |w| / 32767, a step of about 10⁻⁴ for weights of a few units: far below what moves a
/// tag), both in base64. The trainer quantizes before it measures, so the figures recorded in
/// the file are those of the weights in it. A checksum over keys and weights catches damage.
package enum EntityTaggerArtifact {
    package static let format = "stancekit-entity-tagger"
    package static let formatVersion = 1

    struct Document: Codable, ModelArtifact.VersionedDocument {
        var format: String
        var formatVersion: Int
        var tags: [String]
        var keys: String
        var weightScale: Double
        var weights: String
        var checksum: String
        /// The nested-name classifier (`NestedNames`), stored as the tagger's weights are; absent
        /// from taggers trained on data that marks no nested names.
        var nested: Nested?
        var training: EntityTaggerTrainer.Record
    }

    struct Nested: Codable {
        var classes: [String]
        var keys: String
        var weightScale: Double
        var weights: String
        var checksum: String
    }

    /// Weights rounded to what the file can hold.
    static func quantize(_ weights: [Double]) -> (scale: Double, steps: [Int16]) {
        let largest = weights.reduce(0) { max($0, abs($1)) }
        let scale = largest > 0 ? largest / Double(Int16.max) : 1
        return (scale, weights.map { Int16(($0 / scale).rounded()) })
    }

    package static func encode(_ tagger: EntityTagger) throws -> Data {
        let document = Document(
            format: format, formatVersion: formatVersion, tags: EntityTag.names,
            keys: PackedNumbers.base64(tagger.keys), weightScale: tagger.scale, weights: PackedNumbers.base64(tagger.steps),
            checksum: checksum(tagger.keys, tagger.steps),
            nested: tagger.nested.map {
                Nested(
                    classes: NestedNames.classNames, keys: PackedNumbers.base64($0.keys), weightScale: $0.scale, weights: PackedNumbers.base64($0.steps),
                    checksum: checksum($0.keys, $0.steps))
            },
            training: tagger.training)
        return try ModelArtifact.fileData(document)
    }

    package static func save(_ tagger: EntityTagger, to path: String) throws {
        try TextFile.writeAtomically(try encode(tagger), to: path)
    }

    package static func load(path: String) throws -> EntityTagger {
        try decode(try TextFile.data(of: path), name: path)
    }

    package static func decode(_ data: Data, name: String) throws -> EntityTagger {
        let document = try ModelArtifact.decodeDocument(
            Document.self, from: data, name: name, kind: "entity tagger", format: format, formatVersion: formatVersion)
        guard document.tags == EntityTag.names else {
            throw StanceError.model(file: name, "the tags \(document.tags) are not this tool's (\(EntityTag.names))")
        }
        let (keys, steps) = try unpack(
            keys: document.keys, weights: document.weights, scale: document.weightScale, checksum: document.checksum, classes: EntityTag.names.count,
            name: name, part: "")
        return EntityTagger(
            keys: keys, steps: steps, scale: document.weightScale, nested: try document.nested.map { try decode($0, name: name) }, training: document.training)
    }

    private static func decode(_ nested: Nested, name: String) throws -> NestedNames {
        guard nested.classes == NestedNames.classNames else {
            throw StanceError.model(file: name, "the nested-name classes \(nested.classes) are not this tool's (\(NestedNames.classNames))")
        }
        let (keys, steps) = try unpack(
            keys: nested.keys, weights: nested.weights, scale: nested.weightScale, checksum: nested.checksum, classes: nested.classes.count,
            name: name, part: "nested-name ")
        return NestedNames(keys: keys, steps: steps, scale: nested.weightScale)
    }

    /// Keys and weight steps from their base64 fields, checked: lengths, scale, checksum, key order.
    private static func unpack(
        keys: String, weights: String, scale: Double, checksum stored: String, classes: Int, name: String, part: String
    ) throws -> (keys: [UInt64], steps: [Int16]) {
        guard let keys: [UInt64] = PackedNumbers.values(base64: keys), let steps: [Int16] = PackedNumbers.values(base64: weights),
            steps.count == (keys.count + 1) * classes, scale > 0, ModelArtifact.isPlausible(scale * Double(Int16.max))
        else { throw StanceError.model(file: name, "the \(part)keys or weights are damaged (wrong length or not base64)") }
        guard checksumMatches(stored, checksum(keys, steps)) else {
            throw StanceError.model(file: name, "\(part)checksum mismatch: the file was changed or damaged after it was written")
        }
        guard zip(keys, keys.dropFirst()).allSatisfy({ $0 < $1 }) else {
            throw StanceError.model(file: name, "the \(part.isEmpty ? "feature " : part)keys are not sorted")
        }
        return (keys, steps)
    }

    /// The tagger shipped inside the package (trained on GUM, see models/).
    package static func loadDefault() throws -> EntityTagger {
        let name = "built-in entity tagger \(DefaultModel.entityTaggerName)"
        guard let url = DefaultModel.entityTaggerURL, let data = FileManager.default.contents(atPath: url.path) else {
            throw StanceError.model(file: name, "missing from the package resources; rebuild the package")
        }
        return try decode(data, name: name)
    }

    /// The built-in tagger, loaded once per process. The file is part of the package, so a
    /// failure here is a broken build, not bad input.
    package static let builtIn: EntityTagger = {
        do { return try loadDefault() } catch { fatalError("\(error)") }
    }()

    static func checksum(_ keys: [UInt64], _ steps: [Int16]) -> String {
        var hash = FNV1a()
        for key in keys { hash.add(key) }
        for step in steps { hash.add(UInt64(UInt16(bitPattern: step))) }
        return String(hash.value, radix: 16)
    }
}
