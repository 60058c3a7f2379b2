/// What the pronoun resolver knows of a (pronoun, candidate) pair, as 64-bit feature keys.
///
/// Distance (sentences and tokens, before or after), the candidate's role in its sentence
/// (first person named, possessor "X's", at the sentence's start), how recent it is among the
/// candidates, how often its actor was named so far, the two cues the rules used (the name an
/// opening clause leads to, the name before "for his/her"), agreement with a gendered title,
/// the candidate's first name crossed with the pronoun's gender, from which the resolver learns
/// which names go with "she" and which with "he", whether the rules would choose it, and whether
/// they gave it a pronoun earlier in the sentence; and, without a parser, the clause: whether
/// the name opens its clause or shares the pronoun's (binding: "Gasazi tells him"), what kind of
/// word comes before and after it, and whether the title names it (the page's subject).
/// Features tried and dropped by 5-fold cross-validation on GAP development + validation: the
/// word before a name, the text's first person, a name in parentheses, how often the whole text
/// names a person (articles name their protagonist far more often than GAP's paragraphs); see
/// models/gap-coref-v1/README.md.
enum PronounFeatures {
    /// Facts about the whole article, computed once for all its pronouns.
    struct Context {
        let personOf: [Int?]
        /// For each candidate that is a person's name: whether it is the first person named in its sentence.
        let isFirstInSentence: [Bool]
        /// Per actor, the gender its titles say.
        let titleGender: [Int: Gender]
        /// Per actor, the key of the first word of its name when the name has two words or more.
        let firstName: [Int: UInt64]
        /// Per actor, the gender its name says (`FirstNames`).
        let nameGender: [Int: Gender]
        /// What the rules (`linkPronounsByRule`) give each candidate: one more cue to weigh.
        let byRule: [Int?]
        /// Per actor, the candidates that name it, in order.
        let namings: [Int: [Int]]
        /// The people whose surname the article's title has: its subject, as a page title says.
        let inTitle: Set<Int>

        init(_ candidates: [ActorDetector.Candidate], _ linking: ActorDetector.Linking, byRule: [Int?], titleKeys: Set<UInt64>) {
            self.byRule = byRule
            personOf = candidates.indices.map { c in
                guard !candidates[c].isPronoun, !candidates[c].isNested, let actor = linking.resolved[c], linking.actors[actor].type == .person else { return nil }
                return actor
            }
            var namings: [Int: [Int]] = [:]
            for (c, actor) in personOf.enumerated() { if let actor { namings[actor, default: []].append(c) } }
            self.namings = namings
            var seen = Set<Int>()
            isFirstInSentence = candidates.indices.map { [personOf] c in
                guard personOf[c] != nil, !candidates[c].qualifiesAnother else { return false }
                return seen.insert(candidates[c].sentence).inserted
            }
            var titles: [Int: Gender] = [:]
            var firsts: [Int: UInt64] = [:]
            for (index, actor) in linking.actors.enumerated() where actor.type == .person {
                if let known = actor.roles.lazy.compactMap({ Gender(title: $0) }).first { titles[index] = known }
                let words = actor.name.split(separator: " ")
                if words.count >= 2, !FirstNames.isFamilyNameFirst(words) { firsts[index] = TokenKey.of(String(words[0])) }
            }
            titleGender = titles
            firstName = firsts
            var genders: [Int: Gender] = [:]
            for (index, actor) in linking.actors.enumerated() where actor.type == .person {
                if let known = FirstNames.gender(of: actor.name) { genders[index] = known }
            }
            nameGender = genders
            inTitle = Set(linking.actors.indices.filter { index in
                linking.actors[index].type == .person && linking.actors[index].name.split(separator: " ").last.map { titleKeys.contains(TokenKey.of(String($0))) } == true
            })
        }

        func personActor(_ c: Int) -> Int? { personOf[c] }

        /// How many times `actor` was named before candidate `c` (a binary search).
        func namings(of actor: Int, before c: Int) -> Int {
            guard let list = namings[actor] else { return 0 }
            var (low, high) = (0, list.count)
            while low < high {
                let mid = (low + high) / 2
                if list[mid] < c { low = mid + 1 } else { high = mid }
            }
            return low
        }
    }

    private enum Template: UInt64 {
        case bias = 1, sentenceDistance, tokenDistance, after, firstInSentence, possessor, sentenceStart, recency, mentions,
            previousName, mainClauseName, titleAgreement, firstNameGender, pronounForm, parallel, distanceRole, ruleChoice,
            earlierPronoun, inTitle, sameClause, nextWord, clauseRoles, previousWord
    }

    static func keys(pronoun c: Int, mention d: Int, _ candidates: [ActorDetector.Candidate], _ linking: ActorDetector.Linking, _ context: Context) -> [UInt64] {
        var keys: [UInt64] = []
        func add(_ template: Template, _ value: UInt64) { keys.append(TokenKey.combine(template.rawValue, value)) }
        let pronoun = candidates[c]
        let mention = candidates[d]
        let actor = context.personOf[d]!
        let after = d > c
        let sentences = UInt64(min(pronoun.sentence - mention.sentence, 4))
        let gap = after ? mention.tokens.lowerBound - pronoun.tokens.upperBound : pronoun.tokens.lowerBound - mention.tokens.upperBound
        let tokenBucket = UInt64(mention.paragraph == pronoun.paragraph ? min(max(gap, 0).bitWidthOfValue, 8) : 9)
        let first = context.isFirstInSentence[d]
        add(.bias, 0)
        add(.ruleChoice, context.byRule[c] == actor ? 1 : (context.byRule[c] == nil ? 2 : 0))
        add(.sentenceDistance, sentences * 2 + (after ? 1 : 0))
        // A pronoun earlier in the sentence that the rules gave this actor: "he stated his view".
        if let earlier = (0..<c).reversed().prefix(while: { candidates[$0].sentence == pronoun.sentence }).first(where: { candidates[$0].isPronoun }) {
            add(.earlierPronoun, context.byRule[earlier] == actor ? 1 : 0)
        }
        add(.tokenDistance, tokenBucket)
        if after { add(.after, 1) }
        add(.firstInSentence, first ? 1 : 0)
        add(.distanceRole, sentences * 4 + (first ? 2 : 0) + (mention.isPossessor ? 1 : 0))
        if mention.isPossessor { add(.possessor, 1) }
        if mention.span.start == mention.sentenceSpan.start { add(.sentenceStart, 1) }
        // How many other people were named between the candidate and the pronoun.
        let between = Set((min(c, d) + 1..<max(c, d)).compactMap { context.personOf[$0] }.filter { $0 != actor }).count
        add(.recency, UInt64(min(between, 3)))
        let mentions = context.namings(of: actor, before: c)
        add(.mentions, UInt64(min(mentions, 4)))
        switch pronoun.antecedent {
        case .previousName where d == c - 1: add(.previousName, 1)
        case .mainClauseName where mention.opensMainClause && mention.sentence == pronoun.sentence: add(.mainClauseName, 1)
        default: break
        }
        let wanted = Gender(pronoun: pronoun.lastWordKey)
        if let wanted, let known = context.titleGender[actor] { add(.titleAgreement, known == wanted ? 1 : 2) }
        if let wanted, let name = context.firstName[actor] { add(.firstNameGender, TokenKey.combine(name, wanted == .male ? 1 : 2)) }
        // "Her" before a word is a possessive ("her son"), else an object ("told her about").
        let form = pronoun.lastWordKey == ActorWords.herKey && pronoun.isPossessivePronoun ? TokenKey.combine(ActorWords.herKey, 1) : pronoun.lastWordKey
        add(.pronounForm, TokenKey.combine(form, first ? 1 : 0))
        // Same clause, before the pronoun: "Gasazi tells him" (not Gasazi), "Gasazi lost his hat" (Gasazi).
        if !after, mention.paragraph == pronoun.paragraph, mention.clauseStart == pronoun.clauseStart {
            add(.sameClause, TokenKey.combine(form, mention.opensClause ? 1 : 0))
        }
        // What follows the name, coarsely: a verb-like word makes it a subject ("Wells permitted").
        add(.nextWord, UInt64(mention.nextWord.rawValue) * 2 + (mention.opensClause ? 1 : 0))
        // And what comes before it: "from Peskov", "with X" make no subject.
        if mention.previousWord == .functionWord { add(.previousWord, first ? 1 : 0) }
        // Parallelism by clause: a pronoun opening its clause continues a name that opens one.
        let opens = (pronoun.opensClause ? 2 : 0) + (mention.opensClause ? 1 : 0)
        add(.clauseRoles, UInt64(opens) * 8 + min(sentences, 2) * 2 + (after ? 1 : 0))
        // The page's subject: a title naming the person.
        if !context.inTitle.isEmpty { add(.inTitle, context.inTitle.contains(actor) ? 1 : 0) }
        // Parallelism: a pronoun that opens its sentence tends to continue the last sentence's subject.
        if pronoun.span.start == pronoun.sentenceSpan.start { add(.parallel, first ? 1 : 2) }
        return keys
    }
}

private extension Int {
    /// The number of bits needed for the value (0 for 0): a logarithmic distance bucket.
    var bitWidthOfValue: Int { self <= 0 ? 0 : Int.bitWidth - leadingZeroBitCount }
}
