/// Stage 2 of the article pipeline, after reading: the body paragraphs tokenized and split into
/// sentences once, for every later stage (finding mentions, scoring them, finding stances).
struct TokenizedArticle: Sendable {
    let article: Article
    /// Per paragraph of `article` (by its `index`), its tokens; nil for header paragraphs,
    /// which no stage reads.
    let paragraphs: [TokenizedParagraph?]
    /// The `index` of every body paragraph, in reading order.
    let body: [Int]
    /// Body paragraph numbers counted from 1, by paragraph `index`: what a reader calls ¶1.
    let bodyNumbers: [Int: Int]

    init(_ article: Article) {
        self.article = article
        paragraphs = article.paragraphs.map { $0.kind == .body ? TokenizedParagraph(CodePointText($0.text)) : nil }
        body = article.paragraphs.filter { $0.kind == .body }.map(\.index)
        bodyNumbers = Dictionary(uniqueKeysWithValues: body.enumerated().map { ($0.element, $0.offset + 1) })
    }

    /// The tokens of body paragraph `index` (an `Article.Paragraph.index`).
    subscript(index: Int) -> TokenizedParagraph { paragraphs[index]! }
}
