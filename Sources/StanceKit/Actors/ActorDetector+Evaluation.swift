extension ActorDetector {
    /// The detector's names on gold documents, scored against their named mentions: each
    /// document read as an article whose paragraphs are all body paragraphs.
    public func evaluate(_ documents: [EntityDocument]) -> EntityEvaluation {
        let found = documents.map { document -> [[EntityEvaluation.Found]] in
            let article = Article(
                paragraphs: document.paragraphs.enumerated().map { Article.Paragraph(index: $0.offset, kind: .body, text: $0.element.text) })
            let detection = detect(in: article)
            var byParagraph = [[EntityEvaluation.Found]](repeating: [], count: document.paragraphs.count)
            for mention in detection.mentions where !mention.isPronoun {
                byParagraph[mention.paragraph].append(.init(span: mention.span, type: detection.actors[mention.actor].type, actor: mention.actor))
            }
            return byParagraph
        }
        return EntityEvaluation(gold: documents, found: found)
    }
}
