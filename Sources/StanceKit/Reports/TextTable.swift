import Foundation

/// Aligns rows of cells into columns (display width counted in characters); cells are shown
/// as `VisibleText`, so that only the row styles put escape codes on the terminal.
struct TextTable {
    var header: [String]
    var rows: [[String]] = []
    /// Per row, an optional wrapper for the whole printed line (used for colour).
    var styles: [((String) -> String)?] = []

    init(header: [String]) { self.header = header }

    mutating func append(_ row: [String], style: ((String) -> String)? = nil) {
        rows.append(row.map(VisibleText.of))
        styles.append(style)
    }

    func render() -> String {
        var widths = header.map(\.count)
        for row in rows { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], cell.count) } }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { i, cell in i == cells.count - 1 ? cell : cell.padding(toLength: widths[i], withPad: " ", startingAt: 0) }
                .joined(separator: "  ")
        }
        var out = line(header) + "\n" + line(widths.map { String(repeating: "─", count: $0) }) + "\n"
        for (row, style) in zip(rows, styles) {
            let text = line(row)
            out += (style?(text) ?? text) + "\n"
        }
        return out
    }
}
