/// The text of an HTML page, as the article reader wants it: the page's title on the first line,
/// then one paragraph per block element, separated by blank lines.
///
/// Not an HTML parser: a single pass over the code points that drops what a reader never sees
/// (`<script>`, `<style>`, `<noscript>`, `<template>`, `<svg>`, comments, the rest of `<head>`),
/// ends a paragraph at every block element's tag (`<p>`, `<div>`, `<br>`, headings, list items,
/// table rows, `<article>` …), removes every other tag, decodes the common character references
/// and folds runs of white space. Linear in the page's length.
package enum HTMLText {
    /// Whether `text` is an HTML page rather than plain text: it opens (after white space and a
    /// byte-order mark) with `<!doctype html`, `<html`, `<head` or `<body`.
    static func isHTML(_ text: String) -> Bool {
        let start = text.unicodeScalars.drop { $0 == "\u{FEFF}" || $0.properties.isWhitespace }.prefix(20)
        let opening = String(String.UnicodeScalarView(start)).lowercased()
        return ["<!doctype html", "<html", "<head", "<body"].contains { opening.hasPrefix($0) }
    }

    package static func plainText(_ html: String) -> String {
        let s = Array(html.unicodeScalars)
        var title = ""
        var paragraphs: [String] = []
        var current = String.UnicodeScalarView()
        var pendingSpace = false
        var inTitle = false
        var inHead = false
        func endParagraph() {
            let text = String(current)
            if !text.isEmpty { paragraphs.append(text) }
            current = String.UnicodeScalarView()
            pendingSpace = false
        }
        func append(_ scalar: Unicode.Scalar) {
            if scalar.properties.isWhitespace {
                pendingSpace = !current.isEmpty
                return
            }
            if pendingSpace { current.append(" ") }
            pendingSpace = false
            current.append(scalar)
        }
        var i = 0
        while i < s.count {
            let c = s[i]
            if c == "<" {
                if starts(s, at: i, with: "<!--") {
                    i = find(s, "-->", from: i + 4).map { $0 + 3 } ?? s.count
                    continue
                }
                let close = find(s, ">", from: i + 1) ?? s.count
                let (name, isEnd) = tagName(s, i + 1, close)
                i = min(close + 1, s.count)
                if !isEnd, Self.hidden.contains(name) {
                    // Skip to the matching end tag.
                    i = find(s, "</" + name, from: i, caseInsensitive: true).flatMap { find(s, ">", from: $0) }.map { $0 + 1 } ?? s.count
                    continue
                }
                switch name {
                case "title":
                    if isEnd {
                        title = String(current)
                        current = String.UnicodeScalarView()
                        pendingSpace = false
                    } else {
                        endParagraph()
                    }
                    inTitle = !isEnd
                case "head": inHead = !isEnd
                default:
                    if Self.blocks.contains(name) { endParagraph() }
                }
                continue
            }
            if c == "&", let (decoded, length) = entity(s, at: i) {
                if inTitle || !inHead { append(decoded) }
                i += length
                continue
            }
            if inTitle || !inHead { append(c) }
            i += 1
        }
        endParagraph()
        let body = paragraphs.filter { $0 != title }
        return ([title].filter { !$0.isEmpty } + body).joined(separator: "\n\n") + "\n"
    }

    /// Elements whose content a reader never sees.
    private static let hidden: Set<String> = ["script", "style", "noscript", "template", "svg", "iframe"]
    /// Elements that start or end a paragraph.
    private static let blocks: Set<String> = [
        "p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "tr", "table", "article", "section",
        "header", "footer", "blockquote", "figure", "figcaption", "main", "aside", "nav", "hr", "dd", "dt", "pre", "body",
    ]

    private static func tagName(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> (String, Bool) {
        var i = start
        let isEnd = i < end && s[i] == "/"
        if isEnd { i += 1 }
        var name = String.UnicodeScalarView()
        while i < end, s[i].properties.isAlphabetic || ("0"..."9").contains(s[i]) {
            name.append(contentsOf: s[i].properties.lowercaseMapping.unicodeScalars)
            i += 1
        }
        return (String(name), isEnd)
    }

    private static func starts(_ s: [Unicode.Scalar], at i: Int, with prefix: String, caseInsensitive: Bool = false) -> Bool {
        let p = Array(prefix.unicodeScalars)
        guard i + p.count <= s.count else { return false }
        for k in p.indices {
            let a = s[i + k], b = p[k]
            if a == b { continue }
            if caseInsensitive, a.isASCII, b.isASCII, Character(a).lowercased() == Character(b).lowercased() { continue }
            return false
        }
        return true
    }

    private static func find(_ s: [Unicode.Scalar], _ needle: String, from start: Int, caseInsensitive: Bool = false) -> Int? {
        guard let first = needle.unicodeScalars.first, start < s.count else { return nil }
        var i = start
        while i < s.count {
            if (s[i] == first || caseInsensitive) && starts(s, at: i, with: needle, caseInsensitive: caseInsensitive) { return i }
            i += 1
        }
        return nil
    }

    /// A character reference at `i` (`&amp;`, `&#8217;`, `&#x2019;`) and its length.
    private static func entity(_ s: [Unicode.Scalar], at i: Int) -> (Unicode.Scalar, Int)? {
        var j = i + 1
        var name = ""
        while j < s.count, j - i <= 10, s[j] != ";" {
            guard s[j].isASCII, s[j].properties.isAlphabetic || ("0"..."9").contains(s[j]) || s[j] == "#" else { return nil }
            name.unicodeScalars.append(s[j])
            j += 1
        }
        guard j < s.count, s[j] == ";" else { return nil }
        let value: UInt32?
        if name.hasPrefix("#x") || name.hasPrefix("#X") {
            value = UInt32(name.dropFirst(2), radix: 16)
        } else if name.hasPrefix("#") {
            value = UInt32(name.dropFirst())
        } else {
            value = named[name]
        }
        guard let value, let scalar = Unicode.Scalar(value), value != 0 else { return nil }
        return (scalar, j - i + 1)
    }

    private static let named: [String: UInt32] = [
        "amp": 38, "lt": 60, "gt": 62, "quot": 34, "apos": 39, "nbsp": 32, "mdash": 0x2014, "ndash": 0x2013,
        "rsquo": 0x2019, "lsquo": 0x2018, "ldquo": 0x201C, "rdquo": 0x201D, "hellip": 0x2026, "eacute": 0xE9,
        "copy": 0xA9, "middot": 0xB7, "laquo": 0xAB, "raquo": 0xBB,
    ]
}
