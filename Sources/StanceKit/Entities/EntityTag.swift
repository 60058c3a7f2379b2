/// The tagger's labels: BIO tags over the four name types it recognises.
///
/// Groups (nationalities, parties, "the West") come from the place table, not from the tagger:
/// the gold data has too few of them to learn from.
enum EntityTag {
    /// Name types the tagger tells apart, in tag order.
    static let types: [Actor.Kind] = [.person, .organisation, .place, .other]

    /// "O", then "B-person", "I-person", … in `types` order.
    static let names: [String] = ["O"] + types.flatMap { ["B-\($0.rawValue)", "I-\($0.rawValue)"] }

    static let outside = 0
    static func begin(_ type: Int) -> Int { 1 + 2 * type }
    static func inside(_ type: Int) -> Int { 2 + 2 * type }
    /// The type index of a B or I tag.
    static func type(of tag: Int) -> Int { (tag - 1) / 2 }
    static func isInside(_ tag: Int) -> Bool { tag > 0 && tag % 2 == 0 }

    /// Whether `tag` may follow `previous` (nil: the sentence start): an I continues a name of its type.
    static func allowed(_ tag: Int, after previous: Int?) -> Bool {
        guard isInside(tag) else { return true }
        guard let previous, previous != outside else { return false }
        return type(of: previous) == type(of: tag)
    }
}
