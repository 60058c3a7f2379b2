/// Someone or something an article takes a stance toward: a person, organisation, place or group.
public struct Actor: Sendable, Codable, Equatable {
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case person, organisation, place, group, other
    }

    /// Canonical name ("Dmitry Peskov", "United States").
    public var name: String
    public var type: Kind
    /// Other names the actor goes by in the text or in a table ("U.S.", "Washington", "Peskov").
    public var aliases: [String]
    /// Roles found next to its name ("spokesperson", "President").
    public var roles: [String]

    public init(name: String, type: Kind, aliases: [String] = [], roles: [String] = []) {
        self.name = name
        self.type = type
        self.aliases = aliases
        self.roles = roles
    }
}
