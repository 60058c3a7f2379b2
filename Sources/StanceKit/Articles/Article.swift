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

        public init(index: Int, kind: ParagraphKind, text: String) {
            self.index = index
            self.kind = kind
            self.text = text
        }
    }

    public var id: String?
    public var title: String?
    public var date: String?
    /// The publisher, when a metadata line names one (the first that is neither a date nor a URL).
    public var source: String?
    public var paragraphs: [Paragraph]

    public init(id: String? = nil, title: String? = nil, date: String? = nil, source: String? = nil, paragraphs: [Paragraph]) {
        self.id = id
        self.title = title
        self.date = date
        self.source = source
        self.paragraphs = paragraphs
    }

    public var body: [Paragraph] { paragraphs.filter { $0.kind == .body } }
}
