extension ArticleAnalysis {
    /// The analysis as one line of JSON, the bytes `JSONEncoder` gives with sorted keys and
    /// unescaped slashes (a test holds them equal), written directly: `stance score --format
    /// jsonl` writes one per article, and the encoder's tree of boxed values cost as much as
    /// scoring the article.
    package func jsonLine() -> [UInt8] {
        var json = JSONWriter(capacity: 4096)
        json.raw("{\"actors\":")
        json.array(actors) { $1.write(into: &$0) }
        if let date { json.field(",\"date\":", date) }
        if let id { json.field(",\"id\":", id) }
        json.field(",\"model\":", model)
        json.raw(",\"paragraphs\":")
        json.array(paragraphs) { $1.write(into: &$0) }
        if let source { json.field(",\"source\":", source) }
        json.raw(",\"stances\":")
        json.array(stances) { $1.write(into: &$0) }
        if let title { json.field(",\"title\":", title) }
        json.raw("}\n")
        return json.bytes
    }
}

extension ArticleAnalysis.ActorSummary {
    fileprivate func write(into json: inout JSONWriter) {
        json.field("{\"actor\":", actor)
        json.field(",\"aliases\":", aliases)
        json.raw(",\"distribution\":")
        json.object(distribution) { $0.integer($1) }
        json.field(",\"evidence\":", evidence)
        json.field(",\"label\":", label)
        json.field(",\"mentions\":", mentions)
        json.raw(mixed ? ",\"mixed\":true" : ",\"mixed\":false")
        if let mostNegativeParagraph { json.field(",\"most_negative_paragraph\":", mostNegativeParagraph) }
        if let mostPositiveParagraph { json.field(",\"most_positive_paragraph\":", mostPositiveParagraph) }
        json.field(",\"paragraphs\":", paragraphs)
        json.field(",\"roles\":", roles)
        json.field(",\"salience\":", salience)
        json.field(",\"score\":", score)
        json.field(",\"type\":", type.rawValue)
        json.raw("}")
    }
}

extension ArticleAnalysis.ParagraphOut {
    fileprivate func write(into json: inout JSONWriter) {
        json.raw("{\"actors\":")
        json.array(actors) { $1.write(into: &$0) }
        if let body { json.field(",\"body\":", body) }
        json.field(",\"index\":", index)
        json.field(",\"kind\":", kind.rawValue)
        json.field(",\"text\":", text)
        json.raw("}")
    }
}

extension ArticleAnalysis.ParagraphActor {
    fileprivate func write(into json: inout JSONWriter) {
        json.field("{\"actor\":", actor)
        json.field(",\"evidence\":", evidence)
        json.field(",\"label\":", label)
        json.raw(",\"mentions\":")
        json.array(mentions) { json, mention in
            json.field("{\"end\":", mention.end)
            json.field(",\"start\":", mention.start)
            json.field(",\"text\":", mention.text)
            json.raw("}")
        }
        json.raw(",\"probabilities\":")
        json.object(probabilities) { $0.number($1) }
        json.field(",\"score\":", score)
        json.raw("}")
    }
}

extension ArticleAnalysis.Stance {
    fileprivate func write(into json: inout JSONWriter) {
        json.field("{\"body_paragraph\":", bodyParagraph)
        json.field(",\"holder\":", holder)
        json.field(",\"label\":", label)
        json.field(",\"paragraph\":", paragraph)
        json.field(",\"score\":", score)
        json.field(",\"sentence\":", sentence)
        json.field(",\"target\":", target)
        json.raw("}")
    }
}
