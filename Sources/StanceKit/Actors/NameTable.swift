/// A table of names found by their longest match at a token: the alias table of places and
/// custom actors (`AliasTable`), the city table (`CityNames`).
protocol NameTable {
    /// The longest name starting at token `i` and ending by `end`, with its entry.
    func longestMatch(_ tokens: [Token], at i: Int, end: Int) -> (length: Int, entry: Int)?
}

extension NameTable {
    /// The table's names in `tokens[range]`, left to right: at each token its longest name if
    /// `accept` takes it (its tokens, its entry), and on past it; else on by one token.
    func matches(_ tokens: [Token], in range: Range<Int>, accept: (Range<Int>, Int) -> Bool = { _, _ in true }) -> [(tokens: Range<Int>, entry: Int)] {
        var found: [(tokens: Range<Int>, entry: Int)] = []
        var i = range.lowerBound
        while i < range.upperBound {
            if let (length, entry) = longestMatch(tokens, at: i, end: range.upperBound), accept(i..<i + length, entry) {
                found.append((i..<i + length, entry))
                i += length
            } else {
                i += 1
            }
        }
        return found
    }
}
