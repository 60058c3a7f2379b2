import Foundation

/// Names inside a longer name, as mentions of their own: "Leiden" in "Leiden University",
/// "Pittsburgh" in "Pittsburgh Pirates", "NSW" in "University of NSW".
///
/// GUM annotates nested names (on GUM train, 348 of the detector's 825 missed names lay inside a
/// name it found), and a BIO tagger gives one flat name per token. So each run of capitalised
/// words inside a found name of a body or a place is classified on its own: multinomial logistic
/// regression over none, person, organisation and place, on the tagger's engine, learned from
/// GUM's nested mentions (`NestedNames.train`), and kept in the tagger's model file.
package struct NestedNames: Sendable {
    private let vocabulary: KeyVocabulary
    /// `classes.count` weights per column, then the biases, as the model file holds them: a
    /// weight is its step times `scale` (`EntityTaggerArtifact.quantize`).
    let steps: [Int16]
    let scale: Double

    var keys: [UInt64] { vocabulary.keys }

    /// What a run inside a name can be: no name, or a name of one of these types.
    static let classes: [Actor.Kind?] = [nil, .person, .organisation, .place]
    static let classNames = ["none", "person", "organisation", "place"]

    /// The longest run considered: "Newfoundland and Labrador" is two runs; "San Francisco Bay" has "San Francisco".
    static let maximumLength = 3

    /// A run is a name when P(none) is below this. 0.6 was chosen by 4-fold cross-validation of
    /// the classifier alone on GUM train (the tagger fitted on all of it; name F1 0.820 without
    /// the classifier, 0.830 / 0.831 / 0.832 at 0.5 / 0.6 / 0.7) and on GUM dev (0.818 without,
    /// 0.817 / 0.820 / 0.816): the two sets disagree on either side of it.
    static let noneThreshold = 0.6

    init(keys: [UInt64], steps: [Int16], scale: Double) {
        precondition(steps.count == (keys.count + 1) * Self.classes.count && scale > 0)
        vocabulary = KeyVocabulary(keys: keys)
        self.steps = steps
        self.scale = scale
    }

    /// Whether a found name is one whose inner runs are classified: a body's or a place's name
    /// of two words or more, not a table name.
    static func isOuter(_ tokens: Range<Int>, type: Actor.Kind, tableEntry: Int?) -> Bool {
        tableEntry == nil && tokens.count >= 2 && (type == .organisation || type == .place)
    }

    /// The runs inside `name` that may be names of their own: every stretch of up to
    /// `maximumLength` capitalised words with no other token between them, except the whole name.
    static func runs(in name: Range<Int>, _ tokens: [Token]) -> [Range<Int>] {
        var runs: [Range<Int>] = []
        var start = name.lowerBound
        while start < name.upperBound {
            guard isNameWord(tokens[start]) else {
                start += 1
                continue
            }
            var end = start
            while end < name.upperBound, isNameWord(tokens[end]) { end += 1 }
            for first in start..<end {
                for last in first + 1...min(end, first + maximumLength) where last - first < name.count {
                    runs.append(first..<last)
                }
            }
            start = end
        }
        return runs
    }

    /// A saint's name with "'s" ("St. Mary's Medical Center", "Saint Joseph's College") names a
    /// person, though "St." more often opens a place ("St. Louis Cardinals"), which is what the
    /// classifier learned from GUM.
    static func isSaintsName(_ run: Range<Int>, _ tokens: [Token]) -> Bool {
        saintKeys.contains(tokens[run.lowerBound].key) && run.upperBound < tokens.count && tokens[run.upperBound].key == TokenKey.possessive
    }

    private static let saintKeys = WordLists.keys(["st.", "st", "saint"])

    private static func isNameWord(_ token: Token) -> Bool { token.kind == .word && token.isCapitalized }

    /// The type of the run, or nil when it is no name of its own.
    func type(_ features: [UInt64]) -> Actor.Kind? {
        let k = Self.classes.count
        var scores = steps[(steps.count - k)...].map(Int32.init)
        for key in features {
            guard let column = vocabulary.column(of: key) else { continue }
            for c in 0..<k { scores[c] += Int32(steps[Int(column) * k + c]) }
        }
        let best = (1..<k).max { scores[$0] < scores[$1] }!
        // P(none) < t  ⇔  Σ exp(s_c - s_none) > (1 - t) / t over c ≠ none.
        let none = Double(scores[0]) * scale
        let others = (1..<k).reduce(0.0) { $0 + exp(Double(scores[$1]) * scale - none) }
        return others > (1 - Self.noneThreshold) / Self.noneThreshold ? Self.classes[best] : nil
    }

    /// What is known around a run: the words of its name, what the place and city tables make of
    /// the run, and what the rest of the document calls the same words.
    struct Context {
        var tokens: [Token]
        var name: Range<Int>
        var type: Actor.Kind
        /// The place table's type for exactly these tokens, if it has them.
        var tableType: (Range<Int>) -> Actor.Kind?
        /// The types the tagger gave these words where they stand as a name of their own, by `wordsKey`.
        var standalone: [UInt64: Actor.Kind]
        /// What the document says of its words (`NameFeatures.DocumentFacts`).
        var facts: NameFeatures.DocumentFacts
    }

    private enum Template: UInt64 {
        case bias = 1, outerType, word, first, last, before, after, beforeOuter, afterOuter, outerFirst, outerLast, length,
            table, standalone, firstName, allCaps, atStart, atEnd, lowerCase, afterPlaceWord, afterRole, city
    }

    /// The feature keys of the run `run` of `context.name`.
    static func features(_ run: Range<Int>, _ context: Context) -> [UInt64] {
        let tokens = context.tokens, name = context.name
        var keys: [UInt64] = []
        func add(_ template: Template, _ value: UInt64) { keys.append(TokenKey.combine(template.rawValue, value)) }
        let outer = UInt64(Self.classes.firstIndex(of: context.type) ?? 0)
        add(.bias, 0)
        add(.outerType, outer)
        for i in run { add(.word, tokens[i].key) }
        add(.first, tokens[run.lowerBound].key)
        add(.last, tokens[run.upperBound - 1].key)
        let before = run.lowerBound > name.lowerBound ? tokens[run.lowerBound - 1].key : edge
        let after = run.upperBound < name.upperBound ? tokens[run.upperBound].key : edge
        add(.before, before)
        add(.after, after)
        add(.beforeOuter, TokenKey.combine(before, outer))
        add(.afterOuter, TokenKey.combine(after, outer))
        add(.outerFirst, tokens[name.lowerBound].key)
        add(.outerLast, tokens[name.upperBound - 1].key)
        add(.length, UInt64(run.count))
        add(.atStart, run.lowerBound == name.lowerBound ? 1 : 0)
        add(.atEnd, run.upperBound == name.upperBound ? 1 : 0)
        if let type = context.tableType(run) { add(.table, UInt64(Self.classes.firstIndex(of: type) ?? 4)) }
        if let city = TableMarks.cityTable.longestMatch(tokens, at: run.lowerBound, end: run.upperBound), city.length == run.count {
            add(.city, UInt64(city.entry))
        }
        if let type = context.standalone[wordsKey(tokens[run])] { add(.standalone, UInt64(Self.classes.firstIndex(of: type) ?? 4)) }
        if let entry = FirstNames.entry(tokens[run.lowerBound].key) { add(.firstName, entry.isSurname ? 1 : 0) }
        if run.allSatisfy({ tokens[$0].isAllCaps }) { add(.allCaps, 0) }
        for i in run {
            let key = tokens[i].key
            let seen = context.facts.seen(key)
            if seen.contains(.lowerCase) { add(.lowerCase, 0) }
            if seen.contains(.afterPlaceWord) { add(.afterPlaceWord, 0) }
            if seen.contains(.afterRole) { add(.afterRole, 0) }
        }
        return keys
    }

    /// One key for a name's words, in order.
    static func wordsKey(_ tokens: ArraySlice<Token>) -> UInt64 {
        tokens.reduce(0) { TokenKey.combine($0, $1.key) }
    }

    private static let edge = TokenKey.of("<edge>")

    /// One training row: a run's features and what GUM says it is.
    struct Example {
        var features: [UInt64]
        var label: Int
    }

    /// Fits the classifier on labelled runs: C = 1, and features seen in fewer than 2 runs
    /// dropped (C = 0.3 or 3, or 1 or 3 runs, moved the cross-validated name F1 by under 0.001).
    static func train(_ examples: [Example], c: Double = 1, minimumCount: Int = 2) throws -> NestedNames {
        guard Set(examples.map(\.label)).count >= 2 else {
            throw StanceError.data("the entity training data has no names nested inside others to learn from")
        }
        let rows = examples.map(\.features)
        let vocabulary = KeyVocabulary(rows, minimumCount: minimumCount)
        let (model, _) = try LogisticRegression(c: c, classWeight: .none).fit(
            vocabulary.matrix(rows), labels: examples.map(\.label), classes: classNames)
        // The weights the model file can hold, so every figure measured is the shipped model's.
        let (scale, steps) = EntityTaggerArtifact.quantize(model.weights)
        return NestedNames(keys: vocabulary.keys, steps: steps, scale: scale)
    }
}
