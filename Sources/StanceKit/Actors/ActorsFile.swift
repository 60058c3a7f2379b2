import Foundation
import Yams

/// Reads the user's actors: YAML (`.yaml`/`.yml`) or JSON, a list of `{name, type?, aliases?}`.
/// They add to, and take precedence over, the built-in table of countries and blocs.
///
/// ```yaml
/// - name: Dmitry Peskov
///   type: person
///   aliases: [Peskov, Kremlin spokesman]
/// ```
public enum ActorsFile {
    struct Entry: Decodable {
        var name: String
        var type: String?
        var aliases: [String]?
    }

    /// The actors listed in a YAML or JSON file (the format above); throws naming the file.
    public static func load(_ path: String) throws -> [Actor] {
        try parse(TextFile.string(of: path), file: path)
    }

    /// The actors listed in `text`, read as YAML when `file`'s name says so, else as JSON; errors name `file`.
    package static func parse(_ text: String, file path: String) throws -> [Actor] {
        let isYAML = path.lowercased().hasSuffix(".yaml") || path.lowercased().hasSuffix(".yml")
        let entries: [Entry]
        do {
            entries = isYAML ? try YAMLDecoder().decode([Entry].self, from: text) : try JSONDecoder().decode([Entry].self, from: Data(text.utf8))
        } catch let DecodingError.keyNotFound(key, context) {
            throw StanceError.input(file: path, line: nil, "actor \(context.pathDescription) has no \"\(key.stringValue)\"")
        } catch let DecodingError.typeMismatch(_, context) {
            throw StanceError.input(file: path, line: nil, "\(context.pathDescription): wrong type (expected name: text, type: text, aliases: a list of text)")
        } catch let error as YamlError {
            throw StanceError.input(file: path, line: yamlLine(error), "not valid YAML")
        } catch let DecodingError.dataCorrupted(context) where context.underlyingError is YamlError {
            throw StanceError.input(file: path, line: yamlLine(context.underlyingError as! YamlError), "not valid YAML")
        } catch {
            throw StanceError.input(file: path, line: nil, "not a list of actors ({name, type, aliases}) in \(isYAML ? "YAML" : "JSON")")
        }
        return try entries.enumerated().map { i, entry in
            let type = try entry.type.map { name in
                try Actor.Kind(rawValue: name).orThrow(StanceError.input(
                    file: path, line: nil,
                    "actor [\(i)] \"\(entry.name)\": unknown type \"\(name)\" (one of \(Actor.Kind.allCases.map(\.rawValue).joined(separator: ", ")))"))
            } ?? .other
            guard !entry.name.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw StanceError.input(file: path, line: nil, "actor [\(i)] has an empty name")
            }
            return Actor(name: entry.name, type: type, aliases: entry.aliases ?? [])
        }
    }


    /// The line Yams reports for a syntax error, when it has one.
    static func yamlLine(_ error: YamlError) -> Int? {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _): return mark.line
        default: return nil
        }
    }
}
