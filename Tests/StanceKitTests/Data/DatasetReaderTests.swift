import Foundation
import Testing
@testable import StanceKit

@Suite("DatasetReader")
struct DatasetReaderTests {
    func read(_ text: String, suffix: String = ".jsonl", reader: DatasetReader = DatasetReader()) throws -> DatasetReader.Result {
        let path = try TestData.temporaryFile(text, suffix: suffix)
        defer { try? FileManager.default.removeItem(atPath: path) }
        return try reader.read(path)
    }

    func message(_ text: String, suffix: String = ".jsonl", reader: DatasetReader = DatasetReader()) -> String {
        do {
            _ = try read(text, suffix: suffix, reader: reader)
            return "ok"
        } catch {
            return "\(error)".components(separatedBy: ":").dropFirst().joined(separator: ":")
        }
    }

    @Test("NewsMTSC lines, with code-point offsets past an emoji")
    func newsMTSC() throws {
        // The flag is two code points (regional indicators), as in Python: "🇩🇪 Müller"[3:9] == "Müller".
        let line = #"{"mention": "Müller", "polarity": -1, "from": 3, "to": 9, "sentence": "🇩🇪 Müller lost.", "id": "x1"}"#
        let result = try read(line + "\n")
        #expect(result.examples == [LabeledExample(text: "🇩🇪 Müller lost.", target: TextSpan(start: 3, end: 9), label: "negative", line: 1, id: "x1")])
    }

    @Test("generic JSONL with a target string or no target; any label set")
    func generic() throws {
        let result = try read("""
            {"text": "We back the plan.", "target": "the plan", "label": "favor"}

            {"text": "Nothing to see.", "label": "none"}
            """)
        #expect(result.examples.count == 2)
        #expect(result.examples[0].target == TextSpan(start: 8, end: 16) && result.examples[0].label == "favor")
        #expect(result.examples[1].target == nil && result.examples[1].line == 3)
    }

    @Test("CSV with a header, quoted fields and an optional target")
    func csv() throws {
        let result = try read("text,label,target\n\"Fans loved it, mostly.\",positive,Fans\nPlain text,neutral,\n", suffix: ".csv")
        #expect(result.examples.map(\.label) == ["positive", "neutral"])
        #expect(result.examples[0].target == TextSpan(start: 0, end: 4) && result.examples[1].target == nil)
        #expect(message("words,label\nx,y\n", suffix: ".csv").contains("needs a \"text\" column"))
    }

    @Test("a target the text lacks is a topic; a reader for a span model refuses it with the line")
    func topicTargets() throws {
        let lines = #"{"text": "abc", "target": "Zz", "label": "x"}"# + "\n" + #"{"text": "abc", "target": "ABC", "label": "x"}"# + "\n"
        let examples = try read(lines).examples
        #expect(examples.map(\.target) == [nil, TextSpan(start: 0, end: 3)] && examples.map(\.targetName) == ["Zz", "ABC"])
        let csv = try read("text,label,target\nabc,x,Zz\n", suffix: ".csv").examples
        #expect(csv[0].target == nil && csv[0].targetName == "Zz")
        let spans = DatasetReader(requireSpans: true)
        #expect(message(lines, reader: spans).hasPrefix("1: target \"Zz\" does not occur in the text"))
        #expect(message("text,label,target\nabc,x,Zz\n", suffix: ".csv", reader: spans).hasPrefix("2: target \"Zz\" does not occur"))
    }

    @Test("bad lines are reported with their line number", arguments: [
        (#"{"text": "a", "label": "x"}"# + "\n{oops\n", "2: not valid JSON (expected a key in quotes at byte 2)"),
        ("[1, 2]", "1: expected a JSON object"),
        (#"{"label": "x"}"#, "1: missing \"text\""),
        (#"{"sentence": "abc", "from": 2, "to": 9, "polarity": 0}"#, "1: span 2..<9 lies outside the text"),
        (#"{"sentence": "abc", "mention": "ab", "from": 1, "to": 3, "polarity": 0}"#, "is not the text at 1..<3"),
        (#"{"text": "abc"}"#, "1: missing \"label\""),
        (#"{"text": "abc", "label": true}"#, "label must be"),
    ])
    func badLines(text: String, expected: String) {
        #expect(message(text).contains(expected), "\(message(text))")
    }

    @Test("invalid UTF-8 names the line, the byte and the likely encoding; --skip-invalid counts instead")
    func invalidUTF8() throws {
        var bytes = Array(#"{"text": "ok", "label": "x"}"#.utf8) + [0x0A]
        bytes += Array(#"{"text": "caf"#.utf8) + [0xE9] + Array(#"", "label": "x"}"#.utf8) + [0x0A]  // Windows-1252 "é"
        let path = try TestData.temporaryFile(bytes: bytes)
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(throws: StanceError.input(file: path, line: 2, "not valid UTF-8 (0xE9 at byte 14): the file looks like Windows-1252 or Latin-1; convert it with `iconv -f WINDOWS-1252 -t UTF-8`")) {
            try DatasetReader().read(path)
        }
        #expect(TextFile.notUTF8([0xFF, 0xFE, 0x61, 0x00]).contains("UTF-16"))
        let skipped = try DatasetReader(skipInvalid: true).read(path)
        #expect(skipped.examples.count == 1 && skipped.skipped == 1)
    }

    @Test("streaming hands on batches in file order; a bad line stops it after the batches before")
    func streaming() throws {
        let lines = (1...10).map { #"{"text": "t\#($0)", "label": "x"}"# }
        let path = try TestData.temporaryFile((lines[0..<7] + ["{oops"] + lines[7...]).joined(separator: "\n"))
        defer { try? FileManager.default.removeItem(atPath: path) }
        var batches: [[Int]] = []
        #expect(throws: StanceError.input(file: path, line: 8, "not valid JSON (expected a key in quotes at byte 2)")) {
            _ = try DatasetReader().streamJSONL(path, batchSize: 3, threads: 2) { batches.append($0.map(\.line)) }
        }
        #expect(batches == [[1, 2, 3], [4, 5, 6]])
        batches = []
        let skipped = try DatasetReader(skipInvalid: true).streamJSONL(path, batchSize: 3, threads: 2) { batches.append($0.map(\.line)) }
        #expect(skipped == 1 && batches == [[1, 2, 3], [4, 5, 6], [7, 9], [10, 11]])
    }

    @Test("each share of a batch is used where it was parsed; parts and errors come in file order")
    func shares() throws {
        let lines = (1...10).map { #"{"text": "t\#($0)", "label": "x"}"# }
        // Bad lines in two shares of one batch: the first in the file is the one reported.
        let path = try TestData.temporaryFile((lines[0..<2] + ["{oops"] + lines[2..<6] + ["[1]"] + lines[6...]).joined(separator: "\n"))
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(throws: StanceError.input(file: path, line: 3, "not valid JSON (expected a key in quotes at byte 2)")) {
            _ = try DatasetReader().streamJSONL(path, batchSize: 12, shareSize: 4, threads: 2, share: { $0.map(\.line) }) { _ in }
        }
        var parts: [[[Int]]] = []
        let skipped = try DatasetReader(skipInvalid: true).streamJSONL(path, batchSize: 12, shareSize: 4, threads: 2, share: { $0.map(\.line) }) { parts.append($0) }
        #expect(skipped == 2 && parts == [[[1, 2, 4], [5, 6, 7], [9, 10, 11, 12]]])
    }

    @Test("a missing file and a folder are clear errors")
    func missingFile() {
        #expect(throws: StanceError.input(file: "/nonexistent/x.jsonl", line: nil, "no such file")) {
            try DatasetReader().read("/nonexistent/x.jsonl")
        }
        #expect(throws: StanceError.input(file: "/tmp", line: nil, "is a directory, not a file")) { try DatasetReader().read("/tmp") }
    }

    @Test("labels compare without case and keep the first spelling")
    func labelSpelling() {
        #expect(Label.spellings(["FAVOR", "against", "favor", "Against"]) == ["FAVOR": "FAVOR", "favor": "FAVOR", "against": "against", "Against": "against"])
        #expect(Label.matching("favor", in: ["AGAINST", "FAVOR"]) == "FAVOR" && Label.matching("none", in: ["FAVOR"]) == nil)
    }

    @Test("a UTF-8 byte-order mark before the first JSONL line is skipped")
    func byteOrderMark() throws {
        let path = try TestData.temporaryFile(bytes: [0xEF, 0xBB, 0xBF] + Array(#"{"text": "The mayor praised Smith.", "target": "Smith", "label": "positive"}"#.utf8) + [0x0A])
        defer { try? FileManager.default.removeItem(atPath: path) }
        let examples = try DatasetReader().read(path).examples
        #expect(examples.count == 1 && examples[0].text == "The mayor praised Smith." && examples[0].target == TextSpan(start: 18, end: 23))
    }
}
