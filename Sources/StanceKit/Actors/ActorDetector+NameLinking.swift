extension ActorDetector {
    /// Linking's passes over names (not pronouns), in reading order: every name candidate to an
    /// actor, and each actor's type by vote. The tables grow as the names are read.
    struct NameLinker {
        let candidates: [Candidate]
        /// `ActorDetector.tableActors`: what a candidate's `tableEntry` indexes.
        let tableActors: [Actor]
        var actors: [Actor] = []
        var resolved: [Int?]
        var actorByTableEntry: [Int: Int] = [:]
        var actorByName: [String: Int] = [:]
        var personBySurname: [UInt64: Int] = [:]
        var personByEnds: [String: Int] = [:]  // "joshua norton" → the person

        init(candidates: [Candidate], tableActors: [Actor]) {
            self.candidates = candidates
            self.tableActors = tableActors
            resolved = [Int?](repeating: nil, count: candidates.count)
        }

        mutating func newActor(_ actor: Actor) -> Int {
            actors.append(actor)
            return actors.count - 1
        }

        mutating func addAlias(_ index: Int, _ alias: String) {
            if alias != actors[index].name && !actors[index].aliases.contains(alias) { actors[index].aliases.append(alias) }
        }

        mutating func addRoles(_ index: Int, _ roles: [String]) {
            for role in roles where !actors[index].roles.contains(role) { actors[index].roles.append(role) }
        }

        /// Pass 1: table names and multi-word names, in reading order.
        mutating func linkFullNames() {
            for (c, candidate) in candidates.enumerated() where !candidate.isPronoun {
                if let entry = candidate.tableEntry {
                    let index = actorByTableEntry[entry] ?? newActor(Actor(name: tableActors[entry].name, type: tableActors[entry].type))
                    actorByTableEntry[entry] = index
                    addAlias(index, candidate.text)
                    resolved[c] = index
                } else if candidate.wordCount >= 2, candidate.type == .person, let person = personBySurname[candidate.lastWordKey],
                    actors[person].name.hasSuffix(" " + candidate.text)
                {
                    // A double surname alone: "Chatfield-Taylor" for "Adele Chatfield-Taylor".
                    addAlias(person, candidate.text)
                    resolved[c] = person
                } else if namesPersonOnBody(candidate) {
                    continue
                } else if candidate.wordCount >= 2 {
                    let key = candidate.text.lowercased()
                    let type = candidate.type
                    let words = key.split(separator: " ")
                    // "Joshua Norton" is "Joshua Abraham Norton"; "Norton I" is Norton.
                    let ends = type == .person ? "\(words[0]) \(ActorDetector.surname(words))" : nil
                    let index = actorByName[key] ?? ends.flatMap { personByEnds[$0] } ?? newActor(Actor(name: candidate.text, type: type))
                    if let ends, personByEnds[ends] == nil { personByEnds[ends] = index }
                    if index != actorByName[key] { addAlias(index, candidate.text) }
                    actorByName[key] = index
                    // "San Francisco, California" is also "San Francisco".
                    if type == .place, let comma = key.firstIndex(of: ",") { actorByName[String(key[..<comma]), default: index] = index }
                    addRoles(index, candidate.roles)
                    resolved[c] = index
                    let surname = TokenKey.of(String(ActorDetector.surname(words)))
                    if type == .person, personBySurname[surname] == nil { personBySurname[surname] = index }
                }
            }
        }

        /// Pass 2: single names, linked to a full name by surname, or to an earlier name; else a
        /// first name, a title or a middle name alone to the one person whose full name or title
        /// has it ("Isabel" for Isabel Ruiz in an interview, "the Secretary" for Secretary Cardona,
        /// "Lula" for Luiz Inácio Lula da Silva).
        mutating func linkSingleNames() {
            let byFirstName = ActorDetector.unique(actors.indices.filter { actors[$0].type == .person && actors[$0].name.contains(" ") }) {
                [TokenKey.of(String(actors[$0].name.split(separator: " ")[0]))]
            }
            let byTitle = ActorDetector.unique(actors.indices.filter { actors[$0].type == .person }) { person in
                actors[person].roles.compactMap { $0.split(separator: " ").last.map { TokenKey.of(String($0)) } }
            }
            // "Lula" for Luiz Inácio Lula da Silva: the capitalised word before a surname's particle
            // inside a person's name, not its first word. (Not any inner word: "Chao" in GUM's
            // "Rulan Chao Pian" is her father.)
            let byInnerName = ActorDetector.unique(actors.indices.filter { actors[$0].type == .person }) { person in
                let words = actors[person].name.split(separator: " ")
                return words.indices.dropFirst().dropLast().filter { k in
                    words[k].first?.isUppercase == true && ActorWords.surnameParticles.contains(TokenKey.of(String(words[k + 1])))
                }.map { TokenKey.of(String(words[$0])) }
            }
            // "Harrow" for Harrow School, "Congress" for the United States Congress, "the
            // Commission" for the European Union where the article wrote "European Commission".
            let byBodyWord = ActorDetector.unique(actors.indices.filter { actors[$0].type == .organisation && actors[$0].name.contains(" ") }) { body in
                let words = actors[body].name.split(separator: " ")
                return [TokenKey.of(String(words[0])), TokenKey.of(String(words[words.count - 1]))] + actors[body].aliases.compactMap { alias in
                    alias.contains(" ") ? alias.split(separator: " ").last.map { TokenKey.of(String($0)) } : nil
                }
            }
            // "Veltron" for Veltron Semiconductor, whatever the tagger took the word alone for.
            let byCompanyName = ActorDetector.unique(actors.indices.filter { body in
                let words = actors[body].name.split(separator: " ")
                return actors[body].type == .organisation && words.count >= 2 && ActorWords.companyWordKeys.contains(TokenKey.of(String(words[words.count - 1])))
            }) { [TokenKey.of(String(actors[$0].name.split(separator: " ")[0]))] }
            // "BJP" for the Bharatiya Janata Party, "TSMC" for Taiwan Semiconductor Manufacturing
            // Co: a body's initials, its capitalised words' first letters.
            let byInitials = ActorDetector.unique(actors.indices.filter { actors[$0].type == .organisation }) { body in
                ActorDetector.capitalInitials(actors[body].name).map { [TokenKey.of($0)] } ?? []
            }
            // Names inside names last, so that a name standing alone links as it would without
            // them ("Kaspersky" to Kaspersky Lab, not to the "Kaspersky" inside "Kaspersky Lab").
            let order = candidates.indices.filter { !candidates[$0].isNested } + candidates.indices.filter { candidates[$0].isNested }
            for c in order where !candidates[c].isPronoun && resolved[c] == nil {
                let candidate = candidates[c]
                let key = candidate.text.lowercased()
                let isTitle = ActorWords.roles.contains(candidate.lastWordKey)
                let mayBeFirstName = candidate.type == .person || FirstNames.entry(candidate.lastWordKey) != nil
                    || FirstNames.isEastAsianFamilyName(candidate.lastWordKey)
                // A name inside a body's name is no person's surname or first name ("Crane" in "Crane High School").
                let mayBePerson = !candidate.isNested
                if mayBePerson, let person = personBySurname[candidate.lastWordKey] {
                    addAlias(person, candidate.text)
                    addRoles(person, candidate.roles)
                    resolved[c] = person
                } else if namesPersonOnBody(candidate) {
                    continue
                } else if let known = actorByName[key] {
                    resolved[c] = known
                } else if mayBePerson, candidate.wordCount == 1, isTitle, let person = byTitle[candidate.lastWordKey] {
                    resolved[c] = person
                } else if mayBePerson, candidate.wordCount == 1, !isTitle, mayBeFirstName, let person = byFirstName[candidate.lastWordKey] {
                    addAlias(person, candidate.text)
                    resolved[c] = person
                } else if mayBePerson, candidate.wordCount == 1, candidate.type == .person, candidate.tableEntry == nil,
                    let person = byInnerName[candidate.lastWordKey]
                {
                    addAlias(person, candidate.text)
                    resolved[c] = person
                } else if candidate.wordCount == 1, candidate.tableEntry == nil, let company = byCompanyName[candidate.lastWordKey] {
                    addAlias(company, candidate.text)
                    resolved[c] = company
                } else if candidate.wordCount == 1, candidate.type == .organisation || NamedType.clubWords.contains(candidate.lastWordKey),
                    let body = byBodyWord[candidate.lastWordKey],
                    !ActorWords.organisationWords.contains(candidate.lastWordKey) || actors[body].name.hasSuffix(candidate.text)
                        || actors[body].aliases.contains(where: { $0.hasSuffix(" " + candidate.text) })
                {
                    addAlias(body, candidate.text)
                    resolved[c] = body
                } else if candidate.wordCount == 1, candidate.tableEntry == nil, Self.isAcronym(candidate.text),
                    let body = byInitials[candidate.lastWordKey]
                {
                    addAlias(body, candidate.text)
                    resolved[c] = body
                } else {
                    let type: Actor.Kind = candidate.roles.isEmpty ? candidate.type : .person
                    let index = newActor(Actor(name: candidate.text, type: type, roles: candidate.roles))
                    actorByName[key] = index
                    resolved[c] = index
                }
            }
        }

        /// Two to six capitals and nothing else: "BJP", "TSMC".
        static func isAcronym(_ text: String) -> Bool {
            (2...6).contains(text.unicodeScalars.count) && text.unicodeScalars.allSatisfy { $0.properties.isUppercase }
        }

        /// Whether a name inside a body's name is a person's name the article has ("Collins" in
        /// "Collins College" after "Mary Collins"): no mention of the person, nor an actor.
        func namesPersonOnBody(_ candidate: Candidate) -> Bool {
            candidate.isNested && actorByName[candidate.text.lowercased()].map { actors[$0].type == .person } == true
        }

        /// A nested name linked to the actor of the name around it ("Veltron" in "Veltron
        /// Semiconductor") is that name again, not a mention of its own: it is unlinked.
        mutating func unlinkNestedRepeats() {
            var outer: Int? = nil
            for (c, candidate) in candidates.enumerated() {
                guard candidate.isNested else {
                    outer = c
                    continue
                }
                if let outer, candidates[outer].paragraph == candidate.paragraph, candidates[outer].tokens.contains(candidate.tokens.lowerBound),
                    resolved[outer] == resolved[c]
                {
                    resolved[c] = nil
                }
            }
        }

        /// An actor's type is the one its names were tagged with most surely: a name tagged person
        /// in one sentence and place in another ("Coron") takes the article's majority. Full names
        /// outvote surnames ("Norton" alone looks like a place, "Joshua Norton" does not), unless
        /// the short name is a company's by its officer's title.
        mutating func voteTypes() {
            var votes: [Int: [Actor.Kind: Double]] = [:]
            var hasFullName = Set<Int>()
            for (c, candidate) in candidates.enumerated() where candidate.wordCount >= 2 && candidate.tableEntry == nil {
                if let index = resolved[c] { hasFullName.insert(index) }
            }
            for (c, candidate) in candidates.enumerated() where !candidate.isPronoun && candidate.tableEntry == nil {
                guard let index = resolved[c], candidate.wordCount >= 2 || candidate.isCompanyByOfficer || !hasFullName.contains(index) else { continue }
                votes[index, default: [:]][candidate.roles.isEmpty ? candidate.type : .person, default: 0] += candidate.confidence
            }
            for (index, tally) in votes {
                actors[index].type = tally.max { ($0.value, $1.key.rawValue) < ($1.value, $0.key.rawValue) }!.key
            }
        }
    }
}
