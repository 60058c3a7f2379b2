import Testing
@testable import StanceKit

@Suite("CodePointText")
struct CodePointTextTests {
    @Test("a target is found with the same case first, then in any case, on word boundaries")
    func targetMatching() {
        func find(_ name: String, _ text: String) -> String? {
            let t = CodePointText(text)
            return t.span(of: name).map { t.string(in: $0) }
        }
        #expect(find("Legalization of Abortion", "On the legalization of abortion, she spoke.") == "legalization of abortion")
        #expect(find("US", "USA and the us and the US") == "US")
        #expect(find("us", "USA and the US") == "US")
        #expect(find("Trump", "Trumpism") == "Trump")
        #expect(find("trump", "Trumpism") == nil)
        #expect(find("Émile", "with ÉMILE today") == "ÉMILE")
    }
}
