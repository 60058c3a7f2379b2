/// What makes a mention the source of a statement, read from the words around it. One module
/// for both uses: the stance model's role features (`TargetRoleExtractor`: a speaker's
/// sentiment is seldom the sentiment toward them) and the article's holder → target edges
/// (`StanceFinder`: the speaker holds the stance toward what the statement is about).
struct SpeakerCue: Equatable {
    enum Kind: Equatable {
        /// "X said", "X also criticized", "X, who has warned", "X, a spokeswoman, said", "X,
        /// thanked" after an apposition, "X of Illinois said".
        case verbAfter
        /// "…," said X: the statement comes before the verb.
        case verbBefore
        /// "according to X".
        case accordingTo
    }

    var kind: Kind
    /// The verb's token; nil for "according to".
    var verb: Int?

    /// Longest apposition between a speaker and the verb, in tokens: "X, a senior economist at the
    /// institute, said".
    static let maxAppositionTokens = 10
    /// Words allowed between a speaker and the verb: "Peskov also criticized", "he has urged".
    static let maxWordsBeforeVerb = 3
    /// Verbs of saying that may follow a quote: "…," said Peskov. (Not "thanked", which after a
    /// comma has its own subject: "Its director, Raman, thanked Vasquez".)
    static let sayVerbs = WordLists.keys(["said", "says", "added", "told", "wrote", "asked", "noted", "insisted", "explained", "stated", "continued", "replied", "warned", "argued"])
    /// Words that attach a place or body to a speaker's name: "Bonnie Grabenhofer of Illinois".
    static let qualifiers = WordLists.keys(["of", "from"])
    /// Prepositions whose object is part of another's phrase, never a speaker before ", said":
    /// "Maria Santos, a spokeswoman for the organisation, said" is Santos speaking.
    static let prepositions = WordLists.keys(["for", "of", "from", "with", "at", "in", "by", "to", "on"])
    /// Prepositions of place: a name after one (or after "and" following one) is where the
    /// speakers are, not who speaks: "Exporters in Perth and Adelaide said".
    static let placePrepositions = WordLists.keys(["in", "at", "on", "to", "from", "near", "across", "around", "inside", "within", "throughout"])
    static let conjunctions = WordLists.keys(["and", "or"])
    static let subjectPronouns = WordLists.keys(["he", "she", "they", "we", "i", "it"])
    /// The other personal pronouns, which no more name a speaker after "said" ("said her colleagues").
    static let otherPronouns = WordLists.keys(["him", "his", "her", "its", "them", "their", "us", "our", "me", "my"])
    static let accordingKey = TokenKey.of("according")
    static let toKey = TokenKey.of("to")
    static let whoKey = TokenKey.of("who")
    static let asKey = TokenKey.of("as")
    /// Words that, after a comma, can open another speaker's statement: ", while Germany warned".
    static let statementJoiners = WordLists.keys(["while", "whereas", "but", "and"])
    /// Joiners that always open a clause with a subject of its own.
    static let contrasts = WordLists.keys(["while", "whereas"])
    /// Quotation marks, straight and curly.
    static let openingQuoteKey = TokenKey.of("“")
    static let closingQuoteKey = TokenKey.of("”")
    static let quoteMarks = WordLists.keys(["\"", "“", "”"])
    /// What ends a quotation its speaker's name follows: `…,” Macron said`, `…?” she asked`.
    static let quoteEnds = WordLists.keys([",", "?", "!"])
    /// Participles after a comma with which news tells what a statement did, not what it said
    /// (", saying", ", adding", ", calling it" go on with the speaker's words).
    static let consequences = WordLists.keys([
        "deepening", "widening", "prompting", "sparking", "triggering", "fueling", "fuelling", "sending", "escalating",
        "heightening", "underscoring", "highlighting", "marking", "raising", "reigniting", "drawing",
    ])

    /// Whether the tokens at `start` say how long before or after something: "two days after",
    /// "hours before", "a few weeks after" (not "after" alone: "said, after the meeting, that …").
    static func opensTimeClause(_ start: Int, _ tokens: [Token], _ end: Int) -> Bool {
        var i = start
        while i < min(end, start + 2), tokens[i].kind == .number || timeAmounts.contains(tokens[i].key) { i += 1 }  // "a few"
        guard i + 1 < end, timeUnits.contains(tokens[i].key) else { return false }
        return timeLinks.contains(tokens[i + 1].key)
    }

    static let timeAmounts = WordLists.keys(["a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "just", "only", "several", "few"])
    static let timeUnits = WordLists.keys([
        "minutes", "minute", "hours", "hour", "days", "day", "weeks", "week", "months", "month", "years", "year",
    ])
    static let timeLinks = WordLists.keys(["after", "before", "since"])

    /// How far after its verb another statement is looked for: far enough for any sentence of
    /// news, and a bound that keeps a sentence of a million names linear.
    static let maxStatementTokens = 100

    /// Lower-case words allowed between a joiner and the next speaker's name: ", and its
    /// president Nick Clegg called", ", while the West said".
    static let maxWordsBeforeSpeaker = 3

    /// Where the statement that starts at `start` ends before the sentence does (a comma), or nil:
    /// at another speaker's statement ("The EU urged talks, while Germany warned that…"), at
    /// the writer's account of its effect ("Macron accused Germany of blocking a deal, deepening a
    /// rift that has overshadowed the EU's summit": the EU is no target of Macron's) or of its
    /// time ("Chelsea dismissed its manager, two days after Wrexham knocked the club out").
    static func statementEnd(after start: Int, tokens: [Token], classes: [WordClass], sentence: Range<Int>) -> Int? {
        let limit = min(sentence.upperBound, start + maxStatementTokens)
        var i = start
        while i + 1 < limit {
            if tokens[i].key == TokenKey.comma, consequences.contains(tokens[i + 1].key) || opensTimeClause(i + 1, tokens, limit) { return i }
            // ", as a regional summit ended without agreement": the writer's time, not the statement.
            if i + 2 < limit, tokens[i].key == TokenKey.comma, tokens[i + 1].key == asKey, ActorWords.articles.contains(tokens[i + 2].key) { return i }
            if i + 2 < limit, tokens[i].key == TokenKey.comma, statementJoiners.contains(tokens[i + 1].key) {
                var name = i + 2
                while name < min(sentence.upperBound, i + 2 + maxWordsBeforeSpeaker), tokens[name].kind == .word, !tokens[name].isCapitalized { name += 1 }
                var end = name
                while end < sentence.upperBound, tokens[end].kind == .word, tokens[end].isCapitalized { end += 1 }
                // A "while" clause that runs to the sentence's end is another subject's, whatever
                // its verb (", while the Los Angeles Times quoted an investor"); one closed by a
                // comma is inside the statement (", while Kyiv stalls, are pointless").
                let closing = contrasts.contains(tokens[i + 1].key) && !tokens[end..<sentence.upperBound].contains { $0.key == TokenKey.comma }
                if end > name, closing || find(mention: name..<end, tokens: tokens, classes: classes, sentence: sentence)?.kind == .verbAfter {
                    return i
                }
            }
            i += 1
        }
        return nil
    }

    /// The cue that makes the mention at `mention` (a token range inside `sentence`) a speaker,
    /// or nil. `classes` are the tokens' `WordLists.wordClass`. With `inArticle` (the article
    /// pipeline's actors and edges), a date between the speaker and the verb is passed over
    /// ("Warren on Wednesday accused"), and so is a relative clause with verbs of its own ("The
    /// IMF, which has urged Kenya to raise revenue, said"); the stance model's role features
    /// were trained without them.
    static func find(mention: Range<Int>, tokens: [Token], classes: [WordClass], sentence: Range<Int>, inArticle: Bool = false) -> SpeakerCue? {
        let (first, afterLast) = (mention.lowerBound, mention.upperBound)
        guard first < sentence.upperBound else { return nil }
        // "Grabenhofer of Illinois said", "Carter of the University of Manchester praised": the
        // place or body qualifies the speaker; it is not one.
        let before = ActorWords.tokenBefore(first, pastArticle: tokens, sentence)
        if before > sentence.lowerBound, qualifiers.contains(tokens[before].key), tokens[before - 1].isCapitalized { return nil }
        var i = afterLast
        if i + 1 < sentence.upperBound, qualifiers.contains(tokens[i].key) {
            let start = i + 2 < sentence.upperBound && ActorWords.articles.contains(tokens[i + 1].key) ? i + 2 : i + 1
            if tokens[start].isCapitalized {
                i = start
                while i < sentence.upperBound, tokens[i].kind == .word, tokens[i].isCapitalized
                    || (ActorWords.organisationJoiners.contains(tokens[i].key) && i + 1 < sentence.upperBound && tokens[i + 1].isCapitalized)
                {
                    i += 1
                }
            }
        }
        let afterPreposition = first > sentence.lowerBound && prepositions.contains(tokens[first - 1].key)
        if !afterPreposition, i + 1 < sentence.upperBound, tokens[i].key == TokenKey.comma, classes[i + 1].contains(.reportingVerb) {
            return SpeakerCue(kind: .verbAfter, verb: i + 1)
        }
        // "X, a spokeswoman for the agency, said": an apposition between commas, then the verb.
        if !afterPreposition, i < sentence.upperBound, tokens[i].key == TokenKey.comma,
            let close = (i + 1..<min(sentence.upperBound, i + 2 + maxAppositionTokens)).first(where: { tokens[$0].key == TokenKey.comma }),
            close > i + 1, close + 1 < sentence.upperBound, classes[close + 1].contains(.reportingVerb),
            !(i + 1..<close).contains(where: { tokens[$0].kind == .punctuation }),
            inArticle && relativePronouns.contains(tokens[i + 1].key) || !(i + 1..<close).contains(where: { classes[$0].contains(.reportingVerb) })
        {
            return SpeakerCue(kind: .verbAfter, verb: close + 1)
        }
        // "Exporters in Perth said": where the speakers are (unless a qualifier makes it a speaker's
        // name: "Voters in Illinois and Grabenhofer of Illinois said").
        let placeOfSpeakers = i == afterLast && !mention.contains { qualifiers.contains(tokens[$0].key) } && isPlaceOfSpeakers(first, tokens, sentence)
        // "X, who has warned": the relative clause's verb.
        if i + 1 < sentence.upperBound, tokens[i].key == TokenKey.comma, tokens[i + 1].key == whoKey { i += 1 }
        var words = 0
        while !placeOfSpeakers, i < sentence.upperBound, words <= maxWordsBeforeVerb {
            if inArticle, let after = dateEnd(at: i, tokens, sentence) {
                i = after
                continue
            }
            if tokens[i].kind == .punctuation { break }
            if classes[i].contains(.reportingVerb) { return SpeakerCue(kind: .verbAfter, verb: i) }
            if !classes[i].contains(.speakerAdverb) { break }
            i += 1
            words += 1
        }
        // Not a pronoun: in "…, a senior economist, said she expected" the statement follows "she"
        // (in an article, nor "her": "…, a senior leader of the party, said her colleagues").
        // Nor after a name in apposition: in "A spokeswoman for the agency, Ingrid Larsen, said the
        // commission …" Larsen speaks.
        // Nor, in an article, before a verb of its own: "…, speaking on Sky Sports, said Guardiola
        // should focus" reports what Guardiola should do.
        if first - 1 > sentence.lowerBound, sayVerbs.contains(tokens[first - 1].key), tokens[first - 2].kind == .punctuation,
            !(mention.count == 1 && (subjectPronouns.contains(tokens[first].key) || inArticle && otherPronouns.contains(tokens[first].key))),
            !(tokens[first - 2].key == TokenKey.comma && endsApposition(first - 2, tokens, sentence)),
            !(inArticle && afterLast < sentence.upperBound && (ActorWords.modals.contains(tokens[afterLast].key) || ActorWords.auxiliaries.contains(tokens[afterLast].key)))
        {
            return SpeakerCue(kind: .verbBefore, verb: first - 1)
        }
        if first - 2 >= sentence.lowerBound, tokens[first - 1].key == toKey, tokens[first - 2].key == accordingKey {
            return SpeakerCue(kind: .accordingTo, verb: nil)
        }
        return nil
    }

    /// Where a date starting at `i` ends, or nil: "on Wednesday", "on March 3", "yesterday",
    /// "last week".
    static func dateEnd(at i: Int, _ tokens: [Token], _ sentence: Range<Int>) -> Int? {
        if dayWords.contains(tokens[i].key) { return i + 1 }
        guard i + 1 < sentence.upperBound else { return nil }
        if tokens[i].key == onKey, ActorWords.calendarWords.contains(tokens[i + 1].key) {
            return i + 2 < sentence.upperBound && tokens[i + 2].kind == .number ? i + 3 : i + 2
        }
        if lastOrThis.contains(tokens[i].key), periods.contains(tokens[i + 1].key) || ActorWords.calendarWords.contains(tokens[i + 1].key) { return i + 2 }
        return nil
    }

    static let dayWords = WordLists.keys(["yesterday", "today", "tonight"])
    static let lastOrThis = WordLists.keys(["last", "this"])
    static let periods = WordLists.keys(["week", "weekend", "month", "year"])
    static let onKey = TokenKey.of("on")

    /// Whether the token at `first` is inside a relative clause opened after a comma (", who
    /// directs the …"), read back to the clause's comma (at most `maxStatementTokens`).
    static func isInRelativeClause(_ first: Int, _ tokens: [Token], _ sentence: Range<Int>) -> Bool {
        var i = first - 1
        while i > max(sentence.lowerBound, first - maxStatementTokens), tokens[i].kind != .punctuation { i -= 1 }
        return i >= sentence.lowerBound && tokens[i].key == TokenKey.comma && relativePronouns.contains(tokens[i + 1].key)
    }

    static let relativePronouns = WordLists.keys(["who", "which", "whose"])

    /// Whether the comma between the mention and the cue's verb closes a relative clause or a
    /// preposition's phrase the mention stands in ("SoftBank, which owns Arm, said"; "Herrera,
    /// director of the Tenants Union, accused"): the verb is another's.
    static func closesClause(_ cue: SpeakerCue, _ mention: Range<Int>, _ tokens: [Token], _ sentence: Range<Int>) -> Bool {
        cue.kind == .verbAfter && cue.verb == mention.upperBound + 1 && tokens[mention.upperBound].key == TokenKey.comma
            && (isInRelativeClause(mention.lowerBound, tokens, sentence) || followsPreposition(mention.lowerBound, tokens, sentence))
    }

    /// Whether a preposition comes just before the token at `first`, an article, or a possessor
    /// and "own", between them or not ("the leader of Yoon's own People Power Party").
    static func followsPreposition(_ first: Int, _ tokens: [Token], _ sentence: Range<Int>) -> Bool {
        let before = tokenBefore(first, tokens, sentence)
        return before >= sentence.lowerBound && prepositions.contains(tokens[before].key)
    }

    /// The token before the phrase of the name at `first`: past an article, or a possessor and
    /// "own" ("of Yoon's own People Power Party" → "of"); below the sentence when there is none.
    static func tokenBefore(_ first: Int, _ tokens: [Token], _ sentence: Range<Int>) -> Int {
        var before = ActorWords.tokenBefore(first, pastArticle: tokens, sentence)
        if before > sentence.lowerBound, tokens[before].key == ownKey { before -= 1 }
        if before > sentence.lowerBound, tokens[before].key == TokenKey.possessive {
            before -= 1
            while before > sentence.lowerBound, tokens[before - 1].kind == .word, tokens[before - 1].isCapitalized { before -= 1 }
            before = ActorWords.tokenBefore(before, pastArticle: tokens, sentence)
        }
        return before
    }

    private static let ownKey = TokenKey.of("own")

    /// Whether the comma at `comma` closes a name in apposition: ", Ingrid Larsen,".
    static func endsApposition(_ comma: Int, _ tokens: [Token], _ sentence: Range<Int>) -> Bool {
        var start = comma - 1
        guard start > sentence.lowerBound, tokens[start].kind == .word, tokens[start].isCapitalized else { return false }
        while start - 1 > sentence.lowerBound, tokens[start - 1].kind == .word, tokens[start - 1].isCapitalized { start -= 1 }
        return tokens[start - 1].key == TokenKey.comma
    }

    /// Whether the name starting at `first` follows a preposition of place, itself or as the last of
    /// names joined by "and" ("in Perth and Adelaide").
    static func isPlaceOfSpeakers(_ first: Int, _ tokens: [Token], _ sentence: Range<Int>) -> Bool {
        var before = first - 1
        if before > sentence.lowerBound, conjunctions.contains(tokens[before].key) {
            before -= 1
            while before > sentence.lowerBound, tokens[before].kind == .word, tokens[before].isCapitalized { before -= 1 }
        }
        return before >= sentence.lowerBound && placePrepositions.contains(tokens[before].key)
    }

    /// The content of the statement whose source is the mention at `mention`, as a span of the
    /// text, or nil when the mention is no source: "X (also) said / criticized …" → what follows
    /// the verb; "…," said X → what precedes it; "according to X" → the rest of the sentence.
    /// "Maria van Dijk, who directs the Medical Center, said", "Lucia Herrera, director of the
    /// Tenants Union, accused": what a relative clause or a preposition in an apposition names
    /// before the comma makes no statement. (Only here: as a role feature the relative clause's
    /// rule lowered the built-in model's rw-dev macro-F1 from 0.7302 to 0.7260, so the features
    /// keep the cue they were trained with.)
    static func content(ofStatementBy mention: Range<Int>, tokens: [Token], classes: [WordClass], sentence: Range<Int>) -> TextSpan? {
        guard let cue = find(mention: mention, tokens: tokens, classes: classes, sentence: sentence, inArticle: true),
            !closesClause(cue, mention, tokens, sentence)
        else { return nil }
        let (sentenceStart, sentenceEnd) = (tokens[sentence.lowerBound].span.start, tokens[sentence.upperBound - 1].span.end)
        switch cue.kind {
        case .verbAfter:
            // "“Berlin is putting its industry first,” Macron told reporters as he arrived": what
            // was said is the quotation before the name, not what follows the verb.
            let mark = mention.lowerBound - 1
            if mark - 1 > sentence.lowerBound, quoteMarks.contains(tokens[mark].key), tokens[mark].key != openingQuoteKey,
                quoteEnds.contains(tokens[mark - 1].key)
            {
                return TextSpan(start: sentenceStart, end: tokens[mark].span.start)
            }
            let verb = cue.verb!
            guard verb + 1 < sentence.upperBound else { return nil }
            let end = statementEnd(after: verb + 1, tokens: tokens, classes: classes, sentence: sentence)
            // "Silva praised , and she said that Silva praised it": the next statement starts at
            // the verb's own comma, so this one says nothing.
            if let end, end <= verb + 1 { return nil }
            return TextSpan(start: tokens[verb + 1].span.start, end: end.map { tokens[$0 - 1].span.end } ?? sentenceEnd)
        case .verbBefore:
            return TextSpan(start: sentenceStart, end: tokens[cue.verb! - 1].span.start)
        case .accordingTo:
            return TextSpan(start: sentenceStart, end: sentenceEnd)
        }
    }
}
