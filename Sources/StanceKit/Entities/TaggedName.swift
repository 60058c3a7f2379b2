/// A name the tagger found: a token range of a paragraph and the name's type.
public struct TaggedName: Sendable, Equatable {
    public var tokens: Range<Int>
    public var type: Actor.Kind
    /// The tagger's mean probability of the name's tags: how sure it is of this name.
    public var confidence: Double
}
