/// A news article as the reader found it: every paragraph in input order, each with its kind.
public struct Article: Sendable {
    /// What a paragraph is: only body paragraphs are scored.
    public enum ParagraphKind: String, Sendable, Codable {
        case title, metadata, body, boilerplate
    }

    /// One paragraph as read.
    public struct Paragraph: Sendable {
        /// Position among all paragraphs the reader found (title, metadata and boilerplate count).
        public let index: Int
        /// Title, metadata, body or boilerplate.
        public let kind: ParagraphKind
        /// Its text, trimmed.
        public let text: String

        /// A paragraph at `index` among all the article's paragraphs.
        public init(index: Int, kind: ParagraphKind, text: String) {
            self.index = index
            self.kind = kind
            self.text = text
        }
    }

    /// The file name, the JSONL "id", or "line N"; nil for standard input.
    public var id: String?
    /// The title line, found or given.
    public var title: String?
    /// The date, as the metadata or the JSONL line gives it.
    public var date: String?
    /// The publisher, when a metadata line names one (the first that is neither a date nor a URL).
    public var source: String?
    /// Every paragraph, in reading order.
    public var paragraphs: [Paragraph]

    /// An article from paragraphs already split and classified (`ArticleReader` does both from text).
    public init(id: String? = nil, title: String? = nil, date: String? = nil, source: String? = nil, paragraphs: [Paragraph]) {
        self.id = id
        self.title = title
        self.date = date
        self.source = source
        self.paragraphs = paragraphs
    }

    /// The body paragraphs: what is scored.
    public var body: [Paragraph] { paragraphs.filter { $0.kind == .body } }
}
