/// Finds the actors of an article with no configuration.
///
/// 1. Table names first: countries, blocs and groups with their short forms, capitals and
///    demonyms (`PlaceGazetteer`), plus any actors the user gives; longest match wins, unless the
///    entity tagger finds a longer name starting there ("Russian Foreign Ministry").
/// 2. Then the names the entity tagger finds (`EntityTagger`, learned from GUM and GMB), with
///    their types; names it types as other (works, events, dates) are not actors. Titles
///    ("President", "former", "spokesperson") are split off as roles; a table place inside a
///    body's name is a mention of its own ("Australia" in "Medical Journal of Australia"), and
///    so is a name the tagger's `NestedNames` classifier finds inside one ("Leiden" in "Leiden
///    University").
/// 3. Names are linked: a surname alone ("Peskov") joins the full name ("Dmitry Peskov").
/// 4. Pronouns (he/his/she/her) go to the most recent person, so paragraphs that only say "he"
///    still count; two patterns point elsewhere: an opening clause ("During his term, Trump …")
///    and "for his/her" after a name ("thanked Vasquez for her work"). A gender known from a
///    title or an earlier pronoun rules a person out.
public struct ActorDetector: Sendable {
    /// Actors given by the user: they take precedence over the built-in table. (Fixed at init:
    /// the alias table and `tableActors` are built from them.)
    public let customActors: [Actor]
    let tagger: EntityTagger

    /// Resolves pronouns when present (the built-in one, trained on GAP); by rule when nil.
    let pronounResolver: PronounResolver?

    /// The built-in tagger (GUM and GMB) and pronoun resolver (GAP), plus `customActors`.
    public init(customActors: [Actor] = []) {
        TableMarks.prepare()
        self.init(customActors: customActors, tagger: EntityTaggerArtifact.builtIn, pronounResolver: PronounResolverArtifact.builtIn)
    }

    /// Another tagger or resolver (nil: pronouns by rule), as entity training evaluates them.
    package init(customActors: [Actor] = [], tagger: EntityTagger, pronounResolver: PronounResolver?) {
        self.customActors = customActors
        self.tagger = tagger
        self.pronounResolver = pronounResolver
        tableActors = customActors + PlaceGazetteer.entries
        var table = AliasTable()
        for (i, actor) in tableActors.enumerated() {
            for name in [actor.name] + actor.aliases { table.add(name, entry: i) }
        }
        aliasTable = table
    }

    let aliasTable: AliasTable
    /// The custom actors, then the built-in table: what `aliasTable`'s entries index.
    let tableActors: [Actor]

    /// A raw finding before linking.
    struct Candidate {
        var paragraph: Int
        var tokens: Range<Int>
        /// Sentence number across the article, for pronoun resolution.
        var sentence: Int
        var sentenceSpan: TextSpan
        var span: TextSpan
        var text: String
        var tableEntry: Int?
        var isPronoun: Bool
        /// For a pronoun: where its antecedent is, when the words around it say so.
        var antecedent: Antecedent = .recentSubject
        /// For a name: whether it opens the main clause after an opening clause ("During …, Trump").
        var opensMainClause = false
        var roles: [String]
        /// The tagger's type for a name, made organisation by an organisation word ("Union").
        var type: Actor.Kind
        /// A name inside a longer name ("Leiden" in "Leiden University"): a mention, but never what
        /// a pronoun refers to nor a person's surname.
        var isNested = false
        /// A name followed by "'s" ("Putin's main opposition figure"): a possessor, not the subject.
        var isPossessor = false
        /// A name before a lower-case post and another name ("Chelsea striker Didier Drogba",
        /// "Trump adviser Stephen Miller"): it says whose the person is; it is not the subject.
        var isModifier = false
        /// A modifier after "former" ("former Farenthold aide Lauren Greene"): a tie that ended,
        /// so no side.
        var isFormerTie = false
        /// Whether the name qualifies another (a possessor or a modifier): no sentence's subject.
        var qualifiesAnother: Bool { isPossessor || isModifier }
        /// Followed by "government" or its like ("the Dutch government", "Japan's cabinet").
        var namesGovernment = false
        /// A company by its officer's title ("Lilly's chief executive"): its vote counts even
        /// where the actor has a full name that looks like a person's ("Eli Lilly"). (Every clue
        /// of `NamedType` counted so turned a journalist named 46 times in a PerSenT article into
        /// a body.)
        var isCompanyByOfficer = false
        /// A possessor of an officer's title: "Lilly's chief executive", "the union's president".
        var ownsTitle = false
        /// For a body whose officer an apposition makes the name before it, the token where that
        /// name ends (the apposition's comma): "Han Dong-hoon, the leader of … People Power Party,".
        var officerNameEnd: Int?
        /// "his", or "her" before a word ("her staff"): a possessive, not the object in "told her about".
        var isPossessivePronoun: Bool {
            isPronoun && ActorWords.possessivePronouns.contains(lastWordKey) && (lastWordKey != ActorWords.herKey || nextWord == .word)
        }
        /// For a name that says what follows it ("Ferraz, said", "Ferraz told"), the token of its
        /// verb of saying (`SpeakerCue`).
        var speakerVerb: Int?
        /// For a name or pronoun with a verb of saying on either side ("Harris said", "said
        /// Harris", "he said"): whether it is one who speaks, which a direct quote's speaker is.
        var says = false
        /// For a name or pronoun with any verb of statement on either side ("Kilicdaroglu
        /// accused"): one who speaks, for the rules (`says` is what the resolver was trained on).
        var reports = false
        /// For a pronoun inside a direct quote, the candidate naming the person quoted, whom the
        /// pronoun never means (`ActorDetector+Quotes`).
        var quotedBy: Int?
        /// How sure the tagger is of the name (1 for table names and pronouns), or
        /// `namedTypeWeight` where the article says what it is.
        var confidence = 1.0
        var wordCount: Int
        var lastWordKey: UInt64
        /// The first token of the candidate's clause (`ActorWords.clauseBoundaries`), in its paragraph.
        var clauseStart = 0
        /// Whether only opening words ("Later", "the", a title) come before it in its clause.
        var opensClause = false
        /// Named where it is no topic of its sentence: after "its" ("its App Store") or in a
        /// relative clause (", which owns Arm,"). A description looks past it.
        var isSubordinate = false
        /// For a pronoun: right after a participle that follows a comma ("…, calling him"), whose
        /// subject is the sentence's.
        var followsParticiple = false
        /// For a pronoun: right after "and" and a verb of saying ("… praised his rival and said
        /// he"), whose subject is its clause's.
        var followsCoordinatedSaying = false
        /// What kinds of token precede and follow the candidate in its sentence.
        var previousWord = Neighbour.none
        var nextWord = Neighbour.none
    }

    /// The token before or after a name, coarsely: what the name's role in its clause may be.
    enum Neighbour: UInt8 {
        case none, comma, punctuation, functionWord, word, capitalized
    }

    /// Where a pronoun's antecedent is.
    enum Antecedent {
        /// The sentence's first person, else the latest sentence's (the usual case).
        case recentSubject
        /// The name that opens the main clause: "his" in "During his term, Trump …".
        case mainClauseName
        /// The name just before: "her" in "thanked Vasquez for her work".
        case previousName
    }

    package func detect(in article: Article) -> ActorDetection {
        detect(in: TokenizedArticle(article))
    }

    func detect(in article: TokenizedArticle) -> ActorDetection {
        resolveReferences(findMentions(in: article))
    }

    /// The names, pronouns and descriptions of an article's body, in reading order, before any
    /// is linked to an actor.
    struct MentionFindings {
        var candidates: [Candidate]
        var descriptions: [Description]
        var neuterPronouns: [NeuterPronoun]
        /// The keys of the title's capitalised words: whom the article is about, a cue for pronouns.
        var titleKeys: Set<UInt64>
        /// The tagger's type for each name where it stands alone, by `NestedNames.wordsKey`.
        var standalone: [UInt64: Actor.Kind]
        /// What the document says of its words (`NameFeatures.DocumentFacts`).
        var facts: NameFeatures.DocumentFacts
    }

    /// Stage 4 of the article pipeline: names linked into actors, then pronouns and
    /// descriptions resolved to them.
    func resolveReferences(_ findings: MentionFindings) -> ActorDetection {
        Self.linkDescriptions(findings.descriptions, link(findings.candidates, neuterPronouns: findings.neuterPronouns, titleKeys: findings.titleKeys), titleKeys: findings.titleKeys)
    }

    /// Stage 3 of the article pipeline: the mentions of the body, from the shared tokens.
    /// `people` are spans (by paragraph index) known to name people, as GAP gives its two
    /// candidates: they replace whatever the tagger found there.
    func findMentions(in article: TokenizedArticle, people: [Int: [TextSpan]] = [:]) -> MentionFindings {
        let paragraphs = article.body.map { article[$0] }
        // What the document says of its words: read once for the tagger and the nested names.
        let facts = EntityTagger.facts(paragraphs)
        var names = Self.settingAsideTerms(Self.settingAsideStorms(zip(paragraphs, tagger.names(in: paragraphs, facts: facts)).enumerated().map { p, pair in
            Self.withRuleNames(Self.replacing(pair.1, with: people[article.body[p]] ?? [], in: pair.0), pair.0)
        }, in: paragraphs), in: paragraphs)
        // Surnames the article confirms: the last words of the people's full names it has;
        // `firstNamed`, those after a first name ("George Washington", not "Old Athens").
        var surnames = Set<UInt64>(), firstNamed = Set<UInt64>()
        for (paragraph, found) in zip(paragraphs, names) {
            for name in found where name.type == .person && name.tokens.count >= 2 {
                let surname = paragraph.tokens[name.tokens.upperBound - 1].key
                surnames.insert(surname)
                if FirstNames.isFirstName(paragraph.tokens[name.tokens.lowerBound].key) { firstNamed.insert(surname) }
            }
        }
        names = zip(paragraphs, names).map { paragraph, found in
            Self.splittingPeoplesBodies(found, paragraph.tokens, surnames: surnames).map { CompanyNames.typed($0, in: paragraph.tokens) }
        }
        // What the tagger calls each name where it stands alone: a fact for the names nested in others.
        var standalone: [UInt64: Actor.Kind] = [:]
        for (paragraph, found) in zip(paragraphs, names) {
            for name in found { standalone[NestedNames.wordsKey(paragraph.tokens[name.tokens])] = name.type }
        }
        let recurring = RecurringNames(names, paragraphs)
        var candidates: [Candidate] = []
        var descriptions: [Description] = []
        var neuterPronouns: [NeuterPronoun] = []
        var sentenceNumber = 0
        for (p, paragraph) in paragraphs.enumerated() {
            var nameAt = [TaggedName?](repeating: nil, count: paragraph.tokens.count)  // per token: an array, where a dictionary hashed every look-up
            for name in names[p] {
                let name = recurring.typed(name, in: paragraph.tokens)
                for i in name.tokens { nameAt[i] = name }
            }
            // A surname the tagger missed, often at the start of a sentence ("Hale answered"), or
            // took for a place after a first name ("George Washington … Washington said").
            for (i, token) in paragraph.tokens.enumerated() where token.isCapitalized && surnames.contains(token.key) {
                if let name = nameAt[i], name.type == .person || name.tokens.count > 1 || !firstNamed.contains(token.key) { continue }
                nameAt[i] = TaggedName(tokens: i..<i + 1, type: .person, confidence: nameAt[i]?.confidence ?? Self.ruleNameConfidence)
            }
            for sentence in paragraph.sentences { recurring.mark(&nameAt, in: paragraph.tokens, sentence, facts: facts) }
            // The story's dateline ("ROTTERDAM —") says where it was filed: no actor.
            let dateline = p == 0 ? paragraph.sentences.first.flatMap { Dateline.end(in: paragraph.tokens, from: $0.lowerBound) } : nil
            let first = candidates.count
            defer { Self.markQuotedPeople(&candidates, first..<candidates.count, tokens: paragraph.tokens) }
            var previous: (sentence: Range<Int>, candidates: Range<Int>)?
            for sentence in paragraph.sentences {
                defer { sentenceNumber += 1 }
                let start = max(sentence.lowerBound, dateline ?? 0)
                guard start < sentence.upperBound else { continue }
                let sentenceFirst = candidates.count
                candidates += find(
                    in: paragraph.tokens, sentence, from: start, paragraph.text, names: nameAt, firstNamedSurnames: firstNamed, classes: paragraph.classes, standalone: standalone, facts: facts,
                    paragraph: article.body[p], number: sentenceNumber)
                descriptions += Self.descriptions(in: paragraph.tokens, sentence, from: start, paragraph.text, names: nameAt, paragraph: article.body[p])
                neuterPronouns += Self.neuterPronouns(
                    in: paragraph.tokens, sentence, from: start, paragraph.text, paragraph: article.body[p],
                    candidates: candidates, current: sentenceFirst..<candidates.count, previous: previous)
                previous = (start..<sentence.upperBound, sentenceFirst..<candidates.count)
            }
        }
        var titleKeys = Set<UInt64>()
        if let title = article.article.title {
            for token in WordTokenizer().tokenize(CodePointText(title)) where token.kind == .word && token.isCapitalized { titleKeys.insert(token.key) }
        }
        return MentionFindings(candidates: candidates, descriptions: descriptions, neuterPronouns: neuterPronouns, titleKeys: titleKeys, standalone: standalone, facts: facts)
    }

    /// A body's name that opens with a surname the article confirms and "'s" is that person's
    /// body: two names ("Almeida's Democratic Union" after "Rui Almeida", which `NameRules`
    /// joined as it joins "St. Mary's Medical Center").
    static func splittingPeoplesBodies(_ names: [TaggedName], _ tokens: [Token], surnames: Set<UInt64>) -> [TaggedName] {
        names.flatMap { name -> [TaggedName] in
            let first = name.tokens.lowerBound
            guard name.type == .organisation, name.tokens.count >= 3, tokens[first + 1].key == TokenKey.possessive, surnames.contains(tokens[first].key)
            else { return [name] }
            return [TaggedName(tokens: first..<first + 1, type: .person, confidence: name.confidence),
                    TaggedName(tokens: first + 2..<name.tokens.upperBound, type: .organisation, confidence: name.confidence)]
        }
    }

    /// `names` with the tokens of every span of `people` made one person's name.
    static func replacing(_ names: [TaggedName], with people: [TextSpan], in paragraph: TokenizedParagraph) -> [TaggedName] {
        guard !people.isEmpty else { return names }
        let given = people.compactMap { span -> TaggedName? in
            let tokens = paragraph.tokens.indices.filter { paragraph.tokens[$0].span.overlaps(span) }
            guard let first = tokens.first, let last = tokens.last else { return nil }
            return TaggedName(tokens: first..<last + 1, type: .person, confidence: 1)
        }
        return (names.filter { name in !given.contains { $0.tokens.overlaps(name.tokens) } } + given).sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    // MARK: Finding

    /// The candidates of `sentence` from its token `first` on (after a dateline); their sentence
    /// is the whole one, as the stance finder reads it.
    private func find(
        in tokens: [Token], _ sentence: Range<Int>, from first: Int, _ text: CodePointText, names: [TaggedName?], firstNamedSurnames: Set<UInt64>, classes: [WordClass],
        standalone: [UInt64: Actor.Kind], facts: NameFeatures.DocumentFacts, paragraph: Int, number: Int
    ) -> [Candidate] {
        var found: [Candidate] = []
        var i = first
        let sentenceSpan = TextSpan(start: tokens[sentence.lowerBound].span.start, end: tokens[sentence.upperBound - 1].span.end)
        // Where the clause of a token starts and whether only opening words ("Later", "The",
        // "Then": they leave a name at its clause's start) come before it there, read by one
        // scan forward as candidates are found in order (linear in the sentence, however long).
        var clause = (at: first, start: first, onlyOpeners: true)
        // The clause a relative clause after a name interrupts ("Alcaraz, who had won the two
        // titles before, praised his rival"): the comma closing it goes back to that clause.
        var interrupted: (start: Int, onlyOpeners: Bool)?
        func clauseOf(_ position: Int) -> (start: Int, onlyOpeners: Bool) {
            if position < clause.at { (clause, interrupted) = ((first, first, true), nil) }
            while clause.at < position {
                let key = tokens[clause.at].key
                if let resumed = interrupted, key == TokenKey.comma {
                    (clause.start, clause.onlyOpeners) = resumed
                    interrupted = nil
                } else if ActorWords.clauseBoundaries.contains(key), !closesAppositiveName(clause.at, clause.start) {
                    if interrupted == nil, opensRelativeClause(clause.at) { interrupted = (clause.start, clause.onlyOpeners) }
                    clause.start = clause.at + 1
                    clause.onlyOpeners = true
                } else if clause.onlyOpeners {
                    clause.onlyOpeners = ActorWords.sentenceOpeners.contains(key) || ActorWords.articles.contains(key) || ActorWords.roles.contains(key)
                }
                clause.at += 1
            }
            return (clause.start, clause.onlyOpeners)
        }
        // ", who" or ", which" right after a capitalised word: a relative clause about a name.
        func opensRelativeClause(_ comma: Int) -> Bool {
            tokens[comma].key == TokenKey.comma && comma > sentence.lowerBound && tokens[comma - 1].isCapitalized
                && comma + 1 < sentence.upperBound && SpeakerCue.relativePronouns.contains(tokens[comma + 1].key)
        }
        // The comma after a name set off by commas ("Honda's president, Toshihiro Mibe, praised
        // his engineers") goes on with the name's clause: the name is the verb's subject.
        func closesAppositiveName(_ comma: Int, _ start: Int) -> Bool {
            guard tokens[comma].key == TokenKey.comma, start >= sentence.lowerBound + 2, start < comma, tokens[start - 1].key == TokenKey.comma else { return false }
            return NamedType.posts.contains(tokens[start - 2].key) && (start..<comma).allSatisfy { tokens[$0].kind == .word && tokens[$0].isCapitalized }
        }
        func candidate(_ range: Range<Int>, entry: Int?, type: Actor.Kind, pronoun: Bool = false, roles: [String] = [], confidence: Double = 1) -> Candidate {
            let (clauseStart, opensClause) = clauseOf(range.lowerBound)
            let span = TextSpan(start: tokens[range.lowerBound].span.start, end: tokens[range.upperBound - 1].span.end)
            let words = range.filter { tokens[$0].kind == .word }
            let isOrganisation = range.contains { ActorWords.organisationWords.contains(tokens[$0].key) }
            // "the shipping company Maersk", "Bakersfield's mayor": the article says what it is.
            let named = pronoun ? nil : NamedType.of(range, in: sentence, tokens, text, tagged: entry == nil ? type : nil)
            var made = Candidate(
                paragraph: paragraph, tokens: range, sentence: number, sentenceSpan: sentenceSpan, span: span, text: text.string(in: span), tableEntry: entry,
                isPronoun: pronoun, roles: roles, type: named ?? (isOrganisation && type != .place ? .organisation : type),
                isPossessor: range.upperBound < sentence.upperBound && tokens[range.upperBound].key == TokenKey.possessive,
                wordCount: words.count, lastWordKey: tokens[words.last ?? range.lowerBound].key,
                clauseStart: clauseStart, opensClause: opensClause,
                previousWord: range.lowerBound > sentence.lowerBound ? neighbour(range.lowerBound - 1) : .none,
                nextWord: range.upperBound < sentence.upperBound ? neighbour(range.upperBound) : .none)
            // What the sentence says the name is counts whatever the tagger's doubt about the
            // span ("Former Chelsea striker", a span it was unsure of, typed a team).
            made.confidence = named != nil ? Self.namedTypeWeight : confidence
            made.isCompanyByOfficer = named == .organisation && NamedType.hasCompanyOfficer(tokens, range, sentence)
            made.followsCoordinatedSaying = pronoun && range.lowerBound - 2 >= sentence.lowerBound
                && SpeakerCue.sayVerbs.contains(tokens[range.lowerBound - 1].key) && tokens[range.lowerBound - 2].key == Self.andKey
            made.followsParticiple = pronoun && range.lowerBound - 2 >= sentence.lowerBound && tokens[range.lowerBound - 2].key == TokenKey.comma
                && Self.isParticiple(tokens[range.lowerBound - 1], text)
            made.isSubordinate = !pronoun
                && (range.lowerBound > sentence.lowerBound && ActorWords.bodyPossessives.contains(tokens[range.lowerBound - 1].key)
                    || SpeakerCue.isInRelativeClause(range.lowerBound, tokens, sentence))
            made.isModifier = !pronoun && NamedType.wordBeforeName(after: range.upperBound, tokens, sentence).map(NamedType.posts.contains) == true
            made.isFormerTie = made.isModifier && range.lowerBound > sentence.lowerBound && tokens[range.lowerBound - 1].key == Self.formerKey
            let after = range.upperBound + (made.isPossessor ? 1 : 0)
            made.namesGovernment = !pronoun && after < sentence.upperBound && Self.governmentNouns.contains(tokens[after].key)
            made.ownsTitle = NamedType.titleAfterPossessive(tokens, range, sentence).map { NamedType.posts.contains($0) } ?? false
            made.officerNameEnd = pronoun ? nil : NamedType.officerApposition(before: range, tokens, sentence)
            if let cue = SpeakerCue.find(mention: range, tokens: tokens, classes: classes, sentence: sentence, inArticle: true), cue.kind != .accordingTo,
                let verb = cue.verb, !SpeakerCue.closesClause(cue, range, tokens, sentence)
            {
                made.reports = true
                // A person's verbs stay those the pronoun resolver was trained with; a body's
                // statements are more ("The Kremlin reiterated that it …").
                let person = made.type == .person
                if (person ? SpeakerCue.sayVerbs : Self.statementVerbs).contains(tokens[verb].key) {
                    made.says = true
                    if !pronoun && cue.kind == .verbAfter { made.speakerVerb = verb }
                }
            }
            return made
        }
        func neighbour(_ i: Int) -> Neighbour {
            let token = tokens[i]
            if token.key == TokenKey.comma { return .comma }
            if token.kind != .word { return .punctuation }
            if token.isCapitalized { return .capitalized }
            return ActorWords.sentenceOpeners.contains(token.key) || ActorWords.organisationJoiners.contains(token.key) ? .functionWord : .word
        }
        // An opening clause ("During his term, …"): from an introducing word to the first comma.
        let openingClauseEnd = ActorWords.clauseOpeners.contains(tokens[first].key)
            ? (first..<sentence.upperBound).first { tokens[$0].key == TokenKey.comma } : nil
        // The first word after that comma that is no title: a name up to there opens the main clause.
        let mainClauseWord = openingClauseEnd.map { comma in
            (comma + 1..<sentence.upperBound).first { !ActorWords.roles.contains(tokens[$0].key) } ?? sentence.upperBound
        }
        // A table match, or its country where a capital stands for the government ("Beijing warned").
        func tableEntry(_ match: Int, _ range: Range<Int>) -> Int {
            if match >= customActors.count, let country = PlaceGazetteer.governs[match - customActors.count],
                standsForGovernment(tokens, range, sentence)
            {
                return customActors.count + country
            }
            return match
        }
        // A capital's name that is the surname of one of the article's people after a first name
        // (`firstNamedSurnames`) names the person, but not where it is a setting ("officials in
        // Washington"); a country's never does ("Steve Israel" and Israel).
        func isSurname(_ match: Int, _ length: Int, _ tagged: TaggedName?) -> Bool {
            guard length == 1, match >= customActors.count, let tagged, tagged.type == .person, tagged.tokens.count == 1,
                firstNamedSurnames.contains(tokens[tagged.tokens.lowerBound].key),
                tagged.tokens.lowerBound == sentence.lowerBound || !ActorWords.settingPrepositions.contains(tokens[tagged.tokens.lowerBound - 1].key)
            else { return false }
            return PlaceGazetteer.governs[match - customActors.count] != nil
        }
        // "He" capitalised inside a sentence, after a word or a comma and before a person's
        // name, is a surname ("Vice Premier He Lifeng", "its spokeswoman, He Yadong,"), whether
        // the tagger took it into the name or not.
        func surnameHe(_ i: Int, _ tagged: TaggedName?) -> TaggedName? {
            guard i > sentence.lowerBound, tokens[i].key == Self.heKey, tokens[i].isCapitalized,
                tokens[i - 1].kind == .word || tokens[i - 1].key == TokenKey.comma
            else { return nil }
            if let tagged, tagged.type == .person, tagged.tokens.count >= 2 { return tagged }
            guard tagged == nil, i + 1 < sentence.upperBound, let next = names[i + 1], next.type == .person, next.tokens.lowerBound == i + 1 else { return nil }
            return TaggedName(tokens: i..<min(next.tokens.upperBound, sentence.upperBound), type: .person, confidence: next.confidence)
        }
        func opensMainClause(_ start: Int) -> Bool {
            guard let comma = openingClauseEnd, let word = mainClauseWord, comma < start else { return false }
            return start <= word
        }
        while i < sentence.upperBound {
            // The rest of the tagged name at this token, if any.
            let rest = names[i].map { TaggedName(tokens: i..<min($0.tokens.upperBound, sentence.upperBound), type: $0.type, confidence: $0.confidence) }
            let he = surnameHe(i, rest)
            let tagged = he ?? rest
            if let (length, match) = aliasTable.longestMatch(tokens, at: i, end: sentence.upperBound),
                tableNameWins(length, at: i, over: tagged, startsName: names[i]?.tokens.lowerBound == i, custom: match < customActors.count, tokens),
                !isSurname(match, length, tagged)
            {
                let entry = tableEntry(match, i..<i + length)
                // "the Russian leader" and "the Portuguese coach" describe a person; they are no
                // mention of Russia or Portugal; "US$ 10" is money.
                if i + length < sentence.upperBound, tokens[i + length].key == Self.dollarKey,
                    tokens[i + length].span.start == tokens[i + length - 1].span.end
                {
                    i += length
                    continue
                }
                if i > sentence.lowerBound, i + length < sentence.upperBound, ActorWords.articles.contains(tokens[i - 1].key),
                    NamedType.posts.contains(tokens[i + length].key)
                {
                    i += length
                    continue
                }
                var name = candidate(i..<i + length, entry: entry, type: tableActors[entry].type)
                name.opensMainClause = opensMainClause(i)
                found.append(name)
                i += length
                continue
            }
            let token = tokens[i]
            if ActorWords.personPronouns.contains(token.key), he == nil {
                var pronoun = candidate(i..<i + 1, entry: nil, type: .person, pronoun: true)
                if let comma = openingClauseEnd, i < comma {
                    pronoun.antecedent = .mainClauseName
                } else if i >= 2, tokens[i - 1].key == Self.forKey, let previous = found.last, !previous.isPronoun,
                    previous.tokens.upperBound == i - 1
                {
                    pronoun.antecedent = .previousName
                }
                found.append(pronoun)
                i += 1
                continue
            }
            guard let tagged else {
                i += 1
                continue
            }
            let end = tagged.tokens.upperBound
            // "the Massachusetts Democrat" describes a person (`partyDescriptionEnd`); no body's name.
            let the = tokens[i].key == Self.theKey ? i : i - 1
            if the >= sentence.lowerBound, Self.partyDescriptionEnd(tokens, at: the, sentence) == end {
                i = end
                continue
            }
            // Split off a leading article, titles (not a building's or a body's: "Shah Mosque",
            // "Justice Department", "Vice News"; but "Former Fox News" is Fox News) and the part of
            // a place ("southern Gaza", as GUM marks "eastern Scotland" and "sub-Saharan Africa":
            // the place alone).
            var start = i
            var roles: [String] = []
            // A body's word anywhere: "General Confederation of Labour" keeps its "General".
            let isStructure = ActorWords.structures.contains(tokens[end - 1].key) || (i..<end).contains { ActorWords.organisationWords.contains(tokens[$0].key) }
            func isTitle(_ key: UInt64) -> Bool { ActorWords.roles.contains(key) && (!isStructure || key == Self.formerKey) }
            while start < end, ActorWords.articles.contains(tokens[start].key) || (tagged.type != .person && isTitle(tokens[start].key))
                || (!tokens[start].isCapitalized && ActorWords.partsOfPlaces.contains(tokens[start].key))
            {
                if ActorWords.roles.contains(tokens[start].key) { roles.append(text.text(of: tokens[start])) }
                start += 1
            }
            if tagged.type == .person, start < end, let title = title(of: start..<end, tokens, sentence, text, names: names) {
                roles = [title.text]
                start = title.nameStart
            }
            var type = tagged.type
            if let town = Self.townWithArticle(tokens, i, end, sentence) {
                start = town
                type = .place
            }
            // "I" (and "I'm") start many sentences in capitals; a pronoun is never a name.
            if start < end, type != .other, !(end - start == 1 && ActorWords.pronouns.contains(tokens[start].key)) {
                // A tagged "the Netherlands" is the table's Netherlands once "the" is split off (when the types agree).
                var entry: Int? = nil
                if let (length, match) = aliasTable.longestMatch(tokens, at: start, end: end), start + length == end, tableActors[match].type == type {
                    entry = tableEntry(match, start..<end)
                }
                var name = candidate(
                    start..<end, entry: entry, type: entry.map { tableActors[$0].type } ?? type, roles: roles, confidence: tagged.confidence)
                // "Former Chelsea striker Didier Drogba": the title is the post's, not the modifier's.
                if name.isModifier { name.roles = [] }
                name.opensMainClause = opensMainClause(start)
                found.append(name)
                let places = entry == nil && name.type == .organisation ? nestedPlaces(in: start..<end, tokens) : []
                for place in places {
                    var inner = candidate(place.tokens, entry: place.entry, type: .place)
                    inner.isNested = true
                    found.append(inner)
                }
                if let classifier = tagger.nested, NestedNames.isOuter(name.tokens, type: name.type, tableEntry: entry) {
                    let context = nestedContext(tokens, name: name.tokens, type: name.type, standalone: standalone, facts: facts)
                    for run in NestedNames.runs(in: name.tokens, tokens) where !places.contains(where: { $0.tokens == run }) {
                        // A person named in a body's name ("Collins College", "St. Mary's Medical Center") is no actor of the article.
                        guard let type = classifier.type(NestedNames.features(run, context)), type != .person,
                            !NestedNames.isSaintsName(run, tokens)
                        else { continue }
                        let table = tableMatch(tokens, run)
                        var inner = candidate(run, entry: table, type: table.map { tableActors[$0].type } ?? type)
                        inner.isNested = true
                        found.append(inner)
                    }
                }
            }
            i = end
        }
        return found
    }

    /// The table's places named inside a longer name of a body or place, as mentions of their
    /// own: "Australia" in "Medical Journal of Australia", "Amsterdam" in "Vrije Universiteit
    /// Amsterdam", "U.S." in "U.S. Congress" (as GUM annotates nested names). Demonyms are not
    /// names ("Australian Centre for …").
    private func nestedPlaces(in name: Range<Int>, _ tokens: [Token]) -> [(tokens: Range<Int>, entry: Int)] {
        aliasTable.matches(tokens, in: name) { place, entry in
            place.count < name.count && tableActors[entry].type == .place
                && !(place.count == 1 && PlaceGazetteer.demonyms.contains(tokens[place.lowerBound].key))
        }
    }

    /// The table entry whose name is exactly `run`, if any.
    func tableMatch(_ tokens: [Token], _ run: Range<Int>) -> Int? {
        aliasTable.longestMatch(tokens, at: run.lowerBound, end: run.upperBound).flatMap { $0.length == run.count ? $0.entry : nil }
    }

    /// What the nested-name classifier knows around the name `name`.
    func nestedContext(
        _ tokens: [Token], name: Range<Int>, type: Actor.Kind, standalone: [UInt64: Actor.Kind], facts: NameFeatures.DocumentFacts
    ) -> NestedNames.Context {
        NestedNames.Context(
            tokens: tokens, name: name, type: type, tableType: { tableMatch(tokens, $0).map { tableActors[$0].type } }, standalone: standalone,
            facts: facts)
    }

    /// Where a town's name that begins with "The" starts ("The Hague"), when the tagged name
    /// from `start` to `end` is that name with its article or without it.
    static func townWithArticle(_ tokens: [Token], _ start: Int, _ end: Int, _ sentence: Range<Int>) -> Int? {
        let article = ActorWords.articles.contains(tokens[start].key) ? start
            : start > sentence.lowerBound && tokens[start - 1].isCapitalized && ActorWords.articles.contains(tokens[start - 1].key) ? start - 1 : nil
        guard let article, let town = TableMarks.cityTable.longestMatch(tokens, at: article, end: end), article + town.length == end else { return nil }
        return article
    }

    static let chiefKey = TokenKey.of("chief")
    static let formerKey = TokenKey.of("former")
    static let ofKey = TokenKey.of("of")
    static let heKey = TokenKey.of("he")
    /// Nouns after a country's name or demonym that make it its government.
    static let governmentNouns = WordLists.keys(["government", "cabinet", "administration"])

    /// The weight in its actor's type vote of a name a rule found where the tagger found none (a
    /// confirmed surname, an organisation): below any tag's.
    static let ruleNameConfidence = 0.1

    /// Verbs that report what a body or a country says (what "it" after one means, whose quote
    /// follows): the cue's own (`SpeakerCue.sayVerbs`, which the stance model's role features and
    /// the pronoun resolver were trained with) and the statements news adds ("The Kremlin
    /// reiterated that it …", "Toyota announced it would …").
    static let statementVerbs = SpeakerCue.sayVerbs.union(WordLists.keys([
        "reiterated", "repeated", "announced", "confirmed", "stressed", "emphasized", "emphasised", "acknowledged",
        "admitted", "maintained", "claimed", "declared", "countered", "predicted", "conceded",
    ]))

    /// How much more a name's type counts in its actor's vote where the article says what it
    /// is ("the shipping company Maersk") than where only the tagger does.
    static let namedTypeWeight = 10.0

    /// Tokens a title may take between a side and its person: "Brazilian Foreign Minister Carla Mendes".
    static let titleReach = 3

    /// How many earlier sentence subjects a pronoun may reach back over.
    static let pronounReach = 4
    private static let forKey = TokenKey.of("for")
    static let andKey = TokenKey.of("and")
    private static let dollarKey = TokenKey.of("$")

    // MARK: Linking

    /// The actors and what every candidate resolved to, as linking builds them.
    struct Linking {
        var actors: [Actor] = []
        var resolved: [Int?]
    }

    func link(_ candidates: [Candidate], neuterPronouns: [NeuterPronoun], titleKeys: Set<UInt64>) -> ActorDetection {
        var linking = linkNames(candidates)
        if let pronounResolver {
            linkPronouns(candidates, &linking, with: pronounResolver, titleKeys: titleKeys)
        } else {
            linkPronounsByRule(candidates, &linking)
        }
        return Self.addingBodiesCountries(Self.linkNeuterPronouns(neuterPronouns, finish(candidates, linking), resolved: linking.resolved))
    }

    /// Passes 1 and 2: table names, full names, then single names; each actor's type by vote.
    func linkNames(_ candidates: [Candidate]) -> Linking {
        var linker = NameLinker(candidates: candidates, tableActors: tableActors)
        linker.linkFullNames()
        linker.linkSingleNames()
        linker.unlinkNestedRepeats()
        linker.voteTypes()
        return Linking(actors: linker.actors, resolved: linker.resolved)
    }

    /// Pass 3 without a model, by rule. The subject of a sentence is usually its first person, and a pronoun
        // usually continues the subject: "While Peskov did not mention Trump, he stated …" and
        // "… Peskov criticized the West. He alleged …" both mean Peskov. So a pronoun goes to the
        // first person earlier in its sentence, else the first person of the latest sentence with one,
    /// unless the words around it point elsewhere (`Antecedent`).
    func linkPronounsByRule(_ candidates: [Candidate], _ linking: inout Linking) {
        let actors = linking.actors
        var resolved = linking.resolved
        defer { linking.resolved = resolved }
        func person(_ c: Int?) -> Int? {
            guard let c, let index = resolved[c], actors[index].type == .person else { return nil }
            return index
        }
        // A person's gender, once a title or a resolved pronoun says it, rules out pronouns of the
        // other: in "During his term, Trump praised her", "her" is not Trump.
        var gender: [Int: Gender] = [:]
        for (index, actor) in actors.enumerated() {
            if let known = actor.roles.lazy.compactMap({ Gender(title: $0) }).first { gender[index] = known }
        }
        func fitting(_ index: Int?, _ wanted: Gender?) -> Int? {
            guard let index, let wanted, let known = gender[index] else { return index }
            return known == wanted ? index : nil
        }
        var subjectOfSentence: [Int: Int] = [:]
        var earlierSubjects: [Int] = []  // the first person of each earlier sentence with one, latest last
        var currentSentence = -1
        for (c, candidate) in candidates.enumerated() {
            if candidate.sentence != currentSentence {
                if let subject = subjectOfSentence[currentSentence] { earlierSubjects.append(subject) }
                currentSentence = candidate.sentence
            }
            if candidate.isPronoun {
                let wanted = Gender(pronoun: candidate.lastWordKey)
                let pointed: Int? = switch candidate.antecedent {
                case .recentSubject: nil
                case .previousName: person(c - 1)
                case .mainClauseName:
                    person(candidates[(c + 1)...].prefix { $0.sentence == candidate.sentence }.firstIndex(where: \.opensMainClause))
                }
                let antecedent = fitting(pointed, wanted) ?? fitting(subjectOfSentence[candidate.sentence], wanted)
                    ?? earlierSubjects.suffix(Self.pronounReach).reversed().first { fitting($0, wanted) != nil }
                resolved[c] = antecedent
                if let antecedent, let wanted, gender[antecedent] == nil { gender[antecedent] = wanted }
            } else if let index = resolved[c], actors[index].type == .person, subjectOfSentence[candidate.sentence] == nil,
                !candidate.qualifiesAnother, !candidate.isNested
            {
                subjectOfSentence[candidate.sentence] = index
            }
        }
    }

    /// Whether a token is a lower-case word ending in "ing" ("calling", "saying").
    static func isParticiple(_ token: Token, _ text: CodePointText) -> Bool {
        guard token.kind == .word, !token.isCapitalized, token.span.length > 4 else { return false }
        let scalars = text.scalars
        return scalars[token.span.end - 3] == "i" && scalars[token.span.end - 2] == "n" && scalars[token.span.end - 1] == "g"
    }

    /// A person's surname among the words of a name: the last, or the one before a regnal
    /// numeral ("Norton I", "George III").
    static func surname(_ words: [Substring]) -> Substring {
        words.count >= 2 && regnalNumerals.contains(words[words.count - 1].lowercased()) ? words[words.count - 2] : words[words.count - 1]
    }

    private static let regnalNumerals: Set<String> = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi"]

    /// The actors that have each key, for the keys exactly one of them has.
    static func unique(_ actors: [Int], keys: (Int) -> [UInt64]) -> [UInt64: Int] {
        var owner: [UInt64: Int?] = [:]
        for actor in actors {
            for key in Set(keys(actor)) { owner[key] = owner[key] == nil ? actor : .some(nil) }
        }
        return owner.compactMapValues { $0 }
    }

    /// The mentions of every resolved candidate, and the sides people speak for (`sides`).
    private func finish(_ candidates: [Candidate], _ linking: Linking) -> ActorDetection {
        let (actors, resolved) = (linking.actors, linking.resolved)
        let mentions = candidates.indices.compactMap { c -> ActorMention? in
            guard let actor = resolved[c] else { return nil }
            let candidate = candidates[c]
            return ActorMention(
                actor: actor, paragraph: candidate.paragraph, span: candidate.span, sentence: candidate.sentenceSpan,
                text: candidate.text, isPronoun: candidate.isPronoun,
                isDemonym: candidate.tableEntry != nil && PlaceGazetteer.demonyms.contains(TokenKey.of(candidate.text)), isNested: candidate.isNested,
                isSubordinate: candidate.isSubordinate, isSpeaker: candidate.reports && !candidate.isPronoun)
        }
        return ActorDetection(actors: actors, mentions: mentions, affiliations: sides(candidates, actors, resolved))
    }
}

/// Multi-word aliases by token keys, for longest-match look-up at a token.
struct AliasTable: NameTable, Sendable {
    /// First token key → (alias token keys, table entry, whether the alias is an acronym), longest first.
    private var byFirstKey = KeyTable<[(keys: [UInt64], entry: Int, isAcronym: Bool)]>()
    private let tokenizer = WordTokenizer()
    /// Whether an acronym matches only in capitals ("Who else is involved?" is no WHO). The
    /// entity tagger's gazetteer features read the table without this, as they were trained.
    var acronymsInCapitals = true

    mutating func add(_ alias: String, entry: Int) {
        let text = CodePointText(alias)
        let tokens = tokenizer.tokenize(text)
        let keys = tokens.map(\.key)
        guard let first = keys.first else { return }
        var list = byFirstKey[first] ?? []
        if list.contains(where: { $0.keys == keys }) { return }  // the first (custom) entry wins
        list.append((keys, entry, tokens.count == 1 && tokens[0].isAllCaps))
        list.sort { $0.keys.count > $1.keys.count }
        byFirstKey[first] = list
    }

    func longestMatch(_ tokens: [Token], at i: Int, end: Int) -> (length: Int, entry: Int)? {
        guard let list = byFirstKey[tokens[i].key] else { return nil }
        for (keys, entry, isAcronym) in list where i + keys.count <= end {
            if (0..<keys.count).allSatisfy({ tokens[i + $0].key == keys[$0] }) {
                // Table names are proper nouns: "west" or "us" in lower case are ordinary words,
                // and an acronym is written in capitals ("Who else is involved?" is no WHO).
                if !tokens[i].isCapitalized && tokens[i].kind == .word { return nil }
                if isAcronym && acronymsInCapitals && !tokens[i].isAllCaps { continue }
                return (keys.count, entry)
            }
        }
        return nil
    }
}
