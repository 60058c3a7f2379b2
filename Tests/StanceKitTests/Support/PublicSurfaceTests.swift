import Foundation
import Testing

/// The library's public surface, read from its sources: small, and documented.
///
/// Everything the command line, the benchmarks and the notebooks need beyond it is `package`:
/// visible inside this package, invisible to a program that imports StanceKit.
@Suite("Public surface")
struct PublicSurfaceTests {
    static let sources = TestData.repositoryRoot.appendingPathComponent("Sources/StanceKit")

    /// (file, line number, line) of every line of the library's sources.
    static func lines() throws -> [(file: String, number: Int, text: String)] {
        let files = FileManager.default.enumerator(atPath: sources.path)!.compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") }.sorted()
        return try files.flatMap { file in
            try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
                .split(separator: "\n", omittingEmptySubsequences: false).enumerated()
                .map { (file, $0.offset + 1, String($0.element)) }
        }
    }

    static func isPublic(_ line: String) -> Bool {
        line.trimmingCharacters(in: .whitespaces).split(separator: " ").drop(while: { $0.hasPrefix("@") }).first == "public"
    }

    /// Protocol requirements (`==`, `Codable`, `description`) take their documentation from the protocol.
    static let requirements = ["func ==", "func <", "init(from decoder", "func encode(to encoder", "var description: String"]

    @Test("every public declaration has a doc comment")
    func documented() throws {
        let all = try Self.lines()
        var undocumented: [String] = []
        for (i, line) in all.enumerated() where Self.isPublic(line.text) && !Self.requirements.contains(where: line.text.contains) {
            var j = i - 1
            while j >= 0, all[j].text.trimmingCharacters(in: .whitespaces).hasPrefix("@") { j -= 1 }
            if j < 0 || all[j].file != line.file || !all[j].text.trimmingCharacters(in: .whitespaces).hasPrefix("///") {
                undocumented.append("\(line.file):\(line.number)")
            }
        }
        #expect(undocumented.isEmpty, "public declarations without a /// comment: \(undocumented.joined(separator: ", "))")
    }

    @Test("the kernels and the feature machinery are not public")
    func kernelsInternal() throws {
        let kernels = ["BLAS", "LBFGS", "SoftmaxObjective", "KeyTable", "LineReader", "JSONParser", "FeatureSpace",
                       "DesignMatrix", "FeaturePipeline", "PipelineSpec", "EntityTagger", "PronounResolver", "WordTokenizer"]
        let declarations = try Self.lines().filter { Self.isPublic($0.text) }.map(\.text)
        let exposed = kernels.filter { name in
            declarations.contains { $0.range(of: #"(struct|enum|class|protocol) \#(name)\b"#, options: .regularExpression) != nil }
        }
        #expect(exposed.isEmpty, "public kernel types: \(exposed)")
        // The surface stays small: the model, its data, the article analysis and the writers.
        let types = declarations.filter { $0.range(of: #"\b(struct|enum|class|protocol) \w+"#, options: .regularExpression) != nil }
        #expect(types.count <= 60, "\(types.count) public types")
    }
}
