/// Reads the dates news metadata carries, for ordering articles in time: `2026-03-14`,
/// `14/03/2026` (day first, as outside the US), `14.03.2026`, `March 14, 2026`, `14 March 2026`;
/// a time after the date is ignored. Anything else is no date.
public struct ArticleDate: Sendable, Comparable, Hashable, CustomStringConvertible {
    /// The year, as written (four digits).
    public let year: Int
    /// 1…12.
    public let month: Int
    /// 1…31 (not checked against the month's length).
    public let day: Int

    public static func < (a: Self, b: Self) -> Bool { (a.year, a.month, a.day) < (b.year, b.month, b.day) }
    public var description: String { String(format: "%04d-%02d-%02d", year, month, day) }

    /// Days since 1970-01-01 (proleptic Gregorian), for spacing points on a time axis.
    public var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146097 + dayOfEra - 719468
    }

    static let months = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]

    /// The date `text` holds in one of the forms above, or nil.
    public init?(_ text: String) {
        let words = text.lowercased().split(whereSeparator: { " ,".contains($0) }).map(String.init)
        guard let first = words.first else { return nil }
        func monthNumber(_ word: String) -> Int? {
            Self.months.firstIndex { $0 == word || ($0.hasPrefix(word.replacingOccurrences(of: ".", with: "")) && word.count >= 3) }.map { $0 + 1 }
        }
        let numbers = first.split(whereSeparator: { "-/.".contains($0) }).compactMap { Int($0) }
        var parts: (Int, Int, Int)? = nil
        if numbers.count == 3 {
            parts = numbers[0] > 31 ? (numbers[0], numbers[1], numbers[2]) : (numbers[2], numbers[1], numbers[0])
        } else if words.count >= 3, let m = monthNumber(words[0]), let d = Int(words[1]), let y = Int(words[2]) {
            parts = (y, m, d)
        } else if words.count >= 3, let d = Int(words[0]), let m = monthNumber(words[1]), let y = Int(words[2]) {
            parts = (y, m, d)
        }
        guard let (y, m, d) = parts, (1...12).contains(m), (1...31).contains(d), (1000...9999).contains(y) else { return nil }
        self.year = y
        self.month = m
        self.day = d
    }
}
