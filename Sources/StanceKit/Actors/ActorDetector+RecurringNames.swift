/// A name the article has somewhere is a name wherever its words stand capitalised outside other
/// names. The tagger reads each occurrence in its own context and misses some: GUM's
/// `news_clock` has "Google" seven times and the tagger found it once ("outreach from Google",
/// "posted to Twitter" missed where "Twitter gave Mohamed the option" was found). Label
/// consistency across a document, as in Krishnan & Manning (2006), by rule.
/// Not for a lone word the article also writes in lower case ("Street", "South"), nor at a
/// sentence's start for a name whose first word it does ("Will"), nor for a lone acronym.
extension ActorDetector {
    struct RecurringNames {
        /// A name found in the article: its words' keys and the type most of its finds gave it.
        struct Known {
            var words: [UInt64]
            /// Which of the words are capitalised: "Indonesian Navy" is not "Indonesian navy".
            var capitalised: [Bool]
            var type: Actor.Kind

            /// Whether `tokens` are these words, capitalised the same way.
            func matches(_ tokens: ArraySlice<Token>) -> Bool {
                tokens.count == words.count && zip(tokens, zip(words, capitalised)).allSatisfy { $0.key == $1.0 && $0.isCapitalized == $1.1 }
            }
        }

        /// Bodies, places and groups. People have their own rule, by surname (`findMentions`); a
        /// person's name spread by this one moved GAP's answers (validation F1 0.736 → 0.733).
        static func recurs(_ type: Actor.Kind) -> Bool { type == .organisation || type == .place || type == .group }

        /// By a name's first word's key, the names that start with it, longest first.
        private var byFirstWord = KeyTable<[Known]>(minimumCapacity: 64)

        /// The body, place and group names of `names` (by paragraph).
        init(_ names: [[TaggedName]], _ paragraphs: [TokenizedParagraph]) {
            // Each name's words once, in the order found, with its votes by type (`Actor.Kind`'s order).
            var found: [(words: [UInt64], capitalised: [Bool], votes: [Int])] = []
            var index = KeyTable<Int>(minimumCapacity: 64)
            for (paragraph, tagged) in zip(paragraphs, names) {
                // A lone acronym is as often a term ("CFL", "IQ") as a body: it is left to the tagger.
                for name in tagged where Self.recurs(name.type) && !(name.tokens.count == 1 && paragraph.tokens[name.tokens.lowerBound].isAllCaps) {
                    let words = paragraph.tokens[name.tokens]
                    let kind = Actor.Kind.allCases.firstIndex(of: name.type)!
                    let key = NestedNames.wordsKey(words)
                    if let n = index[key], found[n].words.elementsEqual(words.lazy.map(\.key)) {
                        found[n].votes[kind] += 1
                    } else {
                        index.add(key, initial: found.count) { _ in }
                        var votes = [Int](repeating: 0, count: Actor.Kind.allCases.count)
                        votes[kind] = 1
                        found.append((words.map(\.key), words.map(\.isCapitalized), votes))
                    }
                }
            }
            for name in found {
                // Most votes; a tie goes to the earlier kind in `Actor.Kind`'s order.
                let type = Actor.Kind.allCases[name.votes.indices.max { name.votes[$0] != name.votes[$1] ? name.votes[$0] < name.votes[$1] : $0 > $1 }!]
                byFirstWord.add(name.words[0], initial: []) { $0.append(Known(words: name.words, capitalised: name.capitalised, type: type)) }
            }
            for name in found where name.words.count > 1 {
                byFirstWord.add(name.words[0], initial: []) { $0.sort { $0.words.count > $1.words.count } }
            }
        }

        /// `name` with the type the article gives its words elsewhere, where the tagger left it
        /// untyped here ("Google" as "other" beside "Google" as a body).
        func typed(_ name: TaggedName, in tokens: [Token]) -> TaggedName {
            let words = tokens[name.tokens]
            guard name.type == .other, let first = words.first, let known = byFirstWord[first.key] else { return name }
            guard let type = known.first(where: { $0.matches(words) })?.type, type == .organisation || type == .place else { return name }
            var typed = name
            typed.type = type
            return typed
        }

        /// Marks in `nameAt` the recurring names of `sentence` that no name covers yet.
        func mark(_ nameAt: inout [TaggedName?], in tokens: [Token], _ sentence: Range<Int>, facts: NameFeatures.DocumentFacts) {
            var i = sentence.lowerBound
            while i < sentence.upperBound {
                defer { i += 1 }
                // Not in capitals: a dateline's "SEATTLE" would rename the city's actor.
                guard tokens[i].isCapitalized, !tokens[i].isAllCaps, nameAt[i] == nil, let known = byFirstWord[tokens[i].key] else { continue }
                let common = facts.seen(tokens[i].key).contains(.lowerCase)
                if i == sentence.lowerBound && common { continue }
                if i > sentence.lowerBound, tokens[i - 1].isCapitalized { continue }  // inside a longer capitalised run
                for name in known where !(common && name.words.count == 1) {
                    let end = i + name.words.count
                    guard end <= sentence.upperBound, (i..<end).allSatisfy({ nameAt[$0] == nil }), name.matches(tokens[i..<end]) else { continue }
                    if end < sentence.upperBound, tokens[end].isCapitalized { continue }
                    let tagged = TaggedName(tokens: i..<end, type: name.type, confidence: ActorDetector.ruleNameConfidence)
                    for j in i..<end { nameAt[j] = tagged }
                    i = end - 1
                    break
                }
            }
        }
    }
}
