import Testing
@testable import StanceKit

@Suite("ActorDetector")
struct ActorDetectorTests {
    func detect(_ body: String, custom: [Actor] = []) -> ActorDetection {
        ActorDetector(customActors: custom).detect(in: ArticleReader().read("Title Line\n\n" + body))
    }

    func names(_ detection: ActorDetection) -> Set<String> { Set(detection.actors.map(\.name)) }

    @Test("titles split off, surnames and possessives linked")
    func people() {
        let d = detect("Kremlin spokesperson Dmitry Peskov spoke. President Vladimir Putin's aide agreed with Peskov.")
        let peskov = d.actors.first { $0.name == "Dmitry Peskov" }
        #expect(peskov?.type == .person && peskov?.roles == ["spokesperson"] && peskov?.aliases == ["Peskov"])
        #expect(d.actors.first { $0.name == "Vladimir Putin" }?.roles == ["President"])
        #expect(d.actors.first { $0.name == "Russia" }?.aliases == ["Kremlin"])
        #expect(d.mentions.filter { $0.text == "Peskov" || $0.text == "Dmitry Peskov" }.count == 2)
    }

    @Test("countries: short forms, capitals and demonyms merge; sentence words, months and weekdays are not actors")
    func places() {
        let d = detect("During talks on Monday in March, U.S. officials and Washington backed the United States plan. However, American voters were split. The West agreed.")
        #expect(names(d) == ["United States", "the West"])
        #expect(d.mentions.filter { d.actors[$0.actor].name == "United States" }.count == 4)
    }

    @Test("organisations and custom actors")
    func organisations() {
        let d = detect("The Harbor Workers Union condemned the vote. Acme said nothing.", custom: [Actor(name: "Acme Corporation", type: .organisation, aliases: ["Acme"])])
        #expect(d.actors.first { $0.name == "Harbor Workers Union" }?.type == .organisation)
        #expect(d.actors.first { $0.name == "Acme Corporation" } != nil)
    }

    @Test("pronouns continue the sentence's subject")
    func pronouns() {
        let d = detect("While Peskov did not mention Donald Trump by name, he stated his view. Dmitry Peskov then left. He returned.")
        let pronouns = d.mentions.filter(\.isPronoun).map { d.actors[$0.actor].name }
        #expect(pronouns == ["Dmitry Peskov", "Dmitry Peskov", "Dmitry Peskov"])
    }

    @Test("an opening clause's pronoun means the main clause's name; \"for her\" the name before it; gender rules out")
    func pronounPatterns() {
        let d = detect("Maria Lopez spoke first. During his time in office, former President Donald Trump praised her. Lopez thanked Ana Vasquez for her leadership. He left. Spokeswoman Jane Roe called. He agreed.")
        let pronouns = d.mentions.filter(\.isPronoun).map { "\($0.text)→\(d.actors[$0.actor].name)" }
        #expect(pronouns == ["his→Donald Trump", "her→Maria Lopez", "her→Ana Vasquez", "He→Donald Trump", "He→Donald Trump"])
    }

    @Test("a sentence-initial word alone is not an actor unless it links")
    func sentenceInitial() {
        let d = detect("Yesterday was calm. Critics left.")
        #expect(d.actors.isEmpty)
    }
}
