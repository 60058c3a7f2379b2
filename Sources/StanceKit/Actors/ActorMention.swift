/// One place where an article names (or refers to) an actor.
public struct ActorMention: Sendable, Equatable {
    /// Index into `ActorDetection.actors`.
    public var actor: Int
    /// Index of the paragraph in `Article.paragraphs`.
    public var paragraph: Int
    /// Code-point span in the paragraph's text.
    public var span: TextSpan
    /// Code-point span of the mention's sentence in the paragraph's text.
    public var sentence: TextSpan
    public var text: String
    /// "he", "her", …: resolved to the most recent person.
    public var isPronoun: Bool
    /// A definite description ("the minister", "the Russian leader", "the union"), linked to an
    /// actor whose title or name has its head noun.
    public var isDescription = false
    /// A demonym ("Dutch libraries", "the Americans"): it refers to a country without naming it.
    public var isDemonym = false

    /// A name, not a pronoun, a description or a demonym.
    public var isName: Bool { !isPronoun && !isDescription && !isDemonym }
}

/// The actors of an article and where each is mentioned, in reading order.
public struct ActorDetection: Sendable {
    public var actors: [Actor]
    public var mentions: [ActorMention]
    /// Per person, the actors named in its title, which it speaks for: Russia for "Kremlin
    /// spokesperson Dmitry Peskov", Brazil for "Brazilian Foreign Minister Carla Mendes".
    public var affiliations: [Int: Set<Int>] = [:]
}
