import Foundation
import Testing
@testable import StanceKit

@Suite("VisibleText: control characters in the human-facing reports")
struct VisibleTextTests {
    /// Bytes a terminal, spreadsheet or browser would act on: C0 controls but tab and line feed, and DEL.
    static func rawControls(_ text: String) -> Int {
        text.utf8.filter { ($0 < 0x20 && $0 != 0x09 && $0 != 0x0A) || $0 == 0x7F }.count
    }

    @Test("controls become their pictures, C1 controls U+FFFD; tab, line feed and other text stay")
    func mapping() {
        #expect(VisibleText.of("a\u{1B}[31mb\u{0}c\u{7}\u{7F}\u{9B}d\te\nf") == "a\u{241B}[31mb\u{2400}c\u{2407}\u{2421}\u{FFFD}d\te\nf")
        let plain = "Déjà vu · naïve §3 — 東京 👩🏽‍⚕️ \u{202E}"
        #expect(VisibleText.of(plain) == plain)
        #expect(VisibleText.markdownCell("a|b\u{1B}\nc") == "a\\|b\u{241B} c")
    }

    @Test("an article full of control characters: no raw control in table, Markdown, CSV or HTML, every one kept escaped in JSON")
    func everyFormat() throws {
        let text = "Mayor \u{1B}]0;pwned\u{7}Elena Vasquez praised the \u{1B}[31mcourageous vote.\u{1}\n\nCritics attacked Elena Vasquez\u{8}\u{8} harshly, \u{0}said \u{9B}2J the council."
        let analysis = ArticleAnalyzer(model: try ModelArtifact.loadDefault()).analyze(ArticleReader().read(text, id: "id\u{1B}[2J"), modelName: "m")
        #expect(analysis.actors.contains { $0.actor == "Elena Vasquez" })
        for format in [ReportFormat.table, .markdown, .csv, .html] {
            for colour in [false, true] {
                let report = try ArticleReportWriter(colour: colour).render(analysis, as: format)
                #expect(Self.rawControls(report.replacingOccurrences(of: "\u{1B}[3", with: "").replacingOccurrences(of: "\u{1B}[0m", with: "")) == 0, "\(format)")
                #expect(report.contains("\u{241B}"), "\(format) shows the article's ESC")
            }
        }
        #expect(Self.rawControls(LongCSVWriter(classes: ["negative", "neutral", "positive"]).rows(analysis)) == 0)
        let json = try ArticleReportWriter().render(analysis, as: .json)
        #expect(Self.rawControls(json) == 0 && json.contains("\\u001b]0;pwned\\u0007") && json.contains("\\u0000said"))
    }
}
