import Testing
@testable import StanceKit

/// `NameRules` on the names a tagger might give: each case is a cut that one of GUM's
/// cross-validation taggers made, which the shipped tagger may not make on the same words.
@Suite("NameRules")
struct NameRulesTests {
    /// The names the rules make of `tagged` (each the exact text of a run of tokens, and a type).
    func applied(_ text: String, _ tagged: [(String, Actor.Kind)]) -> [String: Actor.Kind] {
        let paragraph = TokenizedParagraph(CodePointText(text))
        let tokens = paragraph.tokens
        func words(_ range: Range<Int>) -> String {
            paragraph.text.string(in: TextSpan(start: tokens[range.lowerBound].span.start, end: tokens[range.upperBound - 1].span.end))
        }
        let names = tagged.map { name, type in
            let range = tokens.indices.lazy.compactMap { i in (i + 1...tokens.count).first { words(i..<$0) == name }.map { i..<$0 } }.first!
            return TaggedName(tokens: range, type: type, confidence: 0.9)
        }
        return Dictionary(NameRules(names, paragraph).applied().map { (words($0.tokens), $0.type) }, uniquingKeysWith: { a, _ in a })
    }

    @Test("a name ends before a sentence opener and an article, not on a surname that is a function word")
    func openerBeforeArticle() {
        #expect(applied("DAB's Elizabeth Quat In the New Territories East, Alvin Yeung won.", [("Elizabeth Quat In", .person)]).keys.contains("Elizabeth Quat"))
        #expect(applied("Wilson Or of DAB won the seat.", [("Wilson Or", .person)]).keys.contains("Wilson Or"))
    }

    @Test("the place of a compound before a body's name is no part of it; \"then-New York Times\" keeps its first word")
    func compoundPlace() {
        #expect(applied("The pro-Beijing New People Party won.", [("Beijing New People Party", .organisation)]).keys.contains("New People Party"))
        #expect(applied("Fans like then-New York Times critic Brian Stelter wrote.", [("New York Times", .organisation)]).keys.contains("New York Times"))
    }

    @Test("titles the tagger cut off a person's name are no name of their own")
    func titlesBeforeName() {
        #expect(applied("Prime Minister Keir Starmer on Saturday defended his budget.", [("Prime", .person), ("Keir Starmer", .person)]) == ["Keir Starmer": .person])
        #expect(applied("President Macron met Keir Starmer.", [("President Macron", .person), ("Keir Starmer", .person)]).keys.contains("President Macron"))
    }

    @Test("a commission or a council goes on over \"on\" and its subject, not over a day")
    func bodyOnSubject() {
        #expect(applied("The Kenya National Commission on Human Rights said two people died.", [("Kenya National Commission", .organisation), ("Human Rights", .organisation)])
            == ["Kenya National Commission on Human Rights": .organisation])
        #expect(applied("The Security Council on Monday voted.", [("Security Council", .organisation)]) == ["Security Council": .organisation])
        #expect(applied("A House Subcommittee on Capitol Hill heard her.", [("House Subcommittee", .organisation)]) == ["House Subcommittee": .organisation])
    }

    @Test("a census first name before a surname found alone is the person's, not after \"in\"; a possessive ends a name")
    func firstNameBack() {
        #expect(applied("Jordan Bardella, the party's president, called it an insult.", [("Bardella", .person)]) == ["Jordan Bardella": .person])
        #expect(applied("Officials in Jordan Abdullah met them.", [("Abdullah", .person)]) == ["Abdullah": .person])
        #expect(applied("The union's members at GM's Flint plant voted.", [("GM's", .organisation)]) == ["GM": .organisation])
    }

    @Test("a six-letter syllable after a hyphen is a given name's, an English ending is not")
    func sixLetterSyllables() {
        #expect(applied("Leung Che-cheung won the seat.", [("Leung Che", .person)]).keys.contains("Leung Che-cheung"))
        #expect(applied("A Trump-backed candidate won.", [("Trump", .person)]).keys.contains("Trump"))
    }

    @Test("a country after \"and\" is no part of a body's name")
    func countryAfterAnd() {
        let split = applied("It was praised by the Untied Nations and United States.", [("Untied Nations and United States", .organisation)])
        #expect(split["Untied Nations"] == .organisation && split["United States"] == .place)
    }

    @Test("a body's name, \"'s\" and a person's full name are the body and the person; not a body's name")
    func possessorAndPerson() {
        let split = applied("New People Party's Michael Tien won.", [("New People Party's Michael Tien", .organisation)])
        #expect(split["New People Party"] == .organisation && split["Michael Tien"] == .person)
        #expect(applied("The grant came from Rotary's Paul Harris Foundation.", [("Rotary's Paul Harris Foundation", .organisation)]).keys.contains("Rotary's Paul Harris Foundation"))
    }

    @Test("a hyphen between capitals joins a name cut at it; two one-word names stay two; a name with no capital goes")
    func hyphens() {
        #expect(applied("His father Mohamed El-Hassan Mohamed said so.", [("Mohamed El", .person), ("Hassan Mohamed", .person)]).keys.contains("Mohamed El-Hassan Mohamed"))
        #expect(Set(applied("The Biden-Harris campaign said so.", [("Biden", .person), ("Harris", .person)]).keys) == ["Biden", "Harris"])
        #expect(applied("Proceeds went to the Make-A-Wish Foundation.", [("Wish Foundation", .organisation)]).keys.contains("Make-A-Wish Foundation"))
        #expect(applied("In remarks to al-Ikhbariya television, he said so.", [("al-", .organisation)]).isEmpty)
    }

    @Test("a club's word the tagger took alone goes back over its city; a surname's particle \"ten\"")
    func clubsAndParticles() {
        #expect(applied("On Thursday Manchester United dismissed Erik ten Hag.", [("United", .organisation)])["Manchester United"] == .organisation)
        #expect(applied("On Thursday Manchester United dismissed Erik ten Hag.", [("Erik", .person)]).keys.contains("Erik ten Hag"))
        #expect(applied("United beat Manchester City 2-1 on Sunday.", [("Manchester", .place)])["Manchester City"] == .organisation)
    }
}
