/// How the detector reads names around the tagger's: titles, table names against tagged names,
/// capitals as governments, organisations the tagger missed.
extension ActorDetector {
    /// The title inside a person's tagged name or just before it ("Foreign Minister Carla
    /// Mendes", "spokesperson Dmitry Peskov"): its last word is a title word; before that, title
    /// words and capitalised words outside any other name ("Foreign") belong to it too.
    func title(of name: Range<Int>, _ tokens: [Token], _ sentence: Range<Int>, _ text: CodePointText, names: [TaggedName?])
        -> (text: String, nameStart: Int)?
    {
        if let office = officeOf(name, tokens, sentence) {
            return (text.string(in: TextSpan(start: tokens[office.lowerBound].span.start, end: tokens[office.upperBound - 1].span.end)), office.upperBound)
        }
        var titleEnd = (name.lowerBound..<name.upperBound - 1).last { ActorWords.roles.contains(tokens[$0].key) }.map { $0 + 1 }
        if titleEnd == nil, name.lowerBound > sentence.lowerBound, ActorWords.roles.contains(tokens[name.lowerBound - 1].key),
            !isVerb(name.lowerBound - 1, tokens, sentence)
        {
            titleEnd = name.lowerBound
        }
        guard let titleEnd else { return appositionTitle(before: name, tokens, sentence, text) }
        var first = min(name.lowerBound, titleEnd - 1)
        while first > sentence.lowerBound, tokens[first - 1].kind == .word,
            ActorWords.roles.contains(tokens[first - 1].key)
                || (tokens[first - 1].isCapitalized && names[first - 1] == nil && aliasTable.longestMatch(tokens, at: first - 1, end: titleEnd) == nil)
        {
            first -= 1
        }
        // "South African President Cyril Ramaphosa": a table name the title's first word ends
        // ("South African") is no part of the title, nor is its last word ("African").
        if first > sentence.lowerBound, let (length, _) = aliasTable.longestMatch(tokens, at: first - 1, end: titleEnd), first - 1 + length > first,
            first - 1 + length < titleEnd
        {
            first = first - 1 + length
        }
        // "But Bundesbank President Joachim Nagel": the sentence's opening word is no part of it.
        while first < titleEnd - 1, ActorWords.sentenceOpeners.contains(tokens[first].key), !ActorWords.roles.contains(tokens[first].key) { first += 1 }
        return (text.string(in: TextSpan(start: tokens[first].span.start, end: tokens[titleEnd - 1].span.end)), max(name.lowerBound, titleEnd))
    }

    /// A title's word in lower case after a modal, "to" or "not" is a verb: "would judge
    /// Lecornu", "to head Fox News".
    private func isVerb(_ i: Int, _ tokens: [Token], _ sentence: Range<Int>) -> Bool {
        !tokens[i].isCapitalized && i > sentence.lowerBound && (ActorWords.modals.contains(tokens[i - 1].key) || Self.verbMarkers.contains(tokens[i - 1].key))
    }

    private static let verbMarkers = WordLists.keys(["to", "not"])

    /// A title with "of" whose office the tagger took into the person's name: "Secretary of |
    /// State Marco Rubio" is Marco Rubio, Secretary of State. The office runs to the first census
    /// first name, which leaves the name two words at least.
    private func officeOf(_ name: Range<Int>, _ tokens: [Token], _ sentence: Range<Int>) -> Range<Int>? {
        guard name.lowerBound - 2 >= sentence.lowerBound, tokens[name.lowerBound - 1].key == Self.ofKey,
            ActorWords.roles.contains(tokens[name.lowerBound - 2].key), name.count >= 3,
            let given = (name.lowerBound + 1...name.upperBound - 2).first(where: { FirstNames.isFirstName(tokens[$0].key) })
        else { return nil }
        var first = name.lowerBound - 2
        while first > sentence.lowerBound, tokens[first - 1].kind == .word, tokens[first - 1].isCapitalized, ActorWords.roles.contains(tokens[first - 1].key) { first -= 1 }
        return first..<given
    }

    /// A title in apposition before a name, after an article or a possessive: "The education
    /// minister, Robert Jansen, defended …", "Beijing's envoy, Liu Zhenmin, said" (lower-case words
    /// ending in a title, at most `appositionTitleWords`).
    func appositionTitle(before name: Range<Int>, _ tokens: [Token], _ sentence: Range<Int>, _ text: CodePointText) -> (text: String, nameStart: Int)? {
        let role = name.lowerBound - 2
        guard role > sentence.lowerBound, tokens[role + 1].key == TokenKey.comma, !tokens[role].isCapitalized, ActorWords.roles.contains(tokens[role].key)
        else { return nil }
        var first = role
        while first - 1 > sentence.lowerBound, role - first + 1 < Self.appositionTitleWords, tokens[first - 1].kind == .word, !tokens[first - 1].isCapitalized,
            !Self.titleDeterminers.contains(tokens[first - 1].key)
        {
            first -= 1
        }
        guard first - 1 >= sentence.lowerBound, Self.titleDeterminers.contains(tokens[first - 1].key) else { return nil }
        return (text.string(in: TextSpan(start: tokens[first].span.start, end: tokens[role].span.end)), name.lowerBound)
    }

    /// What opens a title in apposition: an article, "'s" or a possessive ("a landslide for its
    /// candidate, Edmundo Gonzalez" is the candidate).
    static let titleDeterminers = ActorWords.articles.union(ActorWords.possessivePronouns).union(ActorWords.bodyPossessives)
        .union(KeySet([TokenKey.possessive, TokenKey.of("our")]))

    /// Words a title in apposition may have: "the former deputy prime minister".
    static let appositionTitleWords = 4

    /// Whether a table name of `length` tokens at `i` is taken over the tagger's name there.
    /// The user's actors always are. A longer organisation or place name wins ("Russian Foreign
    /// Ministry", "New York City"); inside a person's name the table never wins ("Michael
    /// Jordan"), and at its start only before a title or a lower-case word ("Kremlin spokesperson
    /// Dmitry Peskov", "Brazilian Foreign Minister Carla Mendes"), not before more of the name
    /// ("Chad Smith").
    func tableNameWins(_ length: Int, at i: Int, over tagged: TaggedName?, startsName: Bool, custom: Bool, _ tokens: [Token]) -> Bool {
        guard !custom, let tagged, tagged.tokens.count > length else { return true }
        guard tagged.type == .person else { return false }
        guard startsName else { return false }
        let next = tokens[i + length]
        return ActorWords.roles.contains(next.key) || !next.isCapitalized
    }

    /// Whether the capital at `name` stands for its government: followed by a verb of saying or
    /// acting ("Beijing warned", "Washington has imposed", "Berlin is putting"), a modal
    /// ("Beijing would take") or a possessive ("Moscow's response"); the object of a judging verb
    /// ("accused Beijing of"); the agent after "by" ("aid provided by Washington"); the other side
    /// of relations ("closer ties with Beijing", "work closely with Washington and Canberra"); the
    /// one aided or pressed ("inadequate support to Kyiv", "sanctions on Moscow"); as opposed to a
    /// city ("moved from Berlin to London", "speaking in Canberra").
    func standsForGovernment(_ tokens: [Token], _ name: Range<Int>, _ sentence: Range<Int>) -> Bool {
        let start = name.lowerBound
        if start > sentence.lowerBound, tokens[start - 1].key == Self.byKey || ActorWords.governmentObjectVerbs.contains(tokens[start - 1].key) {
            return true
        }
        func isPartner(_ with: Int) -> Bool {  // "ties with", "work closely with"
            with > sentence.lowerBound && tokens[with].key == Self.withKey
                && (ActorWords.relations.contains(tokens[with - 1].key) || Self.partnering.contains(tokens[with - 1].key))
        }
        if isPartner(start - 1) { return true }
        // "work closely with Washington and Canberra": the second capital too.
        if start - 3 > sentence.lowerBound, tokens[start - 1].key == Self.andKey, isPartner(start - 3) { return true }
        if start - 1 > sentence.lowerBound, Self.aidPrepositions.contains(tokens[start - 1].key), ActorWords.aidAndPressure.contains(tokens[start - 2].key) {
            return true
        }
        var j = name.upperBound
        if j < sentence.upperBound, ActorWords.modals.contains(tokens[j].key) { return true }
        if j < sentence.upperBound, ActorWords.auxiliaries.contains(tokens[j].key) { j += 1 }
        guard j < sentence.upperBound else { return false }
        return ActorWords.governmentVerbs.contains(tokens[j].key) || tokens[j].key == TokenKey.possessive
    }

    private static let withKey = TokenKey.of("with")
    /// Words before "with" that make its object a partner government: "work closely with Washington".
    private static let partnering = WordLists.keys(["closely", "together", "cooperate", "cooperates", "cooperated", "cooperating", "allied", "aligned"])

    private static let aidPrepositions = WordLists.keys(["to", "for", "on", "against"])

    private static let byKey = TokenKey.of("by")

    /// A storm named once in full ("Cyclone Phailin") is no actor anywhere in the article: neither
    /// its name alone ("Phailin's winds") nor with a forecaster's initials ("T C Phailin").
    static func settingAsideStorms(_ names: [[TaggedName]], in paragraphs: [TokenizedParagraph]) -> [[TaggedName]] {
        var storms = Set<UInt64>()
        for (found, paragraph) in zip(names, paragraphs) {
            for name in found where name.type == .other && ActorWords.stormWords.contains(paragraph.tokens[name.tokens.lowerBound].key) {
                storms.insert(paragraph.tokens[name.tokens.upperBound - 1].key)
            }
        }
        guard !storms.isEmpty else { return names }
        return zip(names, paragraphs).map { found, paragraph in
            found.map { name in
                let tokens = paragraph.tokens
                guard storms.contains(tokens[name.tokens.upperBound - 1].key),
                    name.tokens.dropLast().allSatisfy({ tokens[$0].span.length == 1 && tokens[$0].isCapitalized })
                else { return name }
                return TaggedName(tokens: name.tokens, type: .other, confidence: name.confidence)
            }
        }
    }

    /// An acronym the article defines by lower-case words whose initials spell it ("the ground
    /// reaction force (GRF)", "a segmented compact light-emitting diode (SCLED)") is a term, not a
    /// body, wherever it stands; one defined by capitalised words ("the World Health Organisation
    /// (WHO)") keeps what the tagger says. (GUM's academic papers had such terms as bodies.)
    static func settingAsideTerms(_ names: [[TaggedName]], in paragraphs: [TokenizedParagraph]) -> [[TaggedName]] {
        var terms = Set<UInt64>()
        for paragraph in paragraphs {
            let tokens = paragraph.tokens
            for i in tokens.indices.dropFirst().dropLast() where tokens[i].isAllCaps && tokens[i - 1].key == TokenKey.openParenthesis
                && tokens[i + 1].key == TokenKey.closeParenthesis && isDefinedByLowerCaseWords(i, paragraph)
            {
                terms.insert(tokens[i].key)
            }
        }
        guard !terms.isEmpty else { return names }
        return zip(names, paragraphs).map { found, paragraph in
            found.map { name in
                guard name.tokens.count == 1, terms.contains(paragraph.tokens[name.tokens.lowerBound].key) else { return name }
                return TaggedName(tokens: name.tokens, type: .other, confidence: name.confidence)
            }
        }
    }

    /// Whether the words before the parenthesis around token `acronym` spell it by their initials,
    /// last letter first, none of them capitalised (joining words and hyphens skipped).
    private static func isDefinedByLowerCaseWords(_ acronym: Int, _ paragraph: TokenizedParagraph) -> Bool {
        let tokens = paragraph.tokens
        let letters = paragraph.text.scalars[tokens[acronym].span.start..<tokens[acronym].span.end].filter { $0.properties.isAlphabetic }
        guard (2...8).contains(letters.count) else { return false }
        var j = acronym - 2
        for letter in letters.reversed() {
            while j >= 0, tokens[j].key == TokenKey.hyphen || termJoiners.contains(tokens[j].key) { j -= 1 }
            guard j >= 0, tokens[j].kind == .word, !tokens[j].isCapitalized,
                paragraph.text.scalars[tokens[j].span.start].properties.lowercaseMapping == String(letter).lowercased()
            else { return false }
            j -= 1
        }
        return true
    }

    /// Words an acronym's letters pass over: "Department of Energy (DOE)", "research and development (R&D)".
    private static let termJoiners = WordLists.keys(["of", "and", "for", "the", "in", "on", "to", "a", "&"])

    /// The tagger's names with what news capitalises around them (`NameRules`).
    static func withRuleNames(_ names: [TaggedName], _ paragraph: TokenizedParagraph) -> [TaggedName] {
        NameRules(names, paragraph).applied()
    }
}
