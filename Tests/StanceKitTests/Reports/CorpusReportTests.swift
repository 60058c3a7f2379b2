import Foundation
import Testing
@testable import StanceKit

@Suite("Corpus reports over time")
struct CorpusReportTests {
    @Test("a dated corpus gives each main actor a time series, drawn as a line chart")
    func series() {
        let analyzer = ArticleAnalyzer(model: try! ModelArtifact.loadDefault())
        let texts = [("2026-03-08", "Critics attacked Robert Hale."), ("2026-03-01", "Fans praised Robert Hale warmly."), ("March 15, 2026", "Robert Hale met the press.")]
        let analyses = texts.map { date, text in
            analyzer.analyze(ArticleReader().read(text, id: date, date: date), modelName: "test")
        }
        let report = CorpusReport(analyses, classes: ["negative", "neutral", "positive"])
        #expect(report.articles == 3)
        #expect(report.series["Robert Hale"]?.map(\.date) == ["2026-03-01", "2026-03-08", "2026-03-15"])
        let html = HTMLReportWriter().render(report)
        #expect(html.contains("aria-label=\"Score over time\"") && html.contains("<polyline"))
    }
}
