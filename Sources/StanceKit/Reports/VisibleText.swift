import Foundation

/// Article text as the human-facing reports show it (terminal, Markdown, HTML, CSV): control
/// characters become visible stand-ins, so that no article can move a terminal's cursor,
/// recolour or retitle it ("\u{1B}]0;…"), or put a NUL into a spreadsheet or a web page. JSON
/// output keeps the text exact, with control characters escaped.
package enum VisibleText {
    /// `text` with C0 controls other than tab and line feed shown as their Unicode control
    /// pictures (ESC → ␛, U+241B), DEL as ␡ and C1 controls (U+0080–U+009F) as U+FFFD.
    package static func of(_ text: String) -> String {
        // Most text has none: one pass over the bytes (0xC2 leads every C1 control in UTF-8).
        guard text.utf8.contains(where: { ($0 < 0x20 && $0 != 0x09 && $0 != 0x0A) || $0 == 0x7F || $0 == 0xC2 }) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x09, 0x0A: out.append(scalar)
            case 0x00..<0x20: out.append(Unicode.Scalar(controlPictures + scalar.value)!)
            case 0x7F: out.append("\u{2421}")
            case 0x80..<0xA0: out.append("\u{FFFD}")
            default: out.append(scalar)
            }
        }
        return String(out)
    }

    /// U+2400 SYMBOL FOR NULL: the pictures of U+0000…U+001F follow in order.
    static let controlPictures: UInt32 = 0x2400

    /// A Markdown table cell: visible, with `|` escaped and line breaks as spaces.
    static func markdownCell(_ text: String) -> String {
        of(text).replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }
}
