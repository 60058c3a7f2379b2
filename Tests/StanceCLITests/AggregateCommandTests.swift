import Foundation
import Testing

@Suite("stance aggregate")
struct AggregateCommandTests {
    /// Twelve dated articles as JSONL, about a few recurring actors.
    static let corpus: String = {
        let sentences = ["Critics attacked Robert Hale over the harbor plan.", "Mayor Elena Vasquez praised the council's courageous vote.",
                         "Robert Hale met Elena Vasquez at City Hall.", "Germany welcomed the plan, and Robert Hale thanked Berlin."]
        return (0..<12).map { i in
            let text = sentences[i % 4] + " " + sentences[(i + 1) % 4]
            return "{\"id\": \"a\(i)\", \"title\": \"Harbor news \(i)\", \"date\": \"2026-03-0\(1 + i % 5)\", \"text\": \"\(text)\"}"
        }.joined(separator: "\n") + "\n"
    }()

    @Test("shuffled parts aggregated apart and merged in another order give the whole's bytes, and the same report")
    func partsEqualWhole() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let corpus = folder + "/corpus.jsonl"
        try Self.corpus.write(toFile: corpus, atomically: true, encoding: .utf8)
        let scored = try Binary.run(["score", corpus, "--format", "jsonl"])
        #expect(scored.status == 0, "\(scored.stderr)")
        try scored.stdout.write(toFile: folder + "/scored.jsonl", atomically: true, encoding: .utf8)
        let whole = try Binary.run(["aggregate", folder + "/scored.jsonl"])
        #expect(whole.status == 0 && whole.stdout.hasPrefix("{\"actors\":"), "\(whole.stderr)")

        // Three parts of shuffled lines: one aggregated from standard input, two from files.
        var generator = SystemRandomNumberGenerator()
        let lines = scored.stdout.split(separator: "\n").shuffled(using: &generator)
        let parts = [lines[..<3], lines[3..<8], lines[8...]].map { $0.joined(separator: "\n") + "\n" }
        let fromStdin = try Binary.run(["aggregate", "--out", folder + "/p0.json"], stdin: parts[0])
        #expect(fromStdin.status == 0, "\(fromStdin.stderr)")
        for i in 1...2 {
            try parts[i].write(toFile: folder + "/s\(i).jsonl", atomically: true, encoding: .utf8)
            #expect(try Binary.run(["aggregate", folder + "/s\(i).jsonl", "--out", folder + "/p\(i).json"]).status == 0)
        }
        let twoThenOne = try Binary.run(["aggregate", "--merge", folder + "/p2.json", folder + "/p0.json", "--out", folder + "/p20.json"])
        #expect(twoThenOne.status == 0)
        let merged = try Binary.run(["aggregate", "--merge", folder + "/p1.json", folder + "/p20.json"])
        #expect(merged.stdout == whole.stdout)

        // `stance report` renders the aggregate exactly as it reports the corpus itself.
        try merged.stdout.write(toFile: folder + "/all.json", atomically: true, encoding: .utf8)
        for format in ["json", "csv", "html"] {
            let direct = try Binary.run(["report", corpus, "--format", format])
            let fromAggregate = try Binary.run(["report", folder + "/all.json", "--format", format])
            #expect(direct.status == 0 && fromAggregate.stdout == direct.stdout, "\(format): \(fromAggregate.stderr)")
        }
        let html = try Binary.run(["report", folder + "/all.json", "--format", "html"])
        #expect(html.stdout.contains("<h2>Over time</h2>") && html.stdout.contains("<polyline"))
    }

    @Test("what is not scored output, or not an aggregate, is an input error naming the file and line")
    func badInput() throws {
        let notScored = try Binary.run(["aggregate"], stdin: "{\"text\": \"an article\"}\n")
        #expect(notScored.status == 65 && notScored.stderr.contains("-:1:") && notScored.stderr.contains("stance score --format jsonl"), "\(notScored.stderr)")
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "{\"text\": \"an article\"}\n".write(toFile: folder + "/x.json", atomically: true, encoding: .utf8)
        let notPart = try Binary.run(["aggregate", "--merge", folder + "/x.json"])
        #expect(notPart.status == 65 && notPart.stderr.contains("x.json: not a StanceKit aggregate"), "\(notPart.stderr)")
        let report = try Binary.run(["report", folder + "/x.json"])
        #expect(report.status == 65 && report.stderr.contains("not a StanceKit aggregate"))
        #expect(try Binary.run(["aggregate", "--merge"]).status == 64)
    }
}
