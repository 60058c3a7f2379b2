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
    /// A line on standard error, prefixed with the tool name.
    static func error(_ message: String) {
        FileHandle.standardError.write(Data(("stance: " + message + "\n").utf8))
    }

    /// A progress line on standard error (nothing with --quiet).
    static func progress(_ message: String, quiet: Bool) {
        if !quiet { FileHandle.standardError.write(Data((message + "\n").utf8)) }
    }

    /// Says how to give input when a command is about to read a terminal's standard input,
    /// where it would otherwise wait in silence.
    static func noteReadingTerminal(_ path: String, example: String) {
        guard path == "-", isatty(STDIN_FILENO) == 1 else { return }
        error("reading standard input: type or paste, then press Ctrl-D; or give a file: \(example)")
    }
}

/// Buffered writing to standard output.
struct StandardOutput {
    private var buffer = Data()

    mutating func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 16 { flush() }
    }

    mutating func flush() {
        if !buffer.isEmpty {
            FileHandle.standardOutput.write(buffer)
            buffer.removeAll(keepingCapacity: true)
        }
    }
}

struct ModelOptions: ParsableArguments {
    @Option(name: .long, help: "Model file (default: the built-in NewsMTSC model).")
    var model: String?

    func load() throws -> StanceModel {
        BLAS.useSingleThread()
        if let model { return try ModelArtifact.load(path: model) }
        return try ModelArtifact.loadDefault()
    }
}

extension StanceModel {
    /// The example of `--text` and `--target`: the target's span where the text has it; where it
    /// does not, its name for a model that reads topics, and an error for one that reads spans.
    func example(text: String, target: String?) throws -> LabeledExample {
        guard let target else { return LabeledExample(text: text, target: nil, label: nil) }
        let span = DatasetReader.find(target, in: CodePointText(text))
        if span == nil && !pipeline.readsTopics {
            throw StanceError.usage("--target \"\(target)\" does not occur in --text (this model reads targets in the text)")
        }
        return LabeledExample(text: text, target: span, targetName: target, label: nil)
    }
}

/// A JSON string literal (RFC 8259 escaping), for hand-assembled output lines.
func jsonString(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
        switch scalar {
        case "\"": out += "\\\""
        case "\\": out += "\\\\"
        case "\n": out += "\\n"
        case "\r": out += "\\r"
        case "\t": out += "\\t"
        default:
            if scalar.value < 0x20 {
                out += String(format: "\\u%04x", scalar.value)
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
    }
    return out + "\""
}

/// A number in JSON: shortest round-trip form, never locale-dependent.
func jsonNumber(_ value: Double) -> String {
    value.isFinite ? "\(value)" : "null"
}


extension LogisticRegression.ClassWeight: ExpressibleByArgument {}
