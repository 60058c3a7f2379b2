import Foundation
import Testing

/// Renders HTML reports in headless Chromium (Debian's `chromium`), as a reader would open them.
enum Chromium {
    static let path: String? = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first { FileManager.default.isExecutableFile(atPath: $0) }

    /// Runs Chromium on `file` with `arguments`; returns stdout and stderr.
    static func run(_ arguments: [String], file: String) throws -> (stdout: String, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path!)
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--enable-logging=stderr", "--v=0",
                             "--virtual-time-budget=2000"] + arguments + ["file://" + file]
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (String(decoding: stdout, as: UTF8.self), String(decoding: stderr, as: UTF8.self))
    }
}

@Suite("HTML reports in a real browser", .enabled(if: Chromium.path != nil, "needs Chromium (apt-get install chromium); skipped"))
struct BrowserTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let kremlin = root.deletingLastPathComponent().appendingPathComponent("shared/examples/kremlin-peskov-2023-12-15.txt").path

    static var articles: [(path: String, names: [String])] {
        var list = [(root.appendingPathComponent("data/samples/council-vote.txt").path, ["Elena Vasquez", "Robert Hale", "Priya Raman"])]
        if FileManager.default.fileExists(atPath: kremlin) {
            list.append((kremlin, ["Dmitry Peskov", "Vladimir Putin", "United States", "the West", "Alexei Navalny"]))
        }
        return list
    }

    @Test("renders without console errors, is not blank, and shows the actors")
    func render() throws {
        for (article, names) in Self.articles {
            let folder = NSTemporaryDirectory() + "stance-html-\(UUID().uuidString)"
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(atPath: folder) }
            let html = folder + "/report.html"
            let report = try Binary.run(["report", article, "--format", "html", "--out", html])
            #expect(report.status == 0, "\(report.stderr)")

            let dom = try Chromium.run(["--dump-dom"], file: html)
            #expect(!dom.stderr.contains("Page load failed"), "\(article)")
            #expect(!dom.stderr.contains("Uncaught") && !dom.stderr.contains(":CONSOLE"), "console output for \(article)")
            for name in names { #expect(dom.stdout.contains(name), "\(name) in \(article)") }

            let png = folder + "/report.png"
            _ = try Chromium.run(["--window-size=1100,1600", "--screenshot=" + png], file: html)
            let size = (try? FileManager.default.attributesOfItem(atPath: png)[.size] as? Int) ?? 0
            // A blank page compresses to a few kilobytes; the report is tables, charts and text.
            #expect(size > 40_000, "screenshot of \(article) is \(size) bytes: blank?")
        }
    }
}
