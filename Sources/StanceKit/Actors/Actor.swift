/// Someone or something an article takes a stance toward: a person, organisation, place or group.
public struct Actor: Sendable, Codable, Equatable {
    /// What kind of actor: how reports group it and which pronouns can refer to it.
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case person, organisation, place, group, other
    }

    /// Canonical name ("Dmitry Peskov", "United States").
    public var name: String
    /// Person, organisation, place, group, or other (not an actor in reports).
    public var type: Kind
    /// Other names the actor goes by in the text or in a table ("U.S.", "Washington", "Peskov").
    public var aliases: [String]
    /// Roles found next to its name ("spokesperson", "President").
    public var roles: [String]

    /// An actor known by `name` and any `aliases`, for `ActorDetector(customActors:)`.
    public init(name: String, type: Kind, aliases: [String] = [], roles: [String] = []) {
        self.name = name
        self.type = type
        self.aliases = aliases
        self.roles = roles
    }
}
