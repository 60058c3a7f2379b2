extension GAPExample {
    /// GAP-style passages from gold coreference chains (GUM): for every he / him / his / she /
    /// her / hers whose paragraph names two people or more before it, a passage of that
    /// paragraph with the two people named nearest before the pronoun as A and B, each the
    /// referent when its chain is the pronoun's. More labelled pronouns for the resolver, from
    /// other genres than GAP's Wikipedia.
    package static func passages(from documents: [EntityDocument]) -> [GAPExample] {
        var passages: [GAPExample] = []
        for document in documents {
            for (p, paragraph) in document.paragraphs.enumerated() {
                let text = CodePointText(paragraph.text)
                let people = paragraph.mentions.filter { $0.isNamed && $0.type == .person }
                for pronoun in paragraph.mentions where !pronoun.isNamed {
                    let word = text.string(in: pronoun.span)
                    guard pronounWords.contains(word.lowercased()) else { continue }
                    // The nearest naming of each person before the pronoun, nearest first.
                    var nearest: [EntityDocument.Mention] = []
                    for mention in people.filter({ $0.span.end <= pronoun.span.start }).sorted(by: { $0.span.start > $1.span.start })
                    where !nearest.contains(where: { $0.entity == mention.entity }) {
                        nearest.append(mention)
                    }
                    guard nearest.count >= 2 else { continue }
                    let (a, b) = (nearest[1], nearest[0])
                    func name(_ m: EntityDocument.Mention) -> Name {
                        Name(name: text.string(in: m.span), offset: m.span.start, isReferent: m.entity == pronoun.entity)
                    }
                    guard a.entity == pronoun.entity || b.entity == pronoun.entity else { continue }
                    passages.append(GAPExample(
                        id: "\(document.id)-\(p)-\(pronoun.span.start)", text: paragraph.text, pronoun: word, pronounOffset: pronoun.span.start,
                        a: name(a), b: name(b)))
                }
            }
        }
        return passages
    }

    private static let pronounWords: Set<String> = ["he", "him", "his", "she", "her", "hers"]
}
