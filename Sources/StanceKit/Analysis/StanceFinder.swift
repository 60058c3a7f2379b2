/// Finds holder → target stances: when an actor is the source of a statement ("Peskov
/// criticized …", "…, said Peskov", "according to Peskov"), every other actor mentioned inside
/// the statement's content gets an edge from the speaker, with the model's label and score toward
/// it. Not inside the content, so no edge: what precedes "X criticized" (the holder's own
/// descriptors: "Brazilian Foreign Minister Carla Mendes"), places that are only the setting
/// ("the war in Ukraine"), and the holder's own side (the Kremlin for its spokesperson).
struct StanceFinder {
    /// The model's classes, in the order of the probabilities.
    let classes: [String]

    /// Words allowed between a speaker and the verb: "Peskov also criticized", "he has urged".
    static let maxWordsBeforeVerb = 3
    /// Verbs of saying that may follow a quote: "…," said Peskov. (Not "thanked", which after a
    /// comma has its own subject: "Its director, Raman, thanked Vasquez".)
    static let sayVerbs = WordLists.keys(["said", "says", "added", "told", "wrote", "asked", "noted", "insisted", "explained", "stated", "continued", "replied", "warned", "argued"])
    /// Words that attach a place or body to a speaker's name: "Bonnie Grabenhofer of Illinois".
    static let qualifiers = WordLists.keys(["of", "from"])
    /// Prepositions whose object is part of another's phrase, never a speaker before ", said".
    static let prepositions = WordLists.keys(["for", "of", "from", "with", "at", "in", "by", "to", "on"])
    /// Prepositions after which a place is where something happens, not what a statement is about.
    static let settingPrepositions = WordLists.keys(["in", "at", "inside", "within", "throughout", "across", "near", "around"])

    /// Stage 7 of the article pipeline, on the shared tokens.
    /// - Parameter sides: per actor, the actors it speaks for (`ActorDetection.affiliations`).
    func stances(
        in article: TokenizedArticle, scored: [MentionScorer.Scored], names: [Int: String], types: [Int: Actor.Kind], sides: [Int: Set<Int>]
    ) -> [ArticleAnalysis.Stance] {
        var edges: [EdgeKey: [Prediction]] = [:]
        var sentences: [EdgeKey: String] = [:]
        var order: [EdgeKey] = []
        let byParagraph = Dictionary(grouping: scored, by: \.mention.paragraph)
        let bodyNumbers = article.bodyNumbers
        for paragraphIndex in byParagraph.keys.sorted() {
            let items = byParagraph[paragraphIndex]!.sorted { $0.mention.span.start < $1.mention.span.start }
            let paragraph = article[paragraphIndex]
            let (text, tokens) = (paragraph.text, paragraph.tokens)
            let classes = tokens.map { WordLists.wordClass(of: $0.key) }
            let bySentence = Dictionary(grouping: items, by: \.mention.sentence)
            for sentence in paragraph.sentences {
                let span = paragraph.span(of: sentence)
                guard let inSentence = bySentence[span] else { continue }
                var contents: [Int: [TextSpan]] = [:]
                for item in inSentence {
                    if let content = content(ofStatementBy: item.mention.span, tokens, classes, sentence) {
                        contents[item.mention.actor, default: []].append(content)
                    }
                }
                for speaker in contents.keys.sorted() {
                    var seen = Set<Int>()
                    for item in inSentence where item.mention.actor != speaker && !(sides[speaker]?.contains(item.mention.actor) ?? false)
                        && contents[speaker]!.contains(where: { $0.contains(item.mention.span) })
                        && !isSetting(item.mention.span, type: types[item.mention.actor], tokens, sentence)
                        && seen.insert(item.mention.actor).inserted
                    {
                        let key = EdgeKey(holder: speaker, target: item.mention.actor, paragraph: paragraphIndex)
                        if edges[key] == nil {
                            order.append(key)
                            sentences[key] = text.string(in: span)
                        }
                        edges[key, default: []].append(item.prediction)
                    }
                }
            }
        }
        // One edge per holder, target and paragraph: the mean of its sentences' predictions.
        return order.map { key in
            let predictions = edges[key]!
            let best = Prediction.argmax(Prediction.meanProbabilities(predictions.map(\.probabilities)))
            let score = predictions.map(\.score).reduce(0, +) / Double(predictions.count)
            return ArticleAnalysis.Stance(
                holder: names[key.holder]!, target: names[key.target]!, label: self.classes[best], score: score, paragraph: key.paragraph,
                bodyParagraph: bodyNumbers[key.paragraph] ?? 0, sentence: sentences[key]!)
        }
    }

    private struct EdgeKey: Hashable {
        let holder: Int
        let target: Int
        let paragraph: Int
    }

    static let commaKey = TokenKey.of(",")

    /// Binary search: the first token of `range` that starts at or after `offset`.
    static func firstToken(startingAtOrAfter offset: Int, in tokens: [Token], _ range: Range<Int>) -> Int {
        var low = range.lowerBound
        var high = range.upperBound
        while low < high {
            let mid = (low + high) / 2
            if tokens[mid].span.start < offset { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// The content of the statement whose source is the mention at `span`, as a span of the
    /// paragraph, or nil when the mention is no source: "X (also) said / criticized …" → what
    /// follows the verb; "…," said X → what precedes it; "according to X" → the rest of the
    /// sentence.
    func content(ofStatementBy span: TextSpan, _ tokens: [Token], _ classes: [WordClass], _ sentence: Range<Int>) -> TextSpan? {
        let first = Self.firstToken(startingAtOrAfter: span.start, in: tokens, sentence)
        let afterLast = Self.firstToken(startingAtOrAfter: span.end, in: tokens, sentence)
        guard first < sentence.upperBound else { return nil }
        let sentenceEnd = tokens[sentence.upperBound - 1].span.end
        func after(_ verb: Int) -> TextSpan? {
            verb + 1 < sentence.upperBound ? TextSpan(start: tokens[verb + 1].span.start, end: sentenceEnd) : nil
        }
        // "Grabenhofer of Illinois said": the place qualifies the speaker; it is not one.
        if first - 1 > sentence.lowerBound, Self.qualifiers.contains(tokens[first - 1].key), tokens[first - 2].isCapitalized { return nil }
        // "X (also) said / criticized …", or "X, thanked …" after an apposition; a qualifier
        // after the speaker is passed over ("Grabenhofer of Illinois said").
        var i = afterLast
        if i + 1 < sentence.upperBound, Self.qualifiers.contains(tokens[i].key), tokens[i + 1].isCapitalized {
            i += 1
            while i < sentence.upperBound, tokens[i].kind == .word, tokens[i].isCapitalized { i += 1 }
        }
        // Not inside a phrase: "Maria Santos, a spokeswoman for the organisation, said" is Santos speaking.
        let afterPreposition = first > sentence.lowerBound && Self.prepositions.contains(tokens[first - 1].key)
        if !afterPreposition, i + 1 < sentence.upperBound, tokens[i].key == Self.commaKey, classes[i + 1].contains(.reportingVerb) {
            return after(i + 1)
        }
        var words = 0
        while i < sentence.upperBound, words <= Self.maxWordsBeforeVerb {
            if tokens[i].kind == .punctuation { break }
            if classes[i].contains(.reportingVerb) { return after(i) }
            if !classes[i].contains(.speakerAdverb) { break }
            i += 1
            words += 1
        }
        // "…," said X
        if first > sentence.lowerBound, Self.sayVerbs.contains(tokens[first - 1].key),
            first - 1 > sentence.lowerBound, tokens[first - 2].kind == .punctuation
        {
            return TextSpan(start: tokens[sentence.lowerBound].span.start, end: tokens[first - 2].span.start)
        }
        // according to X
        if first - 2 >= sentence.lowerBound, tokens[first - 1].key == TargetRoleExtractor.toKey, tokens[first - 2].key == TargetRoleExtractor.accordingKey {
            return TextSpan(start: tokens[sentence.lowerBound].span.start, end: sentenceEnd)
        }
        return nil
    }

    /// Whether a place mention is only where something happens: "the war in Ukraine".
    func isSetting(_ span: TextSpan, type: Actor.Kind?, _ tokens: [Token], _ sentence: Range<Int>) -> Bool {
        guard type == .place else { return false }
        let first = Self.firstToken(startingAtOrAfter: span.start, in: tokens, sentence)
        var before = first - 1
        if before >= sentence.lowerBound, ActorWords.articles.contains(tokens[before].key) { before -= 1 }
        return before >= sentence.lowerBound && Self.settingPrepositions.contains(tokens[before].key)
    }
}
