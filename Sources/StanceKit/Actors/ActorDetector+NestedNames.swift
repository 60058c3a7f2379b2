extension ActorDetector {
    /// The runs inside the found names of `documents` (those that mark nested names), each with
    /// its features and the type of the gold name with exactly its span (none when there is
    /// none): the training rows of `NestedNames`.
    func nestedNameExamples(_ documents: [EntityDocument]) -> [NestedNames.Example] {
        var examples: [NestedNames.Example] = []
        for document in documents where document.marksNestedNames {
            let article = TokenizedArticle(document.article)
            let findings = findMentions(in: article)
            // Each paragraph's gold named mentions by span (the last of equal spans, as before).
            let gold = document.paragraphs.map { paragraph in
                Dictionary(paragraph.mentions.filter(\.isNamed).map { ($0.span, $0.type) }, uniquingKeysWith: { $1 })
            }
            for candidate in findings.candidates
            where !candidate.isPronoun && !candidate.isNested && NestedNames.isOuter(candidate.tokens, type: candidate.type, tableEntry: candidate.tableEntry) {
                let tokens = article[candidate.paragraph].tokens
                let context = nestedContext(tokens, name: candidate.tokens, type: candidate.type, standalone: findings.standalone, facts: findings.facts)
                for run in NestedNames.runs(in: candidate.tokens, tokens) {
                    let span = TextSpan(start: tokens[run.lowerBound].span.start, end: tokens[run.upperBound - 1].span.end)
                    let label = gold[candidate.paragraph][span].flatMap { NestedNames.classes.firstIndex(of: $0) } ?? 0
                    examples.append(.init(features: NestedNames.features(run, context), label: label))
                }
            }
        }
        return examples
    }
}

