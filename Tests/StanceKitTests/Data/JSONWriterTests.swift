import Foundation
import Testing
@testable import StanceKit

/// `JSONWriter` must write what `JSONEncoder` (sorted keys, unescaped slashes) writes, so that
/// an output does not depend on which of the two made it.
@Suite("JSONWriter")
struct JSONWriterTests {
    struct Sample: Encodable {
        var text: String
        var numbers: [String: Double]
    }

    @Test("strings, numbers and key order as JSONEncoder writes them")
    func likeJSONEncoder() throws {
        var controls = ""
        for value in 0..<0x20 { controls.unicodeScalars.append(Unicode.Scalar(value)!) }
        let texts = [controls, "quote \" backslash \\ slash / é \u{2028} \u{7F} 🙂", "", "plain"]
        let numbers: [String: Double] = [
            "b": 1, "B": 0.1, "a": 1e-7, "A": 1e21, "10": 1.2345678901234568e20, "9": -0.0, "_x": 2.5e-5, "Zed": 1e16,
            "apple": 0.30000000000000004, "é": 100, "z": -3.5,
        ]
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        for text in texts {
            var json = JSONWriter()
            json.raw("{\"numbers\":")
            json.object(numbers) { $0.number($1) }
            json.field(",\"text\":", text)
            json.raw("}")
            #expect(String(decoding: json.bytes, as: UTF8.self) == String(decoding: try encoder.encode(Sample(text: text, numbers: numbers)), as: UTF8.self))
        }
    }

    @Test("an article's JSON line is JSONEncoder's bytes")
    func articleLine() throws {
        let analyzer = ArticleAnalyzer(model: try ModelArtifact.loadDefault())
        let sample = try String(contentsOf: TestData.repositoryRoot.appendingPathComponent("data/samples/council-vote.txt"), encoding: .utf8)
        var metadata = ArticleReader().read(sample, id: "a\tb", title: "T \"quoted\"", date: "2024-01-02")
        metadata.source = "Wire / Agency"
        for article in [ArticleReader().read(sample), metadata, ArticleReader().read("")] {
            let analysis = analyzer.analyze(article, targets: [], modelName: "test")
            #expect(String(decoding: analysis.jsonLine(), as: UTF8.self) == (try JSONOutput.encode(analysis)) + "\n")
        }
    }
}
