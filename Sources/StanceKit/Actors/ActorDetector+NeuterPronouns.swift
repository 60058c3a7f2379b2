/// "It" and "its" for a body or a country, by rule, only where the words point at the one meant
/// (most "it"s are things, plans or the weather, and stay unlinked):
/// - after a body's verb of saying: "Toyota said on Tuesday it would recall …";
/// - "its" in the clause a body or country opens, with no other body or place named between
///   them but as a setting: "The FBI had tried to keep the public from learning details of its
///   relationship with Steele", "Iran does not recognize dual citizenship for its nationals";
///   not "The EU fined Google for abusing its dominance";
/// - "Its" opening a sentence after one that such a name opened: "The European Commission said it
///   was studying the plan. Its energy commissioner …".
/// The person pronouns are the resolver's (`ActorDetector+Pronouns`).
extension ActorDetector {
    /// An "it" or "its" and the candidate whose actor it means, if that actor is a body or a place.
    struct NeuterPronoun {
        var paragraph: Int
        var span: TextSpan
        var sentence: TextSpan
        var text: String
        /// Index into the article's candidates.
        var antecedent: Int
        /// For "its" before a post and a name, the name's candidate: the body's officer, who
        /// speaks for it ("Its spokeswoman, Julie Kozack, said").
        var officer: Int? = nil
    }

    /// The neuter pronouns of `sentence` from token `start` on whose antecedent the words give.
    /// `current` are the indices in `candidates` of the sentence's candidates; `previous`, the
    /// paragraph's sentence before it and its candidates.
    static func neuterPronouns(
        in tokens: [Token], _ sentence: Range<Int>, from start: Int, _ text: CodePointText, paragraph: Int,
        candidates: [Candidate], current: Range<Int>, previous: (sentence: Range<Int>, candidates: Range<Int>)?
    ) -> [NeuterPronoun] {
        var found: [NeuterPronoun] = []
        for i in start..<sentence.upperBound where tokens[i].key == itKey || tokens[i].key == itsKey {
            var antecedent = current.last { c in
                guard let verb = candidates[c].speakerVerb, !candidates[c].isPronoun, candidates[c].tokens.upperBound <= verb else { return false }
                return verb < i && i - verb <= speakerReach
            }
            let officer = tokens[i].key == itsKey ? officer(after: i, tokens, sentence, candidates, current) : nil
            if antecedent == nil, tokens[i].key == itsKey {
                // A body's officer may be named in the next clause: "The Federal Reserve left rates
                // unchanged, and its chair, Jerome Powell, warned".
                antecedent = i == sentence.lowerBound
                    ? previous.flatMap { subject(candidates, $0.candidates, opening: $0.sentence, before: nil, tokens) }
                    : subject(candidates, current, opening: start..<sentence.upperBound, before: i, acrossClauses: officer != nil, tokens)
            }
            guard let antecedent else { continue }
            let span = tokens[i].span
            found.append(NeuterPronoun(
                paragraph: paragraph, span: span, sentence: TextSpan(start: tokens[sentence.lowerBound].span.start, end: tokens[sentence.upperBound - 1].span.end),
                text: text.string(in: span), antecedent: antecedent, officer: officer))
        }
        return found
    }

    /// The name that opens `sentence` (its candidates `indices`; after an article at most), when
    /// no other body or place is named after it but as a setting, as another's part or in a
    /// relative clause ("The IMF, which has urged Kenya to …, said …. Its spokeswoman"); with
    /// `end` (the pronoun's token), only up to it, and with no clause boundary between them ("…
    /// released a report that received little attention despite its provocative assertion" is
    /// the report's) but commas when `acrossClauses` ("…, and its chair, Jerome Powell"; not
    /// "Kenya's attorney general warned that the opposition's move to inaugurate its leader").
    private static func subject(
        _ candidates: [Candidate], _ indices: Range<Int>, opening sentence: Range<Int>, before end: Int?, acrossClauses: Bool = false, _ tokens: [Token]
    ) -> Int? {
        // The candidate's type is the tagger's; the actor's, checked when linking, is the vote of its mentions.
        guard let first = indices.first, !candidates[first].isPronoun, !candidates[first].isPossessor else { return nil }
        // "The South Korean company said …. Its chairman": a demonym before a noun only qualifies
        // the subject.
        if candidates[first].nextWord == .word, PlaceGazetteer.demonyms.contains(TokenKey.of(candidates[first].text)) { return nil }
        let start = candidates[first].tokens.lowerBound
        guard start == sentence.lowerBound || start - 1 == sentence.lowerBound && ActorWords.articles.contains(tokens[start - 1].key) else { return nil }
        if let end, (candidates[first].tokens.upperBound..<end).contains(where: {
            ActorWords.clauseBoundaries.contains(tokens[$0].key) && !(acrossClauses && tokens[$0].key == TokenKey.comma)
        }) {
            return nil
        }
        for c in indices.dropFirst() where candidates[c].tokens.lowerBound < end ?? sentence.upperBound {
            if candidates[c].type == .person || candidates[c].isPronoun || candidates[c].isNested || candidates[c].isSubordinate { continue }
            let before = ActorWords.tokenBefore(candidates[c].tokens.lowerBound, pastArticle: tokens, sentence)
            guard before >= sentence.lowerBound, ActorWords.settingPrepositions.contains(tokens[before].key) else { return nil }
        }
        return first
    }

    /// The candidate named after "its" and a post, a comma between them allowed: "its chair,
    /// Jerome Powell", "its chief executive Anna Berg", "Its acting chief justice, Moon Hyung-bae".
    private static func officer(after its: Int, _ tokens: [Token], _ sentence: Range<Int>, _ candidates: [Candidate], _ current: Range<Int>) -> Int? {
        var rank = its + 1
        while rank + 1 < sentence.upperBound, tokens[rank].key != ActorDetector.chiefKey, NamedType.postRanks.contains(tokens[rank].key) { rank += 1 }
        guard rank < sentence.upperBound else { return nil }
        var i = NamedType.title(at: rank, tokens, sentence)
        guard NamedType.posts.contains(tokens[i].key) else { return nil }
        i += 1
        if i < sentence.upperBound, tokens[i].key == TokenKey.comma { i += 1 }
        return current.first { candidates[$0].tokens.lowerBound == i && !candidates[$0].isPronoun }
    }

    /// The mentions the neuter pronouns add to `detection` (kept in reading order), each of a body
    /// or a place; a body's officer named after its "its" speaks for it (`affiliations`).
    static func linkNeuterPronouns(_ pronouns: [NeuterPronoun], _ detection: ActorDetection, resolved: [Int?]) -> ActorDetection {
        var detection = detection
        let added = pronouns.compactMap { pronoun -> ActorMention? in
            guard let actor = resolved[pronoun.antecedent], [.organisation, .place].contains(detection.actors[actor].type) else { return nil }
            if let officer = pronoun.officer.flatMap({ resolved[$0] }), detection.actors[officer].type == .person {
                detection.affiliations[officer, default: []].insert(actor)
            }
            return ActorMention(actor: actor, paragraph: pronoun.paragraph, span: pronoun.span, sentence: pronoun.sentence, text: pronoun.text, isPronoun: true)
        }
        guard !added.isEmpty else { return detection }
        detection.mentions = (detection.mentions + added).sorted { ($0.paragraph, $0.span.start) < ($1.paragraph, $1.span.start) }
        return detection
    }

    /// How many tokens after a verb of saying "it" may stand: "said it", "said on Tuesday it".
    private static let speakerReach = 3
    private static let itKey = TokenKey.of("it")
    private static let itsKey = TokenKey.of("its")
}
