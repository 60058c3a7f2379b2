import Foundation

/// Reads lexicon files, recognising VADER's format from the content.
///
/// A lexicon argument is a path, or `positive:PATH` / `negative:PATH` for a plain word list
/// (one word per line, `;` comment lines, as in Bing Liu's lists). All word lists given
/// together are merged into one polarity lexicon; each VADER-format file is its own lexicon.
public enum LexiconLoader {
    /// One lexicon file and how to read it.
    public struct Source: Sendable, Equatable {
        /// The polarity of every word in a plain word list.
        public enum Polarity: String, Sendable { case positive, negative }
        /// The file's path.
        public var path: String
        /// Nil for a VADER-format file (each word has its own valence); else a word list's polarity.
        public var polarity: Polarity?

        /// A lexicon file: VADER's format when `polarity` is nil, else a word list of that polarity.
        public init(path: String, polarity: Polarity? = nil) {
            self.path = path
            self.polarity = polarity
        }

        /// Parses the CLI's `PATH`, `positive:PATH` or `negative:PATH`.
        package init(argument: String) {
            for polarity in [Polarity.positive, .negative] where argument.hasPrefix(polarity.rawValue + ":") {
                self.path = String(argument.dropFirst(polarity.rawValue.count + 1))
                self.polarity = polarity
                return
            }
            self.path = argument
            self.polarity = nil
        }
    }

    /// VADER stores mean ratings on −4…4; lexicons are kept on −1…1.
    static let vaderScale = 4.0

    /// The lexicons in `sources`: word lists merged into one, each VADER file its own; throws naming the file and line.
    public static func load(_ sources: [Source]) throws -> [SentimentLexicon] {
        var lexicons: [SentimentLexicon] = []
        var wordList: [String: Double] = [:]
        var wordListNames: [String] = []
        for source in sources {
            let lines = try TextFile.lines(of: source.path, fallbackToLatin1: true)
            if let polarity = source.polarity {
                let value: Double = polarity == .positive ? 1 : -1
                for line in lines {
                    let word = line.text.trimmingCharacters(in: .whitespaces)
                    if word.isEmpty || word.hasPrefix(";") { continue }
                    wordList[word.lowercased()] = value
                }
                wordListNames.append(baseName(source.path))
            } else {
                lexicons.append(try loadValenceLexicon(source.path, lines: lines))
            }
        }
        if !wordList.isEmpty {
            let name = wordListNames.count == 1 ? wordListNames[0] : "word lists"
            lexicons.append(SentimentLexicon(name: name, kind: .polarity, entries: wordList))
        }
        return lexicons
    }

    static func loadValenceLexicon(_ path: String, lines: [TextFile.Line]) throws -> SentimentLexicon {
        var entries: [String: Double] = [:]
        for line in lines {
            if line.text.isEmpty || line.text.hasPrefix(";") || line.text.hasPrefix("#") { continue }
            let fields = line.text.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= 2, let mean = Double(fields[1].trimmingCharacters(in: .whitespaces)) else {
                throw StanceError.input(
                    file: path, line: line.number,
                    "not a VADER-format line (token<TAB>mean…); for a plain word list write positive:\(path) or negative:\(path)")
            }
            entries[fields[0].lowercased()] = mean / vaderScale
        }
        if entries.isEmpty { throw StanceError.input(file: path, line: nil, "the lexicon has no entries") }
        let name = baseName(path)
        return SentimentLexicon(name: name.hasSuffix("_lexicon") ? String(name.dropLast("_lexicon".count)) : name, kind: .valence, entries: entries)
    }

    static func baseName(_ path: String) -> String {
        let file = path.split(separator: "/").last.map(String.init) ?? path
        if let dot = file.lastIndex(of: "."), dot != file.startIndex { return String(file[..<dot]) }
        return file
    }
}
