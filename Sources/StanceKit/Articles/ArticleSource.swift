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

    /// Calls `body` with each article in input order.
    public static func forEach(_ path: String, _ body: (Item) throws -> Void) throws {
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
        } else if path.lowercased().hasSuffix(".jsonl") {
            var lines = try LineReader(path: path)
            while let line = lines.next() {
                if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
                do {
                    try body(try parseLine(line, file: path, number: lines.lineNumber))
                } catch let error as StanceError {
                    try body(.failure(error))
                }
            }
        } else {
            try body(.article(try readPlain(path, id: path == "-" ? nil : (path as NSString).lastPathComponent), targets: []))
        }
    }

    static func readPlain(_ path: String, id: String?) throws -> Article {
        let data = try TextFile.data(of: path)
        if data.contains(0) { throw StanceError.input(file: path, line: nil, "looks like a binary file, not text") }
        let text = try TextFile.decode(data[...], file: path, line: nil)
        return ArticleReader().read(text, id: id)
    }

    struct Line: Decodable {
        var id: JSONValue?
        var text: String?
        var title: String?
        var date: String?
        var targets: [String]?
    }

    static func parseLine(_ bytes: [UInt8], file: String, number: Int) throws -> Item {
        func fail(_ message: String) -> StanceError { .input(file: file, line: number, message) }
        guard String(validating: bytes, as: UTF8.self) != nil else { throw fail(TextFile.notUTF8(bytes)) }
        let line: Line
        do {
            line = try JSONDecoder().decode(Line.self, from: Data(bytes))
        } catch DecodingError.typeMismatch(_, let context) {
            throw fail("\"\(context.codingPath.first?.stringValue ?? "?")\" has the wrong type")
        } catch {
            throw fail("not a JSON object with an article (\"text\", optional \"id\", \"title\", \"date\", \"targets\")")
        }
        guard let text = line.text else { throw fail("missing \"text\"") }
        var article = ArticleReader().read(text, id: line.id?.text ?? "line \(number)", title: line.title, date: line.date)
        if let title = line.title { article.title = title }
        return .article(article, targets: line.targets ?? [])
    }
}
