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
        while let bytes = reader.next() {
            lines.append(String(decoding: bytes, as: UTF8.self))
            #expect(reader.lineNumber == lines.count)
            largestBuffer = max(largestBuffer, reader.bufferedByteCount)
        }
        #expect(lines == expected + ["last line"])
        // Read lines are dropped before each new chunk: the buffer holds a chunk and a partial line.
        #expect(largestBuffer <= LineReader.chunkSize + 2_000)
    }
}

private extension String {
    subscript(_ i: Int) -> Character { self[index(startIndex, offsetBy: i)] }

    @Test("a byte-order mark at the start of the file is dropped; one later in the file is data")
    func byteOrderMark() throws {
        let path = try TestData.temporaryFile(bytes: LineReader.byteOrderMark + Array("one\n".utf8) + LineReader.byteOrderMark + Array("two".utf8))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let lines = Array(try LineReader(path: path))
        #expect(lines == [Array("one".utf8), LineReader.byteOrderMark + Array("two".utf8)])
    }
}
