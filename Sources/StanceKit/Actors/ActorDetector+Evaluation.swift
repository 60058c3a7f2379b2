extension ActorDetector {
    /// The detector's names on gold documents, scored against their named mentions: each
    /// document read as an article whose paragraphs are all body paragraphs.
    package func evaluate(_ documents: [EntityDocument]) -> EntityEvaluation {
        var items: [EntityEvaluation.Item] = []
        return evaluate(documents, items: &items)
    }

    /// The same, listing every gold and found name in `items` (`EntityEvaluation.Item`).
    package func evaluate(_ documents: [EntityDocument], items: inout [EntityEvaluation.Item]) -> EntityEvaluation {
        let found = documents.map { document -> [[EntityEvaluation.Found]] in
            let detection = detect(in: document.article)
            var byParagraph = [[EntityEvaluation.Found]](repeating: [], count: document.paragraphs.count)
            for mention in detection.mentions where mention.isName {
                byParagraph[mention.paragraph].append(.init(span: mention.span, type: detection.actors[mention.actor].type, actor: mention.actor))
            }
            return byParagraph
        }
        return EntityEvaluation(gold: documents, found: found, items: &items)
    }
}

extension ActorDetector {
    /// The detector's pronoun resolution on GAP passages: each passage read as one body
    /// paragraph; the pronoun refers to A (or B) when the mention at its offset and the mention
    /// covering A's offset belong to the same actor. With `givenNames` (GAP's own setting) A and
    /// B are known to be people where GAP marks them; without, the tagger must find them too.
    package func evaluate(_ examples: [GAPExample], givenNames: Bool = true) -> GAPEvaluation {
        var answers: [GAPEvaluation.Answer] = []
        return evaluate(examples, givenNames: givenNames, answers: &answers)
    }

    /// The same, with each passage's answer in `answers`.
    package func evaluate(_ examples: [GAPExample], givenNames: Bool = true, answers: inout [GAPEvaluation.Answer]) -> GAPEvaluation {
        var unresolved = 0
        let predictions = examples.map { example -> (a: Bool, b: Bool) in
            let article = TokenizedArticle(example.article)
            let detection = resolveReferences(findMentions(in: article, people: givenNames ? [0: example.nameSpans] : [:]))
            func actor(at offset: Int) -> Int? {
                detection.mentions.first { $0.span.start <= offset && offset < $0.span.end }?.actor
            }
            guard let pronoun = detection.mentions.first(where: { $0.isPronoun && $0.span.start == example.pronounOffset })?.actor else {
                unresolved += 1
                return (false, false)
            }
            return (actor(at: example.a.offset) == pronoun, actor(at: example.b.offset) == pronoun)
        }
        answers = zip(examples, predictions).map { example, predicted in
            GAPEvaluation.Answer(id: example.id, pronoun: example.pronoun, goldA: example.a.isReferent, goldB: example.b.isReferent, a: predicted.a, b: predicted.b)
        }
        return GAPEvaluation(examples, predictions: predictions, unresolved: unresolved)
    }
}
