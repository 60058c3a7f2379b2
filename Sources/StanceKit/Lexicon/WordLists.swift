/// Closed word classes used by the valence rules and the target-aware features.
/// Lower-case; contractions are listed as the tokenizer splits them ("n't").
public enum WordLists {
    public static let negators: [String] = [
        "not", "n't", "no", "never", "nothing", "nobody", "none", "neither", "nor", "nowhere",
        "without", "cannot", "hardly", "barely", "scarcely", "lack", "lacks", "lacked", "lacking",
        "dont", "doesnt", "didnt", "isnt", "wasnt", "arent", "werent", "cant", "couldnt", "wont",
        "wouldnt", "shouldnt", "aint", "neednt", "rarely", "seldom",
    ]

    public static let boosters: [String] = [
        "very", "really", "extremely", "highly", "deeply", "greatly", "hugely", "incredibly",
        "absolutely", "completely", "totally", "utterly", "entirely", "especially", "particularly",
        "remarkably", "exceptionally", "enormously", "fully", "thoroughly", "seriously", "strongly",
        "vehemently", "truly", "so", "too", "most", "more", "much", "considerably", "substantially",
        "tremendously", "intensely", "exceedingly", "immensely", "sharply", "fiercely", "bitterly",
    ]

    public static let dampeners: [String] = [
        "slightly", "somewhat", "marginally", "partly", "partially", "less", "fairly", "rather",
        "occasionally", "mildly", "modestly", "little", "kinda", "sorta", "relatively",
    ]

    /// After these, the clause that follows carries the sentence's sentiment.
    public static let contrast: [String] = ["but", "however", "yet", "nevertheless", "nonetheless", "though", "although"]

    /// Punctuation that ends the reach of a negator and bounds a clause.
    public static let clauseBreaks: [String] = [",", ";", ":", ".", "!", "?", "(", ")", "\"", "\u{201C}", "\u{201D}", "\u{2014}", "\u{2013}"]

    /// Verbs of saying and evaluating: "X said", "X criticized Y", "according to X".
    public static let reportingVerbs: [String] = [
        "said", "says", "say", "saying", "told", "tells", "stated", "states", "claimed", "claims",
        "argued", "argues", "added", "noted", "notes", "wrote", "writes", "according", "criticized",
        "criticised", "criticizes", "accused", "accuses", "praised", "praises", "blamed", "blames",
        "warned", "warns", "urged", "urges", "questioned", "questions", "dismissed", "dismisses",
        "condemned", "condemns", "slammed", "slams", "attacked", "attacks", "defended", "defends",
        "called", "calls", "insisted", "insists", "denied", "denies", "alleged", "alleges",
        "suggested", "suggests", "announced", "explained", "emphasized", "emphasised", "highlighted",
        "lauded", "hailed", "applauded", "thanked", "welcomed", "rejected", "rejects", "mocked",
        "ridiculed", "blasted", "denounced", "decried", "charged", "asked", "acknowledged", "admitted",
        "conceded", "vowed", "promised", "tweeted", "complained", "expressed", "declared", "reiterated",
        "stressed", "countered", "responded", "replied", "predicted", "believes", "believed", "thinks",
    ]

    static let negatorKeys = keys(negators)
    static let boosterKeys = keys(boosters)
    static let dampenerKeys = keys(dampeners)
    static let contrastKeys = keys(contrast)
    static let clauseBreakKeys = keys(clauseBreaks)
    static let reportingVerbKeys = keys(reportingVerbs)

    static func keys(_ words: [String]) -> Set<UInt64> { Set(words.map(TokenKey.of)) }
}
