/// The features of one token for the entity tagger, as 64-bit keys.
///
/// Each template is a namespace combined with a value: the word and its neighbours (±2), the
/// word pairs around it, its shape and its neighbours' shapes ("Xx", "X.X.", "d"), prefixes and
/// suffixes, its place in the sentence, whether the place or city table knows it, and four facts about
/// the whole document: whether the same word also appears in lower case, whether it appears
/// capitalised inside a sentence, after a preposition of place, or after a title. The first two
/// find names at the start of a sentence ("Grabenhofer is …" where the article says "Bonnie
/// Grabenhofer" elsewhere) and rule out ordinary words there ("However"); the last two give
/// every mention of a name the type its clearest context shows ("in Coron", "Mr. Norton").
struct NameFeatures: Sendable {
    /// What the tagger knows about a document before tagging any of its tokens.
    struct DocumentFacts: Sendable {
        /// What the document shows of a word.
        struct Seen: OptionSet, Sendable {
            let rawValue: UInt8
            /// Written in lower case somewhere.
            static let lowerCase = Seen(rawValue: 1)
            /// Capitalised inside a sentence somewhere.
            static let capitalisedInside = Seen(rawValue: 2)
            /// Capitalised after a preposition of place somewhere ("in Coron").
            static let afterPlaceWord = Seen(rawValue: 4)
            /// Capitalised after a title somewhere ("Mr. Norton").
            static let afterRole = Seen(rawValue: 8)
        }

        /// By word key: one table and one look-up per token (four `Set`s hashed every key four
        /// times with SipHash, 2 % of `stance score`).
        private var table = KeyTable<Seen>(minimumCapacity: 1024)

        init(_ sentences: [(tokens: [Token], range: Range<Int>)]) {
            for (tokens, range) in sentences {
                for i in range where tokens[i].kind == .word {
                    if !tokens[i].isCapitalized {
                        note(tokens[i].key, .lowerCase)
                    } else if i > range.lowerBound {
                        note(tokens[i].key, .capitalisedInside)
                        let previous = tokens[i - 1].key
                        if NameFeatures.placeWords.contains(previous) { note(tokens[i].key, .afterPlaceWord) }
                        if ActorWords.taggerRoles.contains(previous) { note(tokens[i].key, .afterRole) }
                    }
                }
            }
        }

        private mutating func note(_ key: UInt64, _ fact: Seen) { table.add(key, initial: []) { $0.insert(fact) } }

        /// What the document shows of the word with `key`.
        func seen(_ key: UInt64) -> Seen { table[key] ?? [] }
    }

    /// Prepositions that put a place after them. Not "at" (a venue or a school: "at Harrow"),
    /// "to" or "on", which as often come before people and things.
    static let placeWords = WordLists.keys(["in", "into", "from", "near", "across", "throughout", "outside"])

    enum Template: UInt64 {
        case word = 1, previous, next, previous2, next2, previousPair, nextPair, shape, previousShape, nextShape,
            shapeTrigram, prefix2, prefix3, suffix2, suffix3, suffix4, sentenceStart, capitalisedStart, gazetteer,
            seenLowerCase, seenCapitalisedInside, length, wordShape, previousRole, bias, firstName, afterFirstName,
            seenAfterPlaceWord, seenAfterRole, city
    }

    /// Appends the keys of token `i` of `sentence` to `keys`.
    ///
    /// - Parameters:
    ///   - shapes: every token's shape key, computed once per paragraph.
    ///   - tables: what the place and city tables know of each token.
    func keys(
        _ tokens: [Token], _ text: CodePointText, sentence: Range<Int>, at i: Int, shapes: [UInt64], tables: TableMarks,
        facts: DocumentFacts, into keys: inout [UInt64]
    ) {
        func add(_ template: Template, _ value: UInt64) { keys.append(TokenKey.combine(template.rawValue, value)) }
        func word(_ j: Int) -> UInt64 { sentence.contains(j) ? tokens[j].key : (j < sentence.lowerBound ? Self.start : Self.end) }
        func shape(_ j: Int) -> UInt64 { sentence.contains(j) ? shapes[j] : (j < sentence.lowerBound ? Self.start : Self.end) }
        let token = tokens[i]
        add(.bias, 0)
        add(.word, token.key)
        add(.previous, word(i - 1))
        add(.next, word(i + 1))
        add(.previous2, word(i - 2))
        add(.next2, word(i + 2))
        add(.previousPair, TokenKey.combine(word(i - 1), token.key))
        add(.nextPair, TokenKey.combine(token.key, word(i + 1)))
        add(.shape, shapes[i])
        add(.previousShape, shape(i - 1))
        add(.nextShape, shape(i + 1))
        add(.shapeTrigram, TokenKey.combine(TokenKey.combine(shape(i - 1), shapes[i]), shape(i + 1)))
        add(.wordShape, TokenKey.combine(token.key, shapes[i]))
        let atStart = i == sentence.lowerBound
        add(.sentenceStart, atStart ? 1 : 0)
        if atStart && token.isCapitalized { add(.capitalisedStart, token.key) }
        if tables.places[i] != 0 { add(.gazetteer, tables.places[i]) }
        if tables.cities[i] != 0 { add(.city, tables.cities[i]) }
        if token.kind == .word {
            let seen = facts.seen(token.key)
            if seen.contains(.lowerCase) { add(.seenLowerCase, token.isCapitalized ? 1 : 0) }
            if seen.contains(.capitalisedInside) { add(.seenCapitalisedInside, atStart ? 1 : 0) }
            if seen.contains(.afterPlaceWord) { add(.seenAfterPlaceWord, 1) }
            if seen.contains(.afterRole) { add(.seenAfterRole, 1) }
            let scalars = text.scalars[token.span.start..<token.span.end]
            let count = scalars.count
            add(.length, UInt64(min(count, 12)))
            // An affix is part of a word, never the whole of it: "The" as its own prefix would
            // make "Theodorus" and "Theresa" the word "the".
            if count > 2 {
                add(.prefix2, TokenKey.of(scalars.prefix(2)))
                add(.suffix2, TokenKey.of(scalars.suffix(2)))
            }
            if count > 3 {
                add(.prefix3, TokenKey.of(scalars.prefix(3)))
                add(.suffix3, TokenKey.of(scalars.suffix(3)))
            }
            if count > 4 { add(.suffix4, TokenKey.of(scalars.suffix(4))) }
        }
        if i > sentence.lowerBound, ActorWords.taggerRoles.contains(tokens[i - 1].key) { add(.previousRole, 1) }
        // A census first name ("Rita", "Tommy"), and the word after one ("Bonnie Grabenhofer").
        if token.isCapitalized, let name = FirstNames.entry(token.key) { add(.firstName, name.isSurname ? 2 : 1) }
        if i > sentence.lowerBound, tokens[i - 1].isCapitalized, FirstNames.entry(tokens[i - 1].key) != nil { add(.afterFirstName, token.isCapitalized ? 1 : 0) }
    }

    /// The token's shape: upper-case letters as X, lower-case as x, digits as d, other code
    /// points as themselves, a run of one class cut to two ("Washington" → "Xxx", "U.S." → "X.X.").
    static func shape(_ token: Token, _ text: CodePointText) -> UInt64 {
        var hash = FNV1a()
        var last: UInt32 = 0
        var run = 0
        for scalar in text.scalars[token.span.start..<token.span.end] {
            let c: UInt32
            switch scalar.value {
            case 65...90: c = 88  // X
            case 97...122: c = 120  // x
            case 48...57: c = 100  // d
            case 0..<128: c = scalar.value
            default: c = nonASCIIShape(scalar)
            }
            if c == last {
                run += 1
                if run >= 2 { continue }
            } else {
                run = 0
                last = c
            }
            hash.add(UInt64(c))
        }
        return hash.value
    }

    /// A non-ASCII scalar's shape class, apart so that `shape` does not touch the resilient
    /// property types on every call (see `CharacterClass.NonASCII`).
    @inline(never)
    private static func nonASCIIShape(_ scalar: Unicode.Scalar) -> UInt32 {
        let properties = scalar.properties
        return properties.isUppercase ? 88 : properties.isLowercase ? 120 : properties.numericType != nil ? 100 : scalar.value
    }

    private static let start = TokenKey.of("<s>")
    private static let end = TokenKey.of("</s>")
}
