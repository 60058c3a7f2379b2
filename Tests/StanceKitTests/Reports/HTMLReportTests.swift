import Foundation
import Testing
@testable import StanceKit

@Suite("HTML report and SVG charts")
struct HTMLReportTests {
    let analyzer = ArticleAnalyzer(model: try! ModelArtifact.loadDefault())

    @Test("article text is escaped: <script>, onerror and </svg> render as text")
    func escaping() {
        let text = "A <script>alert(1)</script> Title\n\nCritics attacked Robert Hale <img src=x onerror=alert(2)> and </svg> \"quotes\" & more."
        let html = HTMLReportWriter().render(analyzer.analyze(ArticleReader().read(text), modelName: "m<b>"))
        #expect(!html.contains("<script>") && html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(!html.contains("<img") && html.contains("&lt;img src=x onerror=alert(2)&gt;"))
        #expect(html.components(separatedBy: "</svg>").count - 1 == html.components(separatedBy: "<svg ").count - 1)
        #expect(html.contains("m&lt;b&gt;") && !html.contains("<script"))
    }

    @Test("the page holds the actor table, both charts, a legend and highlighted mentions")
    func structure() throws {
        let text = try String(contentsOf: TestData.repositoryRoot.appendingPathComponent("data/samples/council-vote.txt"), encoding: .utf8)
        let html = HTMLReportWriter().render(analyzer.analyze(ArticleReader().read(text), modelName: "test"))
        #expect(html.hasPrefix("<!DOCTYPE html>") && html.hasSuffix("</html>\n"))
        #expect(html.contains("aria-label=\"Score per actor\"") && html.contains("aria-label=\"Score per paragraph and actor\""))
        #expect(html.contains("aria-label=\"Colour legend\""))
        #expect(html.contains("<mark") && html.contains("Elena Vasquez"))
        // Nothing fetched: the only address on the page is the SVG namespace, which names and loads nothing.
        let addresses = html.replacingOccurrences(of: "xmlns=\"http://www.w3.org/2000/svg\"", with: "")
        #expect(!addresses.contains("http://") && !addresses.contains("https://") && !addresses.contains(" src="))
    }

    @Test("the diverging palette runs from orange through grey to blue")
    func palette() {
        #expect(SVG.colour(for: -1) == "#e66101" && SVG.colour(for: 0) == "#f0f0f0" && SVG.colour(for: 1) == "#2166ac")
        #expect(SVG.colour(for: 5) == SVG.colour(for: 1))
    }
}
