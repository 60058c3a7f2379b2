import Foundation

/// Reading text files line by line with exact line numbers and UTF-8 validation,
/// and writing files so that a failure never leaves a partial one behind.
package enum TextFile {
    package struct Line: Sendable {
        /// 1-based line number in the file.
        package let number: Int
        package let text: String
    }

    /// Throws the usual one-line error when `path` is missing or a directory.
    package static func checkIsFile(_ path: String) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw StanceError.input(file: path, line: nil, "no such file")
        }
        if isDirectory.boolValue { throw StanceError.input(file: path, line: nil, "is a directory, not a file") }
    }

    /// The file's bytes; `-` reads standard input. Past `limit.bytes` (a pipe has no size to
    /// check first) it stops reading and throws `limit.message` as the file's error.
    package static func data(of path: String, limit: (bytes: Int, message: String)? = nil) throws -> Data {
        let handle: FileHandle
        if path == "-" {
            handle = FileHandle.standardInput
        } else {
            try checkIsFile(path)
            // Through a handle: `FileManager.contents(atPath:)` leaks its 4 KB buffer on an empty
            // file (AddressSanitizer's leak check found it).
            guard let file = FileHandle(forReadingAtPath: path) else { throw unreadable(path) }
            handle = file
        }
        defer { if path != "-" { try? handle.close() } }
        var data = Data()
        while true {
            let chunk: Data?
            do { chunk = try handle.read(upToCount: 1 << 20) } catch { throw unreadable(path) }
            guard let chunk, !chunk.isEmpty else { return data }
            data.append(chunk)
            if let limit, data.count > limit.bytes { throw StanceError.input(file: path, line: nil, limit.message) }
        }
    }

    private static func unreadable(_ path: String) -> StanceError {
        .input(file: path, line: nil, "cannot be read (check its permissions)")
    }

    /// The file as text: UTF-8, a byte-order mark dropped.
    package static func string(of path: String) throws -> String {
        let data = try data(of: path)
        return try decode(data[...], file: path, line: nil)
    }

    /// The file's lines (without their `\n` or `\r\n`), each checked to be valid UTF-8.
    /// With `fallbackToLatin1`, a line that is not UTF-8 is read as ISO-8859-1 instead
    /// (some published word lists are).
    package static func lines(of path: String, fallbackToLatin1: Bool = false) throws -> [Line] {
        var reader = try LineReader(path: path)
        var lines: [Line] = []
        while let bytes = try reader.next() {
            let number = reader.lineNumber
            if let text = String(validating: bytes, as: UTF8.self) {
                lines.append(Line(number: number, text: text))
            } else if fallbackToLatin1, let text = String(data: Data(bytes), encoding: .isoLatin1) {
                lines.append(Line(number: number, text: text))
            } else {
                throw StanceError.input(file: path, line: number, notUTF8(bytes))
            }
        }
        return lines
    }

    /// Why `bytes` are not UTF-8, with the first bad byte and the encoding it most likely is:
    /// many public datasets are Windows-1252 (Excel's CSV) or UTF-16.
    static func notUTF8(_ bytes: some Collection<UInt8>) -> String {
        let bytes = Array(bytes)
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) || bytes.contains(0) {
            return "not valid UTF-8: the file looks like UTF-16; convert it with `iconv -f UTF-16 -t UTF-8`"
        }
        // The offset of the first byte the standard library's UTF-8 parser refuses.
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var i = 0
        while case .valid(let scalar) = parser.parseScalar(from: &iterator) { i += scalar.count }
        let byte = i < bytes.count ? String(format: "0x%02X", bytes[i]) : "a cut sequence"
        return "not valid UTF-8 (\(byte) at byte \(i + 1)): the file looks like Windows-1252 or Latin-1; convert it with `iconv -f WINDOWS-1252 -t UTF-8`"
    }

    static func decode(_ bytes: Data.SubSequence, file: String, line: Int?) throws -> String {
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw StanceError.input(file: file, line: line, notUTF8(bytes))
        }
        return dropBOM(text)
    }

    static func dropBOM(_ text: String) -> String {
        text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
    }

    /// Refuses an output path that is a folder or one of the command's inputs (the same file by
    /// any path), before any work: `stance report a.txt --out a.txt` must not replace its input.
    package static func checkOutput(_ path: String, inputs: [String]) throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw StanceError.usage("\(path): is a folder; --out takes a file")
        }
        try checkFolderExists(for: path)
        guard let output = identity(of: path) else { return }
        if inputs.contains(where: { identity(of: $0) == output }) {
            throw StanceError.usage("\(path): is one of the inputs; write the output to another file")
        }
    }

    /// The device and inode of an existing file, which two paths to one file share.
    private static func identity(of path: String) -> [UInt64]? {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: URL(fileURLWithPath: path).resolvingSymlinksInPath().path),
            let device = attributes[.systemNumber] as? NSNumber, let inode = attributes[.systemFileNumber] as? NSNumber
        else { return nil }
        return [device.uint64Value, inode.uint64Value]
    }

    /// Throws a usage error when the folder that would hold `path` does not exist: checked before
    /// long work, so a typo in an output path does not cost a training run.
    package static func checkFolderExists(for path: String) throws {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw StanceError.usage("\(path): the folder \(folder) does not exist; create it first")
        }
    }

    /// Whether `path` (through its links) is something other than a file or a folder: a device
    /// ("/dev/null", "/dev/stdout"), a pipe or a socket. Such a path is written in place: a
    /// rename onto it would replace the device itself (as root, `--out /dev/null` had made
    /// /dev/null a plain file).
    package static func isSpecial(_ path: String) -> Bool {
        let resolved = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        guard let type = (try? FileManager.default.attributesOfItem(atPath: resolved))?[.type] as? FileAttributeType else { return false }
        return type != .typeRegular && type != .typeDirectory
    }

    /// A handle writing to the device or pipe at `path` itself (`isSpecial`).
    package static func openInPlace(_ path: String) throws -> FileHandle {
        guard let handle = FileHandle(forWritingAtPath: path) else { throw StanceError.usage("\(path): cannot write to it") }
        return handle
    }

    /// Writes `data` to `path` through a temporary file in the same folder and a rename,
    /// so readers see the old file or the whole new one, never a partial one (a device or a
    /// pipe is written in place).
    package static func writeAtomically(_ data: Data, to path: String) throws {
        if isSpecial(path) {
            let handle = try openInPlace(path)
            try handle.write(contentsOf: data)
            try handle.close()
            return
        }
        try checkFolderExists(for: path)
        let temporary = try createTemporary(for: path, contents: data)
        try moveIntoPlace(temporary, path)
    }

    /// A new hidden file beside `path` (same folder, so a rename replaces `path` in one step).
    package static func createTemporary(for path: String, contents: Data? = nil) throws -> String {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        let temporary = folder + "/." + url.lastPathComponent + ".\(ProcessInfo.processInfo.processIdentifier).tmp"
        guard FileManager.default.createFile(atPath: temporary, contents: contents) else {
            throw StanceError.usage("\(path): cannot write in \(folder) (check its permissions)")
        }
        return temporary
    }

    /// Renames the whole `temporary` file to `path`; on failure removes it and says why. Its bytes
    /// reach the disk first (`fsync`), so that after a power cut too the name holds the old file
    /// or the whole new one.
    package static func moveIntoPlace(_ temporary: String, _ path: String) throws {
        let descriptor = open(temporary, O_RDONLY)
        if descriptor >= 0 {
            fsync(descriptor)
            close(descriptor)
        }
        if rename(temporary, path) != 0 {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(atPath: temporary)
            throw StanceError.usage("\(path): cannot replace the file: \(reason)")
        }
    }
}
