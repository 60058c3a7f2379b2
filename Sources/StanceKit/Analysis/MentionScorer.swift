/// Stage 5 of the article pipeline: the model's prediction toward each mention, in the mention's
/// sentence, built from the paragraph's shared tokens (nothing is tokenized again).
struct MentionScorer {
    let model: StanceModel
    private var scorer: StanceScorer

    init(model: StanceModel) {
        self.model = model
        scorer = model.makeScorer()
    }

    /// A mention with the model's prediction toward it.
    struct Scored {
        let mention: ActorMention
        let prediction: Prediction
    }

    /// Longest text a mention is scored in: a run-on "sentence" longer than this (a paragraph
    /// with no sentence breaks) is cut to this many code points around the mention, so scoring
    /// stays linear in the article's length.
    static let maxContext = 1000

    mutating func score(_ mentions: [ActorMention], in article: TokenizedArticle) -> [Scored] {
        mentions.map { Scored(mention: $0, prediction: scorer.predict(context(of: $0, in: article[$0.paragraph]))) }
    }

    /// The words that moved a mention's score most (`StanceScorer.wordEvidence`), never inside
    /// `names` (every actor's name in the paragraph).
    mutating func evidence(for scored: Scored, in article: TokenizedArticle, names: [TextSpan], limit: Int) -> [WordEvidence] {
        let context = context(of: scored.mention, in: article[scored.mention.paragraph])
        return scorer.wordEvidence(context, target: scored.mention.span, score: scored.prediction.score, names: names, limit: limit)
    }

    /// The tokens a mention is scored in (its sentence's, or those of a window of it) with the
    /// paragraph's text: spans stay paragraph offsets.
    func context(of mention: ActorMention, in paragraph: TokenizedParagraph) -> TargetContext {
        var window = mention.sentence
        if window.length > Self.maxContext {
            let start = max(window.start, mention.span.start - Self.maxContext / 2)
            window = TextSpan(start: start, end: min(window.end, max(mention.span.end, start + Self.maxContext)))
        }
        let tokens = paragraph.tokens
        let first = Self.firstToken(in: tokens) { $0.span.start >= window.start }
        let end = Self.firstToken(in: tokens, from: first) { $0.span.end > window.end }
        return TargetContext(
            text: paragraph.text, tokens: Array(tokens[first..<end]), targetSpan: mention.span,
            topic: model.pipeline.readsTopics ? Topic(paragraph.text.string(in: mention.span)) : nil, lexicons: model.pipeline.lexiconIndex,
            mixedCase: TargetContext.isMixedCase(paragraph.text.scalars[window.start..<window.end]))
    }

    /// The first token from `from` that satisfies `isPast`, which must be false then true along
    /// the tokens: a binary search.
    private static func firstToken(in tokens: [Token], from: Int = 0, where isPast: (Token) -> Bool) -> Int {
        var (low, high) = (from, tokens.count)
        while low < high {
            let mid = (low + high) / 2
            if isPast(tokens[mid]) { high = mid } else { low = mid + 1 }
        }
        return low
    }
}
