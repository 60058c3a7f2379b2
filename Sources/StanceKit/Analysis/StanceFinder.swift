/// Finds holder → target stances: when an actor is the source of a statement ("Peskov
/// criticized …", "…, said Peskov", "according to Peskov"), every other actor mentioned in that
/// sentence gets an edge from the speaker, with the model's label and score toward it.
struct StanceFinder {
    /// The model's classes, in the order of the probabilities.
    let classes: [String]

    /// Words allowed between a speaker and the verb: "Peskov also criticized", "he has urged".
    static let maxWordsBeforeVerb = 3
    /// Verbs of saying that may follow a quote: "…," said Peskov. (Not "thanked", which after a
    /// comma has its own subject: "Its director, Raman, thanked Vasquez".)
    static let sayVerbs = WordLists.keys(["said", "says", "added", "told", "wrote", "asked", "noted", "insisted", "explained", "stated", "continued", "replied", "warned", "argued"])

    func stances(article: Article, scored: [ArticleAnalyzer.Scored], names: [Int: String]) -> [ArticleAnalysis.Stance] {
        var edges: [EdgeKey: [Prediction]] = [:]
        var order: [EdgeKey] = []
        let tokenizer = WordTokenizer()
        let splitter = SentenceSplitter()
        let byParagraph = Dictionary(grouping: scored, by: \.mention.paragraph)
        for paragraphIndex in byParagraph.keys.sorted() {
            let items = byParagraph[paragraphIndex]!.sorted { $0.mention.span.start < $1.mention.span.start }
            let text = CodePointText(article.paragraphs[paragraphIndex].text)
            let tokens = tokenizer.tokenize(text)
            let classes = tokens.map { WordLists.wordClass(of: $0.key) }
            for sentence in splitter.split(tokens, in: text) {
                let span = TextSpan(start: tokens[sentence.lowerBound].span.start, end: tokens[sentence.upperBound - 1].span.end)
                let inSentence = items.filter { $0.mention.sentence == span }
                let speakers = Set(inSentence.filter { isSpeaker($0.mention.span, tokens, classes, sentence) }.map(\.mention.actor))
                for speaker in speakers.sorted() {
                    var seen = Set<Int>()
                    for item in inSentence where item.mention.actor != speaker && seen.insert(item.mention.actor).inserted {
                        let key = EdgeKey(holder: speaker, target: item.mention.actor, paragraph: paragraphIndex)
                        if edges[key] == nil { order.append(key) }
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
                holder: names[key.holder]!, target: names[key.target]!, label: self.classes[best], score: score, paragraph: key.paragraph)
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

    /// Whether the mention at `span` is the source of a statement in its sentence.
    func isSpeaker(_ span: TextSpan, _ tokens: [Token], _ classes: [WordClass], _ sentence: Range<Int>) -> Bool {
        let first = Self.firstToken(startingAtOrAfter: span.start, in: tokens, sentence)
        let afterLast = Self.firstToken(startingAtOrAfter: span.end, in: tokens, sentence)
        guard first < sentence.upperBound else { return false }
        // "X (also) said / criticized …", or "X, thanked …" after an apposition.
        var i = afterLast
        if i + 1 < sentence.upperBound, tokens[i].key == Self.commaKey, classes[i + 1].contains(.reportingVerb) { return true }
        var words = 0
        while i < sentence.upperBound, words <= Self.maxWordsBeforeVerb {
            if tokens[i].kind == .punctuation { break }
            if classes[i].contains(.reportingVerb) { return true }
            if !classes[i].contains(.speakerAdverb) { break }
            i += 1
            words += 1
        }
        // "…," said X  /  according to X
        if first > sentence.lowerBound, Self.sayVerbs.contains(tokens[first - 1].key),
            first - 1 > sentence.lowerBound, tokens[first - 2].kind == .punctuation
        {
            return true
        }
        if first - 2 >= sentence.lowerBound, tokens[first - 1].key == TargetRoleExtractor.toKey, tokens[first - 2].key == TargetRoleExtractor.accordingKey {
            return true
        }
        return false
    }
}
