/// Word classes for finding actors in text. Lower-case; looked up by token key.
enum ActorWords {
    /// Weekdays and months: capitalised, never part of a name.
    static let calendarWords = WordLists.keys([
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
        "april", "may", "june", "july", "august", "september", "october", "november", "december",
    ])

    /// Title words that do not make "the …" a person: "the former", "the acting", "the head of".
    static let notHeads = WordLists.keys(["former", "acting", "deputy", "vice", "head", "chief", "general", "prime", "mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms"])

    /// Titles of heads of state or government: what "the leader" may refer to.
    static let leaderTitles = WordLists.keys(["president", "premier", "chancellor", "king", "queen", "emperor", "leader", "minister", "sheikh"])

    /// Titles of an office a person holds, which news puts between a body's or place's name and the
    /// holder's ("California Governor Elena Ruiz", "Fed Chairman Jerome Powell"): the leaders'
    /// and the offices that head a body or speak for it, not words that also name a body's part
    /// ("Justice", "General", "Director").
    static let officeTitles = leaderTitles.union(WordLists.keys([
        "governor", "mayor", "secretary", "senator", "ambassador", "chairman", "chairwoman", "spokesman", "spokeswoman",
        "spokesperson", "commissioner", "envoy",
    ]))

    /// The possessives of bodies and groups: the name after one is their part or product ("its App
    /// Store"), and they stand where an article would ("its chief executive").
    static let bodyPossessives = WordLists.keys(["its", "their"])

    /// Titles only a company's officers hold: the name before one is a company's ("Tesla CEO
    /// Elon Musk").
    static let companyTitles = WordLists.keys(["ceo", "cfo", "founder", "co-founder", "cofounder"])

    /// Lower-case words the tagger takes into a place's name that say which part of it: "southern
    /// Gaza", "eastern Scotland", "mainland China".
    static let partsOfPlaces = WordLists.keys([
        "northern", "southern", "eastern", "western", "central", "north", "south", "east", "west", "northeastern",
        "northwestern", "southeastern", "southwestern", "north-eastern", "north-western", "south-eastern", "south-western",
        "sub-saharan", "upstate", "downstate", "rural", "coastal", "mainland", "occupied",
    ])

    /// Words that begin places' names and never end one: "Greater Manchester", "Upper Austria".
    static let placePrefixes = WordLists.keys(["greater", "upper", "lower", "mount", "fort", "port", "san", "santa", "lake", "cape"])

    /// Words before an office's title that belong to it: "Senate Majority Leader", "White House
    /// Press Secretary", "European Commission Vice President".
    static let titleModifiers = WordLists.keys(["majority", "minority", "deputy", "vice", "press", "assistant", "acting", "interim"])

    /// Words many bodies' names and titles share, which do not say which office a title is of
    /// (`ActorDetector.officeWords`): "Federal" in "Federal Transportation Secretary".
    static let sharedOfficeWords = WordLists.keys([
        "federal", "national", "state", "states", "united", "international", "european", "central", "general", "senior",
        "executive", "royal", "new", "the", "of", "and", "for", "department", "ministry", "office", "agency", "bureau",
        "council", "committee", "commission",
    ])

    /// Organisation words that refer to the organisation named last, whatever its name.
    static let genericOrganisations = WordLists.keys(["company", "firm", "organisation", "organization", "agency", "group"])

    /// Articles the tagger may take into a name ("The Kremlin"): never part of an actor's name.
    static let articles = WordLists.keys(["the", "a", "an"])

    /// The token before `first`, past an article that is not the sentence's first token: where a
    /// preposition or an office stands before a name ("of [the] University", "chief executive of
    /// Nvidia"). `sentence.lowerBound - 1` when `first` starts the sentence.
    static func tokenBefore(_ first: Int, pastArticle tokens: [Token], _ sentence: Range<Int>) -> Int {
        first - 1 > sentence.lowerBound && articles.contains(tokens[first - 1].key) ? first - 2 : first - 1
    }

    /// Titles and roles: stripped from the front of a name and recorded as the actor's role.
    static let roles = taggerRoles.union(ranks).union(offices)

    /// Last words of a building's or a street's name, which may open with a title that is then
    /// no person's: "Shah Mosque", "King Street", "Queen Elizabeth Hall".
    static let structures = WordLists.keys([
        "mosque", "palace", "square", "street", "avenue", "road", "bridge", "tower", "hall", "cathedral", "temple", "park",
        "station", "airport", "hotel", "stadium", "gate", "theatre", "theater", "arena", "island", "building",
    ])

    /// Military and police ranks, as news abbreviates them: "Pvt. William Long", "Det. Ana Ruiz".
    static let ranks = WordLists.keys(["pvt.", "pfc.", "cpl.", "spc.", "capt.", "cpt.", "maj.", "col.", "cmdr.", "det."])

    /// Offices missing from `taggerRoles`: local and legislative ones ("Alderman Ed Burke",
    /// "Congresswoman Maxine Waters", "Sheriff Joe Arpaio") and an owner's ("Owner Todd Boehly",
    /// which opened a sentence and stayed in the name), monarchs' titles ("Tsar Aleksei I",
    /// "Emir Tamim bin Hamad") and a counterpart's ("his Brazilian counterpart Luiz Inácio Lula
    /// da Silva", who speaks for Brazil). (The ranks written out, "lieutenant",
    /// "sergeant", cost GAP's pooled cross-validation 0.7064 → 0.7046 here, and 0.7039 → 0.6998
    /// in the tagger's features.)
    static let offices = WordLists.keys([
        "alderman", "alderwoman", "congressman", "congresswoman", "assemblyman", "assemblywoman", "sheriff", "owner",
        "tsar", "czar", "shah", "sultan", "emir", "empress", "counterpart",
    ])

    /// The titles the built-in entity tagger's features read (`NameFeatures`): a title added
    /// here changes the features, so the tagger must be retrained with it; `ranks` and `offices`
    /// came later and are the detector's only.
    static let taggerRoles = WordLists.keys([
        "president", "vice", "prime", "minister", "senator", "sen.", "rep.", "representative", "gov.",
        "governor", "mayor", "councilman", "councilwoman", "councillor", "chancellor", "secretary",
        "spokesman", "spokeswoman", "spokesperson", "chief", "director", "general", "gen.", "dr.", "mr.",
        "mrs.", "ms.", "king", "queen", "prince", "princess", "pope", "judge", "justice", "ambassador",
        "attorney", "ceo", "chairman", "chairwoman", "chair", "speaker", "leader", "commissioner", "former",
        "lawyer", "candidate", "founder", "head", "premier", "deputy", "acting", "sir", "lord", "lady",
        "professor", "prof.", "officer", "captain", "colonel", "lt.", "sgt.", "adm.", "admiral", "envoy",
        "analyst", "economist", "president-elect", "emperor", "sheikh", "rabbi", "bishop", "reverend", "rev.",
        "mr", "mrs", "ms", "miss", "dame", "dr",
    ])

    /// Initialisms of common nouns, written in capitals like a body's but never an actor: "AI
    /// chips", "GDP", "the CEO", "DNA" (GUM marks none of them as a name; the tagger took "AI"
    /// for an organisation and "DNA" for a body).
    static let commonInitialisms = WordLists.keys([
        "ai", "gdp", "ceo", "cfo", "coo", "cto", "ipo", "tv", "dna", "rna", "hiv", "aids", "uv", "gps", "pc", "cpu", "gpu",
        "ev", "evs", "etf", "vat", "lgbt", "lgbtq", "fdi", "hbm", "covid", "cd", "dvd", "sms", "url", "pdf", "faq",
    ])

    /// A name's last word that makes it a law or an event, no actor: "the HEROES Act", "the
    /// Criminal Code", "the Olympic Games", "the Nobel Prize".
    static let lawAndEventWords = WordLists.keys([
        "act", "code", "amendment", "treaty", "accord", "accords", "convention", "war", "games", "olympics", "cup",
        "championship", "championships", "prize", "award", "awards", "festival", "summit", "ages",
    ])

    /// A company's legal form after its name and a comma: "Atlantic Lottery Corporation, Inc.".
    static let legalForms = WordLists.keys(["inc.", "inc", "ltd.", "ltd", "llc", "corp.", "co.", "plc", "s.a.", "ag", "gmbh"])

    /// A person's suffix after a comma: "Iván DeJesús, Jr.".
    static let nameSuffixes = WordLists.keys(["jr.", "jr", "sr.", "sr"])

    /// Prepositions after which a place is where something happens, not what a statement is
    /// about, nor a person ("officials in Washington", "a pipeline under the Baltic Sea").
    static let settingPrepositions = WordLists.keys([
        "in", "at", "inside", "within", "throughout", "across", "near", "around", "under", "beneath", "along", "off", "outside", "through",
    ])

    /// US postal codes and AP's abbreviations of the states: "Paramus, NJ", "Fresno, Calif.".
    static let stateCodes = WordLists.keys([
        "al", "ak", "az", "ar", "ca", "co", "ct", "de", "fl", "ga", "hi", "id", "il", "in", "ia", "ks", "ky", "la", "me", "md",
        "ma", "mi", "mn", "ms", "mo", "mt", "ne", "nv", "nh", "nj", "nm", "ny", "nc", "nd", "oh", "ok", "or", "pa", "ri", "sc",
        "sd", "tn", "tx", "ut", "vt", "va", "wa", "wv", "wi", "wy", "dc",
    ])

    /// Short words that end English compounds after a name: "Putin-led", "Obama-era", "Kremlin-run".
    static let compoundEnds = WordLists.keys([
        "led", "run", "born", "bred", "fed", "made", "like", "style", "era", "type", "free", "wide", "only", "held", "ish",
        "esque", "based", "owned", "aged", "age", "old", "proof", "ready", "bound", "sized", "year", "day", "week", "law", "elect",
    ])

    /// Letters after a person's name and a comma that are no name of their own: "Mark Tedeschi, QC".
    static let postNominals = WordLists.keys(["qc", "kc", "sc", "mp", "obe", "mbe", "cbe", "phd", "md", "esq."])

    /// Roman numerals alone ("Title IV" leaves "IV"); "I" is the pronoun.
    static let romanNumerals = WordLists.keys(["ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"])

    /// A named storm's first word: "Cyclone Phailin", "Hurricane Katrina".
    static let stormWords = WordLists.keys(["cyclone", "hurricane", "typhoon", "storm"])

    /// Words that make a name an organisation.
    static let organisationWords = WordLists.keys([
        "union", "council", "party", "ministry", "commission", "chamber", "group", "alliance", "court", "bank",
        "agency", "committee", "office", "department", "association", "company", "corporation", "inc.", "corp.",
        "ltd.", "university", "college", "media", "foundation", "institute", "army", "navy", "police", "senate",
        "congress", "parliament", "government", "administration", "board", "campaign", "news", "times", "post",
        "gazette", "network", "federation", "confederation", "league", "club", "fund", "service", "forces", "guard", "authority",
        "organization", "organisation", "school", "hospital", "church", "centre", "center", "press", "tribune",
        "journal", "herald", "telegraph", "daily", "reuters", "associated", "cabinet", "assembly",
        "coalition", "movement", "front", "brigade", "regime", "bureau", "inc", "llc", "library", "museum", "academy",
        "society",
    ] + companyWords)

    /// Last words of a company's name, by which it is then called by its first word alone:
    /// "Veltron Semiconductor" then "Veltron", "Acme Industries" then "Acme".
    static let companyWords = [
        "corporation", "corp", "corp.", "inc", "inc.", "ltd", "ltd.", "llc", "plc", "semiconductor", "semiconductors",
        "motors", "airlines", "airways", "pharmaceuticals", "technologies", "industries", "holdings", "electronics",
        "laboratories", "banco", "banca", "banque",
    ]
    static let companyWordKeys = WordLists.keys(companyWords)

    /// Nouns that say a body is what follows them: "the shipping company Maersk", "the newspaper
    /// Le Monde", "the law firm Stewart McKelvey". Only kinds of body: not words that also
    /// qualify other nouns ("broke the news Laurie…", "a liquor cabinet Parker…", in GAP) or that
    /// name a person's trade ("the developer").
    static let organisationNouns = WordLists.keys([
        "company", "corporation", "firm", "group", "party", "union", "agency", "bank", "newspaper", "magazine",
        "tabloid", "broadcaster", "network", "carmaker", "automaker", "airline", "carrier", "insurer", "lender",
        "retailer", "startup", "conglomerate", "regulator", "watchdog", "charity", "manufacturer", "giant", "chain",
        "band", "club", "league", "university", "museum", "foundation", "institute", "association", "alliance",
        "coalition", "movement", "ministry", "commission", "committee", "militia", "organisation", "organization",
    ])

    /// Lower-case words inside an organisation's name: "Chamber of Commerce", "Securities and Exchange Commission".
    static let organisationJoiners = WordLists.keys(["of", "and", "for", "&", "on"])


    /// Words that open a clause before the main one: "During his term, Trump …".
    static let clauseOpeners = WordLists.keys([
        "during", "while", "when", "after", "before", "since", "although", "though", "despite", "as", "in",
        "upon", "because", "if", "unlike", "like", "throughout", "following", "within", "until", "once",
    ])

    /// Words and marks that end one clause and begin another, for the resolver's "same clause"
    /// cue: "him" is seldom the subject of its own clause ("Gasazi tells him"). "And" is no
    /// boundary, so that a shared subject keeps its clause ("… and throws him out").
    static let clauseBoundaries = WordLists.keys([
        ",", ";", ":", "(", ")", "\"", "``", "''", "--", "–", "—", "that", "who", "whom", "which", "when", "while",
        "because", "after", "before", "if", "but", "although", "though", "as", "since", "until", "where", "whose",
    ])

    /// Words capitalised only because they open a sentence, never a name's first word there:
    /// "Like Vernet, Bonavia painted …", "Although Dowson was registered …".
    static let sentenceOpeners = clauseOpeners.union(WordLists.keys([
        "and", "but", "or", "so", "then", "also", "however", "meanwhile", "yet", "at", "on", "for", "from", "by", "of", "to",
        "with", "without", "among", "according", "under", "over", "between", "through", "against", "toward", "towards",
        "whether", "whereas", "both", "only", "even", "this", "that", "these", "those", "such", "each", "every", "some",
        "many", "most", "all", "his", "her", "their", "its", "our", "my", "your", "later", "after", "here", "there",
    ]))

    /// Verbs whose subject is a government when it is a capital: "Beijing warned".
    static let governmentVerbs = WordLists.keys([
        "said", "says", "say", "warned", "warns", "announced", "announces", "accused", "accuses", "denied", "denies",
        "insisted", "insists", "urged", "urges", "demanded", "demands", "condemned", "condemns", "rejected", "rejects",
        "responded", "responds", "criticized", "criticised", "criticizes", "criticises", "threatened", "threatens",
        "vowed", "vows", "pledged", "pledges", "agreed", "agrees", "refused", "refuses", "wants", "sought", "seeks",
        "claimed", "claims", "signed", "signs", "imposed", "imposes", "sanctioned", "blamed", "blames", "called",
        "calls", "told", "believes", "hopes", "fears", "considers", "plans", "expelled", "recalled", "protested",
        "welcomed", "welcomes", "approved", "approves", "declined", "declared", "declares", "ordered", "orders",
        "retaliated", "summoned", "backed", "backs", "supports", "supported", "opposes", "opposed", "argued", "argues",
        "stated", "states", "added", "noted", "suggested", "promised", "promises", "confirmed", "confirms",
        "failed", "fails", "ignored", "ignores", "betrayed", "abandoned", "chose", "chosen", "decided", "decides", "launched",
        "fired", "wanted", "respected", "respects", "congratulated", "congratulates", "praised", "praises", "hailed", "hails",
        "dismissed", "dismisses", "recognised", "recognized", "recognises", "recognizes", "expressed", "expresses",
        "reiterated", "reiterates", "stressed", "stresses", "regards", "views", "intends", "hoped", "feared",
        // After "is" or "was": "Berlin is putting its industry first", "Moscow was trying to".
        "saying", "warning", "accusing", "demanding", "insisting", "urging", "refusing", "seeking", "trying", "pushing",
        "putting", "playing", "blocking", "pressing", "threatening", "backing", "supporting", "opposing", "signalling",
        "signaling", "ignoring", "stalling", "sabotaging", "undermining", "negotiating", "dragging",
        // A government's attitude after "is" or "was": "Tokyo was concerned".
        "concerned", "worried", "willing", "determined", "committed", "disappointed", "furious", "unhappy",
    ])

    /// Verbs whose object is a government when it is a capital: "accused Beijing of", "urged
    /// Washington to". Judging and pressing only: "visited Beijing" and "attacked Kyiv" are cities.
    static let governmentObjectVerbs = WordLists.keys([
        "accused", "accuses", "accusing", "urged", "urges", "urging", "blamed", "blames", "blaming", "criticized",
        "criticised", "criticizes", "criticises", "criticizing", "criticising", "condemned", "condemns", "warned",
        "warns", "warning", "praised", "praises", "thanked", "thanks", "pressed", "pressing", "pressured", "lobbied",
        "rebuked", "slammed", "sanctioned",
    ])

    /// Auxiliaries between a capital and its verb: "Washington has imposed".
    static let auxiliaries = WordLists.keys(["has", "have", "had", "will", "would", "could", "may", "might", "must", "should", "is", "was", "did", "does", "also", "again"])

    /// Lower-case particles inside surnames: "von der Leyen", "de Gaulle", "bin Salman", "da Silva".
    static let surnameParticles = WordLists.keys(["von", "van", "der", "den", "de", "du", "des", "la", "le", "di", "da", "dos", "do", "bin", "ibn", "al", "el", "ter", "ten", "zu"])

    /// Modals after a capital make it the government: "Beijing would take all necessary measures".
    static let modals = WordLists.keys(["will", "would", "could", "should", "may", "might", "must", "cannot", "can"])

    /// What one government gives or does to another, before "to", "for", "on" or "against" and a
    /// capital: "support to Kyiv", "aid for Kyiv", "sanctions on Moscow".
    static let aidAndPressure = WordLists.keys([
        "support", "aid", "assistance", "weapons", "arms", "funding", "loans", "help", "backing", "supplies", "sanctions",
        "pressure", "ultimatum", "demands", "concessions", "warning", "message", "messages",
    ])

    /// Relations a government has "with" another: "closer ties with Beijing".
    static let relations = WordLists.keys([
        "ties", "relations", "talks", "negotiations", "dialogue", "cooperation", "agreement", "deal", "dispute", "tensions",
        "trade", "alliance", "partnership", "rift", "standoff", "issue",
    ])

    /// Pronouns, which the tagger may take for a one-word name at a sentence's start ("I").
    static let pronouns = WordLists.keys(["i", "we", "you", "he", "she", "it", "they", "me", "us", "him", "her", "them", "my", "our", "your", "his", "its", "their"])

    static let possessivePronouns = WordLists.keys(["his", "her"])
    static let herKey = TokenKey.of("her")
    static let himKey = TokenKey.of("him")
    static let subjectPronouns = WordLists.keys(["he", "she"])

    static let personPronouns = WordLists.keys(["he", "him", "his", "she", "her", "hers", "himself", "herself"])
}

/// A person's grammatical gender, as pronouns and gendered titles state it.
enum Gender: Sendable {
    case male, female

    init?(pronoun key: UInt64) {
        if Self.malePronouns.contains(key) { self = .male } else if Self.femalePronouns.contains(key) { self = .female } else { return nil }
    }

    init?(title: String) {
        let key = TokenKey.of(title.lowercased())
        if Self.maleTitles.contains(key) { self = .male } else if Self.femaleTitles.contains(key) { self = .female } else { return nil }
    }

    private static let malePronouns = WordLists.keys(["he", "him", "his", "himself"])
    private static let femalePronouns = WordLists.keys(["she", "her", "hers", "herself"])
    private static let maleTitles = WordLists.keys([
        "mr.", "mr", "spokesman", "councilman", "chairman", "king", "prince", "sir", "lord", "emperor", "sheikh", "rabbi",
    ])
    private static let femaleTitles = WordLists.keys([
        "mrs.", "ms.", "mrs", "ms", "miss", "dame", "spokeswoman", "councilwoman", "chairwoman", "queen", "princess", "lady",
    ])
}
