/// A name the tagger found: a token range of a paragraph and the name's type.
package struct TaggedName: Sendable, Equatable {
    package var tokens: Range<Int>
    package var type: Actor.Kind
    /// The tagger's mean probability of the name's tags: how sure it is of this name.
    package var confidence: Double
}
