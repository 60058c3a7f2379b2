import ArgumentParser
import Foundation
import StanceKit

/// Runs a command body, turning `StanceError`s into one line on stderr and a meaningful exit code.
func reportingErrors(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let error as StanceError {
        Console.error(error.description)
        switch error {
        case .usage: throw ExitCode(64)
        case .input, .model, .data: throw ExitCode(65)
        }
    }
}

enum Console {
    /// A line on standard error, prefixed with the tool name. Messages quote input (names,
    /// ids, fields), so its control characters are shown, not sent to the terminal.
    static func error(_ message: String) {
        FileHandle.standardError.write(Data(("stance: " + VisibleText.of(message) + "\n").utf8))
    }

    /// A progress line on standard error (nothing with --quiet), shown as `error` shows it.
    static func progress(_ message: String, quiet: Bool) {
        if !quiet { FileHandle.standardError.write(Data((VisibleText.of(message) + "\n").utf8)) }
    }

    /// Says how to give input when a command is about to read a terminal's standard input,
    /// where it would otherwise wait in silence.
    static func noteReadingTerminal(_ path: String, example: String) {
        guard path == "-", isatty(STDIN_FILENO) == 1 else { return }
        error("reading standard input: type or paste, then press Ctrl-D; or give a file: \(example)")
    }
}

/// Notes about single articles of a corpus ("no actors found"): the first few of each kind are
/// printed as they come, the rest only counted and summed up by `finish`, so that a corpus of
/// 10,000 short texts does not bury the run's errors under 10,000 lines.
final class ArticleNotes {
    /// How many notes of one kind are printed before they are only counted.
    static let shownPerKind = 5
    private var counts: [String: Int] = [:]
    private var kinds: [String] = []

    /// "note: SUBJECT: KIND", or a count for `finish` once `shownPerKind` of the kind were shown.
    func note(_ subject: String, _ kind: String) {
        let count = counts[kind, default: 0] + 1
        if count == 1 { kinds.append(kind) }
        counts[kind] = count
        if count <= Self.shownPerKind { Console.progress("note: \(subject): \(kind)", quiet: false) }
    }

    /// One line per kind with more notes than were shown.
    func finish() {
        for kind in kinds where counts[kind]! > Self.shownPerKind {
            Console.progress("note: \(counts[kind]! - Self.shownPerKind) more articles: \(kind)", quiet: false)
        }
    }
}

/// `--out FILE`, for every command that writes a result.
struct OutputOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Write the result to this file (through a temporary file: whole or not at all) instead of standard output.", valueName: "file"))
    var out: String?

    /// The result's destination, checked against the command's `inputs` before any work.
    func output(inputs: [String]) throws -> ResultOutput { try ResultOutput(path: out, inputs: inputs) }
}

/// How commands print figures: aligned text for people, or one JSON object.
enum FigureFormat: String, ExpressibleByArgument, CaseIterable { case table, json }

struct ModelOptions: ParsableArguments {
    @Option(name: .long, help: "Model file (default: the built-in NewsMTSC model).")
    var model: String?

    func load() throws -> StanceModel {
        if let model { return try ModelArtifact.load(path: model) }
        return try ModelArtifact.loadDefault()
    }
}

extension LogisticRegression.ClassWeight: ExpressibleByArgument {}

/// Where a command's result goes: standard output, or the `--out` file, written through a
/// temporary file beside it and renamed only when the command succeeds, so the file is always
/// its old bytes or a whole new result (a device or a pipe, "/dev/null", is written in place).
/// The path is checked before any work (not a folder, not one of the inputs, in a folder that
/// exists).
final class ResultOutput {
    private let path: String?
    private let temporary: String?
    private let handle: FileHandle?
    private var buffer = Data()
    private var committed = false

    init(path: String?, inputs: [String]) throws {
        self.path = path
        guard let path else {
            temporary = nil
            handle = nil
            return
        }
        try TextFile.checkOutput(path, inputs: inputs)
        if TextFile.isSpecial(path) {  // "/dev/null", a pipe: written in place, never replaced
            temporary = nil
            handle = try TextFile.openInPlace(path)
            return
        }
        let temporary = try TextFile.createTemporary(for: path)
        guard let handle = FileHandle(forWritingAtPath: temporary) else {
            try? FileManager.default.removeItem(atPath: temporary)
            throw StanceError.usage("\(path): cannot write the temporary file \(temporary)")
        }
        self.temporary = temporary
        self.handle = handle
    }

    /// Whether the result goes to a terminal (where colour is allowed).
    var isTerminal: Bool { path == nil && isatty(STDOUT_FILENO) == 1 }

    func write(_ text: String) { write(text.utf8) }

    func write<Bytes: Sequence<UInt8>>(_ bytes: Bytes) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= 1 << 16 { flush() }
    }

    /// Hands on what is buffered: to standard output at once (a pipe sees each article as it
    /// is scored), to the temporary file otherwise.
    func flush() {
        guard !buffer.isEmpty else { return }
        (handle ?? FileHandle.standardOutput).write(buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    /// Puts the file in place (or flushes standard output): call once the result is whole.
    func commit() throws {
        flush()
        committed = true
        guard let path, let temporary, let handle else { return }
        try handle.close()
        try TextFile.moveIntoPlace(temporary, path)
    }

    deinit {
        guard !committed, let temporary else { return }
        try? handle?.close()
        try? FileManager.default.removeItem(atPath: temporary)
    }
}
