import Foundation
import Testing
@testable import StanceKit

@Suite("LineReader")
struct LineReaderTests {
    @Test("lines across chunk boundaries, CRLF, blank lines and a last line without a newline; memory stays bounded")
    func lines() throws {
        // About 1.3 MB in lines of varying length (up to 1,000 bytes), so many cross a chunk boundary.
        let expected = (0..<4000).map { i in
            i % 500 == 7 ? "" : String(repeating: "ab\u{00E9}c"[i % 3 == 0 ? 0 : 2], count: (i * 37) % 1000) + "#\(i)"
        }
        var text = ""
        for (i, line) in expected.enumerated() { text += line + (i % 2 == 0 ? "\r\n" : "\n") }
        text += "last line"
        let path = try TestData.temporaryFile(text, suffix: ".txt")
        defer { try? FileManager.default.removeItem(atPath: path) }
        var reader = try LineReader(path: path)
        var lines: [String] = []
        var largestBuffer = 0
        while let bytes = try reader.next() {
            lines.append(String(decoding: bytes, as: UTF8.self))
            #expect(reader.lineNumber == lines.count)
            largestBuffer = max(largestBuffer, reader.bufferedByteCount)
        }
        #expect(lines == expected + ["last line"])
        // Read lines are dropped before each new chunk: the buffer holds a chunk and a partial line.
        #expect(largestBuffer <= LineReader.chunkSize + 2_000)
    }

    /// Every line of `path`, read to the end.
    func allLines(_ path: String, maximumBytes: Int = LineReader.maximumLineBytes) throws -> [[UInt8]] {
        var reader = try LineReader(path: path, maximumBytes: maximumBytes)
        var lines: [[UInt8]] = []
        while let line = try reader.next() { lines.append(line) }
        return lines
    }

    @Test("a byte-order mark at the start of the file is dropped; one later in the file is data")
    func byteOrderMark() throws {
        let path = try TestData.temporaryFile(bytes: LineReader.byteOrderMark + Array("one\n".utf8) + LineReader.byteOrderMark + Array("two".utf8))
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(try allLines(path) == [Array("one".utf8), LineReader.byteOrderMark + Array("two".utf8)])
    }

    @Test("a line longer than the limit throws with its number, unheld, and the next line is read")
    func overlongLine() throws {
        let long = String(repeating: "x", count: 5 * LineReader.chunkSize)
        for ending in ["\nafter\n", ""] {
            let path = try TestData.temporaryFile("first\n" + long + ending, suffix: ".txt")
            defer { try? FileManager.default.removeItem(atPath: path) }
            var reader = try LineReader(path: path, maximumBytes: 2 * LineReader.chunkSize)
            #expect(try reader.next() == Array("first".utf8))
            #expect {
                _ = try reader.next()
            } throws: { error in
                (error as? StanceError) == .input(file: path, line: 2, "the line is longer than 131072 bytes, the most a line may hold")
            }
            #expect(reader.bufferedByteCount <= 3 * LineReader.chunkSize + 1)
            #expect(try reader.next() == (ending.isEmpty ? nil : Array("after".utf8)))
        }
    }
}

private extension String {
    subscript(_ i: Int) -> Character { self[index(startIndex, offsetBy: i)] }
}
