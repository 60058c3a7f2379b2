import Foundation
import Testing
@testable import StanceKit

@Suite("ArticleDate")
struct ArticleDateTests {
    @Test("dates in the usual news forms", arguments: [
        ("2026-03-14", "2026-03-14"), ("15/12/2023 20h27", "2023-12-15"), ("14.03.2026", "2026-03-14"),
        ("March 14, 2026", "2026-03-14"), ("14 March 2026", "2026-03-14"), ("Dec. 5, 2023", "2023-12-05"),
    ])
    func dates(text: String, expected: String) {
        #expect(ArticleDate(text)?.description == expected)
    }

    @Test("not dates")
    func notDates() {
        #expect(ArticleDate("Politics") == nil && ArticleDate("2026-13-01") == nil && ArticleDate("") == nil)
        #expect(ArticleDate("1970-01-02")!.dayNumber == 1 && ArticleDate("2000-03-01")!.dayNumber == 11017)
    }
}
