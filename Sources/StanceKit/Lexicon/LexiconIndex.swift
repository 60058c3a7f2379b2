/// Every lexicon of a pipeline in one table, so one probe per token gives each lexicon's
/// valence (separate tables cost a cache miss per lexicon per token).
package struct LexiconIndex: Sendable {
    package let lexiconCount: Int
    private let rows: KeyTable<Int32>
    /// rows × lexiconCount valences.
    private let values: [Double]

    package init(_ lexicons: [SentimentLexicon]) {
        // In the dictionaries' order, which differs from run to run: that only numbers the rows.
        // Two words of one lexicon with one key would make the valence depend on that order, so
        // then the words go in sorted order, the last one's valence kept, as on every run.
        if let index = Self.build(lexicons, sorted: false) { self = index } else { self = Self.build(lexicons, sorted: true)! }
    }

    private init(lexiconCount: Int, rows: KeyTable<Int32>, values: [Double]) {
        self.lexiconCount = lexiconCount
        self.rows = rows
        self.values = values
    }

    /// The index, or nil when unsorted words of one lexicon share a key.
    private static func build(_ lexicons: [SentimentLexicon], sorted: Bool) -> LexiconIndex? {
        let n = lexicons.count
        var rows = KeyTable<Int32>(minimumCapacity: lexicons.map(\.count).reduce(0, +))
        var values: [Double] = []
        var filled: [Bool] = []  // rows × lexicons: whether a word of the lexicon set it
        for (l, lexicon) in lexicons.enumerated() {
            let entries = sorted ? lexicon.entries.sorted { $0.key < $1.key } : Array(lexicon.entries)
            for (word, valence) in entries {
                let key = TokenKey.of(word)
                let row: Int
                if let existing = rows[key] {
                    row = Int(existing)
                } else {
                    row = values.count / max(1, n)
                    rows[key] = Int32(row)
                    for _ in 0..<n {
                        values.append(0)
                        filled.append(false)
                    }
                }
                if filled[row * n + l] && !sorted { return nil }
                filled[row * n + l] = true
                values[row * n + l] = valence
            }
        }
        return LexiconIndex(lexiconCount: n, rows: rows, values: values)
    }

    @inline(__always)
    package func row(of key: UInt64) -> Int? { rows[key].map(Int.init) }

    @inline(__always)
    package func valence(row: Int, lexicon: Int) -> Double { values[row * lexiconCount + lexicon] }
}
