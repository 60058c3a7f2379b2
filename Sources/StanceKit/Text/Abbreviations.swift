/// Abbreviations that keep their final period as part of the token ("Dr.", "Jan."), so that
/// the period does not end a sentence. Lower-case, without the period.
enum Abbreviations {
    /// Titles and name parts: always followed by a name, so never the end of a sentence.
    static let titles: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "capt", "cpt",
        "sgt", "adm", "cmdr", "maj", "rev", "fr", "pres", "sr", "jr", "st", "mt", "ft", "hon",
        "amb", "supt", "det", "insp", "atty", "messrs", "mme", "mlle", "pvt", "pfc", "cpl", "spc",
    ]

    /// Other common abbreviations in news text; these may end a sentence.
    static let others: Set<String> = [
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "inc", "corp", "ltd", "co", "bros", "vs", "etc", "no", "nos", "dept", "univ", "approx",
        "est", "al", "fig", "vol", "ave", "blvd", "rd", "cf",
    ]

    static let titleKeys: Set<UInt64> = Set(titles.map(TokenKey.of))
    static let allKeys: Set<UInt64> = Set((titles.union(others)).map(TokenKey.of))
}
