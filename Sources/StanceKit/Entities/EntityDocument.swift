/// A document with gold entity annotations, for training and measuring entity recognition.
///
/// Text is held per paragraph, as the article reader holds it, and every mention is a
/// code-point span into its paragraph's text, so gold and predicted mentions compare by span.
public struct EntityDocument: Sendable {
    public var id: String
    public var paragraphs: [Paragraph]

    public struct Paragraph: Sendable {
        public var text: String
        public var mentions: [Mention]
    }

    /// One gold mention: a name, a description or a pronoun of an entity.
    public struct Mention: Sendable, Equatable {
        public var span: TextSpan
        public var type: Actor.Kind
        /// The entity (coreference chain) this mention belongs to, unique within the document.
        public var entity: String
        /// A proper name ("Charles Bolden"), as opposed to a description or a pronoun.
        public var isNamed: Bool
    }

    public init(id: String, paragraphs: [Paragraph]) {
        self.id = id
        self.paragraphs = paragraphs
    }
}
