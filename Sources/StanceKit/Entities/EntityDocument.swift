/// A document with gold entity annotations, for training and measuring entity recognition.
///
/// Text is held per paragraph, as the article reader holds it, and every mention is a
/// code-point span into its paragraph's text, so gold and predicted mentions compare by span.
package struct EntityDocument: Sendable {
    package var id: String
    package var paragraphs: [Paragraph]
    /// Whether names inside names are marked ("Leiden" in "Leiden University"), as GUM marks
    /// them and GMB's flat tags do not: only such documents teach `NestedNames`.
    package var marksNestedNames = true

    package struct Paragraph: Sendable {
        package var text: String
        package var mentions: [Mention]
    }

    /// One gold mention: a name, a description or a pronoun of an entity.
    package struct Mention: Sendable, Equatable {
        package var span: TextSpan
        package var type: Actor.Kind
        /// The entity (coreference chain) this mention belongs to, unique within the document.
        package var entity: String
        /// A proper name ("Charles Bolden"), as opposed to a description or a pronoun.
        package var isNamed: Bool
    }

    package init(id: String, paragraphs: [Paragraph]) {
        self.id = id
        self.paragraphs = paragraphs
    }

    /// The document as an article whose paragraphs are all body paragraphs, as the detector reads it.
    var article: Article {
        Article(paragraphs: paragraphs.enumerated().map { Article.Paragraph(index: $0.offset, kind: .body, text: $0.element.text) })
    }
}
