/// Pronoun resolution by a learned ranker (`PronounResolver`): every person named in the
/// pronoun's sentence or the `pronounReach` sentences before it is a candidate, described by
/// `PronounFeatures`, and the pronoun goes to the most probable one when it is probable enough.
extension ActorDetector {
    /// One candidate antecedent of a pronoun: its actor, its nearest mention, its features.
    struct PronounOption {
        var actor: Int
        var mention: Int
        var keys: [UInt64]
    }

    /// Three things the model does not override: gender, since a person whose gender a title, a
    /// first name the training passages settled, the census first names (`FirstNames`: "Mary",
    /// "Michael") or an earlier pronoun gave is never the antecedent of a pronoun of the other
    /// gender; where the words point at a name of the right gender (an opening clause's main
    /// name, the name before "for her"), the rules' choice stands; and a possessive after a
    /// subject pronoun of its gender, with no name between, is the same person ("he stated his
    /// view").
    func linkPronouns(_ candidates: [Candidate], _ linking: inout Linking, with resolver: PronounResolver, titleKeys: Set<UInt64>) {
        let context = pronounContext(candidates, linking, titleKeys: titleKeys)
        var gender = context.titleGender
        // A name the census gives to both sexes, whose gender only the training passages settled
        // ("Pat" was a man's there), is the weakest evidence: a pronoun that no other person can
        // take overrules it. (Overruling every learned first name cost GAP's cross-validation
        // 0.7025 → 0.7013.)
        var learned = Set<Int>()
        for (actor, name) in context.firstName where gender[actor] == nil {
            if let female = resolver.firstNameGender[name] {
                gender[actor] = female ? .female : .male
                if FirstNames.isEither(name) { learned.insert(actor) }
            }
        }
        for (actor, known) in context.nameGender where gender[actor] == nil { gender[actor] = known }
        for c in candidates.indices where candidates[c].isPronoun {
            let wanted = Gender(pronoun: candidates[c].lastWordKey)
            let quoted = candidates[c].quotedBy.flatMap { linking.resolved[$0] }
            let participleDoer = isObjectPronoun(candidates[c]) ? participleSubject(of: c, candidates, linking) : nil
            let bound = isObjectPronoun(candidates[c]) ? clauseSubject(of: c, candidates, context) ?? participleDoer : nil
            func fits(_ actor: Int) -> Bool {
                guard actor != quoted, actor != bound else { return false }  // `ActorDetector+Quotes`; "Mibe thanked him", "…, calling him"
                guard let wanted, let known = gender[actor] else { return true }
                return known == wanted
            }
            if candidates[c].antecedent != .recentSubject, let ruled = context.byRule[c], fits(ruled) {
                linking.resolved[c] = ruled
            } else if let earlier = sameSubject(c, candidates, context), let actor = linking.resolved[earlier], actor != quoted {
                linking.resolved[c] = actor
            } else if let speaker = subjectBefore(c, candidates, context), fits(speaker) {
                linking.resolved[c] = speaker
            } else if let speaker = previousSpeaker(of: c, candidates, linking), fits(speaker) {
                linking.resolved[c] = speaker
            } else if let only = onlyPersonBefore(c, candidates, context), fits(only) {
                linking.resolved[c] = only
            } else if participleDoer != nil, let named = nearestPerson(before: c, candidates, context, where: fits) {
                linking.resolved[c] = named  // "He paid tribute to Maresca, calling him": the one named last
            } else {
                let all = pronounOptions(for: c, candidates, linking, context)
                var options = all.filter { fits($0.actor) }
                if options.isEmpty, wanted != nil { options = all.filter { learned.contains($0.actor) && $0.actor != quoted } }
                let scored = options.map { ($0.actor, resolver.probability($0.keys)) }
                // Gender leaving one person of several is evidence enough: "Sherry Kaur met Imran Aslam. He …".
                let byElimination = options.count == 1 && all.count > 1
                guard let best = scored.max(by: { ($0.1, -$0.0) < ($1.1, -$1.0) }), best.1 >= resolver.threshold || byElimination else { continue }
                linking.resolved[c] = best.0
            }
            if let actor = linking.resolved[c], let wanted, gender[actor] == nil || learned.contains(actor) {
                gender[actor] = wanted
                learned.remove(actor)  // what the article says of the person settles it
            }
        }
    }

    /// For a possessive ("his", "her"), the person named last before it in its sentence when
    /// that person says what the possessive is in ("Its chairman, Joaquim Ferraz, said his staff
    /// …" is Ferraz's staff, however often the article has named someone else before) or opens
    /// the possessive's clause with no pronoun between ("Munoz introduced his proposal";
    /// "the Klan endorsed him and attended his events" is left to the resolver). For "he" or
    /// "she", the speaker whose verb is at most two words before it ("Pai said he had not",
    /// "Reid told reporters he"): the resolver, trained on GAP's short passages, gave such
    /// pronouns to the article's most-named person (15 of 16 PerSenT dev pronouns it moved were
    /// then right; GAP unchanged). GAP's cross-validation 0.7035 → 0.7064 (pooled) with the
    /// clause's subject.
    func subjectBefore(_ c: Int, _ candidates: [Candidate], _ context: PronounFeatures.Context) -> Int? {
        let possessive = candidates[c].isPossessivePronoun
        guard possessive || ActorWords.subjectPronouns.contains(candidates[c].lastWordKey) else { return nil }
        var pronounBetween = false
        var passedOver: Int?  // the first token of the earliest person passed over
        var d = c - 1
        while d >= 0, candidates[d].sentence == candidates[c].sentence {
            if candidates[d].isPronoun {
                pronounBetween = true
            } else if let actor = context.personActor(d) {
                if let verb = candidates[d].speakerVerb, verb < candidates[c].tokens.lowerBound,
                    possessive || (!pronounBetween && candidates[c].tokens.lowerBound - verb <= 2 && passedOver.map { $0 < verb } != false)
                {
                    return actor
                }
                // "Alcaraz, who had won the two titles before, praised his rival and said he": the
                // person who opens the clause says it.
                if candidates[c].followsCoordinatedSaying, candidates[d].opensClause, candidates[d].clauseStart == candidates[c].clauseStart {
                    return actor
                }
                // "Lecornu, a former minister and close ally of Macron, said he": a person named
                // in the speaker's apposition, between the name and its verb, is passed over.
                guard possessive else {
                    passedOver = candidates[d].tokens.lowerBound
                    d -= 1
                    continue
                }
                let opensClause = candidates[d].opensClause && candidates[d].clauseStart == candidates[c].clauseStart
                return opensClause && !pronounBetween ? actor : nil
            }
            d -= 1
        }
        return nil
    }

    /// For "he" or "she" with a verb of saying, opening a sentence or right after the quotation
    /// that opens it ("He added", "\"…,\" he said"), the one person who made a statement in the
    /// sentence before, in the same paragraph: news carries a speaker on so ("…, said Neelanjan
    /// Sircar, a political scientist. He added that …"). The resolver, trained on Wikipedia
    /// paragraphs about one person, gave such pronouns to the person the headline names. (With
    /// any verb after the pronoun, GAP development fell 0.7270 → 0.7247 and GUM train's pronouns
    /// 0.7181 → 0.7140.)
    func previousSpeaker(of c: Int, _ candidates: [Candidate], _ linking: Linking) -> Int? {
        let pronoun = candidates[c]
        // Opening the sentence, or after the quotation that opens it ("\"…,\" he said").
        let opens = pronoun.span.start == pronoun.sentenceSpan.start
            || pronoun.previousWord == .punctuation && (c == 0 || candidates[c - 1].sentence != pronoun.sentence)
        guard ActorWords.subjectPronouns.contains(pronoun.lastWordKey), pronoun.says, opens else { return nil }
        var speakers = Set<Int>()
        var d = c - 1
        while d >= 0, candidates[d].paragraph == pronoun.paragraph, candidates[d].sentence >= pronoun.sentence - 1 {
            if candidates[d].sentence < pronoun.sentence, candidates[d].reports, let actor = linking.resolved[d],
                linking.actors[actor].type == .person
            {
                speakers.insert(actor)
            }
            d -= 1
        }
        return speakers.count == 1 ? speakers.first : nil
    }

    /// For "He" or "She" opening a sentence, the subject of the sentence before when every
    /// sentence of the paragraph so far has that person as its first: "Treasury Secretary Scott
    /// Bessent was more measured. He said …" (the resolver gave it to the Fed's chair, named two
    /// paragraphs up), "Lecornu, a … close ally of Macron, said he would seek compromise. He
    /// promised …" (a person named after the subject does not count).
    func onlyPersonBefore(_ c: Int, _ candidates: [Candidate], _ context: PronounFeatures.Context) -> Int? {
        let pronoun = candidates[c]
        guard ActorWords.subjectPronouns.contains(pronoun.lastWordKey), pronoun.span.start == pronoun.sentenceSpan.start else { return nil }
        var firsts: [Int: Int] = [:]  // sentence → its first person
        var opener: Int?
        var d = c - 1
        while d >= 0, candidates[d].paragraph == pronoun.paragraph {
            if let actor = context.personActor(d) {
                firsts[candidates[d].sentence] = actor
                // The last assignment is the sentence's first person: its subject if it opens a
                // clause or follows its title ("Treasury Secretary Scott Bessent was").
                let subject = candidates[d].opensClause || candidates[d].previousWord == .none || candidates[d].previousWord == .capitalized
                if candidates[d].sentence == pronoun.sentence - 1 { opener = subject && !candidates[d].qualifiesAnother ? actor : nil }
            }
            d -= 1
        }
        return Set(firsts.values).count == 1 ? opener : nil
    }

    /// "him", or "her" before a comma, a function word or the end: an object, which never means
    /// the person who opens its own clause ("John Mibe thanked him"). ("her" before a number or
    /// a capital is as often a possessive: "declared her 2016 candidacy".)
    func isObjectPronoun(_ candidate: Candidate) -> Bool {
        guard candidate.isPronoun else { return false }
        if candidate.lastWordKey == ActorWords.himKey { return true }
        return candidate.lastWordKey == ActorWords.herKey && [.comma, .functionWord, .none].contains(candidate.nextWord)
    }

    /// The person whose name opens pronoun `c`'s clause and is followed by one word, a verb, and
    /// then the pronoun ("Mibe thanked him"). Only so: "Franken denied the allegations against
    /// him", "Anthony's permit allows him" and "Saakashvili says the case against him" are the
    /// same person, and an earlier, broader rule took them from it (GAP rose, PerSenT's pronouns
    /// fell).
    func clauseSubject(of c: Int, _ candidates: [Candidate], _ context: PronounFeatures.Context) -> Int? {
        let d = c - 1
        guard d >= 0, candidates[d].sentence == candidates[c].sentence, candidates[d].clauseStart == candidates[c].clauseStart,
            candidates[d].opensClause, !candidates[d].isPossessor, candidates[d].nextWord == .word,
            candidates[c].tokens.lowerBound - candidates[d].tokens.upperBound == 1
        else { return nil }
        return context.personActor(d)
    }

    /// For an object after a participle ("He paid tribute to Maresca, calling him"), the person
    /// who opens the sentence, the participle's subject, which the object never means.
    func participleSubject(of c: Int, _ candidates: [Candidate], _ linking: Linking) -> Int? {
        guard candidates[c].followsParticiple else { return nil }
        var first = c
        while first > 0, candidates[first - 1].sentence == candidates[c].sentence { first -= 1 }
        guard first < c, candidates[first].span.start == candidates[first].sentenceSpan.start, let actor = linking.resolved[first],
            linking.actors[actor].type == .person
        else { return nil }
        return actor
    }

    /// The person named last before candidate `c` in its sentence for whom `accept` holds.
    func nearestPerson(before c: Int, _ candidates: [Candidate], _ context: PronounFeatures.Context, where accept: (Int) -> Bool) -> Int? {
        var d = c - 1
        while d >= 0, candidates[d].sentence == candidates[c].sentence {
            if let actor = context.personActor(d), accept(actor) { return actor }
            d -= 1
        }
        return nil
    }

    /// For a possessive ("his", "her") or a subject pronoun ("said he was proud of how he had
    /// fought"), the subject pronoun of the same gender earlier in its sentence with no person
    /// named between them.
    func sameSubject(_ c: Int, _ candidates: [Candidate], _ context: PronounFeatures.Context) -> Int? {
        guard ActorWords.possessivePronouns.contains(candidates[c].lastWordKey) || ActorWords.subjectPronouns.contains(candidates[c].lastWordKey) else { return nil }
        let wanted = Gender(pronoun: candidates[c].lastWordKey)
        var d = c - 1
        while d >= 0, candidates[d].sentence == candidates[c].sentence, context.personActor(d) == nil {
            if candidates[d].isPronoun, ActorWords.subjectPronouns.contains(candidates[d].lastWordKey),
                Gender(pronoun: candidates[d].lastWordKey) == wanted
            {
                return d
            }
            d -= 1
        }
        return nil
    }

    /// The candidate antecedents of pronoun `c`: the nearest mention of each person named from
    /// `pronounReach` sentences before it to the end of its own sentence.
    func pronounOptions(for c: Int, _ candidates: [Candidate], _ linking: Linking, _ context: PronounFeatures.Context) -> [PronounOption] {
        let pronoun = candidates[c]
        var nearest: [Int: Int] = [:]  // actor → mention
        var d = c - 1
        while d >= 0, candidates[d].sentence >= pronoun.sentence - Self.pronounReach {
            if let actor = context.personActor(d), nearest[actor] == nil { nearest[actor] = d }
            d -= 1
        }
        d = c + 1
        while d < candidates.count, candidates[d].sentence == pronoun.sentence {
            if let actor = context.personActor(d), nearest[actor] == nil { nearest[actor] = d }
            d += 1
        }
        return nearest.sorted { $0.value < $1.value }.map { actor, mention in
            PronounOption(actor: actor, mention: mention, keys: PronounFeatures.keys(pronoun: c, mention: mention, candidates, linking, context))
        }
    }

    func pronounContext(_ candidates: [Candidate], _ linking: Linking, titleKeys: Set<UInt64>) -> PronounFeatures.Context {
        var byRule = linking
        linkPronounsByRule(candidates, &byRule)
        return PronounFeatures.Context(candidates, linking, byRule: byRule.resolved, titleKeys: titleKeys)
    }

    /// Labelled candidate pairs from GAP passages, for training and measuring a resolver: for
    /// the passage's pronoun, the options whose actor is A's or B's, labelled by GAP.
    package func pronounPairs(_ examples: [GAPExample]) -> [(keys: [UInt64], isReferent: Bool)] {
        examples.flatMap { example -> [(keys: [UInt64], isReferent: Bool)] in
            let findings = findMentions(in: TokenizedArticle(example.article), people: [0: example.nameSpans])
            let candidates = findings.candidates
            let linking = linkNames(candidates)
            guard let c = candidates.firstIndex(where: { $0.isPronoun && $0.span.start == example.pronounOffset }) else { return [] }
            func actor(at offset: Int) -> Int? {
                candidates.indices.first { candidates[$0].span.start <= offset && offset < candidates[$0].span.end }.flatMap { linking.resolved[$0] }
            }
            let (a, b) = (actor(at: example.a.offset), actor(at: example.b.offset))
            let context = pronounContext(candidates, linking, titleKeys: findings.titleKeys)
            return pronounOptions(for: c, candidates, linking, context).compactMap { option in
                if option.actor == a { return (option.keys, example.a.isReferent) }
                if option.actor == b { return (option.keys, example.b.isReferent) }
                return nil
            }
        }
    }
}
