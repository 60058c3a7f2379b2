/// The gender a person's name says, from the census first names (`FirstNameTable`).
enum FirstNames {
    /// The gender of `name` ("Mary Jones", "Michael"): its first word's, when the name has more
    /// words or the word is no more common as a surname ("Jackson" alone says nothing).
    static func gender(of name: String) -> Gender? {
        let words = name.split(separator: " ")
        guard let first = words.first, !isFamilyNameFirst(words) else { return nil }
        guard let (gender, isSurname) = entry(TokenKey.of(String(first))) else { return nil }
        return words.count >= 2 || !isSurname ? gender : nil
    }

    /// Whether a name of two words or more puts the family name first, as Chinese, Korean and
    /// Vietnamese names do in the news: its last word a romanised given name of two syllables
    /// ("Lai Ching-te", "Lee Jae-myung"), or its first word an East Asian family name that the
    /// census lists as a woman's first name ("Li Qiang", "Lin Jian", "Ma Ying-jeou"). Its first
    /// word then says no gender ("Lai" is a census woman's name; the Taiwanese president is a man).
    static func isFamilyNameFirst(_ words: [Substring]) -> Bool {
        guard words.count >= 2, let first = words.first, let last = words.last else { return false }
        if let hyphen = last.firstIndex(of: "-"), last.index(after: hyphen) < last.endIndex, last[last.index(after: hyphen)].isLowercase { return true }
        return familyNames.contains(TokenKey.of(String(first)))
    }

    /// East Asian family names that the census lists as first names (women's, or more common as
    /// surnames): in news they open a family-name-first name.
    private static let familyNames = WordLists.keys(["li", "lin", "lai", "chan", "chin", "chu", "chun", "han", "ha", "le", "ma", "yang", "sun", "jung", "tran"])

    /// Whether a word is a common Chinese, Korean or Vietnamese family name as romanised in the
    /// news: alone, after a family-name-first name, it is that person ("Yoon" for Yoon Suk Yeol,
    /// "Xi" for Xi Jinping), whatever the tagger took it for. (Not "He", "Do" or "Ye", which are
    /// words at the start of a sentence.)
    static func isEastAsianFamilyName(_ key: UInt64) -> Bool { eastAsianFamilyNames.contains(key) }

    private static let eastAsianFamilyNames = WordLists.keys([
        // Korean
        "kim", "lee", "park", "choi", "jung", "chung", "kang", "cho", "yoon", "yun", "jang", "lim", "han", "oh", "seo", "shin",
        "kwon", "hwang", "ahn", "song", "yoo", "hong", "moon", "bae", "baek", "ryu", "nam", "roh", "chun",
        // Chinese
        "wang", "li", "zhang", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu", "sun", "ma", "zhu", "hu", "guo",
        "lin", "gao", "luo", "xi", "wen", "deng", "mao", "jiang", "xie", "tang", "feng", "cai", "peng", "pan", "yuan", "dong",
        "wei", "ding", "xue", "qin", "lu", "zeng", "xiao", "cheng", "su", "tsai", "chiang", "ko", "lai", "hou", "chan", "chu",
        // Vietnamese
        "nguyen", "tran", "le", "pham", "hoang", "vo", "dang", "bui", "ngo", "duong", "phan",
    ])

    /// Whether the census gives a first name to both sexes alike ("Pat", "Jordan").
    static func isEither(_ key: UInt64) -> Bool { either.contains(key) }

    private static let either = KeySet(FirstNameTable.either.split(separator: " ").map { TokenKey.of(String($0)) })

    /// Whether a word's key is a census first name more common as one than as a surname ("George",
    /// not "Jackson" nor "Old").
    static func isFirstName(_ key: UInt64) -> Bool { table[key]?.isSurname == false }

    /// The census entry of a word's key: its gender, and whether it is more common as a surname.
    static func entry(_ key: UInt64) -> (gender: Gender, isSurname: Bool)? { table[key] }

    private static let table: KeyTable<(Gender, isSurname: Bool)> = {
        var table = KeyTable<(Gender, isSurname: Bool)>(minimumCapacity: 8192)
        let lists: [(String, Gender, Bool)] = [
            (FirstNameTable.female, .female, false), (FirstNameTable.male, .male, false),
            (FirstNameTable.femaleSurname, .female, true), (FirstNameTable.maleSurname, .male, true),
        ]
        for (list, gender, isSurname) in lists {
            for name in list.split(separator: " ") { table[TokenKey.of(String(name))] = (gender, isSurname) }
        }
        return table
    }()
}
