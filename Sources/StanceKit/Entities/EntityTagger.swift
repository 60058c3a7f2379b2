import Foundation

/// A fitted named-entity tagger: logistic regression over `NameFeatures`, one BIO tag per
/// token, decoded per sentence with the Viterbi algorithm so that every I tag continues a name
/// of its own type.
///
/// Trained by `EntityTaggerTrainer` on the same engine as the stance model (the
/// `LogisticRegression` fit: L-BFGS with BLAS vector algebra); the built-in one was trained on
/// GUM (`models/gum-ner-v1`).
package struct EntityTagger: Sendable {
    /// The feature keys kept in training, sorted, and their columns.
    private let vocabulary: KeyVocabulary
    /// The weights as the model file holds them: `EntityTag.names.count` steps per column, one
    /// per tag, then the biases; a weight is its step times `scale`. Kept as steps (18 bytes a
    /// column, not 72) because looking up some 25 columns per token is most of tagging, and
    /// the columns then fit in the core's cache; a sum of steps is exact.
    let steps: [Int16]
    let scale: Double
    /// The classifier of names inside found names ("Leiden" in "Leiden University"), when the
    /// tagger was trained on data that marks them.
    let nested: NestedNames?
    package let training: EntityTaggerTrainer.Record

    /// The feature keys kept in training, sorted: column `i` is `keys[i]`.
    var keys: [UInt64] { vocabulary.keys }

    init(keys: [UInt64], steps: [Int16], scale: Double, nested: NestedNames? = nil, training: EntityTaggerTrainer.Record) {
        precondition(steps.count == (keys.count + 1) * EntityTag.names.count && scale > 0)
        self.steps = steps
        self.scale = scale
        self.nested = nested
        self.training = training
        vocabulary = KeyVocabulary(keys: keys)
    }

    /// The names of every paragraph of one document (the document's own words inform the tags).
    package func names(in document: [TokenizedParagraph]) -> [[TaggedName]] {
        names(in: document, facts: Self.facts(document))
    }

    /// The names of every paragraph of one document whose facts the caller has already read.
    func names(in document: [TokenizedParagraph], facts: NameFeatures.DocumentFacts) -> [[TaggedName]] {
        var keys: [UInt64] = []
        var scores: [Double] = []
        return document.map { paragraph in
            let shapes = paragraph.tokens.map { NameFeatures.shape($0, paragraph.text) }
            let tables = TableMarks(paragraph)
            var names: [TaggedName] = []
            for sentence in paragraph.sentences where !sentence.isEmpty {
                scores.removeAll(keepingCapacity: true)
                for i in sentence {
                    if Self.isFarFromCapitals(paragraph.tokens, i, sentence) {
                        scores.append(0)  // log 1 for "outside", log 0 for every other tag
                        for _ in 1..<EntityTag.names.count { scores.append(-.infinity) }
                        continue
                    }
                    keys.removeAll(keepingCapacity: true)
                    NameFeatures().keys(
                        paragraph.tokens, paragraph.text, sentence: sentence, at: i, shapes: shapes, tables: tables,
                        facts: facts, into: &keys)
                    appendLogProbabilities(keys, to: &scores)
                }
                names += Self.decode(scores, offset: sentence.lowerBound)
            }
            return names
        }
    }

    /// Whether no token within `capitalReach` of token `i` in its sentence is capitalised: such a
    /// token is tagged outside every name without asking the classifier, which then sees about
    /// half of a news article's tokens. Two tokens either side keep the lower-case parts of names
    /// ("al-Qaida", "Bank of the Ozarks"); with one, 14 of PerSenT dev's 578 articles changed, with
    /// two, 2 (one better, one worse), and GUM dev's names went 0.8346 → 0.8418: a lower-case run
    /// the classifier had glued to a name ("Cassie Cava (@cassie.cava)") no longer sinks it.
    static func isFarFromCapitals(_ tokens: [Token], _ i: Int, _ sentence: Range<Int>) -> Bool {
        for j in max(i - capitalReach, sentence.lowerBound)...min(i + capitalReach, sentence.upperBound - 1) where tokens[j].isCapitalized {
            return false
        }
        return true
    }

    /// Tokens either side that `isFarFromCapitals` looks at.
    static let capitalReach = 2

    /// Appends the log-probabilities of the tags for one token's feature keys.
    func appendLogProbabilities(_ keys: [UInt64], to scores: inout [Double]) {
        let k = EntityTag.names.count
        let bias = steps.count - k
        // Every column first, then their steps: the look-ups do not wait on each other, so
        // their cache misses overlap.
        withUnsafeTemporaryAllocation(of: Int.self, capacity: keys.count) { rows in
            var found = 0
            for key in keys {
                guard let column = vocabulary.column(of: key) else { continue }
                rows[found] = Int(column) * k
                found += 1
            }
            steps.withUnsafeBufferPointer { w in
                withUnsafeTemporaryAllocation(of: Int32.self, capacity: k) { sum in
                    for c in 0..<k { sum[c] = Int32(w[bias + c]) }
                    // Eight tags at a time, then the rest one by one (sums of steps are exact,
                    // so the order does not matter).
                    let bytes = UnsafeRawPointer(w.baseAddress!)
                    var first = 0
                    while first + 8 <= k {
                        var lanes = SIMD8<Int32>.zero
                        for row in rows[..<found] {
                            let steps = bytes.loadUnaligned(fromByteOffset: (row + first) * MemoryLayout<Int16>.stride, as: SIMD8<Int16>.self)
                            lanes &+= SIMD8<Int32>(truncatingIfNeeded: steps)
                        }
                        for j in 0..<8 { sum[first + j] &+= lanes[j] }
                        first += 8
                    }
                    for row in rows[..<found] {
                        for c in first..<k { sum[c] &+= Int32(w[row + c]) }
                    }
                    for c in 0..<k { scores.append(Double(sum[c]) * scale) }
                }
            }
        }
        let start = scores.count - k
        var m = -Double.infinity
        for c in start..<start + k { m = max(m, scores[c]) }
        var sum = 0.0
        for c in start..<start + k { sum += exp(scores[c] - m) }
        let logSum = log(sum) + m
        for c in start..<start + k { scores[c] -= logSum }
    }

    /// The best tag sequence under the BIO constraint, as names; `scores` holds each token's
    /// tag log-probabilities one after another.
    static func decode(_ flat: [Double], offset: Int) -> [TaggedName] {
        let k = EntityTag.names.count
        func scores(_ i: Int, _ t: Int) -> Double { flat[i * k + t] }
        let tags = bestTags(flat)
        let n = tags.count
        var names: [TaggedName] = []
        var i = 0
        while i < n {
            guard tags[i] != EntityTag.outside else {
                i += 1
                continue
            }
            let type = EntityTag.type(of: tags[i])
            var end = i + 1
            while end < n, tags[end] == EntityTag.inside(type) { end += 1 }
            let confidence = (i..<end).reduce(0) { $0 + exp(scores($1, tags[$1])) } / Double(end - i)
            let name = TaggedName(tokens: offset + i..<offset + end, type: EntityTag.types[type], confidence: confidence)
            // Two names with nothing between them are one ("San" + "Francisco Bay", "John" +
            // "FitzGibbon"): English puts a word or a comma between two names. The type is the
            // one tagged more surely over the tokens.
            if let last = names.last, last.tokens.upperBound == name.tokens.lowerBound {
                let weight = (last: last.confidence * Double(last.tokens.count), this: confidence * Double(end - i))
                names[names.count - 1] = TaggedName(
                    tokens: last.tokens.lowerBound..<name.tokens.upperBound, type: weight.last >= weight.this ? last.type : name.type,
                    confidence: (weight.last + weight.this) / Double(last.tokens.count + end - i))
            } else {
                names.append(name)
            }
            i = end
        }
        return names
    }

    /// The Viterbi path: per token, the tag of the best-scoring sequence in which every I tag
    /// continues a name of its own type (`EntityTag.allowed`); ties go to the lower tag.
    static func bestTags(_ flat: [Double]) -> [Int] {
        let k = EntityTag.names.count
        let n = flat.count / k
        guard n > 0 else { return [] }
        // Viterbi tables, row i holding token i's k tags.
        var best = [Double](repeating: -.infinity, count: n * k)
        var back = [Int](repeating: 0, count: n * k)
        for t in 0..<k where EntityTag.allowed(t, after: nil) { best[t] = flat[t] }
        best.withUnsafeMutableBufferPointer { best in
            back.withUnsafeMutableBufferPointer { back in
                for i in 1..<n {
                    let row = i * k, previous = row - k
                    for t in 0..<k {
                        // `EntityTag.allowed`: an I tag follows the B or I of its type (t - 1 and t), any other tag anything.
                        let after = EntityTag.isInside(t) ? t - 1...t : 0...k - 1
                        let score = flat[row + t]
                        for p in after where best[previous + p] > -.infinity {
                            let value = best[previous + p] + score
                            if value > best[row + t] {
                                best[row + t] = value
                                back[row + t] = p
                            }
                        }
                    }
                }
            }
        }
        var tags = [Int](repeating: 0, count: n)
        let last = (n - 1) * k
        tags[n - 1] = (0..<k).max { best[last + $0] < best[last + $1] }!
        for i in stride(from: n - 1, to: 0, by: -1) { tags[i - 1] = back[i * k + tags[i]] }
        return tags
    }

    static func facts(_ document: [TokenizedParagraph]) -> NameFeatures.DocumentFacts {
        NameFeatures.DocumentFacts(document.flatMap { paragraph in paragraph.sentences.map { (paragraph.tokens, $0) } })
    }
}

extension EntityTagger {
    /// The same tagger with its dev figures recorded.
    package func with(dev: EntityEvaluation) -> EntityTagger {
        var record = training
        record.dev = dev
        return EntityTagger(keys: keys, steps: steps, scale: scale, nested: nested, training: record)
    }
}
