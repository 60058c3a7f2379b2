import Foundation
import Testing

/// Every output format and every `--help`, pinned byte for byte in `Snapshots/`: a change to
/// any of them shows in review as a diff of these files. After a deliberate change (a new
/// option, a retrained model), regenerate them with `STANCE_UPDATE_SNAPSHOTS=1 swift test
/// --filter SnapshotTests` and read the diff.
@Suite("snapshots of every format and every --help")
struct SnapshotTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")
    static let root = folder.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let sample = root.appendingPathComponent("data/samples/council-vote.txt").path
    static let samples = root.appendingPathComponent("data/samples/council-vote.jsonl").path
    static let updating = ProcessInfo.processInfo.environment["STANCE_UPDATE_SNAPSHOTS"] == "1"

    /// Snapshot name and the command that prints it.
    static let cases: [(String, [String])] = {
        var cases: [(String, [String])] = []
        for command in ["", "train", "predict", "explain", "evaluate", "score", "report", "aggregate"] {
            cases.append(("help-\(command.isEmpty ? "stance" : command).txt", (command.isEmpty ? [] : [command]) + ["--help"]))
        }
        for format in ["table", "markdown", "csv", "json", "html"] {
            cases.append(("report-\(format).txt", ["report", sample, "--format", format]))
            cases.append(("corpus-report-\(format).txt", ["report", samples, "--format", format]))
        }
        for format in ["json", "jsonl", "csv"] { cases.append(("score-\(format).txt", ["score", sample, "--format", format])) }
        for format in ["jsonl", "table"] {
            cases.append(("predict-\(format).txt", ["predict", "--text", "Critics slammed the senator's plan.", "--target", "the senator", "--format", format]))
        }
        for format in ["table", "json"] {
            cases.append(("explain-\(format).txt", ["explain", "--text", "Critics slammed the senator's plan.", "--target", "the senator", "--top", "6", "--format", format]))
        }
        return cases
    }()

    @Test("output matches its snapshot", arguments: cases.map(\.0))
    func matches(name: String) throws {
        let command = Self.cases.first { $0.0 == name }!.1
        let run = try Binary.run(command, environment: ["COLUMNS": "80", "NO_COLOR": "1"])
        #expect(run.status == 0, "\(command): \(run.stderr)")
        let path = Self.folder.appendingPathComponent(name).path
        if Self.updating {
            try run.stdout.write(toFile: path, atomically: true, encoding: .utf8)
            return
        }
        let expected = try #require(try? String(contentsOfFile: path, encoding: .utf8), "no snapshot \(name): run with STANCE_UPDATE_SNAPSHOTS=1")
        #expect(run.stdout == expected, "\(name) differs from its snapshot (\(command.joined(separator: " ")))")
    }

    /// The README's first example is what `make demo` prints: the table snapshot, checked above
    /// against the binary (it had gone stale by 0.01 in four scores after a retrain).
    @Test("the README's demo output is the report table's snapshot")
    func readmeDemo() throws {
        let readme = try String(contentsOf: Self.root.appendingPathComponent("README.md"), encoding: .utf8)
        let command = "$ stance report data/samples/council-vote.txt\n"
        let start = try #require(readme.range(of: command))
        let end = try #require(readme.range(of: "```", range: start.upperBound..<readme.endIndex))
        let snapshot = try String(contentsOfFile: Self.folder.appendingPathComponent("report-table.txt").path, encoding: .utf8)
        #expect(String(readme[start.upperBound..<end.lowerBound]) == snapshot)
    }
}
