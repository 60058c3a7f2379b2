import Foundation
import Testing
@testable import StanceKit

@Suite("ArticleSource: articles from a file, a JSONL file or a folder")
struct ArticleSourceTests {
    func items(_ path: String) throws -> [ArticleSource.Item] {
        var items: [ArticleSource.Item] = []
        try ArticleSource.forEach(path) { items.append($0) }
        return items
    }

    @Test("JSONL: the dataset rules (blank lines skipped, one object per line); a bad line is a failure and the rest go on")
    func jsonl() throws {
        let lines = [
            #"{"id": 7, "text": "Ann spoke.", "title": "A title", "date": "2024-01-02", "targets": ["Ann"]}"#,
            " \t\r",
            #"{"text": "Bob spoke."}"#,
            "{oops",
            #"{"text": 3}"#,
            #"{"text": "x", "targets": ["a", 1]}"#,
            #"["not", "an", "object"]"#,
        ]
        let path = try TestData.temporaryFile(lines.joined(separator: "\n") + "\n")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let found = try items(path)
        #expect(found.count == 6)
        guard case .article(let first, let targets) = found[0], case .article(let second, _) = found[1] else {
            Issue.record("the first two lines are articles")
            return
        }
        #expect(first.id == "7" && first.title == "A title" && first.date == "2024-01-02" && targets == ["Ann"])
        #expect(second.id == "line 3" && second.body.map(\.text) == ["Bob spoke."])
        let failures = found.dropFirst(2).compactMap { item -> String? in
            if case .failure(let error) = item { return error.description }
            return nil
        }
        #expect(failures == [
            "\(path):4: not valid JSON (expected a key in quotes at byte 2)",
            "\(path):5: \"text\" has the wrong type (a string is expected)",
            "\(path):6: \"targets\" has the wrong type (a list of strings is expected)",
            "\(path):7: expected a JSON object",
        ])
    }

    @Test("JSONL parsed on several threads, batches and all, gives the same items in input order as one thread")
    func threads() throws {
        // More than two parse batches, with bad lines on both sides of a batch boundary.
        let count = 2 * ArticleSource.parseBatch + 37
        let bad: Set<Int> = [3, ArticleSource.parseBatch, ArticleSource.parseBatch + 1, count]
        let lines = (1...count).map { n in bad.contains(n) ? "{oops \(n)" : #"{"id": "a\#(n)", "text": "Person \#(n) spoke."}"# }
        let path = try TestData.temporaryFile(lines.joined(separator: "\n") + "\n")
        defer { try? FileManager.default.removeItem(atPath: path) }
        func described(threads: Int) throws -> [String] {
            var out: [String] = []
            try ArticleSource.forEach(path, threads: threads) { item in
                switch item {
                case .article(let article, _): out.append(article.id ?? "?")
                case .failure(let error): out.append(error.description)
                }
            }
            return out
        }
        let one = try described(threads: 1)
        #expect(one.count == count)
        #expect(one[0] == "a1" && one[count - 2] == "a\(count - 1)")
        #expect(one[ArticleSource.parseBatch - 1] == "\(path):\(ArticleSource.parseBatch): not valid JSON (expected a key in quotes at byte 2)")
        #expect(try described(threads: 3) == one)
    }

    @Test("a folder gives its .txt files in name order; a plain file is one article named by its file")
    func folderAndFile() throws {
        let folder = NSTemporaryDirectory() + "stance-source-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for (name, text) in [("b.txt", "Title B\n\nBody b."), ("a.txt", "Title A\n\nBody a."), ("notes.md", "skip")] {
            try text.write(toFile: folder + "/" + name, atomically: true, encoding: .utf8)
        }
        let ids = try items(folder).map { item -> String? in
            if case .article(let article, _) = item { return article.id }
            return nil
        }
        #expect(ids == ["a.txt", "b.txt"])
        guard case .article(let single, _) = try items(folder + "/b.txt").first else {
            Issue.record("a plain file is an article")
            return
        }
        #expect(single.id == "b.txt" && single.title == "Title B")
        try FileManager.default.removeItem(atPath: folder + "/a.txt")
        try FileManager.default.removeItem(atPath: folder + "/b.txt")
        #expect(throws: StanceError.input(file: folder, line: nil, "the folder holds no .txt articles")) { try items(folder) }
    }

    @Test("limits: a paragraph over a million characters and a line over 16 MiB are refused with file and line, the articles around them kept in order")
    func limits() throws {
        let long = String(repeating: "Anna Smith ", count: ArticleSource.maximumParagraphCharacters / 11 + 1)
        let plain = try TestData.temporaryFile("A title\n\n" + long + "\n", suffix: ".txt")
        defer { try? FileManager.default.removeItem(atPath: plain) }
        #expect(throws: StanceError.input(file: plain, line: nil,
            "paragraph 2 has \(long.unicodeScalars.count - 1) characters, more than the 1000000 a paragraph may have (split it at blank lines)")) {
            try items(plain)
        }
        let lines = [#"{"id": "a", "text": "Ann spoke."}"#, #"{"id": "b", "text": "\#(String(repeating: "x", count: LineReader.maximumLineBytes))"}"#,
                     #"{"id": "c", "text": "\#(long)"}"#, #"{"id": "d", "text": "Dan spoke."}"#]
        let jsonl = try TestData.temporaryFile(lines.joined(separator: "\n") + "\n")
        defer { try? FileManager.default.removeItem(atPath: jsonl) }
        let described = try items(jsonl).map { item -> String in
            switch item {
            case .article(let article, _): return article.id ?? "?"
            case .failure(let error): return error.description
            }
        }
        #expect(described == [
            "a", "\(jsonl):2: the line is longer than 16 MiB, the most a line may hold",
            "\(jsonl):3: paragraph 1 has \(long.unicodeScalars.count - 1) characters, more than the 1000000 a paragraph may have (split it at blank lines)",
            "d",
        ])
    }
}
