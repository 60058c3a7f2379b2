/// A sentiment lexicon: words with a valence, looked up by token key.
///
/// Two kinds, because they carry different information and work best as separate features:
/// - `.valence`: graded scores, as in VADER (`token<TAB>mean<TAB>sd<TAB>ratings`, −4…4),
///   stored divided by 4 so that every lexicon lives in −1…1;
/// - `.polarity`: word lists such as Bing Liu's, every word +1 or −1.
///
/// The entries are stored in model files, so scoring never needs the lexicon files again.
public struct SentimentLexicon: Sendable, Codable, Equatable {
    package enum Kind: String, Sendable, Codable {
        case valence, polarity
    }

    /// The file it came from (a model records lexicons by name and checksum).
    public let name: String
    package let kind: Kind
    /// Normalised word → valence in −1…1.
    package let entries: [String: Double]

    package init(name: String, kind: Kind, entries: [String: Double]) {
        self.name = name
        self.kind = kind
        self.entries = entries
    }

    package func valence(of word: String) -> Double { entries[word.lowercased()] ?? 0 }

    /// Words with a valence.
    public var count: Int { entries.count }

    /// A checksum of the entries, for model metadata (FNV-1a over the sorted entries).
    package var checksum: String {
        var text = "\(name)|\(kind.rawValue)"
        for word in entries.keys.sorted() { text += "|\(word)=\(entries[word]!)" }
        return String(TokenKey.of(text), radix: 16)
    }

    enum CodingKeys: String, CodingKey { case name, kind, entries }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            name: try c.decode(String.self, forKey: .name),
            kind: try c.decode(Kind.self, forKey: .kind),
            entries: try c.decode([String: Double].self, forKey: .entries))
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(name, forKey: .name)
        try c.encode(kind, forKey: .kind)
        try c.encode(entries, forKey: .entries)
    }

    public static func == (a: Self, b: Self) -> Bool {
        a.name == b.name && a.kind == b.kind && a.entries == b.entries
    }
}
