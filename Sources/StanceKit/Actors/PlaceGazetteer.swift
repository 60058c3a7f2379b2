/// Countries, blocs and groups that news names in many ways: short forms, capitals used as
/// metonyms ("Washington said"), seats of government ("the Kremlin"), demonyms ("American
/// officials"). Written for this project; each row is canonical name, type, aliases.
public enum PlaceGazetteer {
    public static let entries: [Actor] = rows.map { name, type, aliases in
        Actor(name: name, type: type, aliases: aliases.split(separator: "|").map(String.init))
    }

    private static let rows: [(String, Actor.Kind, String)] = [
        ("United States", .place, "U.S.|US|USA|U.S.A.|America|United States of America|Washington|White House|American|Americans"),
        ("Russia", .place, "Russian Federation|Moscow|Kremlin|Russian|Russians"),
        ("Ukraine", .place, "Kyiv|Kiev|Ukrainian|Ukrainians"),
        ("China", .place, "People's Republic of China|PRC|Beijing|Chinese"),
        ("United Kingdom", .place, "UK|U.K.|Britain|Great Britain|London|Downing Street|British|Briton|Britons"),
        ("France", .place, "Paris|Elysee|Élysée|French"),
        ("Germany", .place, "Berlin|German|Germans"),
        ("Italy", .place, "Rome|Italian|Italians"),
        ("Spain", .place, "Madrid|Spanish"),
        ("Poland", .place, "Warsaw|Polish|Poles"),
        ("Belarus", .place, "Minsk|Belarusian|Belarusians"),
        ("Turkey", .place, "Türkiye|Ankara|Turkish|Turks"),
        ("Israel", .place, "Jerusalem|Israeli|Israelis"),
        ("Palestinians", .group, "Palestinian|Palestine"),
        ("Iran", .place, "Tehran|Iranian|Iranians"),
        ("Iraq", .place, "Baghdad|Iraqi|Iraqis"),
        ("Syria", .place, "Damascus|Syrian|Syrians"),
        ("Saudi Arabia", .place, "Riyadh|Saudi|Saudis"),
        ("Egypt", .place, "Cairo|Egyptian|Egyptians"),
        ("Afghanistan", .place, "Kabul|Afghan|Afghans"),
        ("Pakistan", .place, "Islamabad|Pakistani|Pakistanis"),
        ("India", .place, "New Delhi|Indian|Indians"),
        ("Japan", .place, "Tokyo|Japanese"),
        ("North Korea", .place, "Pyongyang|DPRK|North Korean|North Koreans"),
        ("South Korea", .place, "Seoul|South Korean|South Koreans"),
        ("Taiwan", .place, "Taipei|Taiwanese"),
        ("Canada", .place, "Ottawa|Canadian|Canadians"),
        ("Mexico", .place, "Mexico City|Mexican|Mexicans"),
        ("Brazil", .place, "Brasilia|Brasília|Brazilian|Brazilians"),
        ("Venezuela", .place, "Caracas|Venezuelan|Venezuelans"),
        ("Cuba", .place, "Havana|Cuban|Cubans"),
        ("Hungary", .place, "Budapest|Hungarian|Hungarians"),
        ("Georgia", .place, "Tbilisi|Georgian|Georgians"),
        ("European Union", .organisation, "EU|E.U.|Brussels|European Commission"),
        ("NATO", .organisation, "Nato|North Atlantic Treaty Organization"),
        ("United Nations", .organisation, "UN|U.N.|UN Security Council|Security Council"),
        ("the West", .group, "West|Western|Western countries|Western nations|Western allies"),
    ]
}
