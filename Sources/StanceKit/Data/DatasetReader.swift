import Foundation
import SwiftCSV

/// Reads labelled (or unlabelled) examples from the formats `stance` accepts:
/// - NewsMTSC JSONL: `sentence`, `mention`, `from`, `to` (code points), `polarity` (−1/0/1);
/// - generic JSONL: `text`, optional `target` or `from`/`to`, `label`;
/// - CSV with a header holding `text` and `label` and optionally `target` (files ending `.csv`).
///
/// A `target` is looked for in the text (case-insensitively, at word boundaries:
/// `CodePointText.span(of:)`); where it does not occur it is a topic the
/// example is about, kept as `targetName` with no span, for a model that conditions on targets.
/// Every problem is reported with the file and line; with `skipInvalid` bad lines are skipped
/// and counted instead.
public struct DatasetReader: Sendable {
    /// Whether an example without a label is an error (training) or fine (prediction).
    public var requireLabels: Bool
    /// Whether bad lines are skipped and counted instead of stopping the read.
    public var skipInvalid: Bool
    /// Whether a `target` must occur in its text: for a model that reads spans, not topics.
    public var requireSpans: Bool

    /// A reader with these rules; the defaults suit training data for any model.
    public init(requireLabels: Bool = true, skipInvalid: Bool = false, requireSpans: Bool = false) {
        self.requireLabels = requireLabels
        self.skipInvalid = skipInvalid
        self.requireSpans = requireSpans
    }

    /// A reader of examples for `model`: spans required unless it reads topics.
    public init(for model: StanceModel, requireLabels: Bool, skipInvalid: Bool = false) {
        self.init(requireLabels: requireLabels, skipInvalid: skipInvalid, requireSpans: !model.pipeline.readsTopics)
    }

    /// The error for a target its text lacks, when spans are required.
    static func missingTarget(_ name: String) -> String {
        "target \"\(name)\" does not occur in the text, and this model reads targets in the text (one trained on topic targets reads either)"
    }

    /// What a read gave.
    public struct Result: Sendable {
        /// The examples, in file order.
        public var examples: [LabeledExample]
        /// Lines skipped as invalid (only with `skipInvalid`).
        public var skipped: Int
    }

    /// The examples of a CSV file (name ending `.csv`) or a JSONL file (anything else; "-" is standard input).
    public func read(_ path: String) throws -> Result {
        if path.lowercased().hasSuffix(".csv") { return try readCSV(path) }
        return try readJSONL(path)
    }

    // MARK: JSONL

    package func readJSONL(_ path: String) throws -> Result {
        var examples: [LabeledExample] = []
        let skipped = try streamJSONL(path, threads: ProcessInfo.processInfo.activeProcessorCount) { examples += $0 }
        return Result(examples: examples, skipped: skipped)
    }

    /// Reads a JSONL file (or standard input, "-") in batches of up to `batchSize` lines, parses
    /// each batch on `threads` threads, and hands
    /// `body` the batch's examples in file order: memory stays bounded by one batch, however long
    /// the file. The first bad line throws, after the batches before it were handed on; with
    /// `skipInvalid` bad lines are skipped instead, and their number is returned.
    package func streamJSONL(_ path: String, batchSize: Int = 4096, threads: Int = 1,
                            _ body: ([LabeledExample]) throws -> Void) throws -> Int {
        try streamJSONL(path, batchSize: batchSize, threads: threads, share: { $0 }) { parts in
            let examples = parts.flatMap { $0 }
            if !examples.isEmpty { try body(examples) }
        }
    }

    /// The same, with each share of a batch (`shareSize` lines in a row) turned into a `Part` by
    /// `share` on the thread that parsed it, right after, and `body` given the parts in file
    /// order. A line is parsed and used on one thread, and a batch waits for its slowest thread
    /// once (parsing on every thread, then scoring on every thread, waited twice and moved each
    /// example between threads). Threads take the next share as they finish one (`parallelRuns`).
    package func streamJSONL<Part>(_ path: String, batchSize: Int = 4096, shareSize: Int = DatasetReader.shareSize, threads: Int = 1,
                                   share: ([LabeledExample]) -> Part, _ body: ([Part]) throws -> Void) throws -> Int {
        var skipped = 0
        var lines = try LineReader(path: path)
        var batch: [(bytes: [UInt8], number: Int)] = []
        var atEnd = false
        while !atEnd {
            batch.removeAll(keepingCapacity: true)
            while batch.count < batchSize {
                guard let bytes = try lines.next() else {
                    atEnd = true
                    break
                }
                if JSONLines.isBlank(bytes) { continue }
                batch.append((bytes, lines.lineNumber))
            }
            if batch.isEmpty { continue }
            let shares = parallelRuns(count: batch.count, size: shareSize, threads: threads) { range in
                var examples: [LabeledExample] = []
                examples.reserveCapacity(range.count)
                var skipped = 0
                for i in range {
                    do {
                        examples.append(try parseJSONLine(batch[i].bytes, file: path, line: batch[i].number))
                    } catch is StanceError where skipInvalid {
                        skipped += 1
                    } catch {
                        // Shares are in file order, so the first share's error is the batch's first.
                        return (part: nil as Part?, skipped: skipped, error: error as Error?)
                    }
                }
                return (part: share(examples), skipped: skipped, error: nil)
            }
            var parts: [Part] = []
            parts.reserveCapacity(shares.count)
            for result in shares {
                if let error = result.error { throw error }
                skipped += result.skipped
                parts.append(result.part!)
            }
            try body(parts)
        }
        return skipped
    }

    /// Lines per share of a batch: small enough that two threads finish a batch together, large
    /// enough that a share's set-up (a scorer, an output buffer) is nothing beside its lines.
    static let shareSize = 256

    /// Parses one JSONL line in any of the accepted shapes.
    package func parseJSONLine(_ bytes: [UInt8], file: String, line: Int) throws -> LabeledExample {
        func fail(_ message: String) -> StanceError { .input(file: file, line: line, message) }
        let values = try JSONLines.fields(bytes, Self.fieldNames, file: file, line: line)
        func field(_ name: Field) -> JSONValue? { values[name.rawValue] }

        let text: String
        if let sentence = field(.sentence)?.string {
            text = sentence
        } else if let value = field(.text)?.string {
            text = value
        } else {
            throw fail("missing \"text\" (or NewsMTSC's \"sentence\")")
        }
        let codePoints = CodePointText(text)
        var target: TextSpan? = nil
        var targetName: String? = nil
        if field(.from) != nil || field(.to) != nil {
            guard let from = field(.from)?.integer, let to = field(.to)?.integer else {
                throw fail("\"from\" and \"to\" must both be integers")
            }
            guard from >= 0, from < to, to <= codePoints.count else {
                throw fail("span \(from)..<\(to) lies outside the text (\(codePoints.count) code points)")
            }
            let span = TextSpan(start: from, end: to)
            // Scalar by scalar first, the usual match, without a string made; then as strings,
            // which compare canonically ("é" precomposed or not).
            if let mention = field(.mention)?.string, !codePoints.scalars[from..<to].elementsEqual(mention.unicodeScalars),
                codePoints.string(in: span) != mention
            {
                throw fail("\"mention\" \"\(mention)\" is not the text at \(from)..<\(to) (\"\(codePoints.string(in: span))\"); offsets are code points")
            }
            target = span
        } else if let name = (field(.target) ?? field(.mention))?.string, !name.isEmpty {
            target = codePoints.span(of: name)
            targetName = name
            if target == nil && requireSpans { throw fail(Self.missingTarget(name)) }
        }

        var label: String? = nil
        if let value = field(.label) ?? field(.polarity) ?? field(.stance) {
            label = try Self.label(from: value).orThrow(fail("label must be a string or an integer such as -1/0/1"))
        }
        if requireLabels && label == nil { throw fail("missing \"label\" (or NewsMTSC's \"polarity\")") }
        let id = field(.id)?.text
        return LabeledExample(text: text, codePoints: codePoints, target: target, targetName: targetName, label: label, line: line, id: id)
    }

    /// The fields a line is read for, in `fieldNames` order.
    enum Field: Int, CaseIterable { case sentence, text, from, to, mention, target, label, polarity, stance, id }
    static let fieldNames = JSONParser.FieldNames(Field.allCases.map { "\($0)" })

    // MARK: CSV

    package func readCSV(_ path: String) throws -> Result {
        try readCSV(text: TextFile.string(of: path), file: path)
    }

    /// The examples of CSV `text`; errors name `file`.
    package func readCSV(text: String, file path: String) throws -> Result {
        let csv: CSV<Enumerated>
        do {
            csv = try CSV<Enumerated>(string: text, delimiter: .comma, loadColumns: false)
        } catch {
            throw StanceError.input(file: path, line: nil, "not valid CSV (\(error))")
        }
        let header = csv.header.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        guard let textColumn = header.firstIndex(of: "text") else {
            throw StanceError.input(file: path, line: 1, "the CSV header needs a \"text\" column (found: \(csv.header.joined(separator: ",")))")
        }
        let labelColumn = header.firstIndex(of: "label")
        if requireLabels && labelColumn == nil {
            throw StanceError.input(file: path, line: 1, "the CSV header needs a \"label\" column (found: \(csv.header.joined(separator: ",")))")
        }
        let targetColumn = header.firstIndex(of: "target")
        var result = Result(examples: [], skipped: 0)
        for (index, row) in csv.rows.enumerated() {
            let record = index + 2  // the header is line 1
            do {
                func fail(_ message: String) -> StanceError { .input(file: path, line: record, message) }
                guard row.count == header.count else {
                    throw fail("has \(row.count) fields, the header has \(header.count)")
                }
                let text = row[textColumn]
                let targetName = targetColumn.map { row[$0] }.flatMap { $0.isEmpty ? nil : $0 }
                let codePoints = CodePointText(text)
                let target = targetName.flatMap { codePoints.span(of: $0) }
                if let targetName, target == nil, requireSpans { throw fail(Self.missingTarget(targetName)) }
                let label = labelColumn.map { row[$0] }.flatMap { $0.isEmpty ? nil : $0 }
                if requireLabels && label == nil { throw fail("empty label") }
                result.examples.append(LabeledExample(text: text, codePoints: codePoints, target: target, targetName: targetName, label: label, line: record, id: nil))
            } catch is StanceError where skipInvalid {
                result.skipped += 1
            }
        }
        return result
    }

    // MARK: Helpers

    static func label(from value: JSONValue) -> String? {
        if let string = value.string { return string }
        if let number = value.integer { return Label.fromPolarity(number) ?? String(number) }
        return nil
    }
}

extension Optional {
    package func orThrow(_ error: @autoclosure () -> Error) throws -> Wrapped {
        guard let value = self else { throw error() }
        return value
    }
}
