/// Finds holder → target stances: when an actor is the source of a statement ("Peskov
/// criticized …", "…, said Peskov", "according to Peskov"), every other actor mentioned inside
/// the statement's content gets an edge from the speaker, with the model's label and score toward
/// it. Not inside the content, so no edge: what precedes "X criticized" (the holder's own
/// descriptors: "Brazilian Foreign Minister Carla Mendes"), places and venues that are only the
/// setting ("the war in Ukraine", "at the World Trade Organization"), and the holder's own side (the Kremlin for its spokesperson).
struct StanceFinder {
    /// The model's classes, in the order of the probabilities.
    let classes: [String]

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
            let classes = paragraph.classes
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

    /// The content of the statement whose source is the mention at `span` (`SpeakerCue.content`).
    func content(ofStatementBy span: TextSpan, _ tokens: [Token], _ classes: [WordClass], _ sentence: Range<Int>) -> TextSpan? {
        let mention = Self.firstToken(startingAtOrAfter: span.start, in: tokens, sentence)..<Self.firstToken(startingAtOrAfter: span.end, in: tokens, sentence)
        return SpeakerCue.content(ofStatementBy: mention, tokens: tokens, classes: classes, sentence: sentence)
    }

    /// Whether a mention is only where something happens: a place after a preposition of place
    /// ("the war in Ukraine", "in southern Gaza"), reached or crossed ("reach northern Gaza"), or at
    /// a journey's end ("travel to Brussels"); a body after "at" ("challenge them at the World
    /// Trade Organization"), or a competition after "in" ("13th in the Premier League").
    func isSetting(_ span: TextSpan, type: Actor.Kind?, _ tokens: [Token], _ sentence: Range<Int>) -> Bool {
        guard type == .place || type == .organisation else { return false }
        var first = Self.firstToken(startingAtOrAfter: span.start, in: tokens, sentence)
        if first - 1 > sentence.lowerBound, !tokens[first - 1].isCapitalized, ActorWords.partsOfPlaces.contains(tokens[first - 1].key) { first -= 1 }
        let before = ActorWords.tokenBefore(first, pastArticle: tokens, sentence)
        guard before >= sentence.lowerBound else { return false }
        guard type == .place else {
            // "at the World Trade Organization"; "13th in the Premier League", a competition.
            let last = Self.firstToken(startingAtOrAfter: span.end, in: tokens, sentence) - 1
            return tokens[before].key == Self.atKey || tokens[before].key == Self.inKey && last >= first && Self.competitionWords.contains(tokens[last].key)
        }
        if ActorWords.settingPrepositions.contains(tokens[before].key) { return true }
        // A place reached, crossed or left: "could not reach northern Gaza", "crossing the Channel".
        if Self.placeVerbs.contains(tokens[before].key) { return true }
        // A journey's end or start: "travel to Brussels", "flying back to Brasília", "moved from Berlin".
        guard Self.journeyPrepositions.contains(tokens[before].key) else { return false }
        var verb = before - 1
        if verb > sentence.lowerBound, tokens[verb].key == Self.backKey { verb -= 1 }
        return verb >= sentence.lowerBound && Self.journeyVerbs.contains(tokens[verb].key)
    }

    /// Verbs whose object is a place gone to, through or from.
    private static let placeVerbs = WordLists.keys([
        "reach", "reached", "reaching", "reaches", "cross", "crossed", "crossing", "crosses", "enter", "entered", "entering",
        "enters", "visit", "visited", "visiting", "visits", "leave", "left", "leaving", "leaves", "flee", "fled", "fleeing",
        "tour", "toured", "touring",
    ])
    private static let atKey = TokenKey.of("at")
    private static let inKey = TokenKey.of("in")
    /// Last words of a competition's name, which is where a team plays, not whom it judges.
    private static let competitionWords = WordLists.keys(["league", "cup", "championship", "championships", "series", "division", "conference"])
    private static let backKey = TokenKey.of("back")
    private static let journeyPrepositions = WordLists.keys(["to", "from"])
    private static let journeyVerbs = WordLists.keys([
        "travel", "travels", "travelled", "traveled", "travelling", "traveling", "fly", "flies", "flew", "flying", "flown",
        "go", "goes", "went", "going", "gone", "return", "returns", "returned", "returning", "head", "heads", "headed", "heading",
        "move", "moves", "moved", "moving", "come", "comes", "came", "coming", "drive", "drove", "driving", "sail", "sailed",
    ])
}
