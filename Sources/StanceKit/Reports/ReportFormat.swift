/// The formats `stance report` writes.
public enum ReportFormat: String, CaseIterable, Sendable {
    /// An aligned table for a terminal, coloured by polarity when asked.
    case table
    case markdown
    case csv
    case json
    /// One self-contained page with charts (single articles only).
    case html
}
