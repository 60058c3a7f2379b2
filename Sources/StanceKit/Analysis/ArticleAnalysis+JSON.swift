extension ArticleAnalysis {
    /// The analysis as one line of JSON, the bytes `JSONEncoder` gives with sorted keys and
    /// unescaped slashes (a test holds them equal), written directly: `stance score --format
    /// jsonl` writes one per article, and the encoder's tree of boxed values cost as much as
    /// scoring the article.
    package func jsonLine() -> [UInt8] {
        var json = JSONWriter(capacity: 4096)
        json.raw("{\"actors\":[")
        for (i, actor) in actors.enumerated() {
            if i > 0 { json.raw(",") }
            actor.write(into: &json)
        }
        json.raw("]")
        if let date { json.field(",\"date\":", date) }
        if let id { json.field(",\"id\":", id) }
        json.field(",\"model\":", model)
        json.raw(",\"paragraphs\":[")
        for (i, paragraph) in paragraphs.enumerated() {
            if i > 0 { json.raw(",") }
            paragraph.write(into: &json)
        }
        json.raw("]")
        if let source { json.field(",\"source\":", source) }
        json.raw(",\"stances\":[")
        for (i, stance) in stances.enumerated() {
            if i > 0 { json.raw(",") }
            stance.write(into: &json)
        }
        json.raw("]")
        if let title { json.field(",\"title\":", title) }
        json.raw("}\n")
        return json.bytes
    }
}

extension ArticleAnalysis.ActorSummary {
    fileprivate func write(into json: inout JSONWriter) {
        json.field("{\"actor\":", actor)
        json.strings(",\"aliases\":", aliases)
        json.raw(",\"distribution\":")
        json.object(distribution) { $0.integer($1) }
        json.strings(",\"evidence\":", evidence)
        json.field(",\"label\":", label)
        json.raw(",\"mentions\":")
        json.integer(mentions)
        json.raw(mixed ? ",\"mixed\":true" : ",\"mixed\":false")
        if let mostNegativeParagraph {
            json.raw(",\"most_negative_paragraph\":")
            json.integer(mostNegativeParagraph)
        }
        if let mostPositiveParagraph {
            json.raw(",\"most_positive_paragraph\":")
            json.integer(mostPositiveParagraph)
        }
        json.raw(",\"paragraphs\":")
        json.integer(paragraphs)
        json.strings(",\"roles\":", roles)
        json.raw(",\"salience\":")
        json.number(salience)
        json.raw(",\"score\":")
        json.number(score)
        json.field(",\"type\":", type.rawValue)
        json.raw("}")
    }
}

extension ArticleAnalysis.ParagraphOut {
    fileprivate func write(into json: inout JSONWriter) {
        json.raw("{\"actors\":[")
        for (i, actor) in actors.enumerated() {
            if i > 0 { json.raw(",") }
            actor.write(into: &json)
        }
        json.raw("]")
        if let body {
            json.raw(",\"body\":")
            json.integer(body)
        }
        json.raw(",\"index\":")
        json.integer(index)
        json.field(",\"kind\":", kind.rawValue)
        json.field(",\"text\":", text)
        json.raw("}")
    }
}

extension ArticleAnalysis.ParagraphActor {
    fileprivate func write(into json: inout JSONWriter) {
        json.field("{\"actor\":", actor)
        json.strings(",\"evidence\":", evidence)
        json.field(",\"label\":", label)
        json.raw(",\"mentions\":[")
        for (i, mention) in mentions.enumerated() {
            json.raw(i == 0 ? "{\"end\":" : ",{\"end\":")
            json.integer(mention.end)
            json.raw(",\"start\":")
            json.integer(mention.start)
            json.field(",\"text\":", mention.text)
            json.raw("}")
        }
        json.raw("],\"probabilities\":")
        json.object(probabilities) { $0.number($1) }
        json.raw(",\"score\":")
        json.number(score)
        json.raw("}")
    }
}

extension ArticleAnalysis.Stance {
    fileprivate func write(into json: inout JSONWriter) {
        json.raw("{\"body_paragraph\":")
        json.integer(bodyParagraph)
        json.field(",\"holder\":", holder)
        json.field(",\"label\":", label)
        json.raw(",\"paragraph\":")
        json.integer(paragraph)
        json.raw(",\"score\":")
        json.number(score)
        json.field(",\"sentence\":", sentence)
        json.field(",\"target\":", target)
        json.raw("}")
    }
}
