import Foundation

/// One passage of GAP (Webster et al., TACL 2018): an ambiguous pronoun, two names, and whether
/// the pronoun refers to each. Offsets are code points into `text`, as GAP's Python indices are.
package struct GAPExample: Sendable {
    package var id: String
    package var text: String
    package var pronoun: String
    package var pronounOffset: Int
    package var a: Name
    package var b: Name
    /// The title of the page the passage comes from (GAP's URL), when the file gives one:
    /// GAP's "page context", in which the page's subject is known.
    package var title: String? = nil

    package struct Name: Sendable {
        package var name: String
        package var offset: Int
        package var isReferent: Bool
    }

    /// The passage as an article of one body paragraph.
    var article: Article { Article(title: title, paragraphs: [Article.Paragraph(index: 0, kind: .body, text: text)]) }

    /// A Wikipedia URL's page title: "…/wiki/Kathleen_Nott" → "Kathleen Nott", with a
    /// disambiguating "(singer)" left off.
    static func pageTitle(fromURL url: String) -> String? {
        guard let last = url.split(separator: "/").last, url.contains("/wiki/") else { return nil }
        var title = (String(last).removingPercentEncoding ?? String(last)).replacingOccurrences(of: "_", with: " ")
        if let open = title.firstIndex(of: "(") { title = String(title[..<open]) }
        title = title.trimmingCharacters(in: .whitespaces)
        return title.isEmpty ? nil : title
    }

    /// Where GAP marks A and B, in code points.
    var nameSpans: [TextSpan] {
        [a, b].map { TextSpan(start: $0.offset, end: $0.offset + $0.name.unicodeScalars.count) }
    }

    /// Reads a GAP TSV file (`ID Text Pronoun Pronoun-offset A A-offset A-coref B B-offset B-coref URL`).
    package static func read(_ path: String) throws -> [GAPExample] {
        let lines = try TextFile.lines(of: path)
        guard let header = lines.first, header.text.hasPrefix("ID\tText\tPronoun") else {
            throw StanceError.input(file: path, line: 1, "not a GAP file: the header must start with ID, Text, Pronoun")
        }
        return try lines.dropFirst().filter { !$0.text.isEmpty }.map { line in
            let f = line.text.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            func bool(_ s: String) throws -> Bool {
                switch s.uppercased() {
                case "TRUE": return true
                case "FALSE": return false
                default: throw StanceError.input(file: path, line: line.number, "A-coref and B-coref must be TRUE or FALSE (found \(s))")
                }
            }
            guard f.count >= 10, let p = Int(f[3]), let ao = Int(f[5]), let bo = Int(f[8]) else {
                throw StanceError.input(file: path, line: line.number, "a GAP line has 11 tab-separated fields with numeric offsets")
            }
            let count = f[1].unicodeScalars.count
            guard [p, ao, bo].allSatisfy({ $0 >= 0 && $0 < count }) else {
                throw StanceError.input(file: path, line: line.number, "an offset is outside the text")
            }
            return GAPExample(
                id: f[0], text: f[1], pronoun: f[2], pronounOffset: p,
                a: Name(name: f[4], offset: ao, isReferent: try bool(f[6])), b: Name(name: f[7], offset: bo, isReferent: try bool(f[9])),
                title: f.count > 10 ? pageTitle(fromURL: f[10]) : nil)
        }
    }
}

/// GAP's score: the A and B decisions of every passage pooled into one binary task ("does the
/// pronoun refer to this name?"), with precision, recall and F1 of the positive class overall
/// and for masculine (he, him, his) and feminine (she, her, hers) pronouns; the bias figure is
/// feminine F1 over masculine F1.
package struct GAPEvaluation: Sendable, Codable, Equatable {
    package struct Figures: Sendable, Codable, Equatable {
        package var decisions: Int
        package var precision: Double
        package var recall: Double
        package var f1: Double
    }

    package var passages: Int
    package var overall: Figures
    package var masculine: Figures
    package var feminine: Figures
    /// Feminine F1 / masculine F1.
    package var bias: Double
    /// Passages whose pronoun the detector resolved to no actor.
    package var unresolved: Int

    /// One passage's decisions beside the gold ones (`stance evaluate --gap --predictions`).
    package struct Answer: Sendable, Codable, Equatable {
        package var id: String
        package var pronoun: String
        package var goldA: Bool
        package var goldB: Bool
        package var a: Bool
        package var b: Bool

        enum CodingKeys: String, CodingKey {
            case id, pronoun, goldA = "gold_a", goldB = "gold_b", a, b
        }
    }

    /// - Parameter predictions: per passage, whether the pronoun was found to refer to A and to B.
    package init(_ examples: [GAPExample], predictions: [(a: Bool, b: Bool)], unresolved: Int) {
        func figures(_ feminine: Bool?) -> Figures {
            var tp = 0, fp = 0, fn = 0, n = 0
            for (example, predicted) in zip(examples, predictions) {
                if let feminine, GAPEvaluation.isFeminine(example.pronoun) != feminine { continue }
                for (gold, guess) in [(example.a.isReferent, predicted.a), (example.b.isReferent, predicted.b)] {
                    n += 1
                    if gold && guess { tp += 1 } else if guess { fp += 1 } else if gold { fn += 1 }
                }
            }
            let p = tp + fp == 0 ? 0 : Double(tp) / Double(tp + fp)
            let r = tp + fn == 0 ? 0 : Double(tp) / Double(tp + fn)
            return Figures(decisions: n, precision: p, recall: r, f1: p + r == 0 ? 0 : 2 * p * r / (p + r))
        }
        passages = examples.count
        overall = figures(nil)
        masculine = figures(false)
        feminine = figures(true)
        bias = masculine.f1 == 0 ? 0 : feminine.f1 / masculine.f1
        self.unresolved = unresolved
    }

    static func isFeminine(_ pronoun: String) -> Bool { ["she", "her", "hers", "herself"].contains(pronoun.lowercased()) }
}
