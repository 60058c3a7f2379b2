/// Countries, blocs and groups that news names in many ways, as one table of actors.
///
/// Built from `CountryTable` (generated from mledoze/countries: every country's names and
/// demonyms) plus what news adds to it, written for this project: short forms ("U.S.",
/// "Britain"), seats of government that always stand for their government ("Kremlin", "White
/// House", "Downing Street"), blocs and organisations ("EU", "NATO", "G7"), and groups ("the
/// West"). Capitals are entries of their own, typed place, each knowing its country
/// (`governs`): the detector merges a capital into its country only where it stands for the
/// government ("Beijing warned"), not where it is a city ("moved from Berlin to London").
public enum PlaceGazetteer {
    /// Every entry: countries and blocs first, then capitals.
    public static let entries: [Actor] = table.entries

    /// For a capital's entry, the entry of the country it is the seat of; nil for the others.
    static let governs: [Int?] = table.governs

    /// Names news uses beside mledoze's, keyed by mledoze's common name: short forms, seats of
    /// government and older spellings.
    private static let extraAliases: [String: [String]] = [
        "United States": ["U.S.", "US", "U.S.A.", "America", "White House", "Pentagon", "Capitol Hill"],
        "Russia": ["Kremlin", "Russian Federation"],
        "United Kingdom": ["UK", "U.K.", "Britain", "Great Britain", "Downing Street", "British", "Briton", "Britons", "Whitehall"],
        "France": ["Elysee", "Élysée", "Elysee Palace", "Élysée Palace"],
        "China": ["PRC", "Zhongnanhai", "Chinese"],
        "Türkiye": ["Turkey", "Turkish", "Turks"],
        "North Korea": ["DPRK", "North Korean", "North Koreans"],
        "South Korea": ["Blue House", "South Korean", "South Koreans"],
        "Israel": ["Knesset"],
        "Vatican City": ["Vatican", "Holy See"],
        "Czechia": ["Czech Republic", "Czech", "Czechs"],
        "Ivory Coast": ["Côte d'Ivoire", "Cote d'Ivoire", "Ivorian", "Ivorians"],
        "DR Congo": ["Democratic Republic of Congo", "DRC"],
        "Netherlands": ["Holland"],
        "Myanmar": ["Burma", "Burmese"],
        "Argentina": ["Argentinian", "Argentinians"],
    ]

    /// Capitals as news names them, where mledoze's name is not: (mledoze's, news's).
    private static let capitalNames: [String: String] = ["Washington D.C.": "Washington"]

    /// Capitals as news writes them, beside mledoze's.
    private static let extraCapitals: [String: [String]] = [
        "United States": ["Washington D.C.", "Washington, D.C."],
        "Ukraine": ["Kiev"],
        "Brazil": ["Brasilia"],
        "India": ["Delhi"],
    ]

    /// Blocs, organisations and groups: name, type, aliases.
    private static let blocs: [(String, Actor.Kind, [String])] = [
        ("European Union", .organisation, ["EU", "E.U.", "European Commission"]),
        ("NATO", .organisation, ["Nato", "North Atlantic Treaty Organization", "North Atlantic Alliance"]),
        ("United Nations", .organisation, ["UN", "U.N.", "UN Security Council", "Security Council", "UN General Assembly"]),
        ("G7", .organisation, ["Group of Seven", "G-7"]),
        ("G20", .organisation, ["Group of Twenty", "G-20"]),
        ("African Union", .organisation, ["AU"]),
        ("ASEAN", .organisation, ["Association of Southeast Asian Nations"]),
        ("OPEC", .organisation, ["Organization of the Petroleum Exporting Countries"]),
        ("BRICS", .organisation, []),
        ("World Health Organization", .organisation, ["WHO", "World Health Organisation"]),
        ("International Monetary Fund", .organisation, ["IMF"]),
        ("World Bank", .organisation, []),
        ("the West", .group, ["West", "Western", "Western countries", "Western nations", "Western allies"]),
        ("Hamas", .group, []),
        ("Hezbollah", .group, []),
        ("Taliban", .group, []),
    ]

    private static let table: (entries: [Actor], governs: [Int?]) = {
        var entries: [Actor] = blocs.map { Actor(name: $0.0, type: $0.1, aliases: $0.2) }
        var capitals: [(city: Actor, country: Int)] = []
        for row in CountryTable.rows {
            let index = entries.count
            entries.append(Actor(name: row.name, type: .place, aliases: row.aliases + (extraAliases[row.name] ?? [])))
            for (k, capital) in row.capitals.enumerated() {
                let name = capitalNames[capital] ?? capital
                capitals.append((Actor(name: name, type: .place, aliases: k == 0 ? extraCapitals[row.name] ?? [] : []), index))
            }
        }
        var governs = [Int?](repeating: nil, count: entries.count)
        for capital in capitals {
            entries.append(capital.city)
            governs.append(capital.country)
        }
        return (entries, governs)
    }()
}
