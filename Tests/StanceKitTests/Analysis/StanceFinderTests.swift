import Testing
@testable import StanceKit

@Suite("StanceFinder")
struct StanceFinderTests {
    let analyzer = ArticleAnalyzer(model: try! ModelArtifact.loadDefault())

    func edges(_ body: String) -> [String] {
        analyzer.analyze(ArticleReader().read("Title Line\n\n" + body), targets: [], modelName: "test").stances.map { "\($0.holder)→\($0.target)" }
    }

    @Test("an edge goes to what the statement is about, with its sentence and body paragraph number")
    func content() {
        let analysis = analyzer.analyze(
            ArticleReader().read("Title Line\n\nA quiet day for Dmitry Peskov.\n\nPeskov also criticized the United States and the West for prolonging the war."),
            targets: [], modelName: "test")
        #expect(analysis.stances.map { "\($0.holder)→\($0.target)" } == ["Dmitry Peskov→United States", "Dmitry Peskov→the West"])
        #expect(analysis.stances.allSatisfy { $0.bodyParagraph == 2 && $0.paragraph == 2 && $0.sentence.hasPrefix("Peskov also criticized") })
        #expect(analysis.stances.first?.label == "negative")
    }

    @Test("\"said X\" before a verb of X's own reports X, who holds no stance in it")
    func saidBeforeVerb() {
        #expect(edges("Former captain Gary Neville, speaking on Sky Sports, said Pep Guardiola should blame his own team.").allSatisfy { !$0.hasPrefix("Pep Guardiola→") })
        #expect(edges("\"The referee was a disgrace,\" said Pep Guardiola, who criticised Anthony Taylor.").contains("Pep Guardiola→Anthony Taylor"))
    }

    @Test("\"said her colleagues\": a possessive after the verb names no speaker, so the apposition before it is no statement")
    func saidHer() {
        #expect(edges("Supriya Sule, a senior leader of the Nationalist Congress Party, said her colleagues had campaigned for months.").isEmpty)
    }

    @Test("a body's officer speaks for the country its name opens with")
    func bodysCountry() {
        #expect(edges("The U.S. State Department rejected the accusation. Its spokesman, Matthew Miller, said Washington supported the people of Iran.")
            == ["Matthew Miller→Iran"])
    }

    @Test("\", as\" and an article opens the writer's clause of time: no edge from the statement before it")
    func asClause() {
        #expect(edges("Javier Milei accused Lula of protecting a failed model, as a summit ended without a deal with the European Union.") == ["Javier Milei→Lula"])
        #expect(edges("Orsi said he would travel to Brussels and fly back to Brasília to meet Lula.") == ["Orsi→Lula"], "a journey's places are its setting")
        #expect(edges("U.N. relief chief Tom Fletcher blamed Israel and said the agency could not reach northern Gaza.") == ["Tom Fletcher→Israel"], "a place reached is the setting")
        #expect(edges("Ruben Amorim said the defeat at Newcastle left the club 13th in the Premier League.").isEmpty, "a competition is the setting")
    }

    @Test("a body in a possessive apposition after a name is no speaker: the name before it says \"said\", and speaks for the body")
    func possessiveApposition() {
        #expect(edges("Han Dong-hoon, the leader of Yoon's own People Power Party, said he respected the result and criticised Lee Jae-myung.")
            .allSatisfy { $0.hasPrefix("Han Dong-hoon→") })
        #expect(edges("John Smith, the leader of the Green Party, said he respected the result. He criticised the president for damaging the Green Party.").isEmpty)
        #expect(edges("The Constitutional Court must decide within six months. Its acting chief justice, Moon Hyung-bae, said the court would move quickly.").isEmpty,
            "an officer after \"Its\" and ranked post speaks for the body")
    }

    @Test("no edge to the holder's own title or the body it names, to a place or venue that is only the setting, to its side, before the verb, or in the writer's account of its effect; a quotation is a statement")
    func nonEdges() {
        #expect(edges("Brazilian Foreign Minister Carla Mendes criticized Germany.") == ["Carla Mendes→Germany"])
        #expect(edges("Kremlin spokesperson Dmitry Peskov questioned Trump's claim to end the war in Ukraine.") == ["Dmitry Peskov→Trump"])
        #expect(edges("While Peskov did not mention Donald Trump by name, he stated that Putin would be willing to talk.") == ["Peskov→Putin"])
        #expect(edges("Bonnie Grabenhofer of Illinois said the Senate failed.").allSatisfy { $0.hasPrefix("Bonnie Grabenhofer→") })
        #expect(edges("Trade Minister Sarah Whitfield vowed to challenge the tariffs at the World Trade Organization.").isEmpty, "a venue")
        #expect(edges("Chancellor Friedrich Merz defended a pipeline under the Baltic Sea and criticised Poland.") == ["Friedrich Merz→Poland"], "a route")
        #expect(edges("SAN JOSE, Calif. — Veltron Semiconductor criticized the Commerce Department.") == ["Veltron Semiconductor→Commerce Department"],
                "a dateline's sentence keeps its edges")
        #expect(!edges("The United Nations welcomed the Turkish proposal. Maria Santos, a spokeswoman for the organisation, said she hoped the talks in Istanbul would resume soon.").contains("United Nations→Maria Santos"))
        #expect(edges("A spokeswoman for the European Commission, Ingrid Larsen, said the commission \"respects the democratic process\" and would work with whichever government emerged.") == ["Ingrid Larsen→European Union"],
                "the name in apposition speaks, not what follows the verb")
        #expect(edges("Federal Transportation Secretary Mark Delaney said the Department of Transportation and Amtrak had failed.") == ["Mark Delaney→Amtrak"],
                "the body a title names is the holder's own")
        #expect(edges("FTC Chair Lina Khan said the Federal Trade Commission and Amtrak had failed.") == ["Lina Khan→Amtrak"],
                "and the body a title names by its initials")
        #expect(edges("Senator Elizabeth Warren on Wednesday accused Acme Corporation of gouging patients.") == ["Elizabeth Warren→Acme Corporation"],
                "a date between the holder and the verb")
        #expect(edges("In a letter to Acme's chief executive, David Ricks, the senator demanded answers. Ricks defended Acme Corporation and criticised Congress.")
                == ["David Ricks→Congress"], "the company a person is the officer of is the person's side")
        #expect(edges("Argentina's economy minister, Luis Ferraro, said Buenos Aires was watching the debate and praised Chile.") == ["Luis Ferraro→Chile"],
                "the capital of the country a person speaks for is the person's side")
        #expect(edges("Spotify CEO Daniel Ek accused Apple on Tuesday of using its App Store to squeeze smaller rivals.").allSatisfy { !$0.hasSuffix("→Spotify") },
                "a company before its chief's title is the chief's side")
        // Found by the analysis fuzz target: the next speaker's statement opened at this verb's
        // own comma, and an empty statement's span ended before it began (a crash).
        #expect(edges("Ana Silva praised , and she said that Silva praised it.").isEmpty)
        #expect(edges("French President Emmanuel Macron accused Germany of blocking a deal, deepening a rift that has overshadowed the European Union's summit.")
                == ["Emmanuel Macron→Germany"], "what the statement did is the writer's")
        #expect(edges("Senator Ann Lee criticised Acme Corporation on Thursday, two days after a hearing in Congress.") == ["Ann Lee→Acme Corporation"],
                "and so is when it was made")
        #expect(edges("Qatar said Israel pressed ahead with its offensive in southern Gaza.") == ["Qatar→Israel"], "a place's part is a setting too")
        #expect(edges("“Germany is putting its industry first,” Emmanuel Macron told reporters as he arrived in Brussels.") == ["Emmanuel Macron→Germany"],
                "the quotation before the speaker's name is what was said")
    }
}
