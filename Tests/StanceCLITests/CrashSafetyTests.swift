import Foundation
import Testing

/// `kill -9` at any moment of a command that writes `--out` leaves the file as it was or whole:
/// results are written to a temporary file beside it and renamed into place (`ResultOutput`,
/// `TextFile.writeAtomically`).
@Suite("crash safety: SIGKILL while writing --out")
struct CrashSafetyTests {
    static let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("data/samples/council-vote.jsonl").path

    /// Runs `arguments` to the end once, then `moments` more times, each but the last killed with
    /// SIGKILL at a moment spread over the first run's time (from at once to its end); after every
    /// kill the file at `out` must hold its old bytes or exactly the complete run's, the first
    /// kill (at once) and the last run (not killed) giving each.
    func checkKilled(_ arguments: [String], out: String, moments: Int = 8) throws {
        let url = URL(fileURLWithPath: out)
        let old = Data("the old bytes\n".utf8)
        try old.write(to: url)
        let started = Date()
        let complete = try Binary.run(arguments)
        let duration = Date().timeIntervalSince(started)
        try #require(complete.status == 0, "\(complete.stderr)")
        let new = try Data(contentsOf: url)
        #expect(new != old)
        var seen = (old: 0, new: 0)
        for k in 0..<moments {
            try old.write(to: url)
            let process = Process()
            process.executableURL = Binary.stance
            process.arguments = arguments
            process.standardInput = FileHandle.nullDevice
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            // The last run is left to finish: the file must then be the new one.
            if k < moments - 1 {
                usleep(UInt32(duration * Double(k) / Double(moments - 1) * 1_000_000))
                kill(process.processIdentifier, SIGKILL)
            }
            process.waitUntilExit()
            let now = try Data(contentsOf: url)
            #expect(now == old || now == new, "\(arguments[0]) killed after \(k)/\(moments - 1) of its time: \(now.count) bytes, neither the old file nor the whole new one")
            if now == old { seen.old += 1 } else if now == new { seen.new += 1 }
        }
        #expect(seen.old > 0 && seen.new > 0, "\(arguments[0]): \(seen.old) runs left the old file, \(seen.new) the new one")
    }

    @Test("--out to a pipe (or a device: /dev/null) writes through it and leaves it a pipe; a rename had replaced it")
    func outToPipe() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("stance-pipe-\(getpid())").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let pipe = folder + "/results"
        try #require(mkfifo(pipe, 0o600) == 0)
        // Opened for reading without waiting, so the command's open for writing does not wait either;
        // one line fits in the pipe's buffer.
        let reader = open(pipe, O_RDONLY | O_NONBLOCK)
        try #require(reader >= 0)
        defer { close(reader) }
        let run = try Binary.run(["predict", "--text", "Critics slammed the senator.", "--target", "the senator", "--out", pipe])
        #expect(run.status == 0, "\(run.stderr)")
        var bytes = [UInt8](repeating: 0, count: 1 << 16)
        let count = read(reader, &bytes, bytes.count)
        #expect(count > 0 && String(decoding: bytes[..<max(count, 0)], as: UTF8.self).hasPrefix("{\"label\":"))
        let type = try FileManager.default.attributesOfItem(atPath: pipe)[.type] as? FileAttributeType
        #expect(type != .typeRegular, "the pipe was replaced by a file")
    }

    @Test("stance score --out, stance report --out and stance train --out: the old file or the whole new one")
    func killedWhileWriting() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // Sentences as articles, enough that scoring writes its output in several pieces.
        let lines = try String(contentsOfFile: Self.samples, encoding: .utf8).split(separator: "\n")
        let corpus = folder + "/corpus.jsonl"
        try Array(repeating: lines, count: 20).joined().joined(separator: "\n").write(toFile: corpus, atomically: true, encoding: .utf8)
        try checkKilled(["score", corpus, "--format", "jsonl", "--out", folder + "/scored.jsonl"], out: folder + "/scored.jsonl")
        try checkKilled(["report", corpus, "--format", "html", "--out", folder + "/report.html"], out: folder + "/report.html")
        let training = folder + "/train.jsonl"
        try toyTraining.write(toFile: training, atomically: true, encoding: .utf8)
        try checkKilled(["train", "--train", training, "--out", folder + "/model.json"], out: folder + "/model.json")
    }
}
