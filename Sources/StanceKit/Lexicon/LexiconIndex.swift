/// Every lexicon of a pipeline in one table, so one probe per token gives each lexicon's
/// valence (separate tables cost a cache miss per lexicon per token).
package struct LexiconIndex: Sendable {
    package let lexiconCount: Int
    private let rows: KeyTable<Int32>
    /// rows × lexiconCount valences.
    private let values: [Double]

    package init(_ lexicons: [SentimentLexicon]) {
        lexiconCount = lexicons.count
        var rows = KeyTable<Int32>(minimumCapacity: lexicons.map(\.count).reduce(0, +))
        var values: [Double] = []
        for (l, lexicon) in lexicons.enumerated() {
            // Sorted, so that rows are numbered the same way on every run.
            for word in lexicon.entries.keys.sorted() {
                let key = TokenKey.of(word)
                let row: Int
                if let existing = rows[key] {
                    row = Int(existing)
                } else {
                    row = values.count / max(1, lexicons.count)
                    rows[key] = Int32(row)
                    values.append(contentsOf: [Double](repeating: 0, count: lexicons.count))
                }
                values[row * lexicons.count + l] = lexicon.entries[word]!
            }
        }
        self.rows = rows
        self.values = values
    }

    @inline(__always)
    package func row(of key: UInt64) -> Int? { rows[key].map(Int.init) }

    @inline(__always)
    package func valence(row: Int, lexicon: Int) -> Double { values[row * lexiconCount + lexicon] }
}
