import Foundation

/// Where articles come from: one plain-text file (or standard input), a JSONL file with one
/// article per line (`{"id", "text", "title"?, "date"?, "targets"?}`, streamed), or a folder of
/// `.txt` files.
public enum ArticleSource {
    /// One input article, or the error that made its line unusable (batch input goes on).
    public enum Item {
        case article(Article, targets: [String])
        case failure(StanceError)
    }

    /// JSONL lines read and parsed together: enough to share out, few enough to keep memory flat.
    static let parseBatch = 256

    /// Calls `body` with each article in input order. A file is JSONL when `jsonl` says so
    /// (standard input too: how a pipe hands on a corpus), else when its name ends `.jsonl`;
    /// its lines are parsed on `threads` threads.
    public static func forEach(_ path: String, jsonl: Bool? = nil, threads: Int = 1, _ body: (Item) throws -> Void) throws {
        var isDirectory: ObjCBool = false
        if path != "-", FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            let files = try FileManager.default.contentsOfDirectory(atPath: path).filter { $0.hasSuffix(".txt") }.sorted()
            if files.isEmpty { throw StanceError.input(file: path, line: nil, "the folder holds no .txt articles") }
            for file in files {
                let full = (path as NSString).appendingPathComponent(file)
                do {
                    try body(.article(try readPlain(full, id: file), targets: []))
                } catch let error as StanceError {
                    try body(.failure(error))
                }
            }
        } else if jsonl ?? path.lowercased().hasSuffix(".jsonl") {
            // Lines are parsed (JSON, then paragraphs) `parseBatch` at a time on `threads` threads,
            // and handed on in input order.
            var lines = try LineReader(path: path)
            var batch: [(bytes: [UInt8], number: Int)] = []
            func flush() throws {
                let parsed = parallelChunks(count: batch.count, parts: threads) { range in
                    range.map { i in Result { try parseLine(batch[i].bytes, file: path, number: batch[i].number) } }
                }.joined()
                batch.removeAll(keepingCapacity: true)
                for result in parsed {
                    do {
                        try body(try result.get())
                    } catch let error as StanceError {
                        try body(.failure(error))
                    }
                }
            }
            while true {
                let line: [UInt8]
                do {
                    guard let next = try lines.next() else { break }
                    line = next
                } catch let error as StanceError {
                    // A line too long to read is one bad article; the batch goes on.
                    try flush()
                    try body(.failure(error))
                    continue
                }
                if JSONLines.isBlank(line) { continue }
                batch.append((line, lines.lineNumber))
                if batch.count == parseBatch { try flush() }
            }
            try flush()
        } else {
            try body(.article(try readPlain(path, id: path == "-" ? nil : (path as NSString).lastPathComponent), targets: []))
        }
    }

    static func readPlain(_ path: String, id: String?) throws -> Article {
        let data = try TextFile.data(of: path, limit: (maximumArticleBytes, "the article is longer than \(maximumArticleBytes >> 20) MiB, the most an article may hold"))
        if data.contains(0) { throw StanceError.input(file: path, line: nil, "looks like a binary file, not text") }
        let text = try TextFile.decode(data[...], file: path, line: nil)
        return try checked(ArticleReader().read(text, id: id), file: path, line: nil)
    }

    /// The longest article read, as a file or a JSONL line: 16 MiB (a few million words).
    package static let maximumArticleBytes = LineReader.maximumLineBytes
    /// The longest paragraph analysed, in characters (code points): a million, some 150,000
    /// words; text without blank lines is one paragraph, and past this it is refused rather than
    /// scored as one.
    package static let maximumParagraphCharacters = 1_000_000

    /// `article`, unless a paragraph is longer than `maximumParagraphCharacters`.
    static func checked(_ article: Article, file: String, line: Int?) throws -> Article {
        for paragraph in article.paragraphs where paragraph.text.utf8.count > maximumParagraphCharacters {
            let characters = paragraph.text.unicodeScalars.count
            guard characters > maximumParagraphCharacters else { continue }
            throw StanceError.input(file: file, line: line,
                "paragraph \(paragraph.index + 1) has \(characters) characters, more than the \(maximumParagraphCharacters) a paragraph may have (split it at blank lines)")
        }
        return article
    }

    /// One JSONL article: `text`, optional `id` (any scalar), `title`, `date` (strings) and
    /// `targets` (a list of strings).
    package static func parseLine(_ bytes: [UInt8], file: String, number: Int) throws -> Item {
        func fail(_ message: String) -> StanceError { .input(file: file, line: number, message) }
        let fields = try JSONLines.object(bytes, file: file, line: number)
        func string(_ key: String) throws -> String? {
            guard let value = fields[key], value != .null else { return nil }
            return try value.string.orThrow(fail("\"\(key)\" has the wrong type (a string is expected)"))
        }
        guard let text = try string("text") else { throw fail("missing \"text\"") }
        var targets: [String] = []
        if let value = fields["targets"], value != .null {
            guard case .array(let items) = value, items.allSatisfy({ $0.string != nil }) else {
                throw fail("\"targets\" has the wrong type (a list of strings is expected)")
            }
            targets = items.compactMap(\.string)
        }
        let title = try string("title")
        var article = ArticleReader().read(text, id: fields["id"]?.text ?? "line \(number)", title: title, date: try string("date"))
        if let title { article.title = title }
        return .article(try checked(article, file: file, line: number), targets: targets)
    }
}
