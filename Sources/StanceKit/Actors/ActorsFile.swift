import Foundation

/// Reads the user's actors: a JSON array of `{"name", "type"?, "aliases"?}`. They add to, and
/// take precedence over, the built-in table of countries and blocs.
public enum ActorsFile {
    struct Entry: Decodable {
        var name: String
        var type: String?
        var aliases: [String]?
    }

    public static func load(_ path: String) throws -> [Actor] {
        let data = try TextFile.data(of: path)
        let entries: [Entry]
        do {
            entries = try JSONDecoder().decode([Entry].self, from: data)
        } catch let DecodingError.keyNotFound(key, context) {
            throw StanceError.input(file: path, line: nil, "actor \(position(context)) has no \"\(key.stringValue)\"")
        } catch let DecodingError.typeMismatch(_, context) {
            throw StanceError.input(file: path, line: nil, "\(position(context)): wrong type (expected name: string, type: string, aliases: [string])")
        } catch {
            throw StanceError.input(file: path, line: nil, "not a JSON array of actors ({\"name\", \"type\", \"aliases\"})")
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

    static func position(_ context: DecodingError.Context) -> String {
        context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? "." + $0.stringValue }.joined()
    }
}
