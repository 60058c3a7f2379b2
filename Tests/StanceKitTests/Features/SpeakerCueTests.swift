import Testing
@testable import StanceKit

@Suite("SpeakerCue")
struct SpeakerCueTests {
    /// The cue for the mention `name` in `sentence` and the verb it found: "verbAfter said".
    func cue(_ name: String, in sentence: String) -> String? {
        let paragraph = TokenizedParagraph(CodePointText(sentence))
        let tokens = paragraph.tokens
        let words = tokens.map { paragraph.text.string(in: $0.span) }
        let parts = name.split(separator: " ").map(String.init)
        let start = words.indices.first { Array(words[$0..<min(words.count, $0 + parts.count)]) == parts }!
        let found = SpeakerCue.find(
            mention: start..<start + parts.count, tokens: tokens, classes: tokens.map { WordLists.wordClass(of: $0.key) }, sentence: tokens.indices)
        return found.map { "\($0.kind)" + ($0.verb.map { " " + words[$0] } ?? "") }
    }

    @Test("a verb after the speaker, over adverbs, a qualifier, an apposition's comma or a relative clause")
    func verbAfter() {
        #expect(cue("Peskov", in: "Peskov also criticized the West.") == "verbAfter criticized")
        #expect(cue("Bonnie Grabenhofer", in: "Bonnie Grabenhofer of Illinois said the vote failed.") == "verbAfter said")
        #expect(cue("Raman", in: "Its director, Raman, thanked Vasquez.") == "verbAfter thanked")
        #expect(cue("Peskov", in: "Peskov, who has repeatedly warned Kyiv, spoke.") == "verbAfter warned")
        #expect(cue("Maria Lopez", in: "Maria Lopez, a senior economist at the institute, said she expected talks.") == "verbAfter said")
    }

    @Test("a verb of saying after a quote, and 'according to'")
    func verbBeforeAndAccordingTo() {
        #expect(cue("Peskov", in: "\"The talks failed,\" said Peskov.") == "verbBefore said")
        #expect(cue("Peskov", in: "The talks failed, according to Peskov.") == "accordingTo")
    }

    @Test("no cue: a qualifying place, the object of a preposition, a place the speakers are in, 'thanked' after a comma, no verb near")
    func none() {
        #expect(cue("Illinois", in: "Bonnie Grabenhofer of Illinois said the vote failed.") == nil)
        #expect(cue("the organisation", in: "Maria Santos, a spokeswoman for the organisation, said she hoped.") == nil)
        #expect(cue("Vasquez", in: "The plan failed, thanked Vasquez.") == nil)
        #expect(cue("Peskov", in: "Peskov left the building before the vote was called.") == nil)
        #expect(cue("she", in: "Maria Lopez, an economist at the institute, said she expected talks.") == nil)
        #expect(cue("Adelaide", in: "Exporters in Perth and Adelaide said they were looking for buyers.") == nil, "where the speakers are")
        #expect(cue("Perth", in: "Exporters in Perth said they were looking for buyers.") == nil)
    }

    @Test("the statement's content: after the verb, before a quote's verb, the whole sentence for 'according to'")
    func content() {
        func content(_ name: String, in sentence: String) -> String? {
            let paragraph = TokenizedParagraph(CodePointText(sentence))
            let words = paragraph.tokens.map { paragraph.text.string(in: $0.span) }
            let parts = name.split(separator: " ").map(String.init)
            let start = words.indices.first { Array(words[$0..<min(words.count, $0 + parts.count)]) == parts }!
            return SpeakerCue.content(
                ofStatementBy: start..<start + parts.count, tokens: paragraph.tokens, classes: paragraph.tokens.map { WordLists.wordClass(of: $0.key) },
                sentence: paragraph.tokens.indices
            ).map { paragraph.text.string(in: $0) }
        }
        #expect(content("Peskov", in: "Peskov, a spokesman, criticized the West.") == "the West.")
        #expect(content("Peskov", in: "The West is to blame, said Peskov.") == "The West is to blame")
        #expect(content("Peskov", in: "The West is to blame, according to Peskov.") == "The West is to blame, according to Peskov.")
        #expect(content("West", in: "The West is to blame, said Peskov.") == nil)
        // Another speaker's statement after a comma and a joiner ends the first one.
        #expect(content("European Union", in: "The European Union urged both sides to talk, while Germany warned that the strike could hurt it.")
            == "both sides to talk")
        #expect(content("Peskov", in: "Peskov criticized the West, and Lavrov said the same.") == "the West")
        #expect(content("Meta", in: "Meta said it would appeal, and its president Nick Clegg called the decision flawed.") == "it would appeal")
        #expect(content("Peskov", in: "Peskov criticized the West, and Washington in particular.") == "the West, and Washington in particular.", "no verb: the same statement")
        #expect(content("Peskov", in: "Peskov said talks, while Kyiv stalls, are pointless.") == "talks, while Kyiv stalls, are pointless.", "'stalls' is no verb of saying")
        #expect(content("Medical Center", in: "Maria van Dijk, who directs the Medical Center, said the cuts hurt.") == nil, "a relative clause's object")
        #expect(content("Maria van Dijk", in: "Maria van Dijk, who directs the Medical Center, said the cuts hurt.") == "the cuts hurt.")
        #expect(content("Tenants Union", in: "Lucia Herrera, director of the Tenants Union, accused the judge.") == nil, "a preposition's object in an apposition")
        #expect(content("Lucia Herrera", in: "Lucia Herrera, director of the Tenants Union, accused the judge.") == "the judge.")
        // The body after "of the" qualifies the speaker; it does not speak.
        #expect(content("Helen Carter", in: "Helen Carter of the University of Manchester praised the bank.") == "the bank.")
        #expect(content("University of Manchester", in: "Helen Carter of the University of Manchester praised the bank.") == nil)
        #expect(content("Helen Carter", in: "Helen Carter praised the caution, while the Los Angeles Times quoted an investor who called it timid.")
            == "the caution", "a 'while' clause to the end: another subject's")
    }

    @Test("the stance model's role features read the same cue")
    func roleFeatures() {
        let pipeline = try! FeaturePipeline(spec: .standard(), lexicons: [TestData.tinyLexicon])
        func roles(_ text: String, _ target: String) -> Set<String> {
            let context = pipeline.context(text: text, target: CodePointText(text).span(of: target))
            return Set(pipeline.featureNames(context).values.filter { $0.hasPrefix("role:speaker") || $0 == "role:according-to" })
        }
        #expect(roles("Peskov, who has warned Kyiv, spoke.", "Peskov") == ["role:speaker", "role:speaker warned"])
        #expect(roles("\"We failed,\" said Peskov.", "Peskov") == ["role:speaker-inverted", "role:speaker-inverted said"])
        #expect(roles("Voters in Illinois and Grabenhofer of Illinois said no.", "Grabenhofer of Illinois") == ["role:speaker", "role:speaker said"])
        #expect(roles("Grabenhofer of Illinois said no.", "Illinois").isEmpty)
    }
}
