import Foundation

/// Reads a file (or standard input, "-") one line at a time in fixed-size chunks, so memory
/// does not grow with the file. Lines are split at `\n`; a trailing `\r` is dropped, and so is
/// a UTF-8 byte-order mark at the start of the file (many exported files begin with one).
///
/// The buffer and the lines are byte arrays, not `Data`: every byte read through `Data`'s
/// subscript passes a run-time exclusivity check, which made finding the newlines half the time
/// of reading a JSONL file.
struct LineReader: Sequence, IteratorProtocol {
    private let handle: FileHandle
    /// Bytes read and not yet returned start at `position`; the buffer starts at index 0.
    private var buffer: [UInt8] = []
    private var position = 0
    private var atEnd = false
    private(set) var lineNumber = 0
    static let chunkSize = 1 << 16
    /// Bytes held, for the test that memory stays bounded.
    var bufferedByteCount: Int { buffer.count }

    init(path: String) throws {
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
    mutating func next() -> [UInt8]? {
        while true {
            if let newline = buffer[position...].firstIndex(of: 0x0A) {
                var line = buffer[position..<newline]
                position = newline + 1
                if line.last == 0x0D { line = line.dropLast() }
                return numbered(line)
            }
            if atEnd {
                guard position < buffer.count else { return nil }
                let line = buffer[position...]
                position = buffer.count
                return numbered(line)
            }
            // Keep only the unfinished line before reading on, so the buffer holds one chunk and
            // one partial line, not everything read so far.
            buffer.removeSubrange(0..<position)
            position = 0
            let chunk = handle.readData(ofLength: Self.chunkSize)
            if chunk.isEmpty { atEnd = true } else { buffer.append(contentsOf: chunk) }
        }
    }

    private mutating func numbered(_ line: ArraySlice<UInt8>) -> [UInt8] {
        lineNumber += 1
        return Array(lineNumber == 1 && line.starts(with: Self.byteOrderMark) ? line.dropFirst(Self.byteOrderMark.count) : line)
    }

    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]
}
