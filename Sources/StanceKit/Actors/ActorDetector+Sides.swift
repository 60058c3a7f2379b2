/// The sides people speak for (`ActorDetection.affiliations`): what an edge from a person never
/// targets, as the Kremlin is its spokesperson's side.
extension ActorDetector {
    /// A body whose name opens with a country's ("U.S. State Department", "Kenya National
    /// Commission on Human Rights") is on that country's side, and so its officers are: "Its
    /// spokesman, Matthew Miller, said Washington supported …" is no edge to the United States.
    static func addingBodiesCountries(_ detection: ActorDetection) -> ActorDetection {
        var detection = detection
        let actors = detection.actors
        let places = actors.indices.filter { actors[$0].type == .place }
        for (person, sides) in detection.affiliations {
            for body in sides where actors[body].type == .organisation {
                let name = actors[body].name
                if let country = places.first(where: { place in ([actors[place].name] + actors[place].aliases).contains { name.hasPrefix($0 + " ") } }) {
                    detection.affiliations[person, default: []].insert(country)
                }
            }
        }
        return detection
    }

    func sides(_ candidates: [Candidate], _ actors: [Actor], _ resolved: [Int?]) -> [Int: Set<Int>] {
        var affiliations: [Int: Set<Int>] = [:]
        // A table name just before a person's title is the side the person speaks for, and so is
        // one whose title it owns ("China's foreign ministry spokeswoman Mao Ning"); so is a body
        // whose officer the person is by a possessive title, a comma of apposition allowed
        // ("Lilly's chief executive, David Ricks" speaks for Eli Lilly), a company whose title
        // the person holds ("Tesla CEO Elon Musk") and any name before the person's post in lower
        // case ("Chelsea striker Didier Drogba", "Trump adviser Stephen Miller"; not "former
        // Farenthold aide Lauren Greene", who sued him).
        for c in candidates.indices.dropFirst() {
            let (previous, candidate) = (candidates[c - 1], candidates[c])
            let gap = candidate.tokens.lowerBound - previous.tokens.upperBound - (previous.isPossessor ? 1 : 0)
            let byTable = previous.tableEntry != nil && !candidate.roles.isEmpty && gap <= Self.titleReach
            let byOfficer = previous.ownsTitle && previous.type == .organisation && gap <= Self.titleReach + 1
            // "Spotify CEO Daniel Ek": a company's name right before its officer's title.
            let byCompanyTitle = previous.type == .organisation && gap == 1
                && candidate.roles.contains { ActorWords.companyTitles.contains(TokenKey.of($0.lowercased())) }
            let byModifier = previous.isModifier && !previous.isFormerTie && gap <= 3  // "GM chief executive, Mary Barra"
            guard byTable || byOfficer || byCompanyTitle || byModifier, !candidate.isPronoun, previous.sentence == candidate.sentence,
                let person = resolved[c], let side = resolved[c - 1], actors[person].type == .person
            else { continue }
            affiliations[person, default: []].insert(side)
        }
        // A body whose officer an apposition makes the name before it: "Han Dong-hoon, the
        // leader of Yoon's own People Power Party, said".
        for (c, candidate) in candidates.enumerated() {
            guard let end = candidate.officerNameEnd, let side = resolved[c],
                let named = candidates[..<c].lastIndex(where: { $0.paragraph == candidate.paragraph && $0.sentence == candidate.sentence && $0.tokens.upperBound == end }),
                !candidates[named].isPronoun, let person = resolved[named], actors[person].type == .person
            else { continue }
            affiliations[person, default: []].insert(side)
        }
        // Where an article names one country's government ("the Dutch government"), its ministers
        // whose side no title names speak for it ("Prime Minister Dick Schoof", "the education
        // minister, Robert Jansen").
        let governments = Set(candidates.indices.compactMap { c in candidates[c].namesGovernment && candidates[c].tableEntry != nil ? resolved[c] : nil })
            .filter { actors[$0].type == .place }
        if governments.count == 1, let country = governments.first {
            for (person, actor) in actors.enumerated() where actor.type == .person && affiliations[person] == nil
                && actor.roles.contains(where: { $0.lowercased().split(separator: " ").contains { Self.ministerTitles.contains(TokenKey.of(String($0))) } })
            {
                affiliations[person] = [country]
            }
        }
        // A body named by a word of a person's title, or by its initials, is the body the person
        // serves: "Federal Transportation Secretary Mark Delaney" and the Department of
        // Transportation, "FTC Chair Lina Khan" and the Federal Trade Commission.
        let bodies = actors.indices.filter { actors[$0].type == .organisation }.map { ($0, Self.officeWords(actors[$0].name) + Self.initials(actors[$0].name)) }
        for (person, actor) in actors.enumerated() where actor.type == .person && !actor.roles.isEmpty {
            let words = Set(actor.roles.flatMap(Self.officeWords))
            for (body, bodyWords) in bodies where !words.isDisjoint(with: bodyWords) {
                affiliations[person, default: []].insert(body)
            }
        }
        // A country's capital, where the article names it as a city, is on the side of those
        // who speak for the country ("Argentina's economy minister, Luis Ferraro, said Buenos
        // Aires was watching": no edge to his own government).
        if !affiliations.isEmpty {
            for (capital, actor) in actors.enumerated() where actor.type == .place {
                guard let country = PlaceGazetteer.countryOfCapital[actor.name] else { continue }
                for (person, sides) in affiliations where sides.contains(where: { actors[$0].name == country }) {
                    affiliations[person, default: []].insert(capital)
                }
            }
        }
        return affiliations
    }

    /// The keys of a body's initials, of its capitalised words and of all its words ("FTC" for
    /// the Federal Trade Commission; "DOT" and "DT" for the Department of Transportation).
    static func initials(_ name: String) -> [UInt64] {
        let words = name.split(separator: " ")
        guard words.count >= 2 else { return [] }
        let all = String(words.compactMap(\.first))
        return Set([capitalInitials(name), all].compactMap { $0 }).filter { $0.count >= 2 }.map { TokenKey.of($0.lowercased()) }
    }

    /// The initials of a name's capitalised words ("FTC", "BJP"), or nil under two letters.
    static func capitalInitials(_ name: String) -> String? {
        let letters = String(name.split(separator: " ").compactMap(\.first).filter(\.isUppercase))
        return letters.count >= 2 ? letters : nil
    }

    /// Titles only a government's members hold (not "president" or "secretary", which unions and
    /// companies have too).
    static let ministerTitles = WordLists.keys(["minister", "premier", "chancellor"])

    /// The words of a title or a body's name that say which office it is ("transportation" in
    /// "Federal Transportation Secretary"): capitalised, and neither a title, a demonym, a
    /// function word nor one of the words many bodies' names share ("Federal", "National").
    static func officeWords(_ name: String) -> [UInt64] {
        name.split(separator: " ").compactMap { word in
            guard word.first?.isUppercase == true else { return nil }
            let key = TokenKey.of(String(word))
            return ActorWords.roles.contains(key) || PlaceGazetteer.demonyms.contains(key) || ActorWords.sharedOfficeWords.contains(key) ? nil : key
        }
    }
}
