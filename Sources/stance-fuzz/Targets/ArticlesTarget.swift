import StanceKit

extension FuzzTarget {
    /// A JSONL article line and the plain-text article reader (title, metadata, paragraphs):
    /// a clear error, or paragraphs numbered in order with no empty text.
    static let articles = FuzzTarget(name: "articles") { bytes in
        var articles = [ArticleReader().read(String(decoding: bytes, as: UTF8.self))]
        if case .article(let article, _)? = expectingStanceErrors({ try ArticleSource.parseLine(bytes, file: "fuzz.jsonl", number: 1) }) {
            articles.append(article)
        }
        for article in articles {
            for (i, paragraph) in article.paragraphs.enumerated() {
                require(paragraph.index == i, "paragraph \(i) has index \(paragraph.index)")
                require(!paragraph.text.isEmpty, "paragraph \(i) is not empty")
            }
        }
    }
}
