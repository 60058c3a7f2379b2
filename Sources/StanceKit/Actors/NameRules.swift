/// What news capitalises around the tagger's names, applied in this order to one paragraph:
///
/// 0. a body's name with an office's title and a name after it is the body, then a person
///    ("European Commission President Ursula" → European Commission + President Ursula …), or
///    a person with a longer title when no body's word comes before the title ("California
///    Governor Elena Ruiz"); before a company's title, always a company and a person ("Tesla CEO
///    Elon Musk"), however the tagger cut the three;
/// 1. organisations the tagger missed or cut: a run of two or more capitalised words (joined by
///    "of", "and", "for", "&") with an organisation word in it ("The Chamber of Commerce
///    welcomed") or an "&" between letters ("S&P") is one, and so is such a run around one
///    body's or place's name ("Harbor City" + "Council", "Chamber of" + "Commerce"); a run or a
///    tagged body with a body's word on both sides of "and" is two ("British Library and
///    Columbia University");
/// 1b. a sentence's first word, capitalised, before ", which", ", whose" or ", who" is a name the
///    tagger missed, a body's or a person's ("Volkswagen, which sells …, said", "Ryanair, whose
///    pilots …"; in GMB's news, 52 of 57
///    such words are names), unless the paragraph writes it in lower case too, a table knows
///    it, or, before "who", it is a plural ("Environmentalists, who");
/// 1c. the authors a citation names are people ("(Dye & Bavelier, 2010)", "Klingberg et al.");
/// 1d. a capitalised run after a deal's noun is a business ("the takeover of Arm", "a stake in
///    Dalvo"; `NamedType.dealPrepositions`), which the tagger, never having seen it, may miss;
/// 1e. a capitalised word before a body's description in apposition is a body ("BEUC, the
///    European consumer organisation, praised");
/// 2. a person's name goes on over capitalised words left out ("Bonnie" + "Grabenhofer"), and
///    back over one between a title and the name ("Captain" + "Reece" + "James") and over a
///    census first name before a surname found alone ("Jordan" + "Bardella"),
///    over surname particles ("Ursula von der Leyen") and over the hyphenated second syllable
///    of a given name ("Moon Jae-in", "Lee Cheuk-yan"), but not over a compound ("Putin-led");
/// 2b. a hyphen between capitalised words joins them ("Mohamed El-Hassan Mohamed", "Make-A-Wish
///    Foundation"), and a club's word joins its city ("Manchester" + "United");
/// 3. a body's or place's name goes on over "of" (a body's also "for", and a council's or
///    commission's "on") and what follows ("Medical Journal of Australia", "Kiel Institute for
///    the World Economy", "Kenya National Commission on Human Rights"), over the name after a word
///    that begins place names ("Greater" + "Manchester") or its legal form (", Inc."),
///    and ends on no joining word nor on a date ("Leiden University on Tuesday"); a person's goes
///    on over ", Jr.";
/// 3b. a place's name, a comma and the region or country it is in are one place ("Evansville,
///    Indiana", "Moscow, Russia", "Paramus, NJ"), as GUM marks them, unless a list goes on
///    ("Boston, New York and Chicago");
/// 4. a name, "'s" and a body's name are one body ("St. Mary's Medical Center");
/// 5. a demonym just before a body's or place's name is part of it ("Australian Centre for …");
/// 6. names inside longer ones go, a sentence's opening function word is no part of the name
///    after it ("Like Vernet"), nor the place of a compound before a body's name ("pro-Beijing
///    New People Party"); a function word before an article ends no name ("Elizabeth Quat In
///    the …"), titles alone before a person's name are none ("Prime Minister" + "Keir
///    Starmer"), nor is a caption's label before its colon part of one ("Image: …");
/// 7. a capitalised title alone after "the" names a person ("the Secretary acted"), and the
///    table's body or a club's or company's name of two words or more just before a person's
///    title or post is a body ("U.N. Secretary-General …", "Manchester United manager …");
/// 8. laws, events and storms are no actors ("the HEROES Act", "Title IV", "Cyclone Phailin",
///    "the Olympic Games", "the Middle Ages"), nor is a numeral alone, a common noun's
///    initialism ("AI", "GDP", "DNA"), a spelling in another
///    language ("Athens (Greek: Αθήνα)") or the letters after a person's name ("Tedeschi, QC").
struct NameRules {
    private let paragraph: TokenizedParagraph
    private var tokens: [Token] { paragraph.tokens }
    /// The tagger's names, as they change.
    private var names: [TaggedName]
    /// Per token, the tagger's name that covers it (after step 0, before the other rules).
    private let owner: [Int?]
    /// Per token, its sentence.
    private let sentenceOf: [Range<Int>]
    /// Organisations found by step 1 outside the tagger's names.
    private var added: [TaggedName] = []

    init(_ names: [TaggedName], _ paragraph: TokenizedParagraph) {
        self.paragraph = paragraph
        let names = Self.splittingTitledPeople(names, paragraph.tokens).flatMap { name in
            name.type != .organisation ? [name] : Self.splitAtPossessor(name, paragraph.tokens).flatMap { name in
                Self.splitAtAnd(name.tokens, paragraph.tokens).map {
                    TaggedName(tokens: $0, type: $0 != name.tokens && Self.isTablePlace($0, paragraph.tokens) ? .place : name.type, confidence: name.confidence)
                }
            }
        }
        self.names = names
        var owner = [Int?](repeating: nil, count: paragraph.tokens.count)
        for (n, name) in names.enumerated() { for i in name.tokens { owner[i] = n } }
        self.owner = owner
        var sentenceOf = [Range<Int>](repeating: 0..<0, count: paragraph.tokens.count)
        for sentence in paragraph.sentences { for i in sentence { sentenceOf[i] = sentence } }
        self.sentenceOf = sentenceOf
    }

    consuming func applied() -> [TaggedName] {
        findOrganisations()
        findRelativeClauseNames()
        findCitedAuthors()
        findDealtBusinesses()
        findDescribedBodies()
        continuePeople()
        joinCutNames()
        continueOverOf()
        joinRegions()
        joinPossessives()
        takeDemonyms()
        dropNested()
        trimEdges()
        dropCaptionLabels()
        findLoneTitles()
        findBodiesBeforeTitles()
        setAsideNonActors()
        return (names + added).sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    /// Step 0, done first so that the other steps see the two names. The person's part keeps the
    /// title, which the detector splits off as a role.
    private static func splittingTitledPeople(_ names: [TaggedName], _ tokens: [Token]) -> [TaggedName] {
        var split: [TaggedName] = []
        for name in joiningTitles(names, tokens) {
            // An office's title, or a word hyphenated to a title ("WHO Director-General Tedros").
            let office = name.tokens.dropFirst().first { i in
                tokens[i].isCapitalized && (ActorWords.officeTitles.contains(tokens[i].key) || ActorWords.companyTitles.contains(tokens[i].key)
                    || i + 2 < name.tokens.upperBound && isJoinedHyphen(i + 1, tokens) && ActorWords.roles.contains(tokens[i + 2].key))
            }
            // A title hyphenated to another goes on over it: "Secretary-General", "Attorney-General".
            var officeEnd = office.map { $0 + 1 } ?? 0
            while officeEnd + 1 < name.tokens.upperBound, isJoinedHyphen(officeEnd, tokens), ActorWords.roles.contains(tokens[officeEnd + 1].key) { officeEnd += 2 }
            guard let office, name.type != .person || ActorWords.companyTitles.contains(tokens[office].key),
                officeEnd < name.tokens.upperBound, tokens[officeEnd].isCapitalized, !ActorWords.roles.contains(tokens[officeEnd].key) || officeEnd + 1 < name.tokens.upperBound
            else {
                split.append(isTitledPerson(name, tokens) ? TaggedName(tokens: name.tokens, type: .person, confidence: name.confidence) : name)
                continue
            }
            // Only a company has a chief executive or a founder: "Tesla CEO Elon Musk".
            if ActorWords.companyTitles.contains(tokens[office].key) {
                split.append(TaggedName(tokens: name.tokens.lowerBound..<office, type: .organisation, confidence: name.confidence))
                split.append(TaggedName(tokens: office..<name.tokens.upperBound, type: .person, confidence: name.confidence))
                continue
            }
            // Words that make the title longer go with it: "Senate | Majority Leader Chuck Schumer".
            var title = office
            while title - 1 > name.tokens.lowerBound, tokens[title - 1].isCapitalized, ActorWords.titleModifiers.contains(tokens[title - 1].key) { title -= 1 }
            // The part before the title is a body only with a body's word in it or as the table's
            // body ("U.N. Secretary-General Antonio Guterres"); else the whole name is a person's
            // with a longer title ("Brazilian Foreign Minister Carla Mendes").
            let body = name.tokens.lowerBound..<title
            guard body.contains(where: { ActorWords.organisationWords.contains(tokens[$0].key) }) || isTableBody(body, tokens) else {
                split.append(TaggedName(tokens: name.tokens, type: .person, confidence: name.confidence))
                continue
            }
            split.append(TaggedName(tokens: body, type: name.type, confidence: name.confidence))
            split.append(TaggedName(tokens: title..<name.tokens.upperBound, type: .person, confidence: name.confidence))
        }
        return split
    }

    /// Whether a name the tagger took for a body's or a place's is a title and a person's name:
    /// title words, then a census first name and more ("General Antonio Guterres", where the
    /// tagger began after "Secretary-"), with no body's word.
    private static func isTitledPerson(_ name: TaggedName, _ tokens: [Token]) -> Bool {
        guard name.type != .person, !name.tokens.contains(where: { ActorWords.organisationWords.contains(tokens[$0].key) }) else { return false }
        let given = name.tokens.first { !ActorWords.roles.contains(tokens[$0].key) && !isJoinedHyphen($0, tokens) } ?? name.tokens.upperBound
        return given > name.tokens.lowerBound && given + 1 < name.tokens.upperBound && FirstNames.isFirstName(tokens[given].key)
    }

    /// A name, a company's title and the name after it as one name for step 0, however the tagger
    /// cut them: it gives "Tesla" and "Elon Musk" as two people with the title between them,
    /// "Facebook CEO" as a body with no name after it ("Facebook CEO Mark Zuckerberg disagreed"),
    /// or the person alone.
    private static func joiningTitles(_ names: [TaggedName], _ tokens: [Token]) -> [TaggedName] {
        func isTitle(_ i: Int) -> Bool { tokens.indices.contains(i) && ActorWords.companyTitles.contains(tokens[i].key) && tokens[i].isCapitalized }
        var joined: [TaggedName] = []
        for (n, name) in names.enumerated() {
            if let last = joined.last, last.tokens.upperBound == name.tokens.lowerBound || last.tokens.upperBound + 1 == name.tokens.lowerBound,
                isTitle(name.tokens.lowerBound - 1), last.tokens.count >= 2 || last.tokens.upperBound < name.tokens.lowerBound
            {
                joined[joined.count - 1] = TaggedName(tokens: last.tokens.lowerBound..<name.tokens.upperBound, type: .person, confidence: min(last.confidence, name.confidence))
                continue
            }
            // The company's name the tagger missed: the capitalised words before the title
            // ("Spotify CEO Daniel Ek" opening a sentence, where it found only the person).
            var start = name.tokens.lowerBound - 1
            if isTitle(start) {
                let limit = joined.last?.tokens.upperBound ?? 0
                while start - 1 >= limit, tokens[start - 1].kind == .word, tokens[start - 1].isCapitalized,
                    !ActorWords.articles.contains(tokens[start - 1].key), !ActorWords.roles.contains(tokens[start - 1].key)
                {
                    start -= 1
                }
                if start < name.tokens.lowerBound - 1 {
                    joined.append(TaggedName(tokens: start..<name.tokens.upperBound, type: .person, confidence: name.confidence))
                    continue
                }
            }
            // The holder's name the tagger missed: the capitalised words after the title.
            let title = name.tokens.count >= 2 && isTitle(name.tokens.upperBound - 1) ? name.tokens.upperBound - 1 : name.tokens.upperBound
            var end = title + 1
            let next = n + 1 < names.count ? names[n + 1].tokens.lowerBound : tokens.count
            while isTitle(title), end < next, tokens[end].kind == .word, tokens[end].isCapitalized, !ActorWords.roles.contains(tokens[end].key) { end += 1 }
            joined.append(end > title + 1 ? TaggedName(tokens: name.tokens.lowerBound..<end, type: .person, confidence: name.confidence) : name)
        }
        return joined
    }

    /// Step 1.
    private mutating func findOrganisations() {
        let original = names
        for sentence in paragraph.sentences {
            var i = sentence.lowerBound
            while i < sentence.upperBound {
                guard tokens[i].kind == .word, tokens[i].isCapitalized else {
                    i += 1
                    continue
                }
                var end = i + 1
                while end < sentence.upperBound {
                    if tokens[end].kind == .word, tokens[end].isCapitalized {
                        end += 1
                    } else if ActorWords.organisationJoiners.contains(tokens[end].key), end + 1 < sentence.upperBound, tokens[end + 1].isCapitalized {
                        end += 2
                    } else {
                        break
                    }
                }
                for run in Self.splitAtAnd(i..<end, tokens) { addOrganisation(run, original) }
                i = end
            }
        }
    }

    /// "British Library and Columbia University" is two bodies; "Securities and Exchange
    /// Commission" one: a run splits at "and" when both sides have a body's word, or when what
    /// follows it is a country of the table ("the United Nations and United States").
    private static func splitAtAnd(_ run: Range<Int>, _ tokens: [Token]) -> [Range<Int>] {
        func hasBodyWord(_ range: Range<Int>) -> Bool { range.contains { ActorWords.organisationWords.contains(tokens[$0].key) } }
        guard let and = run.first(where: { tokens[$0].key == andKey }), and > run.lowerBound,
            hasBodyWord(run.lowerBound..<and) && hasBodyWord(and + 1..<run.upperBound)
                || (isTablePlace(and + 1..<run.upperBound, tokens) && !isTablePlace(run, tokens))
        else { return [run] }
        return [run.lowerBound..<and] + splitAtAnd(and + 1..<run.upperBound, tokens)
    }

    /// A body's name, "'s" and a person's full name that the tagger took for one body are the
    /// body and the person: "New People Party's Michael Tien" (a census first name opens the
    /// person's part, and no body's word ends it: "St. Mary's Medical Center" stays whole).
    private static func splitAtPossessor(_ name: TaggedName, _ tokens: [Token]) -> [TaggedName] {
        let last = name.tokens.upperBound - 1
        guard let mark = name.tokens.dropFirst().first(where: { tokens[$0].key == TokenKey.possessive }), last - mark >= 2,
            FirstNames.isFirstName(tokens[mark + 1].key), tokens[mark + 1...last].allSatisfy({ $0.kind == .word && $0.isCapitalized }),
            !ActorWords.organisationWords.contains(tokens[last].key), !ActorWords.structures.contains(tokens[last].key)
        else { return [name] }
        return [
            TaggedName(tokens: name.tokens.lowerBound..<mark, type: .organisation, confidence: name.confidence),
            TaggedName(tokens: mark + 1..<name.tokens.upperBound, type: .person, confidence: name.confidence),
        ]
    }

    /// Whether the words of `run` are a name of a place in the place table (not a bloc's).
    private static func isTablePlace(_ run: Range<Int>, _ tokens: [Token]) -> Bool { tableType(of: run, tokens) == .place }

    private static func isTableBody(_ run: Range<Int>, _ tokens: [Token]) -> Bool { tableType(of: run, tokens) == .organisation }

    /// The type of the table's name that `run` is, whole.
    private static func tableType(of run: Range<Int>, _ tokens: [Token]) -> Actor.Kind? {
        guard let match = TableMarks.placeTable.longestMatch(tokens, at: run.lowerBound, end: run.upperBound), match.length == run.count else { return nil }
        return PlaceGazetteer.entries[match.entry].type
    }

    private mutating func addOrganisation(_ run: Range<Int>, _ original: [TaggedName]) {
        guard run.contains(where: { ActorWords.organisationWords.contains(tokens[$0].key) }) || hasJoinedAmpersand(run) else { return }
        let owners = Set(run.compactMap { owner[$0] })
        var start = run.lowerBound
        while start < run.upperBound - 1, ActorWords.articles.contains(tokens[start].key) { start += 1 }
        if owners.isEmpty, run.count >= 2 {
            added.append(TaggedName(tokens: start..<run.upperBound, type: .organisation, confidence: ActorDetector.ruleNameConfidence))
        } else if owners.count == 1, let n = owners.first, original[n].type != .person,
            original[n].tokens.lowerBound >= start, original[n].tokens.upperBound <= run.upperBound
        {
            // The whole run: "Harbor City" + "Council", "Chamber of" + "Commerce".
            names[n] = TaggedName(tokens: start..<run.upperBound, type: .organisation, confidence: original[n].confidence)
        }
    }

    /// Whether an "&" in `run` touches the words on both sides: a body's initials ("S&P", "AT&T"),
    /// of which the tagger found the first letter alone.
    private func hasJoinedAmpersand(_ run: Range<Int>) -> Bool {
        run.dropFirst().dropLast().contains { i in
            tokens[i].key == Self.ampersandKey && tokens[i - 1].span.end == tokens[i].span.start && tokens[i].span.end == tokens[i + 1].span.start
        }
    }

    /// Step 1b.
    private mutating func findRelativeClauseNames() {
        for sentence in paragraph.sentences where sentence.count > 3 {
            let w = sentence.lowerBound
            guard tokens[w + 1].key == TokenKey.comma, let type = Self.relativePronouns[tokens[w + 2].key],
                !(type == .person && paragraph.text.scalars[tokens[w].span.end - 1] == "s"), mayBeMissedName(w)
            else { continue }
            added.append(TaggedName(tokens: w..<w + 1, type: type, confidence: ActorDetector.ruleNameConfidence))
        }
    }

    /// "whose" as a body's: an unknown lone word that opens a sentence is a company or a brand far
    /// more often than a person, whom a first name comes with ("Ryanair, whose pilots …").
    private static let relativePronouns: [UInt64: Actor.Kind] = [TokenKey.of("which"): .organisation, TokenKey.of("who"): .person, TokenKey.of("whose"): .organisation]

    /// Step 1e: a capitalised word before a description of a body in apposition is a body's name
    /// the tagger missed ("BEUC, the European consumer organisation, praised …").
    private mutating func findDescribedBodies() {
        for sentence in paragraph.sentences {
            for w in sentence where w + 3 < sentence.upperBound && tokens[w + 1].key == TokenKey.comma && ActorWords.articles.contains(tokens[w + 2].key) {
                guard let noun = (w + 3..<min(sentence.upperBound, w + 3 + Self.appositionWords)).first(where: { ActorWords.organisationNouns.contains(tokens[$0].key) }),
                    (w + 3..<noun).allSatisfy({ tokens[$0].kind == .word }),
                    noun + 1 == sentence.upperBound || tokens[noun + 1].key == TokenKey.comma || tokens[noun + 1].key == TokenKey.period,
                    mayBeMissedName(w)
                else { continue }
                added.append(TaggedName(tokens: w..<w + 1, type: .organisation, confidence: ActorDetector.ruleNameConfidence))
            }
        }
    }

    /// Words of an apposition's description of a body, its noun included: "the European consumer organisation".
    private static let appositionWords = 4

    /// Whether the capitalised word at `w` may be a lone name the tagger missed (steps 1b and
    /// 1e): no name has it, it is no opening word, article, date, pronoun or title, no table
    /// knows it, and the paragraph never writes it in lower case.
    private mutating func mayBeMissedName(_ w: Int) -> Bool {
        let word = tokens[w]
        guard owner[w] == nil, word.kind == .word, word.isCapitalized, !added.contains(where: { $0.tokens.contains(w) }),
            !ActorWords.sentenceOpeners.contains(word.key), !ActorWords.articles.contains(word.key), !ActorWords.calendarWords.contains(word.key),
            !ActorWords.pronouns.contains(word.key), !ActorWords.roles.contains(word.key),
            TableMarks.placeTable.longestMatch(tokens, at: w, end: w + 1) == nil, TableMarks.cityTable.longestMatch(tokens, at: w, end: w + 1) == nil
        else { return false }
        return !lowerCaseWords.contains(word.key)
    }

    /// The keys of the paragraph's words written in lower case, read once, when a step first needs them.
    private lazy var lowerCaseWords = Set(tokens.lazy.filter { $0.kind == .word && !$0.isCapitalized }.map(\.key))

    /// Step 1c: authors cited as scholars cite them are people: the capitalised words of a
    /// parenthesis that ends on a year ("(Dye & Bavelier, 2010; Feng, Spence, & Pratt, 2007)",
    /// "(see Brieber 2014)"; not a spelling, "(Arabic: …, 1950)") and a name before "et al.".
    /// In GUM train the tagger had missed 32 of its 90 cited names. A name before a year in
    /// parentheses alone ("Quilis (1964)") is left to the tagger: in biographies it is mostly a
    /// film's ("Watchmen (2009)").
    private mutating func findCitedAuthors() {
        for sentence in paragraph.sentences {
            var i = sentence.lowerBound
            while i < sentence.upperBound {
                defer { i += 1 }
                if tokens[i].key == TokenKey.openParenthesis,
                    let close = (i + 1..<sentence.upperBound).first(where: { tokens[$0].key == TokenKey.closeParenthesis || tokens[$0].key == TokenKey.openParenthesis }),
                    tokens[close].key == TokenKey.closeParenthesis
                {
                    // The year after a comma, a surname or "et al." ("Turano 2011"), not a date's
                    // month: "(Conservative, North Toxteth, elected 1 November 1883)" names no authors.
                    if close - i >= 3, isYear(close - 1), case let beforeYear = tokens[close - 2],
                        beforeYear.key == TokenKey.comma || Self.alKeys.contains(beforeYear.key)
                        || beforeYear.kind == .word && beforeYear.isCapitalized && !ActorWords.calendarWords.contains(beforeYear.key),
                        !(i + 1..<close).contains(where: { tokens[$0].key == Self.colonKey })
                    {
                        for run in capitalisedRuns(in: i + 1..<close) where !isPlace(run) { markAuthor(run, in: i + 1..<close) }
                    }
                    i = close
                } else if tokens[i].key == Self.etKey, i + 1 < sentence.upperBound, Self.alKeys.contains(tokens[i + 1].key),
                    let run = capitalisedRuns(in: max(i - Self.citedNameWords, sentence.lowerBound)..<i).last, run.upperBound == i
                {
                    markAuthor(run, in: run)
                }
            }
        }
    }

    /// Step 1d.
    private mutating func findDealtBusinesses() {
        for sentence in paragraph.sentences {
            for p in sentence.dropFirst() where NamedType.dealPrepositions[tokens[p - 1].key] == tokens[p].key {
                var start = p + 1
                if start < sentence.upperBound, ActorWords.articles.contains(tokens[start].key) { start += 1 }
                guard start < sentence.upperBound, owner[start] == nil, !added.contains(where: { $0.tokens.contains(start) }),
                    let run = capitalisedRuns(in: start..<min(sentence.upperBound, start + Self.dealtNameWords)).first, run.lowerBound == start,
                    TableMarks.placeTable.longestMatch(tokens, at: start, end: run.upperBound) == nil  // "a stake in Ukraine's future"
                else { continue }
                added.append(TaggedName(tokens: run, type: .organisation, confidence: ActorDetector.ruleNameConfidence))
            }
        }
    }

    /// The most words of a business's name after a deal's noun.
    private static let dealtNameWords = 4

    /// The runs of capitalised words in `range` (not all in capitals, not dates), hyphenated
    /// ones whole ("Morgan-Short").
    private func capitalisedRuns(in range: Range<Int>) -> [Range<Int>] {
        var runs: [Range<Int>] = []
        var start: Int?
        for i in range.lowerBound...range.upperBound {
            let isNameWord = i < range.upperBound && tokens[i].kind == .word && tokens[i].isCapitalized && !tokens[i].isAllCaps
                && !ActorWords.calendarWords.contains(tokens[i].key) && !ActorWords.sentenceOpeners.contains(tokens[i].key)
                || start != nil && i + 1 < range.upperBound && isJoinedHyphen(i) && tokens[i + 1].isCapitalized
            if isNameWord, start == nil { start = i }
            if !isNameWord, let s = start {
                runs.append(s..<i)
                start = nil
            }
        }
        return runs
    }

    /// Whether a place or city table knows the words of `run` ("(Paris, 1965)" is where a book came out).
    private func isPlace(_ run: Range<Int>) -> Bool {
        TableMarks.placeTable.longestMatch(tokens, at: run.lowerBound, end: run.upperBound)?.length == run.count
            || TableMarks.cityTable.longestMatch(tokens, at: run.lowerBound, end: run.upperBound)?.length == run.count
    }

    /// Makes `run` a person's name: added when no name covers it; a name inside the citation
    /// that covers it gives way, as the tagger's "Dye & Bavelier" (other) does to two people.
    private mutating func markAuthor(_ run: Range<Int>, in citation: Range<Int>) {
        guard !run.contains(where: { ActorWords.organisationWords.contains(tokens[$0].key) }) else { return }  // "(World Health Organization, 2010)"
        let owners = Set(run.compactMap { owner[$0] })
        if let n = owners.first, owners.count == 1, names[n].tokens.overlaps(run) {
            guard citation.contains(names[n].tokens.lowerBound), citation.contains(names[n].tokens.upperBound - 1),
                names[n].type != .organisation || names[n].tokens.count == 1  // "(Open Science Collaboration, 2015)"
            else { return }
            names[n] = TaggedName(tokens: run, type: .person, confidence: names[n].confidence)
        } else if owners.count <= 1, !added.contains(where: { $0.tokens.overlaps(run) }) {
            // No name here, or the part of one the citation has already cut down to its first author.
            added.append(TaggedName(tokens: run, type: .person, confidence: ActorDetector.ruleNameConfidence))
        }
    }

    /// Whether token `i` is a year as citations write them: four digits from 1500 to 2099.
    private func isYear(_ i: Int) -> Bool {
        let token = tokens[i]
        guard token.kind == .number, token.span.end - token.span.start == 4 else { return false }
        let digits = paragraph.text.scalars[token.span.start..<token.span.end].map { Int($0.value) - 48 }
        guard digits.allSatisfy({ (0...9).contains($0) }) else { return false }
        let year = digits.reduce(0) { $0 * 10 + $1 }
        return (1500...2099).contains(year)
    }

    /// The most words of one cited name ("Martínez Cantón", "Filippini Fantoni").
    private static let citedNameWords = 3
    private static let etKey = TokenKey.of("et")
    private static let alKeys = WordLists.keys(["al", "al."])

    /// Step 2, not over a weekday or a month ("Obama Tuesday").
    private mutating func continuePeople() {
        var inAdded = [Bool](repeating: false, count: tokens.count)
        for name in added { for i in name.tokens { inAdded[i] = true } }
        for n in names.indices where names[n].type == .person {
            // Back over a word no name has between a title the tagger took for a name of its own
            // and the name ("Captain" + "Reece" + "James"; not "Deputy Prosecutor Scott Duncan").
            var start = names[n].tokens.lowerBound
            if start - 2 >= sentenceOf[start].lowerBound, owner[start - 1] == nil, !inAdded[start - 1], tokens[start - 1].kind == .word,
                tokens[start - 1].isCapitalized, !tokens[start - 1].isAllCaps, !ActorWords.roles.contains(tokens[start - 1].key),
                !ActorWords.calendarWords.contains(tokens[start - 1].key), tokens[start - 2].isCapitalized, ActorWords.roles.contains(tokens[start - 2].key),
                let title = owner[start - 2], names[title].tokens == start - 2..<start - 1
            {
                start -= 2
            }
            // Back over a census first name (either sex's, or as common a surname) before a
            // surname the tagger found alone, which a country's name had hidden ("Jordan" +
            // "Bardella"; not "in Jordan" + "Abdullah").
            if names[n].tokens.count == 1, start - 1 >= sentenceOf[start].lowerBound, owner[start - 1] == nil, !inAdded[start - 1],
                isGivenName(start - 1), start - 2 < sentenceOf[start].lowerBound || !tokens[start - 2].isCapitalized && !isPlacePreposition(start - 2)
            {
                start -= 1
            }
            var end = names[n].tokens.upperBound
            let sentenceEnd = sentenceOf[end - 1].upperBound
            while end < sentenceEnd {
                var next = end
                while next < sentenceEnd, !tokens[next].isCapitalized, ActorWords.surnameParticles.contains(tokens[next].key) { next += 1 }
                guard next < sentenceEnd, tokens[next].kind == .word, tokens[next].isCapitalized, next > end || owner[next] == nil,
                    !ActorWords.calendarWords.contains(tokens[next].key), !inAdded[next]
                else { break }
                end = givenNameSyllables(after: next + 1, sentenceEnd)
            }
            names[n].tokens = compoundGivenNameStart(start, end)..<givenNameSyllables(after: end, sentenceEnd)
        }
    }

    /// A capitalised word (not in capitals) the census has as a first name, of either sex or as
    /// common a surname ("Jordan"), that is no sentence opener nor a month.
    private func isGivenName(_ i: Int) -> Bool {
        let token = tokens[i]
        return token.kind == .word && token.isCapitalized && !token.isAllCaps && (FirstNames.entry(token.key) != nil || FirstNames.isEither(token.key))
            && !ActorWords.sentenceOpeners.contains(token.key) && !ActorWords.calendarWords.contains(token.key)
    }

    /// "in", "at", "to", … before a place.
    private func isPlacePreposition(_ i: Int) -> Bool {
        ActorWords.settingPrepositions.contains(tokens[i].key) || SpeakerCue.placePrepositions.contains(tokens[i].key)
    }

    /// Where a person's name of given name and surname starting at `start` starts once the first
    /// half of a compound given name is taken in ("Hans" + "-Peter Kessler"): a capitalised word
    /// no name owns, joined by a hyphen to a census first name, or itself one ("Anatole-Désiré").
    private func compoundGivenNameStart(_ start: Int, _ end: Int) -> Int {
        guard end - start >= 2, isJoinedHyphen(start - 1), start - 2 >= sentenceOf[start].lowerBound, owner[start - 2] == nil,
            tokens[start - 2].isCapitalized, !tokens[start - 2].isAllCaps,
            FirstNames.isFirstName(tokens[start].key) || FirstNames.isFirstName(tokens[start - 2].key)
        else { return start }
        return start - 2
    }

    /// Where a person's name ending at `end` ends once the hyphenated syllables of a given name
    /// are taken in ("Jae" + "-in"): a hyphen joined to both sides and a short lower-case word
    /// that no English compound ends with, after a word that is no title ("President-elect"). A
    /// name the tagger ended on the hyphen ("Cheuk-") ends before it when no syllable follows.
    private func givenNameSyllables(after end: Int, _ sentenceEnd: Int) -> Int {
        var end = end
        if isJoinedHyphen(end - 1), end - 2 >= 0 { end -= 1 }
        while end + 1 < sentenceEnd, isJoinedHyphen(end), !ActorWords.roles.contains(tokens[end - 1].key), tokens[end + 1].kind == .word, !tokens[end + 1].isCapitalized,
            isSyllable(end + 1), !ActorWords.compoundEnds.contains(tokens[end + 1].key)
        {
            end += 2
        }
        return end
    }

    /// Step 2b: a hyphen joined to capitalised words on both sides is inside a name. The tagger
    /// cut "Mohamed El-Hassan Mohamed" into two people at it (joined when one side has two words
    /// or more: "Biden-Harris" stays two) and began "Make-A-Wish Foundation" after it; it also
    /// took a club's word without its city ("Manchester | United").
    private mutating func joinCutNames() {
        names.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
        var n = 0
        while n < names.count {
            let end = names[n].tokens.upperBound
            if n + 1 < names.count, isJoinedHyphen(end), names[n + 1].tokens.lowerBound == end + 1, names[n + 1].type == names[n].type,
                names[n].tokens.count >= 2 || names[n + 1].tokens.count >= 2, tokens[end + 1].isCapitalized
            {
                names[n].tokens = names[n].tokens.lowerBound..<names[n + 1].tokens.upperBound
                names.remove(at: n + 1)
                continue
            }
            // "Manchester | United": a club's word the tagger took alone goes back over its city,
            // and a city's name goes on over a club's word the tagger left out.
            let first = names[n].tokens.lowerBound
            if NamedType.clubWords.contains(tokens[first].key), first > sentenceOf[first].lowerBound, owner[first - 1] == nil, tokens[first - 1].isCapitalized,
                TableMarks.cityTable.longestMatch(tokens, at: first - 1, end: first)?.length == 1
            {
                names[n].tokens = first - 1..<end
                names[n].type = .organisation
            } else if end < sentenceOf[end - 1].upperBound, owner[end] == nil, tokens[end].isCapitalized, NamedType.clubWords.contains(tokens[end].key),
                NamedType.cityList(beforeLastWordOf: first..<end + 1, tokens) != nil,
                TableMarks.placeTable.longestMatch(tokens, at: first, end: end) == nil  // not a capital's: "Washington City"
            {
                names[n].tokens = first..<end + 1
                names[n].type = .organisation
            }
            if names[n].type == .organisation {
                var start = names[n].tokens.lowerBound
                while isJoinedHyphen(start - 1), owner[start - 2] == nil, tokens[start - 2].isCapitalized, !ActorWords.sentenceOpeners.contains(tokens[start - 2].key) {
                    start -= 2  // not "All-": "All-NCAA Regional Team" names the team
                }
                names[n].tokens = start..<names[n].tokens.upperBound
            }
            n += 1
        }
    }

    /// Whether token `i` is a hyphen with a word joined on each side ("Jae-in", not "Jae - in").
    private func isJoinedHyphen(_ i: Int) -> Bool { Self.isJoinedHyphen(i, tokens) }

    static func isJoinedHyphen(_ i: Int, _ tokens: [Token]) -> Bool {
        i > 0 && i + 1 < tokens.count && tokens[i].key == TokenKey.hyphen && tokens[i - 1].span.end == tokens[i].span.start
            && tokens[i].span.end == tokens[i + 1].span.start && tokens[i - 1].kind == .word && tokens[i + 1].kind == .word
    }

    /// Whether token `i` can be a romanised syllable: five letters ("Jae-myung", "Wai-keung"), or
    /// six ("Che-cheung", pinyin's "zhuang") where no English ending is ("Trump-backed").
    private func isSyllable(_ i: Int) -> Bool {
        let length = tokens[i].span.length
        guard length == Self.syllableLetters + 1 else { return length <= Self.syllableLetters }
        let scalars = paragraph.text.scalars
        let end = tokens[i].span.end
        return scalars[end - 1] != "d" && !(scalars[end - 3] == "i" && scalars[end - 2] == "n" && scalars[end - 1] == "g")
    }

    /// The longest syllable after a hyphen in a given name that needs no check of its ending.
    private static let syllableLetters = 5

    /// Step 3; a person's name does not go on ("Bonnie Grabenhofer of Illinois").
    private mutating func continueOverOf() {
        for n in names.indices {
            var end = names[n].tokens.upperBound
            // "Leiden University on Tuesday": a date after a lower-case word ends no name.
            while end - 2 > names[n].tokens.lowerBound, ActorWords.calendarWords.contains(tokens[end - 1].key), !tokens[end - 2].isCapitalized { end -= 2 }
            while end - 1 > names[n].tokens.lowerBound, Self.joinsNames(tokens[end - 1].key) || tokens[end - 1].key == TokenKey.comma { end -= 1 }
            names[n].tokens = names[n].tokens.lowerBound..<end
            let sentenceEnd = sentenceOf[end - 1].upperBound
            // "Greater | Manchester": a place's name never ends on a word that begins one.
            if names[n].type != .person, ActorWords.placePrefixes.contains(tokens[end - 1].key), end < sentenceEnd,
                tokens[end].kind == .word, tokens[end].isCapitalized, owner[end] == nil
            {
                var j = end
                while j < sentenceEnd, tokens[j].kind == .word, tokens[j].isCapitalized { j += 1 }
                names[n].tokens = names[n].tokens.lowerBound..<j
                continue
            }
            // "Atlantic Lottery Corporation, Inc.", "Iván DeJesús, Jr.": a legal form or a suffix is part of the name.
            let suffixes = names[n].type == .person ? ActorWords.nameSuffixes : ActorWords.legalForms
            if names[n].type != .place, end + 1 < sentenceEnd, tokens[end].key == TokenKey.comma, suffixes.contains(tokens[end + 1].key) {
                names[n].tokens = names[n].tokens.lowerBound..<end + 2
                continue
            }
            // "Kenya National Commission on Human Rights", "Council on Foreign Relations": a body
            // that deliberates goes on over "on" and its subject.
            let onSubject = end < tokens.count && tokens[end].key == Self.onKey && Self.deliberativeBodies.contains(tokens[end - 1].key)
            let joins = end < tokens.count && (tokens[end].key == Self.ofKey || (names[n].type == .organisation && (tokens[end].key == Self.forKey || onSubject)))
            guard names[n].type != .person, end + 1 < sentenceEnd, joins else { continue }
            var j = end + 1
            if ActorWords.articles.contains(tokens[j].key) { j += 1 }
            guard j < sentenceEnd, tokens[j].kind == .word, tokens[j].isCapitalized, !ActorWords.calendarWords.contains(tokens[j].key) else { continue }
            while j < sentenceEnd, tokens[j].kind == .word,
                tokens[j].isCapitalized || (ActorWords.organisationJoiners.contains(tokens[j].key) && j + 1 < sentenceEnd && tokens[j + 1].isCapitalized)
            {
                j += 1
            }
            // "the subcommittee on Capitol Hill": where it sits, not its subject.
            if onSubject, isPlace(end + 1..<j) || ActorWords.structures.contains(tokens[j - 1].key) || tokens[j - 1].key == Self.hillKey { continue }
            names[n].tokens = names[n].tokens.lowerBound..<j
        }
    }

    /// Step 3b. The region is a country, a US state or its postal code, or one place the tagger
    /// found of one or two capitalised words that is no city of 100,000 people or more, nor a
    /// first name (a county, a province: "Devon", "East Prussia"; not "London, Jack.", "Algoa
    /// Bay, Cape of Good Hope"); never a possessor ("Mecca, Islam's holiest site").
    private mutating func joinRegions() {
        func isRegion(_ range: Range<Int>) -> Bool {
            if let (length, entry) = TableMarks.placeTable.longestMatch(tokens, at: range.lowerBound, end: range.upperBound), length == range.count,
                PlaceGazetteer.entries[entry].type == .place, PlaceGazetteer.governs[entry] == nil
            {
                return true
            }
            return Self.stateTable.longestMatch(tokens, at: range.lowerBound, end: range.upperBound)?.length == range.count
                || (range.count == 1 && tokens[range.lowerBound].isAllCaps && ActorWords.stateCodes.contains(tokens[range.lowerBound].key))
        }
        func region(at i: Int, _ sentenceEnd: Int, taggerRegionTaken: Bool) -> (end: Int, byTagger: Bool)? {
            let tables = [TableMarks.placeTable.longestMatch(tokens, at: i, end: sentenceEnd), Self.stateTable.longestMatch(tokens, at: i, end: sentenceEnd)]
            for case let (length, _)? in tables where isRegion(i..<i + length) { return (i + length, false) }
            if isRegion(i..<i + 1) { return (i + 1, false) }
            guard !taggerRegionTaken, let n = owner[i], names[n].tokens.lowerBound == i, names[n].type == .place, names[n].tokens.upperBound <= sentenceEnd,
                names[n].tokens.count <= Self.regionWords, names[n].tokens.allSatisfy({ tokens[$0].isCapitalized }), FirstNames.entry(tokens[i].key) == nil
            else { return nil }
            let end = names[n].tokens.upperBound
            let city = TableMarks.cityTable.longestMatch(tokens, at: i, end: end)
            return city.map { $0.length == end - i && TableMarks.largeCityLists.contains($0.entry) } == true ? nil : (end, true)
        }
        for n in names.indices where names[n].type == .place && !isRegion(names[n].tokens) {
            let sentenceEnd = sentenceOf[names[n].tokens.lowerBound].upperBound
            var end = names[n].tokens.upperBound
            var taggerRegionTaken = false
            while end + 1 < sentenceEnd, tokens[end].key == TokenKey.comma, tokens[end + 1].isCapitalized,
                let next = region(at: end + 1, sentenceEnd, taggerRegionTaken: taggerRegionTaken)
            {
                end = next.end
                taggerRegionTaken = taggerRegionTaken || next.byTagger
            }
            guard end > names[n].tokens.upperBound, end == sentenceEnd || tokens[end].key != TokenKey.possessive, !isListGoingOn(after: end, sentenceEnd)
            else { continue }
            names[n].tokens = names[n].tokens.lowerBound..<end
        }
    }

    /// Whether a list of places goes on at `end`: "Boston, New York, Chicago", "Tyneside,
    /// Northumberland and south-eastern Scotland": a comma and a capitalised word, or "and" or "or"
    /// (after a comma or not) and a capitalised word within a few words; not "Fremont,
    /// California, where a Samsung plant".
    private func isListGoingOn(after end: Int, _ sentenceEnd: Int) -> Bool {
        guard end + 1 < sentenceEnd else { return false }
        var conjunction = end
        if tokens[end].key == TokenKey.comma {
            if tokens[end + 1].isCapitalized { return true }
            conjunction = end + 1
        }
        guard conjunction < sentenceEnd, tokens[conjunction].key == Self.andKey || tokens[conjunction].key == Self.orKey else { return false }
        for j in conjunction + 1..<min(sentenceEnd, conjunction + 1 + Self.listReach) {
            if tokens[j].isCapitalized { return true }
            if tokens[j].kind != .word, tokens[j].key != TokenKey.hyphen { return false }
        }
        return false
    }

    /// How many words after "and" a list's next place may start: "and south-eastern Scotland".
    private static let listReach = 4

    /// The most words in a region the tagger found: "North Yorkshire".
    private static let regionWords = 2

    /// The US states by name, for step 3b.
    private static let stateTable = CityNames([CityTable.states])

    /// Step 4; not after a person's name or a table name ("Putin's party", "Russia's Defence Ministry").
    private mutating func joinPossessives() {
        let byStart = Dictionary(names.indices.map { (names[$0].tokens.lowerBound, $0) }, uniquingKeysWith: { a, _ in a })
        for n in names.indices where names[n].type != .person {
            let end = names[n].tokens.upperBound
            guard end + 1 < tokens.count, sentenceOf[end] == sentenceOf[end - 1], tokens[end].key == TokenKey.possessive,
                let m = byStart[end + 1], names[m].type == .organisation,
                names[m].tokens.contains(where: { ActorWords.organisationWords.contains(tokens[$0].key) }),
                TableMarks.placeTable.longestMatch(tokens, at: names[n].tokens.lowerBound, end: end)?.length != names[n].tokens.count
            else { continue }
            names[n] = TaggedName(tokens: names[n].tokens.lowerBound..<names[m].tokens.upperBound, type: .organisation, confidence: names[m].confidence)
        }
    }

    /// Step 5; not before a person's name ("Brazilian Carla Mendes").
    private mutating func takeDemonyms() {
        for n in names.indices where names[n].type != .person {
            let start = names[n].tokens.lowerBound
            guard start > 0, sentenceOf[start - 1] == sentenceOf[start], owner[start - 1] == nil, tokens[start - 1].isCapitalized,
                PlaceGazetteer.demonyms.contains(tokens[start - 1].key)
            else { continue }
            names[n].tokens = start - 1..<names[n].tokens.upperBound
        }
    }

    /// Step 6, first half: in reading order, a name inside an earlier, longer one goes, and one
    /// that overlaps it starts where it ends.
    private mutating func dropNested() {
        var kept: [TaggedName] = []
        for var name in names.sorted(by: { ($0.tokens.lowerBound, -$0.tokens.count) < ($1.tokens.lowerBound, -$1.tokens.count) }) {
            if let last = kept.last, name.tokens.lowerBound < last.tokens.upperBound {
                guard name.tokens.upperBound > last.tokens.upperBound else { continue }
                name.tokens = last.tokens.upperBound..<name.tokens.upperBound
            }
            kept.append(name)
        }
        names = kept
    }

    /// Step 6, second half: the edges of a name, and titles cut off a person's name. A name
    /// never ends on a sentence opener before an article either: a caption with no full stop
    /// runs into the next sentence in GUM's Wikinews pages ("DAB's Elizabeth Quat In the New
    /// Territories East …"), and the tagger carries the name over the capital ("James To",
    /// "Wilson Or" are Hong Kong names).
    private mutating func trimEdges() {
        for n in names.indices where names[n].tokens.count >= 2 {
            var (first, end) = (names[n].tokens.lowerBound, names[n].tokens.upperBound)
            if sentenceOf[first].lowerBound == first && ActorWords.sentenceOpeners.contains(tokens[first].key) { first += 1 }
            // "pro-Beijing New People Party": the compound's place is no part of the party's name.
            if names[n].type == .organisation, end - first >= 3, isJoinedHyphen(first - 1), !tokens[first - 2].isCapitalized, isPlace(first..<first + 1) {
                first += 1  // not "then-New York Times"
            }
            if end - first >= 2, ActorWords.sentenceOpeners.contains(tokens[end - 1].key), end < tokens.count, ActorWords.articles.contains(tokens[end].key) {
                end -= 1
            }
            // "GM's Flint plant": the tagger's "GM 's"; the possessive is no part of the name.
            if end - first >= 2, tokens[end - 1].key == TokenKey.possessive { end -= 1 }
            names[n].tokens = first..<end
        }
        // "al-" of "al-Ikhbariya", cut at its hyphen: no capital, no name.
        let tokens = tokens
        names.removeAll { name in !name.tokens.contains { tokens[$0].isCapitalized || tokens[$0].kind == .number } }
        // "Prime Minister" or "Economy Minister" right before "Keir Starmer", which the tagger
        // cut off: the person's titles, no name of their own (it had linked to the person as a
        // mention "Minister", or been a person "Economy Minister" with an edge of its own).
        let peopleStarts = Set(names.filter { $0.type == .person }.map(\.tokens.lowerBound))
        names.removeAll { name in
            name.type == .person && peopleStarts.contains(name.tokens.upperBound) && ActorWords.roles.contains(tokens[name.tokens.upperBound - 1].key)
                && !name.tokens.contains { FirstNames.isFirstName(tokens[$0].key) }  // "Debbie Stabenow Sen." is a person's name run on
        }
    }

    /// Step 6, last: a caption's label before its colon is no part of a name ("… Ahmed Mohamed
    /// Image: Twitter / Barack Obama", "Photo: AFP"); GUM's Wikinews documents have 34 such
    /// "Image:" captions, which the tagger had glued to the name before them or made a person.
    private mutating func dropCaptionLabels() {
        names = names.compactMap { name in
            let last = name.tokens.upperBound - 1
            guard Self.captionLabels.contains(tokens[last].key), last + 1 < tokens.count, tokens[last + 1].key == Self.colonKey else { return name }
            var cut = name
            cut.tokens = name.tokens.lowerBound..<last
            return cut.tokens.isEmpty ? nil : cut
        }
    }

    /// Step 7: not before a capitalised word ("the President Joe Biden" is the longer name's
    /// business); "the King of Athens" names the King.
    private mutating func findLoneTitles() {
        var taken = [Bool](repeating: false, count: tokens.count)
        for name in names + added { for i in name.tokens { taken[i] = true } }
        for sentence in paragraph.sentences where sentence.count >= 2 {
            for i in sentence.dropFirst() where !taken[i] && tokens[i].isCapitalized && ActorWords.roles.contains(tokens[i].key)
                && !ActorWords.notHeads.contains(tokens[i].key) && ActorWords.articles.contains(tokens[i - 1].key)
                && (i + 1 == sentence.upperBound || !tokens[i + 1].isCapitalized)
            {
                added.append(TaggedName(tokens: i..<i + 1, type: .person, confidence: ActorDetector.ruleNameConfidence))
            }
        }
    }

    /// Step 7b: the body just before a person's title or post is a name the tagger may have
    /// missed or taken for no actor, opening a sentence: the table's ("U.N. Secretary-General
    /// Antonio Guterres") or capitalised words with a club's or a company's word ("Manchester
    /// United manager Ruben Amorim").
    private mutating func findBodiesBeforeTitles() {
        var taken = [Bool](repeating: false, count: tokens.count)
        for name in names + added where name.type != .other { for i in name.tokens { taken[i] = true } }
        for name in names where name.type == .person {
            let sentence = sentenceOf[name.tokens.lowerBound]
            var title = name.tokens.lowerBound
            while title > sentence.lowerBound, NamedType.posts.contains(tokens[title - 1].key) || NamedType.postRanks.contains(tokens[title - 1].key)
                || Self.isJoinedHyphen(title - 1, tokens)
            {
                title -= 1
            }
            guard title < name.tokens.lowerBound || ActorWords.roles.contains(tokens[title].key) else { continue }
            // Not one word alone ("Athletic director Phillip Fulmer", "New York | City Mayor").
            let body = (max(sentence.lowerBound, title - Self.longestBodyBeforeTitle)..<title).first { start in
                (start..<title).allSatisfy { !taken[$0] && tokens[$0].isCapitalized }
                    && (Self.isTableBody(start..<title, tokens)
                        || title - start >= 2
                            && (start..<title).contains { NamedType.clubWords.contains(tokens[$0].key) || ActorWords.companyWordKeys.contains(tokens[$0].key) })
            }
            if let body {
                names.removeAll { $0.tokens.overlaps(body..<title) }
                added.append(TaggedName(tokens: body..<title, type: .organisation, confidence: ActorDetector.ruleNameConfidence))
            }
        }
    }

    /// Words of the longest table body looked for before a title ("European Central Bank").
    private static let longestBodyBeforeTitle = 3

    /// Step 8.
    private mutating func setAsideNonActors() {
        func isNonActor(_ name: TaggedName) -> Bool {
            let first = tokens[name.tokens.lowerBound], last = tokens[name.tokens.upperBound - 1]
            if ActorWords.stormWords.contains(first.key) { return true }
            // A numeral alone, and "Title IV"; a common noun's initialism ("AI").
            if name.tokens.count == 1, ActorWords.romanNumerals.contains(first.key) || first.isAllCaps && ActorWords.commonInitialisms.contains(first.key) {
                return true
            }
            if first.key == Self.titleKey, name.tokens.count == 2 { return true }
            if isForeignSpelling(name.tokens) { return true }
            if isPostNominal(name.tokens) { return true }
            if isPhotoCredit(name.tokens) { return true }
            // "the HEROES Act", but "the Ministry of War" is a body.
            return last.isCapitalized && ActorWords.lawAndEventWords.contains(last.key)
                && !name.tokens.contains { ActorWords.organisationWords.contains(tokens[$0].key) }
        }
        for n in names.indices where isNonActor(names[n]) { names[n].type = .other }
        for n in added.indices where isNonActor(added[n]) { added[n].type = .other }
    }

    /// A name inside parentheses that a language opens: "Athens (Greek: Αθήνα, Athína)" spells
    /// the name before them in another language.
    private func isForeignSpelling(_ name: Range<Int>) -> Bool {
        let sentence = sentenceOf[name.lowerBound]
        var j = name.lowerBound - 1
        while j >= max(sentence.lowerBound, name.lowerBound - Self.foreignSpellingReach) {
            let key = tokens[j].key
            if key == TokenKey.closeParenthesis { return false }
            if key == TokenKey.openParenthesis {
                return j + 2 < name.lowerBound && PlaceGazetteer.demonyms.contains(tokens[j + 1].key) && tokens[j + 2].key == Self.colonKey
            }
            j -= 1
        }
        return false
    }

    /// Letters after a person's name and a comma: "Mark Tedeschi, QC".
    private func isPostNominal(_ name: Range<Int>) -> Bool {
        let start = name.lowerBound
        return name.count == 1 && start >= 2 && ActorWords.postNominals.contains(tokens[start].key) && tokens[start - 1].key == TokenKey.comma
            && names.contains { $0.type == .person && $0.tokens.upperBound == start - 1 }
    }

    /// A photo's credit, which names who took it and for whom, not an actor of the story: a name
    /// of two words or more with a slash in it or after it ("Matt McClain/The Washington Post",
    /// "Brendan McDermid/File Photo"; not "CDU/CSU", "Christian Democratic Union/Christian Social
    /// Union", a party's two names, or GUM's "North/Northeast"), with an agency's words after a person's
    /// ("Kyle Terada  USA TODAY Sports", "Anthony Kwan  Getty Images"), or "(Goldfield for News)".
    /// PerSenT dev's articles carry some fifty.
    private func isPhotoCredit(_ name: Range<Int>) -> Bool {
        let keys = name.map { tokens[$0].key }
        if let slash = name.first(where: { tokens[$0].key == Self.slashKey }) ?? (name.upperBound < tokens.count && tokens[name.upperBound].key == Self.slashKey ? name.upperBound : nil) {
            let acronyms = name.allSatisfy { tokens[$0].isAllCaps || tokens[$0].key == Self.slashKey }
            let before = (name.lowerBound..<slash).filter { tokens[$0].kind == .word }
            let body = before.contains { ActorWords.organisationWords.contains(tokens[$0].key) }
            guard !acronyms, !body, before.count >= 2, slash + 1 < tokens.count, tokens[slash + 1].isCapitalized else { return false }
            // The outlet after the slash ends the credit: a closing parenthesis, "via", the
            // paragraph's end ("… Kerrigan/NPR"); not "Lucas Burch/Joe Brown's partner", a character's two names.
            var end = slash + 1
            while end < tokens.count, tokens[end].isCapitalized || Self.creditJoiners.contains(tokens[end].key) { end += 1 }
            return end == tokens.count || tokens[end].key == TokenKey.closeParenthesis || tokens[end].key == Self.viaKey
        }
        let agency = keys.indices.first { keys[$0] == Self.gettyKey || keys[$0] == Self.usaKey && $0 + 1 < keys.count && keys[$0 + 1] == Self.todayKey }
        if let agency { return agency > 0 || keys.count == 2 }  // "… Getty Images", "Getty Images"; not "USA TODAY" alone
        if keys.count >= 2, keys[keys.count - 2] == Self.fileKey, keys[keys.count - 1] == Self.photoKey { return true }
        // "(Goldfield for News)": the name, "for" and "News", in parentheses.
        let end = name.upperBound
        let forNews = keys.count >= 3 && keys[keys.count - 2] == Self.forKey && keys[keys.count - 1] == Self.newsKey
            ? end : end + 1 < tokens.count && tokens[end].key == Self.forKey && tokens[end + 1].key == Self.newsKey ? end + 2 : nil
        return forNews.map { $0 < tokens.count && tokens[$0].key == TokenKey.closeParenthesis && name.lowerBound > 0 && tokens[name.lowerBound - 1].key == TokenKey.openParenthesis } ?? false
    }

    /// Photo agencies' names in credits: "Getty Images", "USA TODAY Sports".
    private static let gettyKey = TokenKey.of("getty")
    private static let usaKey = TokenKey.of("usa")
    private static let todayKey = TokenKey.of("today")
    private static let slashKey = TokenKey.of("/")
    private static let viaKey = TokenKey.of("via")
    /// What joins the words of an outlet in a credit: "Ilana Panich-Linsman/For The Washington Post", "AFP/Getty Images".
    private static let creditJoiners = WordLists.keys(["/", ".", "-", "for", "the", "of"])
    private static let fileKey = TokenKey.of("file")
    private static let photoKey = TokenKey.of("photo")
    private static let newsKey = TokenKey.of("news")

    /// How far back a foreign spelling's "(Language:" may be: a few spellings, with commas.
    private static let foreignSpellingReach = 8

    private static func joinsNames(_ key: UInt64) -> Bool {
        ActorWords.organisationJoiners.contains(key) || ActorWords.articles.contains(key)
    }

    private static let ofKey = TokenKey.of("of")
    private static let forKey = TokenKey.of("for")
    private static let onKey = TokenKey.of("on")
    private static let hillKey = TokenKey.of("hill")
    /// Bodies named with their subject after "on" (step 3).
    private static let deliberativeBodies = WordLists.keys(["commission", "committee", "subcommittee", "council", "conference", "panel", "forum", "office", "center", "centre"])
    private static let andKey = TokenKey.of("and")
    private static let ampersandKey = TokenKey.of("&")
    private static let orKey = TokenKey.of("or")
    private static let titleKey = TokenKey.of("title")
    private static let colonKey = TokenKey.of(":")
    /// Words that label a caption or its credit before a colon.
    private static let captionLabels = WordLists.keys(["image", "images", "photo", "photos", "picture", "photograph", "credit", "caption", "video", "illustration", "graphic"])
}
