/// The city table (`CityTable`) as the entity tagger reads it: each name's words as one key.
///
/// An `AliasTable` keeps an array per name; 38,369 of them cost about 30 ms of every run's
/// start. Here the table is tokenized in one pass and each name is one hash of its words'
/// keys, looked up for each length at a token, up to the longest name's.
struct CityNames: Sendable {
    /// The key of each name's words → the number of its size list (the first list wins).
    private var sizes: [UInt64: Int] = [:]
    /// The most words in a name.
    private var longest = 0

    /// `lists` in order, each one name per line.
    init(_ lists: [String]) {
        let tokenizer = WordTokenizer()
        for (size, lines) in lists.enumerated() {
            let text = CodePointText(lines)
            let tokens = tokenizer.tokenize(text)
            sizes.reserveCapacity(sizes.count + tokens.count / 2)
            var key: UInt64 = 0
            var count = 0
            for (i, token) in tokens.enumerated() {
                key = TokenKey.combine(key, token.key)
                count += 1
                if i == tokens.count - 1 || text.scalars[token.span.end..<tokens[i + 1].span.start].contains("\n") {
                    if sizes[key] == nil { sizes[key] = size }
                    longest = max(longest, count)
                    key = 0
                    count = 0
                }
            }
        }
    }

    /// The longest name starting at token `i` and ending by `end`, with its size list. Names are
    /// proper nouns: none starts with a lower-case word.
    func longestMatch(_ tokens: [Token], at i: Int, end: Int) -> (length: Int, entry: Int)? {
        guard longest > 0, tokens[i].isCapitalized || tokens[i].kind != .word else { return nil }
        var key: UInt64 = 0
        var found: (length: Int, entry: Int)? = nil
        for length in 1...min(longest, end - i) {
            key = TokenKey.combine(key, tokens[i + length - 1].key)
            if let size = sizes[key] { found = (length, size) }
        }
        return found
    }
}
