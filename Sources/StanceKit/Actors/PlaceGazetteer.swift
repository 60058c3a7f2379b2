/// Countries, blocs and groups that news names in many ways, as one table of actors.
///
/// Built from `CountryTable` (generated from mledoze/countries: every country's names and
/// demonyms) plus what news adds to it, written for this project: short forms ("U.S.",
/// "Britain"), seats of government that always stand for their government ("Kremlin", "White
/// House", "Downing Street"), blocs and international bodies ("EU", "NATO", "G7", "IMF", the Fed,
/// Amnesty International), and groups ("the West"). Capitals are entries of their own, typed
/// place, each knowing its country (`governs`): the detector merges a capital into its country
/// only where it stands for the government ("Beijing warned"), not where it is a city ("moved
/// from Berlin to London").
package enum PlaceGazetteer {
    /// Every entry: countries and blocs first, then capitals.
    package static let entries: [Actor] = table.entries

    /// For a capital's entry, the entry of the country it is the seat of; nil for the others.
    static let governs: [Int?] = table.governs

    /// The name of the country (or bloc) whose capital a city is, by the city's name: "Buenos
    /// Aires" → "Argentina".
    static let countryOfCapital: [String: String] = Dictionary(
        entries.indices.compactMap { i in governs[i].map { (entries[i].name, entries[$0].name) } }, uniquingKeysWith: { first, _ in first })

    /// Names news uses beside mledoze's, keyed by mledoze's common name: short forms, seats of
    /// government and older spellings.
    private static let extraAliases: [String: [String]] = [
        "United States": ["U.S.", "US", "U.S.A.", "America", "White House", "Pentagon", "Capitol Hill"],
        "Russia": ["Kremlin", "Russian Federation"],
        "United Kingdom": ["UK", "U.K.", "Britain", "Great Britain", "Downing Street", "Whitehall"],
        "France": ["Elysee", "Élysée", "Elysee Palace", "Élysée Palace"],
        "China": ["PRC", "Zhongnanhai"],
        "Türkiye": ["Turkey"],
        "North Korea": ["DPRK"],
        "South Korea": ["Blue House"],
        "Israel": ["Knesset"],
        "Vatican City": ["Vatican", "Holy See"],
        "Czechia": ["Czech Republic"],
        "Ivory Coast": ["Côte d'Ivoire", "Cote d'Ivoire"],
        "DR Congo": ["Democratic Republic of Congo", "DRC"],
        "Netherlands": ["Holland"],
        "Myanmar": ["Burma"],
        "Chile": ["La Moneda", "Palacio de La Moneda"],
        "Argentina": ["Casa Rosada"],
        "Brazil": ["Planalto", "Planalto Palace", "Itamaraty"],
        "Japan": ["Kantei"],
        "Italy": ["Palazzo Chigi", "Quirinale"],
        "Spain": ["Moncloa"],
        "Ukraine": ["Bankova"],
        "Canada": ["Parliament Hill"],
    ]

    /// Demonyms news uses beside mledoze's, keyed the same way.
    private static let extraDemonyms: [String: [String]] = [
        "United Kingdom": ["British", "Briton", "Britons"],
        "China": ["Chinese"],
        "Türkiye": ["Turkish", "Turks"],
        "North Korea": ["North Korean", "North Koreans"],
        "South Korea": ["South Korean", "South Koreans"],
        "Czechia": ["Czech", "Czechs"],
        "Ivory Coast": ["Ivorian", "Ivorians"],
        "Myanmar": ["Burmese"],
        "Argentina": ["Argentinian", "Argentinians"],
    ]

    /// The keys of every demonym ("Dutch", "Americans", "Western"): words that refer to a
    /// country or group without being its name, so their mentions are not names.
    static let demonyms: Set<UInt64> = Set(
        (CountryTable.rows.flatMap { $0.demonyms + (extraDemonyms[$0.name] ?? []) } + ["Western"]).map { TokenKey.of($0) })

    /// Adjectives news uses as demonyms that mledoze has only among a country's spellings ("the
    /// Saudi crown prince"; its demonym is "Saudi Arabian"). Descriptions read them; `demonyms`,
    /// which the name rules read (and through them the tagger's names inside names), leaves
    /// them out.
    static let shortDemonyms: Set<UInt64> = Set(["Saudi"].map { TokenKey.of($0) })

    /// Capitals as news names them, where mledoze's name is not: (mledoze's, news's).
    private static let capitalNames: [String: String] = ["Washington D.C.": "Washington"]

    /// Capitals whose government in the news is another entry's: "Brussels has imposed tariffs"
    /// is the European Union far more often than Belgium.
    private static let governmentOverrides: [String: String] = ["Brussels": "European Union"]

    /// Capitals as news writes them, beside mledoze's.
    private static let extraCapitals: [String: [String]] = [
        "United States": ["Washington D.C.", "Washington, D.C."],
        "Ukraine": ["Kiev"],
        "Brazil": ["Brasilia"],
        "India": ["Delhi"],
    ]

    /// The blocs of countries that news calls "the bloc".
    static let blocsOfCountries: Set<String> = ["European Union", "African Union", "ASEAN", "BRICS", "G7", "G20", "OPEC"]

    /// The armed groups of `blocs`: what "the militant group" and "the movement" may mean.
    static let armedGroups: Set<String> = ["Hamas", "Hezbollah", "Taliban"]

    /// The central banks of `bodies`: what "the bank" and "the central bank" may mean.
    static let centralBanks: Set<String> = ["Federal Reserve", "European Central Bank", "Bank of England", "Bank of Japan"]

    /// The names of `blocs` and `bodies`: bodies of governments and charities, which "the
    /// company" never means.
    static let blocNames = Set((blocs + bodies).map(\.0))

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

    /// International bodies, central banks and charities added after the entity tagger was
    /// trained: the detector finds them, the tagger's features do not read them
    /// (`TableMarks.placeTable`), so the tagger keeps its bits.
    private static let bodies: [(String, Actor.Kind, [String])] = [
        ("World Trade Organization", .organisation, ["WTO", "World Trade Organisation"]),
        ("OECD", .organisation, ["Organisation for Economic Co-operation and Development", "Organization for Economic Cooperation and Development"]),
        ("International Atomic Energy Agency", .organisation, ["IAEA"]),
        ("International Criminal Court", .organisation, []),
        ("UNESCO", .organisation, []),
        ("UNICEF", .organisation, []),
        ("UNHCR", .organisation, ["UN refugee agency", "U.N. refugee agency"]),
        ("Interpol", .organisation, []),
        ("Federal Reserve", .organisation, ["Fed", "Federal Reserve Board", "US Federal Reserve", "U.S. Federal Reserve"]),
        ("European Central Bank", .organisation, ["ECB"]),
        ("Bank of England", .organisation, ["BoE"]),
        ("Bank of Japan", .organisation, ["BOJ", "BoJ"]),
        // Non-governmental organisations news quotes as bodies.
        ("Amnesty International", .organisation, []),
        ("Human Rights Watch", .organisation, []),
        ("International Committee of the Red Cross", .organisation, ["ICRC"]),  // not "Red Cross": America has its own
        ("Doctors Without Borders", .organisation, ["Médecins Sans Frontières", "Medecins Sans Frontieres", "MSF"]),
        ("Greenpeace", .organisation, []),
        ("International Olympic Committee", .organisation, ["IOC"]),
        ("FIFA", .organisation, []),
    ]

    /// The entries of `bodies`, which the tagger's features leave out.
    static let untaggedBodies = blocs.count..<blocs.count + bodies.count

    private static let table: (entries: [Actor], governs: [Int?]) = {
        var entries: [Actor] = (blocs + bodies).map { Actor(name: $0.0, type: $0.1, aliases: $0.2) }
        var capitals: [(city: Actor, country: Int)] = []
        for row in CountryTable.rows {
            let index = entries.count
            let aliases = row.aliases + row.demonyms + (extraAliases[row.name] ?? []) + (extraDemonyms[row.name] ?? [])
            entries.append(Actor(name: row.name, type: .place, aliases: aliases))
            for (k, capital) in row.capitals.enumerated() {
                let name = capitalNames[capital] ?? capital
                capitals.append((Actor(name: name, type: .place, aliases: k == 0 ? extraCapitals[row.name] ?? [] : []), index))
            }
        }
        var governs = [Int?](repeating: nil, count: entries.count)
        for capital in capitals {
            entries.append(capital.city)
            let override = governmentOverrides[capital.city.name].flatMap { name in entries.firstIndex { $0.name == name } }
            governs.append(override ?? capital.country)
        }
        return (entries, governs)
    }()
}
