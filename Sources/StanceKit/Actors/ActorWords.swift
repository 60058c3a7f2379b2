/// Word classes for finding actors in text. Lower-case; looked up by token key.
enum ActorWords {
    /// Capitalised words that start sentences or stand before names but are not names.
    static let notNames = WordLists.keys([
        "the", "a", "an", "in", "on", "at", "for", "during", "while", "despite", "however", "furthermore",
        "meanwhile", "moreover", "these", "this", "that", "those", "it", "its", "he", "she", "they", "we",
        "i", "you", "his", "her", "their", "our", "my", "your", "but", "and", "or", "if", "when", "after",
        "before", "since", "as", "with", "without", "although", "though", "because", "yet", "so", "some",
        "many", "most", "such", "there", "here", "what", "who", "why", "how", "where", "also", "still",
        "even", "according", "under", "over", "between", "among", "from", "to", "by", "of", "both", "all",
        "any", "each", "every", "other", "another", "now", "then", "today", "yesterday", "tomorrow", "tonight",
        "last", "next", "earlier", "later", "once", "while", "instead", "indeed", "thus", "overall", "additionally",
        "related", "breaking", "update", "exclusive", "opinion", "analysis", "watch", "read", "new", "more",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.",
        "nov.", "dec.", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    ])

    /// Titles and roles: stripped from the front of a name and recorded as the actor's role.
    static let roles = WordLists.keys([
        "president", "vice", "prime", "minister", "senator", "sen.", "rep.", "representative", "gov.",
        "governor", "mayor", "councilman", "councilwoman", "councillor", "chancellor", "secretary",
        "spokesman", "spokeswoman", "spokesperson", "chief", "director", "general", "gen.", "dr.", "mr.",
        "mrs.", "ms.", "king", "queen", "prince", "princess", "pope", "judge", "justice", "ambassador",
        "attorney", "ceo", "chairman", "chairwoman", "chair", "speaker", "leader", "commissioner", "former",
        "lawyer", "candidate", "founder", "head", "premier", "deputy", "acting", "sir", "lord", "lady",
        "professor", "prof.", "officer", "captain", "colonel", "lt.", "sgt.", "adm.", "admiral", "envoy",
        "analyst", "economist", "president-elect", "emperor", "sheikh", "rabbi", "bishop", "reverend", "rev.",
    ])

    /// Words that make a name an organisation.
    static let organisationWords = WordLists.keys([
        "union", "council", "party", "ministry", "commission", "chamber", "group", "alliance", "court", "bank",
        "agency", "committee", "office", "department", "association", "company", "corporation", "inc.", "corp.",
        "ltd.", "university", "college", "media", "foundation", "institute", "army", "navy", "police", "senate",
        "congress", "parliament", "government", "administration", "board", "campaign", "news", "times", "post",
        "gazette", "network", "federation", "league", "club", "fund", "service", "forces", "guard", "authority",
        "organization", "organisation", "school", "hospital", "church", "centre", "center", "press", "tribune",
        "journal", "herald", "telegraph", "daily", "reuters", "associated", "cabinet", "assembly",
        "coalition", "movement", "front", "brigade", "regime", "bureau", "inc", "llc",
    ])

    /// Lower-case words that may join capitalised words inside one name ("Chamber of Commerce").
    static let connectors = WordLists.keys(["of", "de", "da", "del", "della", "di", "du", "van", "von", "der", "bin", "al", "la", "le", "y", "for", "on"])

    /// Words that open a clause before the main one: "During his term, Trump …".
    static let clauseOpeners = WordLists.keys([
        "during", "while", "when", "after", "before", "since", "although", "though", "despite", "as", "in",
        "upon", "because", "if", "unlike", "like", "throughout", "following", "within", "until", "once",
    ])

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
        "mr.", "spokesman", "councilman", "chairman", "king", "prince", "sir", "lord", "emperor", "sheikh", "rabbi",
    ])
    private static let femaleTitles = WordLists.keys([
        "mrs.", "ms.", "spokeswoman", "councilwoman", "chairwoman", "queen", "princess", "lady",
    ])
}
