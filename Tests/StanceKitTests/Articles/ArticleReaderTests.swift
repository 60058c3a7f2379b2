import Foundation
import Testing
@testable import StanceKit

@Suite("ArticleReader")
struct ArticleReaderTests {
    @Test("title, metadata lines, body and boilerplate, every paragraph indexed")
    func kinds() {
        let text = """
            Mayor Wins Vote

            https://example.com/image.jpg
            City Gazette
            Politics
            2026-03-14

            The council approved the plan. The mayor was pleased.

            Critics said it was rushed.

            The views expressed in this article are the author's own.

            Related
            """
        let article = ArticleReader().read(text)
        #expect(article.paragraphs.map(\.kind) == [.title, .metadata, .metadata, .metadata, .metadata, .body, .body, .boilerplate, .boilerplate])
        #expect(article.paragraphs.map(\.index) == Array(0..<9))
        #expect(article.title == "Mayor Wins Vote" && article.date == "2026-03-14" && article.source == "City Gazette")
    }

    @Test("a long title heading the metadata lines of the first block is the title, each line its own header line")
    func titleOverMetadata() {
        let article = ArticleReader().read("EU and China Trade Barbs Over Electric Car Tariffs\nReuters\nBusiness\n12 March 2026\n\nBrussels has imposed new tariffs.")
        #expect(article.title == "EU and China Trade Barbs Over Electric Car Tariffs" && article.date == "12 March 2026" && article.source == "Reuters")
        #expect(article.paragraphs.map(\.kind) == [.title, .metadata, .metadata, .metadata, .body])
    }

    @Test("a title may end on a quoted word; a closing quote after a full stop still ends a sentence")
    func quotedTitles() {
        let article = ArticleReader().read("Manchester United beat City as Amorim hails \"character\"\n\nBy Laura Price\nMarch 3, 2027\n\nUnited won 2-1.")
        #expect(article.paragraphs.map(\.kind) == [.title, .metadata, .metadata, .body])
        #expect(ArticleReader.endsLikeSentence("He said it was \"a disgrace.\"") && !ArticleReader.endsLikeSentence("Amorim hails \"character\""))
    }

    @Test("text without blank lines is one paragraph per line")
    func linePerParagraph() {
        let article = ArticleReader().read("Headline here\nFirst paragraph says a thing.\nSecond one too.")
        #expect(article.paragraphs.map(\.kind) == [.title, .body, .body])
    }

    @Test("CRLF line ends read as LF ones: blank lines still separate paragraphs, and a header block still counts line by line")
    func crlf() {
        let lf = "Mayor Wins Vote\nCity Gazette\n2026-03-14\n\nThe council approved the plan\nafter a long debate.\n\nCritics said it was rushed.\n"
        let crlf = ArticleReader().read(lf.replacingOccurrences(of: "\n", with: "\r\n"))
        let expected = ArticleReader().read(lf)
        #expect(crlf.paragraphs.map(\.kind) == [.title, .metadata, .metadata, .body, .body])
        #expect(crlf.paragraphs.map(\.kind) == expected.paragraphs.map(\.kind))
        #expect(crlf.body.map { $0.text.replacingOccurrences(of: "\r\n", with: "\n") } == expected.body.map(\.text))
        #expect(crlf.title == "Mayor Wins Vote" && crlf.date == "2026-03-14" && crlf.source == "City Gazette")
    }

    @Test("the sample article has six body paragraphs")
    func sample() throws {
        let text = try String(contentsOf: TestData.repositoryRoot.appendingPathComponent("data/samples/council-vote.txt"), encoding: .utf8)
        let article = ArticleReader().read(text)
        #expect(article.body.count == 6)
        #expect(article.paragraphs.last?.kind == .boilerplate)
    }

    @Test("an HTML page is read as its visible text: title, one paragraph per block, no script, entities decoded")
    func html() {
        let page = """
            <!DOCTYPE html><html><head><title>Council Votes</title><script>var p = "<p>hidden</p>";</script></head>
            <body><p>The council voted &amp; the mayor&rsquo;s plan passed.</p><!-- ad --><div>Critics <b>objected</b>.</div></body></html>
            """
        let article = ArticleReader().read(page)
        #expect(article.title == "Council Votes")
        #expect(article.body.map(\.text) == ["The council voted & the mayor\u{2019}s plan passed.", "Critics objected."])
        #expect(!article.paragraphs.contains { $0.text.contains("hidden") || $0.text.contains("<") })
        #expect(ArticleReader().read("<b>Not a page</b>\n\n<b>Bold</b> text stays as written.").body.first?.text.hasPrefix("<b>") == true)
    }
}

