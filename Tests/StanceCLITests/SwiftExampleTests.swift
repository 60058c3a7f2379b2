import Foundation
import Testing

/// The README's "Use it from Swift" promise: its first Swift block, as written, builds and runs
/// in a new package that depends on this checkout, from a folder with no other file.
@Suite("the README's Swift example")
struct SwiftExampleTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The first ```swift block of the README.
    static func firstSwiftBlock() throws -> String {
        let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        let start = try #require(readme.range(of: "```swift\n"))
        let end = try #require(readme.range(of: "\n```", range: start.upperBound..<readme.endIndex))
        return String(readme[start.upperBound..<end.lowerBound]) + "\n"
    }

    @Test("builds in a package of its own and prints the sentence, the actors and its own model's answer")
    func readmeBlockRuns() throws {
        let folder = URL(fileURLWithPath: NSTemporaryDirectory() + "stance-swift-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("Sources/use"), withIntermediateDirectories: true)
        let manifest = """
            // swift-tools-version: 6.1
            import PackageDescription
            let package = Package(
                name: "use",
                dependencies: [.package(path: "\(Self.root.path)")],
                targets: [.executableTarget(name: "use", dependencies: [.product(name: "StanceKit", package: "\(Self.root.lastPathComponent)")])]
            )
            """
        try manifest.write(to: folder.appendingPathComponent("Package.swift"), atomically: true, encoding: .utf8)
        try Self.firstSwiftBlock().write(to: folder.appendingPathComponent("Sources/use/main.swift"), atomically: true, encoding: .utf8)
        let build = try Binary.run(
            URL(fileURLWithPath: "/usr/bin/env"), ["swift", "build", "--package-path", folder.path, "--scratch-path", folder.appendingPathComponent(".build").path],
            in: folder)
        #expect(build.status == 0, "\(build.stderr)\(build.stdout.suffix(2000))")
        guard build.status == 0 else { return }
        // Run from an empty folder: the built-in model comes from the package, not from here.
        let empty = folder.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        let run = try Binary.run(folder.appendingPathComponent(".build/debug/use"), [], in: empty)
        #expect(run.status == 0, "\(run.stderr)")
        let lines = run.stdout.split(separator: "\n")
        #expect(lines.first?.hasPrefix("negative -0.") == true, "\(run.stdout)")
        #expect(lines.contains { $0.hasPrefix("Elena Vasquez person ") } && lines.contains { $0.hasPrefix("Marcus Odell person negative") })
        #expect(lines.last == "good")
    }
}
