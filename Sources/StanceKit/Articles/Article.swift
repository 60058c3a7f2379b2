/// A news article as the reader found it: every paragraph in input order, each with its kind.
public struct Article: Sendable {
    public enum ParagraphKind: String, Sendable, Codable {
        case title, metadata, body, boilerplate
    }

    public struct Paragraph: Sendable {
        /// Position among all paragraphs the reader found (title, metadata and boilerplate count).
        public let index: Int
        public let kind: ParagraphKind
        public let text: String
    }

    public var id: String?
    public var title: String?
    public var date: String?
    /// The publisher, when a metadata line names one (the first that is neither a date nor a URL).
    public var source: String?
    public var paragraphs: [Paragraph]

    public var body: [Paragraph] { paragraphs.filter { $0.kind == .body } }
}
