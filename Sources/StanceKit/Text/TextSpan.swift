/// A half-open range of Unicode code points (`start ..< end`) in some text.
///
/// Code points, not `String.Index` or UTF-16 units, because that is what NewsMTSC's
/// `from`/`to` mean (Python string indices): an emoji or an accented name counts as
/// the code points it has, so spans round-trip exactly with the data sets.
public struct TextSpan: Hashable, Sendable, Codable, CustomStringConvertible {
    /// First code point of the span.
    public var start: Int
    /// One past the last code point.
    public var end: Int

    /// A span; `start` must not be after `end`.
    public init(start: Int, end: Int) {
        precondition(start <= end, "TextSpan start \(start) is after end \(end)")
        self.start = start
        self.end = end
    }

    package var length: Int { end - start }
    package var isEmpty: Bool { start == end }

    package func overlaps(_ other: TextSpan) -> Bool {
        start < other.end && other.start < end
    }

    package func contains(_ other: TextSpan) -> Bool {
        start <= other.start && other.end <= end
    }

    public var description: String { "\(start)..<\(end)" }
}
