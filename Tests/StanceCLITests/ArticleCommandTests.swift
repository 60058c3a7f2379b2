import Foundation
import Testing

@Suite("stance score and stance report")
struct ArticleCommandTests {
    static let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("data/samples/council-vote.txt").path

    @Test("report prints a table without colour when piped; markdown and csv; --out writes a file")
    func report() throws {
        let table = try Binary.run(["report", Self.sample])
        #expect(table.status == 0, "\(table.stderr)")
        #expect(table.stdout.contains("Elena Vasquez") && !table.stdout.contains("\u{1B}["))
        #expect(table.stdout.contains("Elena Vasquez → Robert Hale: negative"))
        let markdown = try Binary.run(["report", Self.sample, "--format", "markdown"])
        #expect(markdown.stdout.hasPrefix("# Harbor City Council Approves") && markdown.stdout.contains("| actor | type |"))
        let csv = try Binary.run(["report", Self.sample, "--format", "csv"])
        #expect(csv.stdout.hasPrefix("article,actor,type,mentions,paragraphs,salience,score,label,mixed\n"))
        let out = NSTemporaryDirectory() + "stance-report-\(UUID().uuidString).md"
        defer { try? FileManager.default.removeItem(atPath: out) }
        let written = try Binary.run(["report", Self.sample, "--format", "markdown", "--out", out])
        #expect(written.status == 0 && written.stdout.isEmpty)
        #expect(try String(contentsOfFile: out, encoding: .utf8) == markdown.stdout)
    }

    @Test("--out that is an input (by any path, through a link) or a folder is refused before any work, the input intact")
    func outputIsNotInput() throws {
        let folder = NSTemporaryDirectory() + "stance-out-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let article = folder + "/article.txt"
        try FileManager.default.copyItem(atPath: Self.sample, toPath: article)
        let before = try Data(contentsOf: URL(fileURLWithPath: article))
        try FileManager.default.createSymbolicLink(atPath: folder + "/link.txt", withDestinationPath: article)
        for (input, out) in [(article, article), (article, folder + "/../" + URL(fileURLWithPath: folder).lastPathComponent + "/article.txt"), (folder + "/link.txt", article)] {
            let run = try Binary.run(["report", input, "--out", out])
            #expect(run.status == 64 && run.stderr.contains("is one of the inputs"), "\(input) → \(out): \(run.stderr)")
        }
        let toFolder = try Binary.run(["report", article, "--out", folder])
        #expect(toFolder.status == 64 && toFolder.stderr.contains("is a folder"))
        let train = try Binary.run(["train", "--train", article, "--out", article])
        #expect(train.status == 64 && train.stderr.contains("is one of the inputs"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: article)) == before)
    }

    @Test("score JSON follows the schema; --target keeps the given name; an unmatched target gets a note")
    func score() throws {
        let run = try Binary.run(["score", Self.sample, "--target", "Hale", "--target", "Nobody Here", "--format", "jsonl"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("target \"Nobody Here\" not found") && !run.stderr.contains("\"Hale\" not found"))
        let object = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as! [String: Any]
        #expect(Set(object.keys).isSuperset(of: ["id", "title", "model", "paragraphs", "actors", "stances"]))
        let actors = object["actors"] as! [[String: Any]]
        #expect(actors.map { $0["actor"] as! String } == ["Hale"])
        let paragraph = (object["paragraphs"] as! [[String: Any]]).first { !($0["actors"] as! [Any]).isEmpty }!
        #expect(Set(paragraph.keys) == ["index", "body", "kind", "text", "actors"])
        #expect(paragraph["body"] as? Int == 3 && paragraph["index"] as? Int == 6, "body paragraphs count from 1; index counts every paragraph")
    }

    @Test("batch JSONL: one line per article in order; a bad line is reported and the others still come out")
    func batch() throws {
        let input = """
            {"id": "a", "text": "Title A\\n\\nCritics attacked Robert Hale."}
            {"id": "b", "title": "no text here"}
            {"id": "c", "text": "Fans praised Jane Roe warmly.", "targets": ["Jane Roe"]}
            """
        let path = try temporaryFile(input)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let run = try Binary.run(["score", path, "--format", "jsonl"])
        #expect(run.status == 65)
        #expect(run.stderr.contains("\(path):2: missing \"text\""))
        let ids = run.stdout.split(separator: "\n").map { (try! JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any])["id"] as! String }
        #expect(ids == ["a", "c"])
        let corpus = try Binary.run(["report", path])
        #expect(corpus.stdout.hasPrefix("Corpus: 2 articles"))
    }

    @Test("empty, actor-less and binary input; a bad actors file names the field")
    func badInput() throws {
        let empty = try temporaryFile("", suffix: ".txt")
        let quiet = try temporaryFile("nothing happened here, it was all quiet.\n", suffix: ".txt")
        let binary = NSTemporaryDirectory() + "stance-\(UUID().uuidString).txt"
        FileManager.default.createFile(atPath: binary, contents: Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x01, 0xFF]))
        let actors = try temporaryFile(#"[{"name": "Acme", "type": "company"}]"#, suffix: ".json")
        defer { for p in [empty, quiet, binary, actors] { try? FileManager.default.removeItem(atPath: p) } }
        let e = try Binary.run(["report", empty])
        #expect(e.status == 0 && e.stderr.contains("no body paragraphs"))
        let q = try Binary.run(["report", quiet])
        #expect(q.status == 0 && q.stdout.contains("No actors found.") && q.stderr.contains("no actors found"))
        let b = try Binary.run(["score", binary])
        #expect(b.status == 65 && (b.stderr.contains("binary") || b.stderr.contains("UTF-8")))
        let a = try Binary.run(["score", Self.sample, "--actors", actors])
        #expect(a.status == 65 && a.stderr.contains("actor [0] \"Acme\": unknown type \"company\""))
    }
}
