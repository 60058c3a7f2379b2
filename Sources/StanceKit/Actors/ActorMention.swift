/// One place where an article names (or refers to) an actor.
package struct ActorMention: Sendable, Equatable {
    /// Index into `ActorDetection.actors`.
    package var actor: Int
    /// Index of the paragraph in `Article.paragraphs`.
    package var paragraph: Int
    /// Code-point span in the paragraph's text.
    package var span: TextSpan
    /// Code-point span of the mention's sentence in the paragraph's text.
    package var sentence: TextSpan
    package var text: String
    /// "he", "her", "its", …: a pronoun resolved to its actor (`ActorDetector+Pronouns`, `+NeuterPronouns`).
    package var isPronoun: Bool
    /// A definite description ("the minister", "the Russian leader", "the union"), linked to an
    /// actor whose title or name has its head noun.
    package var isDescription = false
    /// A demonym ("Dutch libraries", "the Americans"): it refers to a country without naming it.
    package var isDemonym = false
    /// A name inside a longer name ("England" in "Bank of England"): a mention, but an actor
    /// named only so is not reported as one of the article's actors.
    package var isNested = false
    /// Named where it is no topic of its sentence: after "its" or in a relative clause
    /// (`ActorDetector.Candidate.isSubordinate`).
    package var isSubordinate = false
    /// A name with a verb of statement on either side ("Amnesty International said"): the
    /// holder of a statement (`ActorDetector.Candidate.reports`).
    package var isSpeaker = false

    /// A name, not a pronoun, a description or a demonym.
    package var isName: Bool { !isPronoun && !isDescription && !isDemonym }
}

/// The actors of an article and where each is mentioned, in reading order.
package struct ActorDetection: Sendable {
    package var actors: [Actor]
    package var mentions: [ActorMention]
    /// Per person, the actors named in its title, which it speaks for: Russia for "Kremlin
    /// spokesperson Dmitry Peskov", Brazil for "Brazilian Foreign Minister Carla Mendes".
    package var affiliations: [Int: Set<Int>] = [:]
}
