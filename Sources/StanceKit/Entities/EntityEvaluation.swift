/// How well found names match gold named mentions: the figures of `stance evaluate --entities`.
///
/// Actors are people, organisations, places and groups, so the gold is GUM's named mentions of
/// people, organisations and places, and the found names are the detector's actors of those
/// types and groups; names typed other (works, events, dates) are not actors on either side.
///
/// - **Mentions**: a found name matches a gold named mention when their spans are equal once a
///   leading "the" and leading titles ("President", "Mr.") are set aside on both sides, since
///   the detector keeps titles as roles while GUM puts them inside the name.
/// - **Types**: the share of matched mentions whose type is the gold one (GUM's person,
///   organization, place); a group ("Americans") counts as GUM's person, which is how GUM types
///   groups of people.
/// - **Merges**: over every pair of matched mentions in a document, whether the two are one
///   actor exactly when they are one gold entity (pairwise precision, recall and F1).
package struct EntityEvaluation: Sendable, Codable, Equatable {
    package var documents: Int
    package var gold: Int
    package var found: Int
    package var matched: Int
    package var precision: Double
    package var recall: Double
    package var f1: Double
    package var typeAccuracy: Double
    /// Gold type → found type → count, over matched mentions.
    package var typeConfusion: [String: [String: Int]]
    package var mergePrecision: Double
    package var mergeRecall: Double
    package var mergeF1: Double

    /// A name as a detector found it: its span in its paragraph, its type and its actor.
    package struct Found: Sendable {
        package var span: TextSpan
        package var type: Actor.Kind
        package var actor: Int

        package init(span: TextSpan, type: Actor.Kind, actor: Int) {
            self.span = span
            self.type = type
            self.actor = actor
        }
    }

    /// One gold or found name, for reading the errors (`stance evaluate --entities --predictions`):
    /// a match has both types, a missed name no `found`, a spurious one no `gold`.
    package struct Item: Sendable, Codable, Equatable {
        package var document: String
        /// The paragraph, from 0.
        package var paragraph: Int
        package var text: String
        package var gold: String?
        package var found: String?
    }

    /// Scores `found[d][p]`, the names found in paragraph `p` of document `d`, against the gold.
    package init(gold documents: [EntityDocument], found: [[[Found]]]) {
        var items: [Item] = []
        self.init(gold: documents, found: found, items: &items)
    }

    /// The same, listing every gold and found name in `items`, in document and text order.
    package init(gold documents: [EntityDocument], found: [[[Found]]], items: inout [Item]) {
        precondition(documents.count == found.count)
        var goldCount = 0, foundCount = 0, matched = 0, rightType = 0
        var confusion: [String: [String: Int]] = [:]
        var pairs = (both: 0, goldOnly: 0, foundOnly: 0)
        for (document, foundParagraphs) in zip(documents, found) {
            var matches: [(gold: String, actor: Int)] = []
            for (index, (paragraph, names)) in zip(document.paragraphs, foundParagraphs).enumerated() {
                let text = CodePointText(paragraph.text)
                var listed: [(span: TextSpan, item: Item)] = []
                func list(_ span: TextSpan, gold: Actor.Kind?, found: Actor.Kind?) {
                    let item = Item(document: document.id, paragraph: index, text: text.string(in: span), gold: gold?.rawValue, found: found?.rawValue)
                    listed.append((span, item))
                }
                let golds = paragraph.mentions.filter { $0.isNamed && $0.type != .other }
                let names = names.filter { $0.type != .other }
                goldCount += golds.count
                foundCount += names.count
                var goldBySpan: [TextSpan: EntityDocument.Mention] = [:]
                for mention in golds { goldBySpan[Self.core(mention.span, text)] = mention }
                for name in names {
                    guard let mention = goldBySpan.removeValue(forKey: Self.core(name.span, text)) else {
                        list(name.span, gold: nil, found: name.type)
                        continue
                    }
                    list(name.span, gold: mention.type, found: name.type)
                    matched += 1
                    if mention.type == name.type || (mention.type == .person && name.type == .group) { rightType += 1 }
                    confusion[mention.type.rawValue, default: [:]][name.type.rawValue, default: 0] += 1
                    matches.append((mention.entity, name.actor))
                }
                for (_, mention) in goldBySpan { list(mention.span, gold: mention.type, found: nil) }
                items += listed.sorted { ($0.span.start, $0.span.end, $0.item.found ?? "") < ($1.span.start, $1.span.end, $1.item.found ?? "") }.map(\.item)
            }
            for a in matches.indices {
                for b in matches.indices where b > a {
                    let sameGold = matches[a].gold == matches[b].gold
                    let sameFound = matches[a].actor == matches[b].actor
                    if sameGold && sameFound { pairs.both += 1 } else if sameGold { pairs.goldOnly += 1 } else if sameFound { pairs.foundOnly += 1 }
                }
            }
        }
        func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 0 : Double(a) / Double(b) }
        func f1(_ p: Double, _ r: Double) -> Double { p + r == 0 ? 0 : 2 * p * r / (p + r) }
        self.documents = documents.count
        self.gold = goldCount
        self.found = foundCount
        self.matched = matched
        precision = ratio(matched, foundCount)
        recall = ratio(matched, goldCount)
        self.f1 = f1(precision, recall)
        typeAccuracy = ratio(rightType, matched)
        typeConfusion = confusion
        mergePrecision = ratio(pairs.both, pairs.both + pairs.foundOnly)
        mergeRecall = ratio(pairs.both, pairs.both + pairs.goldOnly)
        mergeF1 = f1(mergePrecision, mergeRecall)
    }

    /// `span` without a leading "the" or leading titles.
    static func core(_ span: TextSpan, _ text: CodePointText) -> TextSpan {
        let tokens = WordTokenizer().tokenize(text, in: span)
        var first = 0
        while first < tokens.count - 1, tokens[first].key == theKey || ActorWords.roles.contains(tokens[first].key) { first += 1 }
        guard let start = tokens.indices.contains(first) ? tokens[first].span.start : nil else { return span }
        return TextSpan(start: start, end: span.end)
    }

    private static let theKey = TokenKey.of("the")
}
