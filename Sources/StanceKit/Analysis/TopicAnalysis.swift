/// An article's stance toward topics it need not name (`stance score --topic`): every body
/// paragraph scored as a whole toward each topic by a model that reads topics, and per topic the
/// article's summary. The actors' analysis is `ArticleAnalysis`; this one has no actors.
public struct TopicAnalysis: Sendable, Codable, Equatable {
    /// One body paragraph's stance toward one topic.
    public struct ParagraphOut: Sendable, Codable, Equatable {
        /// Position among all the paragraphs the reader found, as `ArticleAnalysis.ParagraphOut.index`.
        public var index: Int
        /// Its number among the body paragraphs, from 1.
        public var body: Int
        /// The most probable class.
        public var label: String
        /// P(positive side) − P(negative side): for favor/against labels, favor minus against.
        public var score: Double
        /// Every class's probability.
        public var probabilities: [String: Double]
    }

    /// One topic across the article.
    public struct TopicOut: Sendable, Codable, Equatable {
        /// The topic as the user gave it.
        public var topic: String
        /// Mean of the paragraph scores.
        public var score: Double
        /// The label whose side the mean score is on (the neutral-side label near 0).
        public var label: String
        /// Paragraph labels counted.
        public var distribution: [String: Int]
        /// Both a clearly positive and a clearly negative paragraph (`Polarity.isMixed`).
        public var mixed: Bool
        /// Every body paragraph, in reading order.
        public var paragraphs: [ParagraphOut]
    }

    /// The article's id: its file name, its JSONL "id", or "line N".
    public var id: String?
    /// The title the reader found or was given.
    public var title: String?
    /// The date the reader found or was given.
    public var date: String?
    /// The publisher named in the metadata.
    public var source: String?
    /// The model's name, as the output shows it.
    public var model: String
    /// One entry per topic, in the order given.
    public var topics: [TopicOut]
}

extension ArticleAnalyzer {
    /// Scores every body paragraph of `article` toward each of `topics`. Each paragraph is
    /// tokenized once for all topics. The model must read topics (`pipeline.readsTopics`).
    public func analyze(_ article: Article, topics: [String], modelName: String) throws -> TopicAnalysis {
        guard model.pipeline.readsTopics else {
            throw StanceError.usage("scoring toward a topic needs a model trained on targets its texts do not contain; this one reads targets in the text")
        }
        let named = try topics.map { name in
            try Topic(name).orThrow(StanceError.usage("topic \"\(name)\" has no word to condition on"))
        }
        let tokenized = TokenizedArticle(article)
        var scorer = model.makeScorer()
        var scores = [[TopicAnalysis.ParagraphOut]](repeating: [], count: topics.count)
        for index in tokenized.body {
            let paragraph = tokenized[index]
            var context = TargetContext(text: paragraph.text, tokens: paragraph.tokens, targetSpan: nil, lexicons: model.pipeline.lexiconIndex)
            for (t, topic) in named.enumerated() {
                context.topic = topic
                let p = scorer.predict(context)
                scores[t].append(.init(
                    index: index, body: tokenized.bodyNumbers[index]!, label: p.label, score: p.score,
                    probabilities: model.byClass(p.probabilities)))
            }
        }
        let out = zip(topics, scores).map { name, paragraphs in
            let score = paragraphs.isEmpty ? 0 : paragraphs.reduce(0) { $0 + $1.score } / Double(paragraphs.count)
            var distribution: [String: Int] = [:]
            for paragraph in paragraphs { distribution[paragraph.label, default: 0] += 1 }
            return TopicAnalysis.TopicOut(
                topic: name, score: score, label: Polarity.label(for: score, classes: model.classes), distribution: distribution,
                mixed: Polarity.isMixed(paragraphs.map(\.score)),
                paragraphs: paragraphs)
        }
        return TopicAnalysis(id: article.id, title: article.title, date: article.date, source: article.source, model: modelName, topics: out)
    }
}
