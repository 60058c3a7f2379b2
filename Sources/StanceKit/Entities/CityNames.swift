/// The city table (`CityTable`) as the entity tagger reads it: each name's words as one key.
///
/// An `AliasTable` keeps an array per name; 38,369 of them added 20–40 ms to every run's
/// start. Here the table is tokenized in one pass and each name is one hash of its words'
/// keys, looked up for each length at a token, up to the longest name that starts with its word.
struct CityNames: NameTable, Sendable {
    /// The key of each name's words → the number of its size list (the first list wins).
    private var sizes = KeyTable<Int>()
    /// By first word, the most words in a name that starts with it.
    private var longest = KeyTable<Int>()

    /// `lists` in order, each one name per line.
    init(_ lists: [String]) {
        let tokenizer = WordTokenizer()
        for (size, lines) in lists.enumerated() {
            let text = CodePointText(lines)
            let tokens = tokenizer.tokenize(text)
            var key: UInt64 = 0
            var start = 0
            for (i, token) in tokens.enumerated() {
                key = TokenKey.combine(key, token.key)
                if i == tokens.count - 1 || text.scalars[token.span.end..<tokens[i + 1].span.start].contains("\n") {
                    if sizes[key] == nil { sizes[key] = size }
                    longest[tokens[start].key] = max(longest[tokens[start].key] ?? 0, i + 1 - start)
                    key = 0
                    start = i + 1
                }
            }
        }
    }

    /// The longest name starting at token `i` and ending by `end`, with its size list. Names are
    /// proper nouns: none starts with a lower-case word.
    func longestMatch(_ tokens: [Token], at i: Int, end: Int) -> (length: Int, entry: Int)? {
        guard tokens[i].isCapitalized || tokens[i].kind != .word, let longest = longest[tokens[i].key] else { return nil }
        var key: UInt64 = 0
        var found: (length: Int, entry: Int)? = nil
        for length in 1...min(longest, end - i) {
            key = TokenKey.combine(key, tokens[i + length - 1].key)
            if let size = sizes[key] { found = (length, size) }
        }
        return found
    }
}
