import Foundation

/// Reads a file (or standard input, "-") one line at a time in fixed-size chunks, so memory
/// does not grow with the file. Lines are split at `\n`; a trailing `\r` is dropped.
public struct LineReader: Sequence, IteratorProtocol {
    private let handle: FileHandle
    private var buffer = Data()
    private var atEnd = false
    public private(set) var lineNumber = 0
    static let chunkSize = 1 << 16

    public init(path: String) throws {
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
    public mutating func next() -> Data? {
        while true {
            if let newline = buffer.firstIndex(of: 0x0A) {
                var line = buffer[buffer.startIndex..<newline]
                buffer = buffer[(newline + 1)...]
                if line.last == 0x0D { line = line.dropLast() }
                lineNumber += 1
                return Data(line)
            }
            if atEnd {
                guard !buffer.isEmpty else { return nil }
                let line = buffer
                buffer = Data()
                lineNumber += 1
                return Data(line)
            }
            let chunk = handle.readData(ofLength: Self.chunkSize)
            if chunk.isEmpty { atEnd = true } else { buffer.append(chunk) }
        }
    }
}
