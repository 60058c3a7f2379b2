import Foundation

/// Small, self-contained SVG charts for reports: no scripts, no fonts fetched, readable offline.
/// Every piece of text is escaped, so labels from articles cannot inject markup.
package enum SVG {
    /// Escapes text for XML/HTML content and attribute values; control characters are shown
    /// (`VisibleText`: XML forbids most of them, and HTML reads NUL as an error).
    package static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in VisibleText.of(text).unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    static func number(_ x: Double) -> String { String(format: "%.1f", x) }

    /// A diverging colour for a score in −1…1: orange (negative) – light grey – blue (positive),
    /// a palette that stays distinct for the common colour-vision deficiencies (after ColorBrewer PuOr/RdBu).
    package static func colour(for score: Double) -> String {
        let s = max(-1, min(1, score))
        let neutral = (r: 240.0, g: 240.0, b: 240.0)
        let end = s < 0 ? (r: 230.0, g: 97.0, b: 1.0) : (r: 33.0, g: 102.0, b: 172.0)
        let t = abs(s)
        func mix(_ a: Double, _ b: Double) -> Int { Int((a + (b - a) * t).rounded()) }
        return String(format: "#%02x%02x%02x", mix(neutral.r, end.r), mix(neutral.g, end.g), mix(neutral.b, end.b))
    }

    /// Horizontal bars of scores in −1…1 around a zero line, with each item's spread (min…max
    /// across paragraphs) as a thin line and the value written beside the bar.
    package static func barChart(_ items: [(label: String, value: Double, low: Double, high: Double)], width: Int = 640) -> String {
        let rowHeight = 26
        let labelWidth = 190
        let plot = Double(width - labelWidth - 60)
        let height = items.count * rowHeight + 30
        func x(_ v: Double) -> Double { Double(labelWidth) + (max(-1, min(1, v)) + 1) / 2 * plot }
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"Score per actor\" width=\"\(width)\" height=\"\(height)\" viewBox=\"0 0 \(width) \(height)\">"
        svg += "<line x1=\"\(number(x(0)))\" y1=\"4\" x2=\"\(number(x(0)))\" y2=\"\(height - 22)\" stroke=\"#555\"/>"
        for (tick, text) in [(-1.0, "−1 negative"), (0.0, "0"), (1.0, "+1 positive")] {
            svg += "<text x=\"\(number(x(tick)))\" y=\"\(height - 6)\" font-size=\"11\" text-anchor=\"middle\" fill=\"#333\">\(text)</text>"
        }
        for (i, item) in items.enumerated() {
            let y = i * rowHeight + 6
            let x0 = x(0), x1 = x(item.value)
            svg += "<text x=\"\(labelWidth - 8)\" y=\"\(y + 15)\" font-size=\"12\" text-anchor=\"end\">\(escape(item.label))</text>"
            svg += "<rect x=\"\(number(min(x0, x1)))\" y=\"\(y + 3)\" width=\"\(number(max(1, abs(x1 - x0))))\" height=\"16\" fill=\"\(colour(for: item.value))\" stroke=\"#444\" stroke-width=\"0.5\"><title>\(escape(item.label)): \(String(format: "%+.2f", item.value))</title></rect>"
            svg += "<line x1=\"\(number(x(item.low)))\" y1=\"\(y + 11)\" x2=\"\(number(x(item.high)))\" y2=\"\(y + 11)\" stroke=\"#222\" stroke-width=\"1.5\"/>"
            svg += "<text x=\"\(number(max(x0, x1) + 6))\" y=\"\(y + 15)\" font-size=\"11\">\(String(format: "%+.2f", item.value))</text>"
        }
        return svg + "</svg>"
    }

    /// A grid of rows × columns coloured by score; nil cells stay empty. Each cell carries its
    /// value as text too (on hover and printed), so the chart never relies on colour alone.
    package static func heatmap(rows: [String], columns: [String], values: [[Double?]], cell: Int = 34) -> String {
        let left = 70, top = 120
        let width = left + columns.count * cell + 120  // room for the last rotated column label
        let height = top + rows.count * cell + 10
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"Score per paragraph and actor\" width=\"\(width)\" height=\"\(height)\" viewBox=\"0 0 \(width) \(height)\">"
        for (c, column) in columns.enumerated() {
            let x = left + c * cell + cell / 2
            svg += "<text transform=\"translate(\(x),\(top - 6)) rotate(-50)\" font-size=\"11\">\(escape(column))</text>"
        }
        for (r, row) in rows.enumerated() {
            let y = top + r * cell
            svg += "<text x=\"\(left - 6)\" y=\"\(y + cell / 2 + 4)\" font-size=\"11\" text-anchor=\"end\">\(escape(row))</text>"
            for c in columns.indices {
                let x = left + c * cell
                if let value = values[r][c] {
                    svg += "<rect x=\"\(x)\" y=\"\(y)\" width=\"\(cell - 2)\" height=\"\(cell - 2)\" fill=\"\(colour(for: value))\"><title>\(escape(rows[r])) · \(escape(columns[c])): \(String(format: "%+.2f", value))</title></rect>"
                    svg += "<text x=\"\(x + cell / 2 - 1)\" y=\"\(y + cell / 2 + 3)\" font-size=\"9\" text-anchor=\"middle\" fill=\"\(abs(value) > 0.6 ? "#fff" : "#111")\">\(String(format: "%+.1f", value))</text>"
                } else {
                    svg += "<rect x=\"\(x)\" y=\"\(y)\" width=\"\(cell - 2)\" height=\"\(cell - 2)\" fill=\"none\" stroke=\"#ddd\"/>"
                }
            }
        }
        return svg + "</svg>"
    }

    /// Lines of scores over time, one per series, told apart by dash pattern and marker as well as
    /// by colour, with the series named at their last point and in a key.
    package static func lineChart(_ series: [(name: String, points: [(day: Int, label: String, value: Double)])], width: Int = 720, height: Int = 300) -> String {
        let left = 50.0, right = 170.0, top = 16.0, bottom = 40.0
        let days = series.flatMap { $0.points.map(\.day) }
        guard let first = days.min(), let last = days.max() else { return "" }
        let span = Double(max(1, last - first))
        let plotWidth = Double(width) - left - right, plotHeight = Double(height) - top - bottom
        func x(_ day: Int) -> Double { left + Double(day - first) / span * plotWidth }
        func y(_ v: Double) -> Double { top + (1 - (max(-1, min(1, v)) + 1) / 2) * plotHeight }
        let colours = ["#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e"]
        let dashes = ["", "6 3", "2 3", "8 3 2 3", "1 2"]
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"Score over time\" width=\"\(width)\" height=\"\(height)\" viewBox=\"0 0 \(width) \(height)\">"
        for (tick, text) in [(-1.0, "−1"), (0.0, "0"), (1.0, "+1")] {
            svg += "<line x1=\"\(number(left))\" y1=\"\(number(y(tick)))\" x2=\"\(number(left + plotWidth))\" y2=\"\(number(y(tick)))\" stroke=\"\(tick == 0 ? "#888" : "#ddd")\"/>"
            svg += "<text x=\"\(number(left - 6))\" y=\"\(number(y(tick) + 4))\" font-size=\"11\" text-anchor=\"end\">\(text)</text>"
        }
        let labelled = Set([first, last])
        for point in series.flatMap(\.points) where labelled.contains(point.day) {
            svg += "<text x=\"\(number(x(point.day)))\" y=\"\(height - 16)\" font-size=\"11\" text-anchor=\"middle\">\(escape(point.label))</text>"
        }
        for (i, s) in series.enumerated() {
            let colour = colours[i % colours.count]
            let path = s.points.map { "\(number(x($0.day))),\(number(y($0.value)))" }.joined(separator: " ")
            svg += "<polyline points=\"\(path)\" fill=\"none\" stroke=\"\(colour)\" stroke-width=\"2\" stroke-dasharray=\"\(dashes[i % dashes.count])\"/>"
            for p in s.points {
                svg += "<circle cx=\"\(number(x(p.day)))\" cy=\"\(number(y(p.value)))\" r=\"3.5\" fill=\"\(colour)\"><title>\(escape(s.name)) \(escape(p.label)): \(String(format: "%+.2f", p.value))</title></circle>"
            }
            let keyY = top + 14 + Double(i) * 18
            svg += "<line x1=\"\(number(left + plotWidth + 14))\" y1=\"\(number(keyY - 4))\" x2=\"\(number(left + plotWidth + 40))\" y2=\"\(number(keyY - 4))\" stroke=\"\(colour)\" stroke-width=\"2\" stroke-dasharray=\"\(dashes[i % dashes.count])\"/>"
            svg += "<text x=\"\(number(left + plotWidth + 46))\" y=\"\(number(keyY))\" font-size=\"11\">\(escape(s.name))</text>"
        }
        return svg + "</svg>"
    }

    /// The colour scale with its meaning in words.
    package static func legend(width: Int = 320) -> String {
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"Colour legend\" width=\"\(width)\" height=\"40\" viewBox=\"0 0 \(width) 40\">"
        let steps = 20
        let stepWidth = Double(width - 20) / Double(steps)
        for i in 0..<steps {
            let v = -1 + 2 * (Double(i) + 0.5) / Double(steps)
            svg += "<rect x=\"\(number(10 + Double(i) * stepWidth))\" y=\"4\" width=\"\(number(stepWidth + 0.5))\" height=\"14\" fill=\"\(colour(for: v))\"/>"
        }
        svg += "<text x=\"10\" y=\"34\" font-size=\"11\">−1 negative</text>"
        svg += "<text x=\"\(width / 2)\" y=\"34\" font-size=\"11\" text-anchor=\"middle\">0 neutral</text>"
        svg += "<text x=\"\(width - 10)\" y=\"34\" font-size=\"11\" text-anchor=\"end\">+1 positive</text>"
        return svg + "</svg>"
    }
}
