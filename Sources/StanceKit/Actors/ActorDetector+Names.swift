/// How the detector reads names around the tagger's: titles, table names against tagged names,
/// capitals as governments, organisations the tagger missed.
extension ActorDetector {
    /// The title inside a person's tagged name or just before it ("Foreign Minister Carla
    /// Mendes", "spokesperson Dmitry Peskov"): its last word is a title word; before that, title
    /// words and capitalised words outside any other name ("Foreign") belong to it too.
    func title(of name: Range<Int>, _ tokens: [Token], _ sentence: Range<Int>, _ text: CodePointText, names: [Int: TaggedName])
        -> (text: String, nameStart: Int)?
    {
        var titleEnd = (name.lowerBound..<name.upperBound - 1).last { ActorWords.roles.contains(tokens[$0].key) }.map { $0 + 1 }
        if titleEnd == nil, name.lowerBound > sentence.lowerBound, ActorWords.roles.contains(tokens[name.lowerBound - 1].key) {
            titleEnd = name.lowerBound
        }
        guard let titleEnd else { return nil }
        var first = min(name.lowerBound, titleEnd - 1)
        while first > sentence.lowerBound, tokens[first - 1].kind == .word,
            ActorWords.roles.contains(tokens[first - 1].key)
                || (tokens[first - 1].isCapitalized && names[first - 1] == nil && aliasTable.longestMatch(tokens, at: first - 1, end: titleEnd) == nil)
        {
            first -= 1
        }
        return (text.string(in: TextSpan(start: tokens[first].span.start, end: tokens[titleEnd - 1].span.end)), max(name.lowerBound, titleEnd))
    }

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
    /// acting ("Beijing warned", "Washington has imposed"), a modal ("Beijing would take") or a
    /// possessive ("Moscow's response"); the agent after "by" ("aid provided by Washington"); the
    /// other side of relations ("closer ties with Beijing"); as opposed to a city ("moved from
    /// Berlin to London").
    func standsForGovernment(_ tokens: [Token], _ name: Range<Int>, _ sentence: Range<Int>) -> Bool {
        let start = name.lowerBound
        if start > sentence.lowerBound, tokens[start - 1].key == Self.byKey { return true }
        if start - 1 > sentence.lowerBound, tokens[start - 1].key == Self.withKey, ActorWords.relations.contains(tokens[start - 2].key) { return true }
        var j = name.upperBound
        if j < sentence.upperBound, ActorWords.modals.contains(tokens[j].key) { return true }
        if j < sentence.upperBound, ActorWords.auxiliaries.contains(tokens[j].key) { j += 1 }
        guard j < sentence.upperBound else { return false }
        return ActorWords.governmentVerbs.contains(tokens[j].key) || tokens[j].key == Self.possessiveKey
    }

    private static let withKey = TokenKey.of("with")
    private static let forKey = TokenKey.of("for")

    private static let byKey = TokenKey.of("by")

    private static func joinerOrArticle(_ key: UInt64) -> Bool {
        ActorWords.organisationJoiners.contains(key) || ActorWords.articles.contains(key)
    }

    /// The tagger's names, with what news capitalises around them added: a run of two or more
    /// capitalised words (joined by "of", "and", "for", "&") with an organisation word in it is an
    /// organisation ("The Chamber of Commerce welcomed"), and so is a name followed by one
    /// ("Harbor City" + "Council"); a person's name goes on over capitalised words the tagger left
    /// out ("Bonnie" + "Grabenhofer").
    static func withRuleNames(_ names: [TaggedName], _ paragraph: TokenizedParagraph) -> [TaggedName] {
        let tokens = paragraph.tokens
        var owner = [Int?](repeating: nil, count: tokens.count)
        for (n, name) in names.enumerated() { for i in name.tokens { owner[i] = n } }
        var result = names
        var added: [TaggedName] = []
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
                let run = i..<end
                i = end
                guard run.contains(where: { ActorWords.organisationWords.contains(tokens[$0].key) }) else { continue }
                let owners = Set(run.compactMap { owner[$0] })
                if owners.isEmpty, run.count >= 2 {
                    var start = run.lowerBound
                    while start < run.upperBound - 1, ActorWords.articles.contains(tokens[start].key) { start += 1 }
                    added.append(TaggedName(tokens: start..<run.upperBound, type: .organisation, confidence: ruleNameConfidence))
                } else if owners.count == 1, let n = owners.first, names[n].type != .person,
                    names[n].tokens.lowerBound >= run.lowerBound, names[n].tokens.upperBound < run.upperBound,
                    (names[n].tokens.upperBound..<run.upperBound).allSatisfy({ ActorWords.organisationWords.contains(tokens[$0].key) })
                {
                    result[n] = TaggedName(tokens: names[n].tokens.lowerBound..<run.upperBound, type: .organisation, confidence: names[n].confidence)
                }
            }
        }
        // Per token, where its sentence starts and ends.
        var sentenceOf = [Range<Int>](repeating: 0..<0, count: tokens.count)
        for sentence in paragraph.sentences { for i in sentence { sentenceOf[i] = sentence } }
        // A person's name goes on over capitalised words the tagger left out: "Bonnie" +
        // "Grabenhofer" (a rare surname), but not over a weekday or a month ("Obama Tuesday"); and
        // over the particles of a surname ("Ursula von der Leyen", "Charles de Gaulle").
        for n in result.indices where result[n].type == .person {
            var end = result[n].tokens.upperBound
            let sentenceEnd = sentenceOf[end - 1].upperBound
            while end < sentenceEnd {
                var next = end
                while next < sentenceEnd, !tokens[next].isCapitalized, ActorWords.surnameParticles.contains(tokens[next].key) { next += 1 }
                guard next < sentenceEnd, tokens[next].kind == .word, tokens[next].isCapitalized, next > end || owner[next] == nil,
                    !ActorWords.calendarWords.contains(tokens[next].key), !added.contains(where: { $0.tokens.contains(next) })
                else { break }
                end = next + 1
            }
            result[n].tokens = result[n].tokens.lowerBound..<end
        }
        // A name of a body or place goes on over "of" (a body's also over "for") and the
        // capitalised words after it ("Medical Journal of Australia", "National Library of the
        // Netherlands", "Kiel Institute for the World Economy"); a person's does not
        // ("Bonnie Grabenhofer of Illinois"). A name never ends on a joining word ("Court of").
        for n in result.indices {
            var end = result[n].tokens.upperBound
            while end - 1 > result[n].tokens.lowerBound, joinerOrArticle(tokens[end - 1].key) { end -= 1 }
            result[n].tokens = result[n].tokens.lowerBound..<end
            let sentenceEnd = sentenceOf[end - 1].upperBound
            let joins = tokens.indices.contains(end) && (tokens[end].key == Self.ofKey || (result[n].type == .organisation && tokens[end].key == Self.forKey))
            guard result[n].type != .person, end + 1 < sentenceEnd, joins else { continue }
            var j = end + 1
            if ActorWords.articles.contains(tokens[j].key) { j += 1 }
            guard j < sentenceEnd, tokens[j].kind == .word, tokens[j].isCapitalized, !ActorWords.calendarWords.contains(tokens[j].key) else { continue }
            while j < sentenceEnd, tokens[j].kind == .word,
                tokens[j].isCapitalized || (ActorWords.organisationJoiners.contains(tokens[j].key) && j + 1 < sentenceEnd && tokens[j + 1].isCapitalized)
            {
                j += 1
            }
            result[n].tokens = result[n].tokens.lowerBound..<j
        }
        // A name, "'s" and a body's name are one body: "St. Mary's Medical Center", "King's
        // College" (not a person's or a table name's: "Putin's party", "Russia's Defence Ministry").
        let byStart = Dictionary(result.indices.map { (result[$0].tokens.lowerBound, $0) }, uniquingKeysWith: { a, _ in a })
        for n in result.indices where result[n].type != .person {
            let end = result[n].tokens.upperBound
            guard end + 1 < tokens.count, sentenceOf[end] == sentenceOf[end - 1], tokens[end].key == Self.possessiveKey,
                let m = byStart[end + 1], result[m].type == .organisation,
                result[m].tokens.contains(where: { ActorWords.organisationWords.contains(tokens[$0].key) }),
                EntityTagger.placeTable.longestMatch(tokens, at: result[n].tokens.lowerBound, end: end)?.length != result[n].tokens.count
            else { continue }
            result[n] = TaggedName(tokens: result[n].tokens.lowerBound..<result[m].tokens.upperBound, type: .organisation, confidence: result[m].confidence)
        }
        // A demonym just before a body's or place's name is part of it: "Australian Centre for …",
        // "British Columbia Lottery Corporation" (not of a person's: "Brazilian Carla Mendes").
        for n in result.indices where result[n].type != .person {
            let start = result[n].tokens.lowerBound
            guard start > 0, sentenceOf[start - 1] == sentenceOf[start], owner[start - 1] == nil, tokens[start - 1].isCapitalized,
                PlaceGazetteer.demonyms.contains(tokens[start - 1].key)
            else { continue }
            result[n].tokens = start - 1..<result[n].tokens.upperBound
        }
        result = result.filter { name in !result.contains { $0.tokens != name.tokens && $0.tokens.contains(name.tokens.lowerBound) && $0.tokens.upperBound >= name.tokens.upperBound } }
        // A sentence's capitalised first word is no part of the name after it: "Like Vernet".
        let sentenceStarts = Set(paragraph.sentences.map(\.lowerBound))
        for n in result.indices where result[n].tokens.count >= 2 && sentenceStarts.contains(result[n].tokens.lowerBound)
            && ActorWords.sentenceOpeners.contains(tokens[result[n].tokens.lowerBound].key)
        {
            result[n].tokens = result[n].tokens.lowerBound + 1..<result[n].tokens.upperBound
        }
        return (result + added).sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }
}
