import Dispatch

/// What the name tables know of each token of a paragraph, as feature values for the entity
/// tagger (0 where a table knows nothing): the place table's type of the longest name covering
/// the token, and the city table's size; each with whether the token begins that name.
struct TableMarks: Sendable {
    var places: [UInt64]
    var cities: [UInt64]

    init(_ paragraph: TokenizedParagraph) {
        places = Self.marks(paragraph, Self.placeTable) { TokenKey.of(PlaceGazetteer.entries[$0].type.rawValue) }
        cities = Self.marks(paragraph, Self.cityTable) { UInt64($0 + 1) }
    }

    /// Per token, `value` of the entry of the table's name covering it, with whether it begins the name.
    private static func marks(_ paragraph: TokenizedParagraph, _ table: some NameTable, value: (Int) -> UInt64) -> [UInt64] {
        var marks = [UInt64](repeating: 0, count: paragraph.tokens.count)
        for sentence in paragraph.sentences {
            for (name, entry) in table.matches(paragraph.tokens, in: sentence) {
                let key = value(entry)
                for j in name { marks[j] = TokenKey.combine(key, j == name.lowerBound ? 1 : 2) }
            }
        }
        return marks
    }

    /// Countries, blocs and capitals (`PlaceGazetteer`), not the bodies added since the tagger was trained.
    static let placeTable: AliasTable = {
        var table = AliasTable()
        table.acronymsInCapitals = false
        for (i, actor) in PlaceGazetteer.entries.enumerated() where !PlaceGazetteer.untaggedBodies.contains(i) {
            for name in [actor.name] + actor.aliases { table.add(name, entry: i) }
        }
        return table
    }()

    /// Cities and US states (`CityTable`), each entry the number of its size list: a city of a
    /// million people is more likely a place than a town of 20,000 named "Bar" or "Temple".
    static let cityTable = CityNames([CityTable.millions, CityTable.large, CityTable.towns, CityTable.states])
    /// The entries of `cityTable`'s cities of 100,000 people or more, and of its US states.
    static let largeCityLists = 0...1
    /// The entries of `cityTable`'s cities under a million people.
    static let townLists = 1...2
    static let statesList = 3

    /// Starts building the tables on another thread: the city table's 38,369 names take about
    /// 15 ms to tokenize, which then overlap the loading of the tagger instead of adding to it.
    static func prepare() {
        DispatchQueue.global(qos: .userInitiated).async { _ = (placeTable, cityTable) }
    }
}
