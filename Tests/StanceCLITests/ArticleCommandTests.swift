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
        #expect(csv.stdout.hasPrefix("article,actor,type,mentions,paragraphs,salience,score,label,mixed,evidence\n"))
        #expect(csv.stdout.contains(",Elena Vasquez,person,") && csv.stdout.contains("name and context"))
        let out = NSTemporaryDirectory() + "stance-report-\(UUID().uuidString).md"
        defer { try? FileManager.default.removeItem(atPath: out) }
        let written = try Binary.run(["report", Self.sample, "--format", "markdown", "--out", out])
        #expect(written.status == 0 && written.stdout.isEmpty)
        #expect(try String(contentsOfFile: out, encoding: .utf8) == markdown.stdout)
    }

    @Test("--out that is an input (by any path, through a link) or a folder is refused before any work, the input intact")
    func outputIsNotInput() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let article = folder + "/article.txt"
        try FileManager.default.copyItem(atPath: Self.sample, toPath: article)
        let before = try Data(contentsOf: URL(fileURLWithPath: article))
        try FileManager.default.createSymbolicLink(atPath: folder + "/link.txt", withDestinationPath: article)
        for (input, out) in [(article, article), (article, folder + "/../" + URL(fileURLWithPath: folder).lastPathComponent + "/article.txt"), (folder + "/link.txt", article)] {
            let run = try Binary.run(["report", input, "--out", out])
            #expect(run.status == 64 && run.stderr.contains("is one of the inputs"), "\(input) → \(out): \(run.stderr)")
        }
        for command in [["report", article], ["score", article], ["predict", article], ["evaluate", article]] {
            let toFolder = try Binary.run(command + ["--out", folder])
            #expect(toFolder.status == 64 && toFolder.stderr.contains("is a folder"), "\(command): \(toFolder.stderr)")
            let toInput = try Binary.run(command + ["--out", article])
            #expect(toInput.status == 64 && toInput.stderr.contains("is one of the inputs"), "\(command): \(toInput.stderr)")
        }
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

    @Test("score --format csv is long: a row per paragraph × actor with probabilities and evidence, and a row per stance")
    func longCSV() throws {
        let run = try Binary.run(["score", Self.sample, "--format", "csv"])
        #expect(run.status == 0, "\(run.stderr)")
        let rows = run.stdout.split(separator: "\n").map(String.init)
        #expect(rows[0] == "kind,article,date,paragraph,actor,type,holder,label,score,p_negative,p_neutral,p_positive,evidence,sentence")
        let json = try JSONSerialization.jsonObject(with: Data(try Binary.run(["score", Self.sample, "--format", "jsonl"]).stdout.utf8)) as! [String: Any]
        let cells = (json["paragraphs"] as! [[String: Any]]).reduce(0) { $0 + ($1["actors"] as! [Any]).count }
        let stances = (json["stances"] as! [Any]).count
        #expect(rows.filter { $0.hasPrefix("paragraph,") }.count == cells && rows.filter { $0.hasPrefix("stance,") }.count == stances)
        #expect(rows.count == 1 + cells + stances && stances > 0)
        let vasquez = try #require(rows.first { $0.hasPrefix("paragraph,council-vote.txt,2026-03-14,1,Elena Vasquez,person,,") })
        #expect(vasquez.contains("name and context"))
        #expect(rows.contains { $0.hasPrefix("stance,council-vote.txt,2026-03-14,") && $0.contains(",Elena Vasquez,") })
    }

    @Test("a corpus is scored on all cores in batches, in input order, the same for any number of threads")
    func threadsDoNotChangeTheOutput() throws {
        let text = try String(contentsOfFile: Self.sample, encoding: .utf8)
        // More articles than one batch, of different lengths, so threads finish out of order.
        let lines = (0..<70).map { i in
            let body = text.split(separator: "\n\n").prefix(2 + i % 5).joined(separator: "\n\n")
            return "{\"id\": \"a\(i)\", \"text\": \(Self.jsonString(String(body)))}"
        }
        let corpus = try temporaryFile(lines.joined(separator: "\n") + "\n")
        defer { try? FileManager.default.removeItem(atPath: corpus) }
        let one = try Binary.run(["score", corpus, "--format", "jsonl", "--threads", "1"])
        let two = try Binary.run(["score", corpus, "--format", "jsonl", "--threads", "2"])
        #expect(one.status == 0 && two.status == 0, "\(one.stderr)")
        #expect(one.stdout == two.stdout)
        let ids = one.stdout.split(separator: "\n").map { line in
            (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["id"] as? String
        }
        #expect(ids == (0..<70).map { "a\($0)" })
        #expect(try Binary.run(["score", corpus, "--threads", "0"]).status == 64)
    }

    static func jsonString(_ text: String) -> String {
        String(decoding: try! JSONSerialization.data(withJSONObject: [text]), as: UTF8.self).dropFirst().dropLast().description
    }

    @Test("every command that writes a result takes --out and writes there exactly what it prints")
    func outEverywhere() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let examples = folder + "/examples.jsonl"
        try toyTraining.write(toFile: examples, atomically: true, encoding: .utf8)
        let commands = [
            ["score", Self.sample, "--format", "jsonl"], ["report", Self.sample, "--format", "markdown"],
            ["predict", examples], ["evaluate", examples, "--format", "json"], ["evaluate", "--data", examples, "--json"],
            ["explain", "--text", "Critics slammed the senator.", "--target", "the senator", "--format", "json"],
        ]
        for (i, command) in commands.enumerated() {
            let printed = try Binary.run(command)
            let out = folder + "/out\(i)"
            let written = try Binary.run(command + ["--out", out])
            #expect(printed.status == 0 && written.status == 0 && written.stdout.isEmpty, "\(command): \(written.stderr)")
            #expect(try String(contentsOfFile: out, encoding: .utf8) == printed.stdout, "\(command)")
        }
        // A failed run leaves the old file and no temporary file.
        let out = folder + "/out0"
        let before = try Data(contentsOf: URL(fileURLWithPath: out))
        let bad = folder + "/bad.jsonl"
        try "{oops\n".write(toFile: bad, atomically: true, encoding: .utf8)
        #expect(try Binary.run(["predict", bad, "--out", out]).status == 65)
        #expect(try Data(contentsOf: URL(fileURLWithPath: out)) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).allSatisfy { !$0.hasPrefix(".") })
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

    @Test("standard input is held to the article limit: past 16 MiB it stops reading and says so")
    func standardInputLimit() throws {
        let pipe = "yes 'The mayor spoke.' | head -c 17000000 | '\(Binary.stance.path)' score -"
        let run = try Binary.run(URL(fileURLWithPath: "/bin/sh"), ["-c", pipe])
        #expect(run.status == 65)
        #expect(run.stderr == "stance: -: the article is longer than 16 MiB, the most an article may hold\n")
    }

    @Test("a corpus's per-article notes: the first five of a kind, then one count")
    func notesAreTallied() throws {
        let lines = (1...8).map { #"{"id": "q\#($0)", "text": "nothing happened here, it was all quiet."}"# }
        let path = try temporaryFile(lines.joined(separator: "\n") + "\n")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let run = try Binary.run(["score", path, "--format", "jsonl"])
        #expect(run.status == 0)
        let notes = run.stderr.split(separator: "\n")
        #expect(notes == (1...5).map { "note: q\($0): no actors found" } + ["note: 3 more articles: no actors found"])
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
