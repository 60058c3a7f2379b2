/// Definite descriptions: "the minister", "the Russian leader", "the union", linked to an actor
/// the article named before, by their head noun: a person whose title has it (a "leader" is any
/// head of government or state; with a demonym, one who speaks for that country first), an
/// organisation whose name has it ("the union" → Harbor Workers Union), or, for "the company"
/// and its like, the organisation named last.
extension ActorDetector {
    struct Description {
        var paragraph: Int
        var span: TextSpan
        var sentence: TextSpan
        var text: String
        var head: UInt64
        var type: Actor.Kind
        /// The demonym before the head, as written ("Ukrainian" in "the Ukrainian leader").
        var demonym: String?
        /// The word that makes the head a title of its own: "prime" of "the prime minister",
        /// "vice" of "the vice president", "crown" of "the crown prince", which the person's title
        /// must have too; "central" of "the central bank", which only a central bank is.
        var qualifier: UInt64? = nil
        /// Where the name ends that the description stands in apposition to ("Kemal
        /// Kilicdaroglu, the leader of the main opposition party,"), a code-point offset.
        var apposedNameEnd: Int? = nil
    }

    /// "the (demonym) title-or-organisation-word", outside any name and not before one, in
    /// `sentence` from its token `start` on.
    static func descriptions(
        in tokens: [Token], _ sentence: Range<Int>, from start: Int, _ text: CodePointText, names: [TaggedName?], paragraph: Int
    ) -> [Description] {
        var found: [Description] = []
        let sentenceSpan = TextSpan(start: tokens[sentence.lowerBound].span.start, end: tokens[sentence.upperBound - 1].span.end)
        for i in start..<sentence.upperBound where tokens[i].key == theKey && names[i] == nil {
            var j = i + 1
            var demonym: String? = nil
            if j < sentence.upperBound, tokens[j].isCapitalized, names[j] == nil,
                PlaceGazetteer.demonyms.contains(tokens[j].key) || PlaceGazetteer.shortDemonyms.contains(tokens[j].key)
            {
                demonym = text.text(of: tokens[j])
                j += 1
            } else if j + 1 < sentence.upperBound, tokens[j].isCapitalized, tokens[j + 1].isCapitalized, names[j] == nil, names[j + 1] == nil {
                // Two words: "the South Korean company".
                let words = text.text(of: tokens[j]) + " " + text.text(of: tokens[j + 1])
                if PlaceGazetteer.demonyms.contains(TokenKey.of(words)) {
                    demonym = words
                    j += 2
                }
            }
            if let end = partyDescriptionEnd(tokens, at: i, sentence) {
                let span = TextSpan(start: tokens[i].span.start, end: tokens[end - 1].span.end)
                found.append(Description(
                    paragraph: paragraph, span: span, sentence: sentenceSpan, text: text.string(in: span), head: tokens[end - 1].key, type: .person,
                    demonym: nil))
                continue
            }
            guard j < sentence.upperBound, !tokens[j].isCapitalized, names[j] == nil else { continue }
            var head = tokens[j].key
            // "the drug maker", "the tech giant", "the carmaker": "the company", in other words.
            if demonym == nil, j + 1 < sentence.upperBound, compoundBusinessNouns.contains(tokens[j + 1].key), tokens[j].kind == .word,
                !tokens[j + 1].isCapitalized, names[j + 1] == nil, !otherBusinessWords.contains(head), !ActorWords.roles.contains(head)
            {
                j += 1
                head = companyKey
            } else if businessNouns.contains(head) {
                head = companyKey
            } else if j + 1 < sentence.upperBound, groupNouns.contains(tokens[j + 1].key), tokens[j].kind == .word, !tokens[j + 1].isCapitalized,
                names[j + 1] == nil, !ActorWords.roles.contains(head), !otherBusinessWords.contains(head)
            {
                j += 1  // "the militant group", "the Islamist movement": the group
                head = tokens[j].key
            }
            var qualifier: UInt64? = nil
            if head == centralKey, j + 1 < sentence.upperBound, tokens[j + 1].key == bankKey, names[j + 1] == nil {
                j += 1  // "the central bank": a central bank (`PlaceGazetteer.centralBanks`), no other
                head = bankKey
                qualifier = centralKey
            } else if titleQualifiers.contains(head), j + 1 < sentence.upperBound, !tokens[j + 1].isCapitalized, names[j + 1] == nil,
                ActorWords.roles.contains(tokens[j + 1].key), !ActorWords.notHeads.contains(tokens[j + 1].key)
            {
                qualifier = head  // "the prime minister": a minister whose title says "prime"
                j += 1
                head = tokens[j].key
            }
            let type: Actor.Kind
            if ActorWords.roles.contains(head) && !ActorWords.notHeads.contains(head) {
                type = .person
            } else if ActorWords.organisationWords.contains(head) || ActorWords.genericOrganisations.contains(head) || groupNouns.contains(head) || head == blocKey {
                type = .organisation
            } else {
                continue
            }
            // "the minister Carla Mendes" and "the mayor of London" name someone else than a description does.
            if j + 1 < sentence.upperBound, tokens[j + 1].isCapitalized { continue }
            if j + 2 < sentence.upperBound, tokens[j + 1].key == ofKey, tokens[j + 2].isCapitalized { continue }
            let span = TextSpan(start: tokens[i].span.start, end: tokens[j].span.end)
            let apposed = i - 2 >= sentence.lowerBound && tokens[i - 1].key == TokenKey.comma && names[i - 2] != nil ? tokens[i - 2].span.end : nil
            found.append(Description(
                paragraph: paragraph, span: span, sentence: sentenceSpan, text: text.string(in: span), head: head, type: type, demonym: demonym, qualifier: qualifier,
                apposedNameEnd: apposed))
        }
        return found
    }

    /// The detection with every description that finds its actor added as a mention, in reading
    /// order. `titleKeys`: the title's capitalised words (`MentionFindings.titleKeys`).
    static func linkDescriptions(_ descriptions: [Description], _ detection: ActorDetection, titleKeys: Set<UInt64>) -> ActorDetection {
        guard !descriptions.isEmpty else { return detection }
        var detection = detection
        var added: [ActorMention] = []
        var before = 0  // mentions[..<before] come before the description (both are in reading order)
        for description in descriptions {
            while before < detection.mentions.count, (detection.mentions[before].paragraph, detection.mentions[before].span.end)
                <= (description.paragraph, description.span.start)
            {
                before += 1
            }
            let earlier = detection.mentions[max(0, before - lookBack)..<before].filter(\.isName)
            // "the Ukrainian leader": a person who speaks for Ukraine goes first, when there is one.
            let country = description.demonym.flatMap { demonym in detection.actors.firstIndex { $0.aliases.contains(demonym) } }
            let nation = description.demonym.flatMap { demonym in PlaceGazetteer.entries.first { $0.aliases.contains(demonym) }?.name }
            func fits(_ mention: ActorMention, anyDistance: Bool = false) -> Bool {
                let actor = detection.actors[mention.actor]
                switch description.type {
                case .person:
                    guard actor.type == .person, anyDistance || description.paragraph - mention.paragraph <= personReach else { return false }
                    // "the Brazilian leader" is never one who speaks for another country only
                    // ("Argentine President Javier Milei").
                    if let nation, let sides = detection.affiliations[mention.actor] {
                        let countries = sides.filter { detection.actors[$0].type == .place }.map { detection.actors[$0].name }
                        if !countries.isEmpty, !countries.contains(nation) { return false }
                    }
                    let titles = Set(actor.roles.flatMap { $0.lowercased().split(separator: " ").map { TokenKey.of(String($0)) } })
                    if let qualifier = description.qualifier, !titles.contains(qualifier) { return false }
                    if Self.partyWords.contains(description.head) { return !titles.isDisjoint(with: Self.politicianTitles) }
                    return titles.contains(description.head) || (description.head == leaderKey && !titles.isDisjoint(with: Self.leaderTitles))
                default:
                    // "the militant group" may be an armed group the table types as a group ("Hamas").
                    if PlaceGazetteer.armedGroups.contains(actor.name) { return Self.groupNouns.contains(description.head) }
                    guard actor.type == .organisation else { return false }
                    if description.head == blocKey { return PlaceGazetteer.blocsOfCountries.contains(actor.name) }
                    let words = Set(([actor.name] + actor.aliases).flatMap { $0.lowercased().split(separator: " ") }.map { TokenKey.of(String($0)) })
                    if description.qualifier == centralKey {  // "the central bank" after Deutsche Bank is still the ECB
                        return PlaceGazetteer.centralBanks.contains(actor.name) || words.contains(centralKey) && words.contains(bankKey)
                    }
                    return words.contains(description.head) || ActorWords.genericOrganisations.contains(description.head)
                        || description.head == bankKey && PlaceGazetteer.centralBanks.contains(actor.name)
                        || description.head == clubKey && words.isDisjoint(with: ActorWords.organisationWords)
                }
            }
            let sided = country.flatMap { country in
                earlier.reversed().first { fits($0) && detection.affiliations[$0.actor]?.contains(country) == true }
            }
            // "the company": a body named as one ("Veltron Semiconductor") first, and never a
            // government's ("the Commerce Department") or a bloc's ("the European Union").
            func words(_ mention: ActorMention) -> Set<UInt64> {
                Set(detection.actors[mention.actor].name.lowercased().split(separator: " ").map { TokenKey.of(String($0)) })
            }
            let company = Self.companyHeads.contains(description.head)
                ? earlier.reversed().first { fits($0) && !words($0).isDisjoint(with: ActorWords.companyWordKeys) } : nil
            // "the agency": a body named as one ("the Federal Trade Commission", "the Secret
            // Service") or by its initials ("NASA") before a company named since ("… sued to
            // block Nvidia's takeover. … the agency would not hesitate").
            let agency = description.head == Self.agencyKey
                ? earlier.reversed().first { fits($0) && (!words($0).isDisjoint(with: Self.agencyWords) || Self.hasInitials(detection.actors[$0.actor].name)) } : nil
            func eligible(_ mention: ActorMention) -> Bool {
                fits(mention) && !(Self.companyHeads.contains(description.head)
                    && (!words(mention).isDisjoint(with: Self.governmentBodyWords) || PlaceGazetteer.blocNames.contains(detection.actors[mention.actor].name)))
            }
            // A body named only as another's part or inside a relative clause ("SoftBank, which
            // owns Arm, said …; the Japanese group's founder") is passed over for one named as a topic.
            let nearest = earlier.reversed().first { eligible($0) && !$0.isSubordinate } ?? earlier.reversed().first(where: eligible)
            // "Amnesty International said 150 protesters had been killed by the Revolutionary
            // Guards. The rights group called on …": a body opening its sentence goes on from the
            // body that spoke in the sentence before, not from one its statement named.
            let previous = earlier.last.flatMap { $0.paragraph == description.paragraph ? $0.sentence : nil }
            let holder = description.type == .organisation && description.span.start == description.sentence.start
                ? earlier.reversed().first { $0.paragraph == description.paragraph && $0.sentence == previous && $0.isSpeaker && eligible($0) } : nil
            // "the bank" a paragraph after "officials at the Bank of Canada" is still the Bank of
            // England of the title: a body the title names with the description's word, unless
            // another was named in the description's own paragraph. (Not "the company", which
            // fits any body: the title's NSA is not the company of a story on Kaspersky Lab.)
            let subject = description.type == .organisation && nearest.map { $0.paragraph < description.paragraph } == true
                ? earlier.first { words($0).contains(description.head) && fits($0) && Self.isNamed(detection.actors[$0.actor], in: titleKeys) } : nil
            // "the club" for a body named without the word: the one the title names, or the only
            // one named before (two teams play in most match reports, and "the club website" is
            // the speaker's).
            let isBareClub = description.head == clubKey && nearest.map { !words($0).contains(clubKey) } == true
            let club = isBareClub
                ? earlier.first { fits($0) && Self.isNamed(detection.actors[$0.actor], in: titleKeys) }
                    ?? (Set(earlier.filter { fits($0) }.map(\.actor)).count == 1 ? nearest : nil) : nil
            // In apposition, the description says what the name before it is, whatever its titles.
            let apposed = description.apposedNameEnd.flatMap { end in
                earlier.last { $0.paragraph == description.paragraph && $0.span.end == end && detection.actors[$0.actor].type == description.type }
            }
            let found = apposed ?? (isBareClub ? club : sided ?? company ?? agency ?? subject ?? holder ?? nearest)
            // "Toyota reported record profits. The carmaker expects…": with no body to be the
            // company, a town's name that opened a sentence just before is the company's.
            let town = found == nil && Self.companyHeads.contains(description.head)
                ? earlier.reversed().first { description.paragraph - $0.paragraph <= 1 && Self.isCompanyNamedLikeTown($0, detection.actors[$0.actor]) } : nil
            if let town { detection.actors[town.actor].type = .organisation }
            // "Downing Street said the prime minister would …" four paragraphs after Prime Minister
            // Keir Starmer last spoke: beyond a description's reach, but the one person with the
            // title. (Not a sentence's opening subject, which carries on to its pronouns: "\"The
            // crown prince has shown real courage,\" he said" is the speaker's "he".)
            let onlyHolder = found == nil && description.type == .person && description.head != leaderKey
                && description.span.start != description.sentence.start
                ? Set(earlier.filter { fits($0, anyDistance: true) }.map(\.actor)).count == 1 ? earlier.last { fits($0, anyDistance: true) } : nil : nil
            guard let actor = (found ?? town ?? onlyHolder)?.actor else { continue }
            added.append(ActorMention(
                actor: actor, paragraph: description.paragraph, span: description.span, sentence: description.sentence,
                text: description.text, isPronoun: false, isDescription: true))
        }
        detection.mentions = (detection.mentions + added).sorted { ($0.paragraph, $0.span.start) < ($1.paragraph, $1.span.start) }
        return followingDescribedSubjects(detection)
    }

    /// A pronoun in the sentence a person's description opens, with no name between them, is
    /// that person: "The Polish leader praised the commission and said he hoped …" (the
    /// resolver, which runs before descriptions are linked, had given "he" to the person named
    /// most). Not against what a title or a first name says of the person's gender.
    ///
    /// So is "He" or "She" opening the paragraph's next sentence when no other person was named
    /// after the description: "The Saudi crown prince has insisted on a Palestinian state. He told
    /// Rubio …" (the headline's Netanyahu had taken "He", with three edges).
    static func followingDescribedSubjects(_ detection: ActorDetection) -> ActorDetection {
        var detection = detection
        var subject: ActorMention? = nil  // the described person opening the sentence, while no other person is named
        var carried: ActorMention? = nil  // the same of the sentence before
        var sentence: (paragraph: Int, span: TextSpan)? = nil
        func take(_ m: Int, for described: ActorMention) {
            let actor = detection.actors[described.actor]
            let known = actor.roles.lazy.compactMap { Gender(title: $0) }.first ?? FirstNames.gender(of: actor.name)
            if let wanted = Gender(pronoun: TokenKey.of(detection.mentions[m].text.lowercased())), known == nil || known == wanted {
                detection.mentions[m].actor = described.actor
            }
        }
        for m in detection.mentions.indices {
            let mention = detection.mentions[m]
            if sentence.map({ $0.paragraph != mention.paragraph || $0.span != mention.sentence }) ?? true {
                carried = subject?.paragraph == mention.paragraph ? subject : nil
                subject = nil
                sentence = (mention.paragraph, mention.sentence)
            }
            let isPerson = detection.actors[mention.actor].type == .person
            if mention.isDescription, isPerson, mention.span.start == mention.sentence.start {
                subject = mention
            } else if let described = subject {
                if mention.isPronoun { take(m, for: described) } else if isPerson { subject = nil }
            } else if let described = carried, mention.isPronoun, mention.span.start == mention.sentence.start,
                ActorWords.subjectPronouns.contains(TokenKey.of(mention.text.lowercased()))
            {
                take(m, for: described)
                carried = nil
            } else if isPerson {
                carried = nil
            }
        }
        return detection
    }

    /// Whether `mention` could be a company that shares a town's name ("Toyota", "Nokia"): a
    /// one-word place that opens its sentence and that only the city table knows (no country,
    /// capital or US state, and no city of a million people).
    static func isCompanyNamedLikeTown(_ mention: ActorMention, _ actor: Actor) -> Bool {
        guard actor.type == .place, mention.span.start == mention.sentence.start, !actor.name.contains(" ") else { return false }
        let tokens = WordTokenizer().tokenize(CodePointText(actor.name))
        guard tokens.count == 1, TableMarks.placeTable.longestMatch(tokens, at: 0, end: 1) == nil,
            let city = TableMarks.cityTable.longestMatch(tokens, at: 0, end: 1)
        else { return false }
        return TableMarks.townLists.contains(city.entry)
    }

    /// Words that make a title of the title after them: "the prime minister", "the crown
    /// prince", "the foreign minister", "the supreme leader".
    static let titleQualifiers = ActorWords.notHeads.union(WordLists.keys([
        "supreme", "crown", "foreign", "finance", "defence", "defense", "interior", "economy", "health", "education", "trade", "energy",
        "justice", "home", "labour", "labor", "transport", "agriculture", "environment",
    ]))

    /// What "the leader" may be: a head of state or government, or a leader's counterpart ("his
    /// Brazilian counterpart Luiz Inácio Lula da Silva" is "the Brazilian leader").
    static let leaderTitles = ActorWords.leaderTitles.union(WordLists.keys(["counterpart"]))

    /// Whether every capitalised word of the actor's name is in the title ("Bank of England").
    static func isNamed(_ actor: Actor, in titleKeys: Set<UInt64>) -> Bool {
        let words = WordTokenizer().tokenize(CodePointText(actor.name)).filter { $0.kind == .word && $0.isCapitalized }
        return !words.isEmpty && words.allSatisfy { titleKeys.contains($0.key) }
    }

    /// Where "the (state or place) Democrat" ends, when the words from `the` on are one: a
    /// politician described by party, as US news writes "the Massachusetts Democrat" for a
    /// senator it has named, never a body.
    static func partyDescriptionEnd(_ tokens: [Token], at the: Int, _ sentence: Range<Int>) -> Int? {
        guard tokens[the].key == theKey else { return nil }
        var j = the + 1
        while j < min(sentence.upperBound, the + 1 + maxPartyPlaceWords), tokens[j].isCapitalized, !partyWords.contains(tokens[j].key) { j += 1 }
        guard j < sentence.upperBound, tokens[j].isCapitalized, partyWords.contains(tokens[j].key),
            j + 1 == sentence.upperBound || !tokens[j + 1].isCapitalized
        else { return nil }
        return j + 1
    }

    /// "the New Hampshire Democrat": the place's words before the party.
    static let maxPartyPlaceWords = 3
    static let partyWords = WordLists.keys(["democrat", "republican"])
    /// Titles of those a party description can mean.
    static let politicianTitles = WordLists.keys([
        "senator", "sen.", "representative", "rep.", "congressman", "congresswoman", "governor", "gov.", "lawmaker", "mayor", "president", "speaker",
    ])

    /// How many mentions back a description looks for its actor: enough for any news article,
    /// and it keeps linking linear on pathological input.
    static let lookBack = 500

    /// How many paragraphs back a person's description may reach.
    static let personReach = 2
    /// Descriptions that mean a business: "the company", "the firm".
    static let companyHeads = WordLists.keys(["company", "firm"])
    static let companyKey = TokenKey.of("company")
    /// Nouns of a business that a description reads as "the company": "the carmaker", "the
    /// retailer". Not "the insurer", which health-care stories use for one never named, nor "the
    /// producer", in news as often a film's (the four PerSenT dev would have given a body, "the
    /// famed producer" among them, were all Harvey Weinstein).
    static let businessNouns = WordLists.keys([
        "carmaker", "automaker", "drugmaker", "chipmaker", "planemaker", "steelmaker", "retailer", "airline", "conglomerate", "maker",
        "lender", "brewer", "broadcaster",
    ])
    /// The same, after a word that says what the business makes or does: "the drug maker", "the
    /// tech giant", "the software firm", "the textile company".
    static let compoundBusinessNouns = WordLists.keys(["maker", "giant", "manufacturer", "company", "firm"])
    /// Words before a business noun that point to another business than one named before: "the
    /// rival company", "the parent firm", "the first company to…".
    static let otherBusinessWords = WordLists.keys([
        "rival", "parent", "other", "another", "sister", "holding", "new", "former", "previous", "competing", "largest",
        "biggest", "first", "second", "third",
    ])
    /// "The bloc": a bloc of countries named before (`PlaceGazetteer.blocsOfCountries`).
    static let blocKey = TokenKey.of("bloc")
    /// Nouns of a group, which a word before them describes: "the militant group".
    static let groupNouns = WordLists.keys(["group", "movement", "militia", "organisation", "organization"])
    static let centralKey = TokenKey.of("central")
    /// "the club": a sports club, which news names without the word ("Chelsea", "Wrexham"), so
    /// any body whose name has no body's word ("Ministry", "Bank") fits.
    static let clubKey = TokenKey.of("club")
    static let bankKey = TokenKey.of("bank")
    /// Words in a government body's name, which "the company" never means.
    static let governmentBodyWords = WordLists.keys([
        "department", "ministry", "commission", "committee", "council", "agency", "office", "bureau", "government",
        "administration", "parliament", "congress", "senate", "court", "army", "police",
    ])
    static let theKey = TokenKey.of("the")
    static let agencyKey = TokenKey.of("agency")
    /// Words in the names of what news calls "the agency" (not a court's, a council's or an army's).
    static let agencyWords = WordLists.keys(["agency", "commission", "administration", "department", "bureau", "office", "authority", "ministry", "service"])

    /// Whether a name has a word in capitals ("NASA", "FCC Net Neutrality").
    static func hasInitials(_ name: String) -> Bool {
        name.split(separator: " ").contains { $0.count >= 2 && $0.allSatisfy { $0.isUppercase || $0 == "." } }
    }
    private static let leaderKey = TokenKey.of("leader")
}
