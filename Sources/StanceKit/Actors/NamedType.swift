/// What an article's own words say a name is, which counts for more in its actor's type vote than
/// the tagger's guess (`ActorDetector.namedTypeWeight`):
/// - an organisation: "the shipping company Maersk", "Qantas, the national airline,", "analysts at
///   Goldman Sachs", "the chief executive of Nvidia", "the takeover of Arm", "Nvidia's planned
///   $40 billion takeover";
/// - a place: "Bakersfield's mayor", "the governor of Oregon", a US state's name ("Texas Governor
///   Greg Abbott", where the tagger reads "Texas" as a body's);
/// - a team, an organisation: a city's or state's name and one plural word ("San Francisco
///   Giants", "Kansas City Chiefs") or a club's word ("Leicester City"), which the city table
///   made places, and a name before a player's post ("Chelsea striker Didier Drogba").
enum NamedType {
    /// The type the sentence gives the name at `name`, if it gives one. `tagged`: the type the
    /// tagger gave it, nil for a place table's entry, whose type the table knows. A person's name
    /// is never made a state's or a team's by its words alone: "George Washington", "Austin Powers".
    static func of(_ name: Range<Int>, in sentence: Range<Int>, _ tokens: [Token], _ text: CodePointText, tagged: Actor.Kind?) -> Actor.Kind? {
        if followsOrganisationNoun(tokens, name.lowerBound, sentence) || describedAsOrganisation(tokens, name.upperBound, sentence)
            || worksAt(tokens, name.lowerBound, sentence) || hasCompanyOfficer(tokens, name, sentence)
        {
            return .organisation
        }
        guard let tagged else { return nil }
        if hasPlaceOffice(tokens, name, sentence) { return .place }
        if isTeamOfPlayer(tokens, name, sentence) { return .organisation }
        guard tagged != .person else { return nil }
        if isInDeal(tokens, name, sentence) { return .organisation }
        if isState(tokens, name) { return .place }
        if isTeam(tokens, name, text) || isClub(tokens, name) { return .organisation }
        return nil
    }

    /// Whether the name at `start` follows a lower-case organisation noun right after a
    /// determiner or after a determiner and a lower-case word: "the company Maersk", "the
    /// shipping company Maersk", "its rival company Honda"; not "army General Smith" (no
    /// determiner) or "his kinsman in the Russian service Alexander Gordon" (GUM: "service" is
    /// his career there, not a body's name).
    static func followsOrganisationNoun(_ tokens: [Token], _ start: Int, _ sentence: Range<Int>) -> Bool {
        let noun = start - 1
        guard noun > sentence.lowerBound, tokens[noun].kind == .word, !tokens[noun].isCapitalized,
            ActorWords.organisationNouns.contains(tokens[noun].key)
        else { return false }
        if determiners.contains(tokens[noun - 1].key) { return true }
        let word = noun - 1
        return word > sentence.lowerBound && tokens[word].kind == .word && !tokens[word].isCapitalized
            && determiners.contains(tokens[word - 1].key)
    }

    /// Articles and the possessive determiners of a body or a group ("its", "their").
    static let determiners = ActorWords.articles.union(ActorWords.bodyPossessives)

    /// Whether the name ending at `end` is followed by an apposition that says it is an organisation:
    /// "Qantas, the national airline, said", "Maersk, a shipping company." (an article, at most
    /// `descriptionWords` lower-case words, an organisation noun, then a comma or the sentence's end).
    static func describedAsOrganisation(_ tokens: [Token], _ end: Int, _ sentence: Range<Int>) -> Bool {
        guard end + 2 < sentence.upperBound, tokens[end].key == TokenKey.comma, ActorWords.articles.contains(tokens[end + 1].key) else { return false }
        var i = end + 2
        while i < min(sentence.upperBound, end + 2 + descriptionWords), tokens[i].kind == .word, !tokens[i].isCapitalized,
            !ActorWords.organisationNouns.contains(tokens[i].key)
        {
            i += 1
        }
        guard i < sentence.upperBound, tokens[i].kind == .word, !tokens[i].isCapitalized, ActorWords.organisationNouns.contains(tokens[i].key) else { return false }
        return i + 1 == sentence.upperBound || tokens[i + 1].key == TokenKey.comma || tokens[i + 1].kind == .punctuation
    }

    /// Lower-case words an apposition may put before its organisation noun: "the national (flag) carrier".
    static let descriptionWords = 2

    /// "analysts at Goldman Sachs", "an economist at Nomura": people who work at a body, by trade.
    static func worksAt(_ tokens: [Token], _ start: Int, _ sentence: Range<Int>) -> Bool {
        start - 2 >= sentence.lowerBound && tokens[start - 1].key == atKey && staff.contains(tokens[start - 2].key)
    }

    /// Trades whose "at" names an employer (not "staff": "on Washington's staff at Valley Forge").
    static let staff = WordLists.keys([
        "analyst", "analysts", "economist", "economists", "strategist", "strategists", "researcher", "researchers",
        "scientist", "scientists", "executive", "executives", "employee", "employees", "engineer", "engineers",
        "banker", "bankers", "trader", "traders", "lawyer", "lawyers",
    ])

    /// "the chief executive of Nvidia", "Nvidia's chief executive", "the founder of Acme": only
    /// a business has these officers (a country has a president, a city a mayor).
    static func hasCompanyOfficer(_ tokens: [Token], _ name: Range<Int>, _ sentence: Range<Int>) -> Bool {
        if let title = titleAfterPossessive(tokens, name, sentence), companyOfficers.contains(title) { return true }
        let of = ActorWords.tokenBefore(name.lowerBound, pastArticle: tokens, sentence)
        return of - 1 >= sentence.lowerBound && tokens[of].key == ActorDetector.ofKey && companyOfficers.contains(tokens[of - 1].key)
            && (tokens[of - 1].key != executiveKey || (of - 2 >= sentence.lowerBound && tokens[of - 2].key == ActorDetector.chiefKey))
    }

    /// The key of the title word after the name's "'s", past a "chief" ("Nvidia's chief
    /// executive" as well as "Nvidia's CEO"), or nil when no possessive follows the name.
    static func titleAfterPossessive(_ tokens: [Token], _ name: Range<Int>, _ sentence: Range<Int>) -> UInt64? {
        let after = name.upperBound
        guard after + 1 < sentence.upperBound, tokens[after].key == TokenKey.possessive else { return nil }
        return tokens[title(at: after + 1, tokens, sentence)].key
    }

    /// Where the name that an apposition describes ends (the apposition's opening comma), when the
    /// name at `name` is what the apposition's post is of, for or at and closes it: "Han Dong-hoon,
    /// the leader of Yoon's own People Power Party, said", "Jane Ruiz, a spokeswoman for Acme,".
    static func officerApposition(before name: Range<Int>, _ tokens: [Token], _ sentence: Range<Int>) -> Int? {
        let preposition = SpeakerCue.tokenBefore(name.lowerBound, tokens, sentence)
        guard name.upperBound < sentence.upperBound, tokens[name.upperBound].key == TokenKey.comma,
            preposition - 1 > sentence.lowerBound, officerPrepositions.contains(tokens[preposition].key), posts.contains(tokens[preposition - 1].key)
        else { return nil }
        var first = preposition - 1
        while first - 1 > sentence.lowerBound, preposition - first < ActorDetector.appositionTitleWords, tokens[first - 1].kind == .word, !tokens[first - 1].isCapitalized,
            !ActorWords.articles.contains(tokens[first - 1].key)
        {
            first -= 1
        }
        guard first - 2 > sentence.lowerBound, ActorWords.articles.contains(tokens[first - 1].key), tokens[first - 2].key == TokenKey.comma else { return nil }
        return first - 2
    }

    private static let officerPrepositions = WordLists.keys(["of", "for", "at"])

    /// The token of the title word at `start`, past a "chief" before it ("chief executive").
    static func title(at start: Int, _ tokens: [Token], _ sentence: Range<Int>) -> Int {
        tokens[start].key == ActorDetector.chiefKey && start + 1 < sentence.upperBound ? start + 1 : start
    }

    /// The key of the lower-case word between the name ending at `end` and a capitalised word
    /// ("Chelsea striker Didier Drogba" → "striker"; after a rank, "GM chief executive Mary
    /// Barra" → "executive"; in apposition, "a senior Hamas official, Basem Naim" → "official"),
    /// or nil: a post, if it is one, whose holder the name after it is.
    static func wordBeforeName(after end: Int, _ tokens: [Token], _ sentence: Range<Int>) -> UInt64? {
        let post = end + 2 < sentence.upperBound && postRanks.contains(tokens[end].key) && !tokens[end + 1].isCapitalized ? end + 1 : end
        guard post + 1 < sentence.upperBound, !tokens[post].isCapitalized else { return nil }
        let holder = tokens[post + 1].key == TokenKey.comma ? post + 2 : post + 1
        guard holder < sentence.upperBound, tokens[holder].isCapitalized else { return nil }
        return tokens[post].key
    }

    /// Words that may come before a post: "chief executive", "senior official".
    static let postRanks = WordLists.keys(["chief", "senior", "deputy", "vice", "managing", "acting"])

    /// Officers only a business has; "executive" only as "chief executive".
    static let companyOfficers = WordLists.keys(["executive", "ceo", "founder", "co-founder", "cofounder", "shareholders"])

    /// A person's post: a title, a company officer's or a job a body gives ("Honda's president",
    /// "Lilly's chief executive", "Wrexham's manager").
    static let posts = ActorWords.roles.union(companyOfficers).union(jobs)

    /// Jobs that, after a body's possessive, say who holds them: "Wrexham's manager, Phil
    /// Parkinson, praised his side" (Parkinson is the verb's subject and speaks for Wrexham), and
    /// before a name, whose side they say: "Hamas official Basem Naim".
    static let jobs = WordLists.keys([
        "manager", "coach", "striker", "midfielder", "defender", "goalkeeper", "winger", "adviser", "advisor", "aide",
        "editor", "negotiator", "strategist", "official",
    ])

    /// "Bakersfield's mayor", "the mayor of Fresno": only a place has a mayor or a governor.
    static func hasPlaceOffice(_ tokens: [Token], _ name: Range<Int>, _ sentence: Range<Int>) -> Bool {
        let after = name.upperBound
        if after + 1 < sentence.upperBound, tokens[after].key == TokenKey.possessive, placeOffices.contains(tokens[after + 1].key) {
            return true
        }
        let of = name.lowerBound - 1
        return of - 1 >= sentence.lowerBound && tokens[of].key == ActorDetector.ofKey && placeOffices.contains(tokens[of - 1].key)
    }

    static let placeOffices = WordLists.keys(["mayor", "governor"])

    /// "Nvidia's planned $40 billion takeover", "Toyota's shares", "the takeover of Arm", "a stake
    /// in Twitter": only a business is bought, merged or traded. Asked only of names the tagger
    /// found and did not call a person, so a table's country keeps its type ("Russia's takeover
    /// of Crimea") and so does "Musk's shares".
    static func isInDeal(_ tokens: [Token], _ name: Range<Int>, _ sentence: Range<Int>) -> Bool {
        let after = name.upperBound
        if after < sentence.upperBound, tokens[after].key == TokenKey.possessive {
            var i = after + 1
            while i < min(sentence.upperBound, after + 1 + dealWordsBetween), !dealNouns.contains(tokens[i].key), !tokens[i].isCapitalized,
                tokens[i].kind != .punctuation || tokens[i].key == dollarKey
            {
                i += 1
            }
            if i < sentence.upperBound, dealNouns.contains(tokens[i].key) { return true }
        }
        let preposition = ActorWords.tokenBefore(name.lowerBound, pastArticle: tokens, sentence)
        guard preposition - 1 >= sentence.lowerBound, let wanted = dealPrepositions[tokens[preposition - 1].key] else { return false }
        return tokens[preposition].key == wanted
    }

    /// Words only a business is the object or owner of (not "earnings" or "stake", which a
    /// person has too: GAP's "Isabella's literary earnings").
    static let dealNouns = WordLists.keys(["takeover", "acquisition", "merger", "buyout", "shares", "stock", "subsidiary", "shareholders"])
    /// The most words between "'s" and its deal noun: "Nvidia's planned $40 billion takeover".
    static let dealWordsBetween = 4
    /// A deal noun and the preposition before the business: "the takeover of Arm", "a stake in Twitter".
    /// (A `KeyTable`: `NameRules` asks about every token.)
    static let dealPrepositions: KeyTable<UInt64> = {
        var table = KeyTable<UInt64>()
        for (noun, preposition) in [("takeover", "of"), ("acquisition", "of"), ("buyout", "of"), ("shares", "of"), ("stake", "in"), ("merger", "with")] {
            table[TokenKey.of(noun)] = TokenKey.of(preposition)
        }
        return table
    }()
    private static let dollarKey = TokenKey.of("$")

    /// "Former Chelsea striker Didier Drogba", "Wrexham manager Phil Parkinson": a name before a
    /// player's or a team manager's post in lower case and a person's name is a team's, however
    /// like a first name it looks. Asked only of names no table knows, so a country keeps its
    /// type ("England manager Gareth Southgate").
    static func isTeamOfPlayer(_ tokens: [Token], _ name: Range<Int>, _ sentence: Range<Int>) -> Bool {
        wordBeforeName(after: name.upperBound, tokens, sentence).map(teamPosts.contains) ?? false
    }

    /// Posts only a sports team has.
    static let teamPosts = WordLists.keys(["striker", "midfielder", "defender", "goalkeeper", "winger", "quarterback", "pitcher", "manager"])

    /// A US state's whole name (the city table's list of states).
    static func isState(_ tokens: [Token], _ name: Range<Int>) -> Bool {
        TableMarks.cityTable.longestMatch(tokens, at: name.lowerBound, end: name.upperBound).map { $0.length == name.count && $0.entry == TableMarks.statesList } ?? false
    }

    /// A city's (of 100,000 people or more) or state's name and then one capitalised plural that
    /// is neither a landform ("Islands", "Falls") nor a place ("Boston Massachusetts"), the whole
    /// no town's name of its own ("Beverly Hills"): a sports team. (Towns are left out: "David"
    /// in Panama, "Roman" in Romania.)
    static func isTeam(_ tokens: [Token], _ name: Range<Int>, _ text: CodePointText) -> Bool {
        let cities = TableMarks.cityTable
        guard let list = cityList(beforeLastWordOf: name, tokens), TableMarks.largeCityLists.contains(list) || list == TableMarks.statesList
        else { return false }
        let last = name.upperBound - 1
        return tokens[last].kind == .word && tokens[last].isCapitalized && !tokens[last].isAllCaps && tokens[last].span.length > 3
            && text.scalars[tokens[last].span.end - 1] == "s" && !landforms.contains(tokens[last].key)
            && cities.longestMatch(tokens, at: last, end: last + 1) == nil
    }

    /// Words that make a city's name a football club's: "Manchester United", "Leicester City",
    /// "Bolton Wanderers".
    static let clubWords = WordLists.keys(["united", "city", "athletic", "rovers", "wanderers", "albion", "hotspur"])

    /// A large city's name and a club's word: "Leicester City", but not "Kansas City" (a city of
    /// the table), a capital's ("Washington City") nor after "in". (Before the tagger's person
    /// too, it retyped GAP candidates and the resolver retrained on them moved an own article's
    /// "He" to Powell.)
    static func isClub(_ tokens: [Token], _ name: Range<Int>) -> Bool {
        let last = name.upperBound - 1
        guard clubWords.contains(tokens[last].key), tokens[last].isCapitalized,
            let list = cityList(beforeLastWordOf: name, tokens), TableMarks.largeCityLists.contains(list),
            TableMarks.placeTable.longestMatch(tokens, at: name.lowerBound, end: last) == nil
        else { return false }
        return name.lowerBound == 0 || !ActorWords.settingPrepositions.contains(tokens[name.lowerBound - 1].key)
    }

    /// The city table's list of the city that all but the last word of `name` are (the whole no
    /// city of the table: "Kansas City"), or nil: a team's or a club's name begins so.
    static func cityList(beforeLastWordOf name: Range<Int>, _ tokens: [Token]) -> Int? {
        guard name.count >= 2, let (length, list) = TableMarks.cityTable.longestMatch(tokens, at: name.lowerBound, end: name.upperBound),
            length == name.count - 1
        else { return nil }
        return list
    }

    /// Plural nouns that make a place's name, not a team's.
    static let landforms = WordLists.keys([
        "islands", "isles", "mountains", "hills", "heights", "falls", "springs", "plains", "lakes", "rapids", "keys", "woods",
        "gardens", "highlands", "lowlands", "fields", "flats", "cliffs", "dunes", "downs", "meadows", "pines", "palms", "oaks",
        "acres", "estates", "shores", "sands", "glades", "valleys", "lakes", "forks", "narrows", "ridges", "parks", "groves",
    ])

    private static let atKey = TokenKey.of("at")
    private static let executiveKey = TokenKey.of("executive")
}
