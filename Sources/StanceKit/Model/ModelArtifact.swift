import Foundation
import StanceKitModels

/// The model file: one self-describing, versioned JSON document.
///
/// It holds the labels, the full pipeline spec, the lexicon entries the features use (so
/// scoring needs no lexicon file), the feature space, the weights and the training record.
/// Keys are sorted, the long arrays (vocabulary keys, IDF, weights) packed as base64 of their bits
/// and other numbers written in shortest round-trip form, so the same training gives the same bytes. A checksum over the learned numbers catches
/// files edited or damaged after writing.
package enum ModelArtifact {
    package static let format = "stancekit-model"
    /// 2: keys, IDF and weights packed (`PackedNumbers`); version 1 files (decimal arrays) still load.
    package static let formatVersion = 2

    /// What every model file's document starts with.
    protocol VersionedDocument: Decodable {
        var format: String { get }
        var formatVersion: Int { get }
    }

    struct Header: Codable {
        var format: String?
        var formatVersion: Int?
    }

    struct Document: Codable {
        var format: String
        var formatVersion: Int
        var checksum: String
        var pipeline: PipelineSpec
        var lexicons: [SentimentLexicon]
        var featureSpace: FeatureSpace
        var featureSpaceBuilder: FeatureSpaceBuilder
        var classifier: LogisticRegressionModel
        var hyperparameters: LogisticRegression
        var training: TrainingInfo
    }

    package static func encode(_ model: StanceModel) throws -> Data {
        let document = Document(
            format: format, formatVersion: formatVersion,
            checksum: checksum(space: model.space, classifier: model.classifier),
            pipeline: model.pipeline.spec, lexicons: model.pipeline.lexicons,
            featureSpace: model.space, featureSpaceBuilder: model.spaceBuilder, classifier: model.classifier,
            hyperparameters: model.hyperparameters, training: model.training)
        return try fileData(document)
    }

    /// A model file's bytes: sorted keys, shortest round-trip numbers, a final newline; the
    /// same document always gives the same bytes. Shared by every model file format.
    static func fileData<T: Encodable>(_ document: T) throws -> Data {
        let encoder = JSONEncoder()
        // Slashes unescaped: base64 is full of them, and an escaped string is decoded piece by piece.
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(document)
        data.append(0x0A)
        return data
    }

    /// A versioned document of another model file (entity tagger, pronoun resolver), decoded
    /// and checked to be `kind`'s format in a version this tool reads; `kind` names it in errors.
    static func decodeDocument<D: VersionedDocument>(_: D.Type, from data: Data, name: String, kind: String, format: String, formatVersion: Int) throws -> D {
        let file = ("aeiou".contains(kind.prefix(1)) ? "an " : "a ") + kind + " file"
        let document: D
        do {
            document = try JSONValueDecoder.decode(D.self, from: Array(data))
        } catch let error as JSONParser.Failure {
            throw StanceError.model(file: name, "not \(file) (not valid JSON: \(error.located))")
        } catch let error as DecodingError {
            throw StanceError.model(file: name, "not \(file) (\(error.summary))")
        }
        guard document.format == format else { throw StanceError.model(file: name, "not \(file) (format \(document.format))") }
        guard document.formatVersion <= formatVersion else {
            throw StanceError.model(file: name, "\(kind) format version \(document.formatVersion) is newer than this tool's (\(formatVersion)); upgrade StanceKit")
        }
        return document
    }

    /// Writes the model through a temporary file and a rename: never a partial file.
    package static func save(_ model: StanceModel, to path: String) throws {
        try TextFile.writeAtomically(try encode(model), to: path)
    }

    package static func load(path: String) throws -> StanceModel {
        try decode(try TextFile.data(of: path), name: path)
    }

    package static func decode(_ data: Data, name: String) throws -> StanceModel {
        // One parse of the whole file (the header is read again from the parsed tree only to
        // say why a file is not a model).
        let tree: JSONValue
        do {
            tree = try JSONParser.parse(Array(data))
        } catch {
            throw notJSON(name, error)
        }
        let document: Document
        do {
            document = try JSONValueDecoder.decode(Document.self, from: tree)
        } catch let error {
            try checkHeader(try? JSONValueDecoder.decode(Header.self, from: tree), name: name)
            guard let error = error as? DecodingError else { throw error }
            throw StanceError.model(file: name, "corrupt model: \(error.summary)")
        }
        try checkHeader(Header(format: document.format, formatVersion: document.formatVersion), name: name)
        guard document.classifier.weights.count == (document.featureSpace.sparseColumns + document.featureSpace.denseCount + 1) * document.classifier.classes.count,
            document.classifier.sparseColumns == document.featureSpace.sparseColumns,
            document.classifier.denseColumns == document.featureSpace.denseCount
        else {
            throw StanceError.model(file: name, "corrupt model: the weights do not match the feature space")
        }
        guard document.classifier.weights.allSatisfy(Self.isPlausible), document.featureSpace.idf.allSatisfy(Self.isPlausible) else {
            throw StanceError.model(file: name, "corrupt model: a weight or IDF is not a finite number of a plausible size")
        }
        guard document.lexicons.allSatisfy({ $0.entries.values.allSatisfy { (-1...1).contains($0) } }) else {
            throw StanceError.model(file: name, "corrupt model: a lexicon valence lies outside −1…1")
        }
        guard checksumMatches(document.checksum, checksum(space: document.featureSpace, classifier: document.classifier)) else {
            throw StanceError.model(file: name, "corrupt model: checksum mismatch (the file was changed after training)")
        }
        let pipeline = try FeaturePipeline(spec: document.pipeline, lexicons: document.lexicons)
        guard document.featureSpace.isConsistent, document.featureSpace.weightings.count == pipeline.blockCount,
            pipeline.denseNames.count == document.featureSpace.denseCount
        else {
            throw StanceError.model(file: name, "corrupt model: the pipeline does not match the feature space")
        }
        return StanceModel(
            pipeline: pipeline, space: document.featureSpace, spaceBuilder: document.featureSpaceBuilder, classifier: document.classifier,
            hyperparameters: document.hyperparameters, training: document.training)
    }


    /// The largest weight or IDF a model file may hold. Trained ones stay below 100 (the built-in
    /// model's below 30); past 10⁶ the sums and squares of a row could overflow to infinity and
    /// make the probabilities NaN (found by `make fuzz`).
    static let maximumMagnitude = 1e6

    static func isPlausible(_ value: Double) -> Bool { value.isFinite && abs(value) <= maximumMagnitude }

    private static func notJSON(_ name: String, _ failure: JSONParser.Failure) -> StanceError {
        StanceError.model(file: name, "not a StanceKit model: the file is not valid JSON (\(failure.located); truncated or corrupt?)")
    }

    /// Throws unless `header` (nil: not an object with a header) is a model's in a version this tool reads.
    private static func checkHeader(_ header: Header?, name: String) throws {
        guard let header, header.format == format else {
            throw StanceError.model(file: name, "not a StanceKit model (no \"format\": \"\(format)\")")
        }
        guard let version = header.formatVersion, version <= formatVersion else {
            throw StanceError.model(file: name, "model format version \(header.formatVersion.map(String.init) ?? "?") is newer than this stance reads (\(formatVersion)); upgrade StanceKit")
        }
    }

    /// FNV-1a 64 over the bit patterns of every learned number and key.
    static func checksum(space: FeatureSpace, classifier: LogisticRegressionModel) -> String {
        var hash = FNV1a()
        func add(_ value: UInt64) { hash.add(value) }
        if case .vocabulary(let keys) = space.mapping { keys.forEach(add) }
        space.idf.forEach { add($0.bitPattern) }
        classifier.weights.forEach { add($0.bitPattern) }
        classifier.classes.forEach { add(TokenKey.of($0)) }
        return String(hash.value, radix: 16)
    }

    /// The model shipped inside the package (trained on NewsMTSC, see models/).
    package static func loadDefault() throws -> StanceModel {
        let (data, name) = try builtInFile()
        return try decode(data, name: name)
    }

    /// The built-in model's lexicons alone, for `stance train --lexicon builtin`: its feature
    /// space, weights and checks are not decoded (they were a tenth of that command's time).
    package static func builtInLexicons() throws -> [SentimentLexicon] {
        struct Lexicons: Decodable { var lexicons: [SentimentLexicon] }
        let (data, name) = try builtInFile()
        do {
            return try JSONValueDecoder.decode(Lexicons.self, from: Array(data)).lexicons
        } catch {
            throw StanceError.model(file: name, "its lexicons do not load (\(error)); rebuild the package")
        }
    }

    /// The built-in model file's bytes, and the name errors give it.
    private static func builtInFile() throws -> (Data, String) {
        let name = "built-in model \(DefaultModel.name)"
        guard let url = DefaultModel.url, let data = FileManager.default.contents(atPath: url.path) else {
            throw StanceError.model(file: name, "missing from the package resources; rebuild the package, or load a model file")
        }
        return (data, name)
    }
}
