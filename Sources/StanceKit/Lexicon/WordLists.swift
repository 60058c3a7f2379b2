/// Closed word classes used by the valence rules and the target-aware features.
/// Lower-case; contractions are listed as the tokenizer splits them ("n't").
package enum WordLists {
    package static let negators: [String] = [
        "not", "n't", "no", "never", "nothing", "nobody", "none", "neither", "nor", "nowhere",
        "without", "cannot", "hardly", "barely", "scarcely", "lack", "lacks", "lacked", "lacking",
        "dont", "doesnt", "didnt", "isnt", "wasnt", "arent", "werent", "cant", "couldnt", "wont",
        "wouldnt", "shouldnt", "aint", "neednt", "rarely", "seldom",
    ]

    package static let boosters: [String] = [
        "very", "really", "extremely", "highly", "deeply", "greatly", "hugely", "incredibly",
        "absolutely", "completely", "totally", "utterly", "entirely", "especially", "particularly",
        "remarkably", "exceptionally", "enormously", "fully", "thoroughly", "seriously", "strongly",
        "vehemently", "truly", "so", "too", "most", "more", "much", "considerably", "substantially",
        "tremendously", "intensely", "exceedingly", "immensely", "sharply", "fiercely", "bitterly",
    ]

    package static let dampeners: [String] = [
        "slightly", "somewhat", "marginally", "partly", "partially", "less", "fairly", "rather",
        "occasionally", "mildly", "modestly", "little", "kinda", "sorta", "relatively",
    ]

    /// After these, the clause that follows carries the sentence's sentiment.
    package static let contrast: [String] = ["but", "however", "yet", "nevertheless", "nonetheless", "though", "although"]

    /// Punctuation that ends the reach of a negator and bounds a clause.
    package static let clauseBreaks: [String] = [",", ";", ":", ".", "!", "?", "(", ")", "\"", "\u{201C}", "\u{201D}", "\u{2014}", "\u{2013}"]

    /// Verbs of saying and evaluating: "X said", "X criticized Y", "according to X".
    package static let reportingVerbs: [String] = [
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

    static let speakerAdverbs: [String] = [
        "also", "later", "then", "previously", "has", "have", "had", "was", "is", "who", "recently",
        "further", "repeatedly", "once", "again",
    ]

    /// Every listed word's classes, looked up once per token.
    static let classes: KeyTable<WordClass> = {
        var table = KeyTable<WordClass>(minimumCapacity: 512)
        let lists: [([String], WordClass)] = [
            (negators, .negator), (boosters, .booster), (dampeners, .dampener), (contrast, .contrast),
            (clauseBreaks, .clauseBreak), (reportingVerbs, .reportingVerb), (speakerAdverbs, .speakerAdverb),
        ]
        for (words, wordClass) in lists {
            for word in words { table.add(TokenKey.of(word), initial: []) { $0.insert(wordClass) } }
        }
        return table
    }()

    @inline(__always)
    static func wordClass(of key: UInt64) -> WordClass { classes[key] ?? [] }

    static func keys(_ words: [String]) -> KeySet { KeySet(words.map(TokenKey.of)) }
}

/// The closed classes a word belongs to (see `WordLists`).
package struct WordClass: OptionSet, Sendable {
    package let rawValue: UInt8
    package init(rawValue: UInt8) { self.rawValue = rawValue }

    package static let negator = WordClass(rawValue: 1 << 0)
    package static let booster = WordClass(rawValue: 1 << 1)
    package static let dampener = WordClass(rawValue: 1 << 2)
    package static let contrast = WordClass(rawValue: 1 << 3)
    package static let clauseBreak = WordClass(rawValue: 1 << 4)
    package static let reportingVerb = WordClass(rawValue: 1 << 5)
    package static let speakerAdverb = WordClass(rawValue: 1 << 6)
}
