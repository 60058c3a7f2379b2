import Foundation

/// Reads a file (or standard input, "-") one line at a time in fixed-size chunks, so memory
/// does not grow with the file. Lines are split at `\n`; a trailing `\r` is dropped, and so is
/// a UTF-8 byte-order mark at the start of the file (many exported files begin with one).
///
/// The buffer and the lines are byte arrays, not `Data`: every byte read through `Data`'s
/// subscript passes a run-time exclusivity check, which made finding the newlines half the time
/// of reading a JSONL file.
///
/// A line longer than `maximumBytes` throws (naming the file and line) without being held: the
/// reader skips to its end, so the caller may go on with the next line.
struct LineReader {
    private let handle: FileHandle
    private let path: String
    /// Bytes read and not yet returned start at `position`; the buffer starts at index 0.
    private var buffer: [UInt8] = []
    private var position = 0
    /// Where the search for the next newline goes on: the bytes before it hold none.
    private var scanned = 0
    private var atEnd = false
    private(set) var lineNumber = 0
    static let chunkSize = 1 << 16
    /// The longest line read: it bounds the memory and time one line can take.
    let maximumBytes: Int
    /// The default longest line, 16 MiB: an article of a few million words, a dataset line far
    /// longer than any sentence.
    static let maximumLineBytes = 1 << 24
    /// Bytes held, for the test that memory stays bounded.
    var bufferedByteCount: Int { buffer.count }

    init(path: String, maximumBytes: Int = maximumLineBytes) throws {
        self.path = path
        self.maximumBytes = maximumBytes
        if path == "-" {
            handle = FileHandle.standardInput
        } else {
            try TextFile.checkIsFile(path)
            guard let handle = FileHandle(forReadingAtPath: path) else {
                throw StanceError.input(file: path, line: nil, "cannot be read (check its permissions)")
            }
            self.handle = handle
        }
    }

    /// The next line's bytes, or nil at the end.
    mutating func next() throws -> [UInt8]? {
        var skipping = false
        while true {
            if let newline = buffer[scanned...].firstIndex(of: 0x0A) {
                var line = buffer[position..<newline]
                position = newline + 1
                scanned = position
                if skipping || line.count > maximumBytes { try overlong() }
                if line.last == 0x0D { line = line.dropLast() }
                return numbered(line)
            }
            scanned = buffer.count
            if atEnd {
                guard position < buffer.count || skipping else { return nil }
                let line = buffer[position...]
                position = buffer.count
                scanned = position
                if skipping || line.count > maximumBytes { try overlong() }
                return numbered(line)
            }
            if buffer.count - position > maximumBytes {
                // Too long to hold: drop what is read of it and find its end.
                skipping = true
                position = buffer.count
            }
            // Keep only the unfinished line before reading on, so the buffer holds one chunk and
            // one partial line, not everything read so far.
            buffer.removeSubrange(0..<position)
            scanned -= position
            position = 0
            let chunk = handle.readData(ofLength: Self.chunkSize)
            if chunk.isEmpty { atEnd = true } else { buffer.append(contentsOf: chunk) }
        }
    }

    private mutating func overlong() throws -> Never {
        lineNumber += 1
        throw StanceError.input(file: path, line: lineNumber, "the line is longer than \(maximumBytes % (1 << 20) == 0 ? "\(maximumBytes >> 20) MiB" : "\(maximumBytes) bytes"), the most a line may hold")
    }

    private mutating func numbered(_ line: ArraySlice<UInt8>) -> [UInt8] {
        lineNumber += 1
        return Array(lineNumber == 1 && line.starts(with: Self.byteOrderMark) ? line.dropFirst(Self.byteOrderMark.count) : line)
    }

    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]
}
