import Foundation

/// Reads CoNLL-U documents with entity brackets in the MISC column, as GUM writes them
/// (`Entity=(3-organization-new-…`, `Entity=3)`; see `docs/entity-data.md`).
///
/// A document starts at `# newdoc`, a paragraph at `# newpar`; the text is rebuilt from the
/// tokens with `SpaceAfter=No`, so spans are offsets into the original spacing. A mention is
/// *named* when its head (the token whose syntactic head lies outside the mention) is a proper
/// noun; its named span is that head with the words of the name attached to it (`flat` and
/// `compound` dependents, and capitalised modifiers), so "the United States" gives
/// "United States" and "Museum of Flight" stays whole. Multi-word token lines (`1-2`) are
/// skipped: their words are on the lines after them.
package struct CoNLLUReader: Sendable {
    package init() {}

    /// Every `.conllu` file of `path` (a file or a folder, sorted by name), read as documents.
    package func read(_ path: String) throws -> [EntityDocument] {
        try Self.files(path, extensions: ["conllu"]).flatMap { file in
            try parse(try TextFile.lines(of: file).map { ($0.number, $0.text) }, file: file)
        }
    }

    /// The files a path names: itself, or the folder's files with one of `extensions`, sorted.
    static func files(_ path: String, extensions: Set<String>) throws -> [String] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw StanceError.input(file: path, line: nil, "no such file or folder")
        }
        guard isFolder.boolValue else { return [path] }
        let names = try FileManager.default.contentsOfDirectory(atPath: path)
            .filter { extensions.contains(($0 as NSString).pathExtension.lowercased()) }.sorted()
        guard !names.isEmpty else {
            throw StanceError.input(file: path, line: nil, "the folder has no \(extensions.sorted().map { "." + $0 }.joined(separator: " or ")) files")
        }
        return names.map { (path as NSString).appendingPathComponent($0) }
    }

    /// One token line's fields that matter here.
    private struct Word {
        var form: String
        var upos: String
        var head: Int
        var relation: String
        var spaceAfter: Bool
        /// Entity brackets on this token, in order: opened (id, type, closed on the same token) or closed (id).
        var brackets: [Bracket]
    }

    private enum Bracket {
        case open(id: String, type: String, closesHere: Bool)
        case close(id: String)
    }

    func parse(_ lines: [(number: Int, text: String)], file: String) throws -> [EntityDocument] {
        var documents: [EntityDocument] = []
        var paragraphs: [EntityDocument.Paragraph] = []
        var documentID = (file as NSString).lastPathComponent
        var paragraphText = CodeUnitsBuilder()
        var paragraphMentions: [EntityDocument.Mention] = []
        var sentence: [Word] = []
        var sentenceLine = 0
        var startsParagraph = false

        func endParagraph() {
            if !paragraphText.isEmpty {
                paragraphs.append(.init(text: paragraphText.string, mentions: paragraphMentions))
            }
            paragraphText = CodeUnitsBuilder()
            paragraphMentions = []
        }
        func endDocument() {
            endParagraph()
            if !paragraphs.isEmpty { documents.append(EntityDocument(id: documentID, paragraphs: paragraphs)) }
            paragraphs = []
        }
        func endSentence() throws {
            guard !sentence.isEmpty else { return }
            if startsParagraph { endParagraph() }
            startsParagraph = false
            if !paragraphText.isEmpty { paragraphText.append(" ") }
            var starts: [Int] = []
            var ends: [Int] = []
            for (i, word) in sentence.enumerated() {
                starts.append(paragraphText.count)
                paragraphText.append(word.form)
                ends.append(paragraphText.count)
                if word.spaceAfter && i + 1 < sentence.count { paragraphText.append(" ") }
            }
            for mention in try Self.mentions(sentence, file: file, line: sentenceLine) {
                paragraphMentions.append(.init(
                    span: TextSpan(start: starts[mention.words.lowerBound], end: ends[mention.words.upperBound - 1]),
                    type: Self.kind(mention.type), entity: mention.id, isNamed: mention.isNamed))
            }
            sentence = []
        }

        for (number, raw) in lines {
            let line = raw.hasSuffix("\r") ? String(raw.dropLast()) : raw
            if line.isEmpty {
                try endSentence()
            } else if line.hasPrefix("#") {
                if line.hasPrefix("# newdoc") {
                    try endSentence()
                    endDocument()
                    if let equals = line.firstIndex(of: "=") {
                        documentID = line[line.index(after: equals)...].trimmingCharacters(in: .whitespaces)
                    }
                } else if line.hasPrefix("# newpar") && !line.hasPrefix("# newpar_") {
                    try endSentence()
                    startsParagraph = true
                }
            } else {
                let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
                guard fields.count == 10 else {
                    throw StanceError.input(file: file, line: number, "a CoNLL-U token line has 10 tab-separated fields (found \(fields.count))")
                }
                if fields[0].contains("-") || fields[0].contains(".") { continue }  // multi-word token or empty node
                guard Int(fields[0]) == sentence.count + 1, let head = Int(fields[6]) else {
                    throw StanceError.input(file: file, line: number, "token number \(fields[0]) or head \(fields[6]) is out of sequence")
                }
                if sentence.isEmpty { sentenceLine = number }
                let misc = fields[9].split(separator: "|")
                let entity = misc.first { $0.hasPrefix("Entity=") }.map { $0.dropFirst("Entity=".count) }
                sentence.append(Word(
                    form: String(fields[1]), upos: String(fields[3]), head: head, relation: String(fields[7]),
                    spaceAfter: !misc.contains("SpaceAfter=No"), brackets: entity.map(Self.brackets) ?? []))
            }
        }
        try endSentence()
        endDocument()
        return documents
    }

    /// Parses `(3-person-new-…(4-place-…)` and `3)4)`.
    private static func brackets(_ text: Substring) -> [Bracket] {
        var result: [Bracket] = []
        var i = text.startIndex
        while i < text.endIndex {
            if text[i] == "(" {
                let start = text.index(after: i)
                let end = text[start...].firstIndex { $0 == "(" || $0 == ")" } ?? text.endIndex
                let fields = text[start..<end].split(separator: "-", maxSplits: 2, omittingEmptySubsequences: false)
                let closes = end < text.endIndex && text[end] == ")"
                if fields.count >= 2 { result.append(.open(id: String(fields[0]), type: String(fields[1]), closesHere: closes)) }
                i = closes ? text.index(after: end) : end
            } else {
                let end = text[i...].firstIndex { $0 == ")" || $0 == "(" } ?? text.endIndex
                if end < text.endIndex, text[end] == ")" {
                    result.append(.close(id: String(text[i..<end])))
                    i = text.index(after: end)
                } else {
                    i = end
                }
            }
        }
        return result
    }

    private struct RawMention {
        var id: String
        var type: String
        var words: Range<Int>
        var isNamed: Bool
    }

    /// The sentence's mentions; named ones cut down to the words of the name.
    private static func mentions(_ words: [Word], file: String, line: Int) throws -> [RawMention] {
        var open: [(id: String, type: String, start: Int)] = []
        var spans: [(id: String, type: String, words: Range<Int>)] = []
        for (i, word) in words.enumerated() {
            for bracket in word.brackets {
                switch bracket {
                case .open(let id, let type, let closesHere):
                    if closesHere { spans.append((id, type, i..<i + 1)) } else { open.append((id, type, i)) }
                case .close(let id):
                    guard let k = open.lastIndex(where: { $0.id == id }) else {
                        throw StanceError.input(file: file, line: line, "entity \(id) is closed but was never opened in this sentence")
                    }
                    spans.append((id, open[k].type, open[k].start..<i + 1))
                    open.remove(at: k)
                }
            }
        }
        guard open.isEmpty else {
            throw StanceError.input(file: file, line: line, "entity \(open[0].id) is opened but never closed in this sentence")
        }
        let heads = spans.map { head(of: $0.words, in: words) }
        let mentions = spans.enumerated().map { m, span in
            let head = heads[m]
            guard words[head].upos == "PROPN" else { return RawMention(id: span.id, type: span.type, words: span.words, isNamed: false) }
            // A person's name never takes in another entity's name ("Grabenhofer of Illinois");
            // an organisation's may ("University of Portsmouth").
            let otherHeads = span.type != "person" ? [] : Set(heads.enumerated().filter { $0.offset != m && span.words.contains($0.element) && $0.element != head }.map(\.element))
            var name: Set<Int> = [head]
            var grew = true
            while grew {
                grew = false
                for i in span.words where !name.contains(i) && name.contains(words[i].head - 1) && !otherHeads.contains(i) {
                    let relation = words[i].relation
                    let capitalised = words[i].form.first?.isUppercase == true
                    // "of Illinois" is never part of a person's name, but "of Portsmouth" is part of a university's.
                    let joins = span.type == "person" ? ["amod", "nummod"] : ["amod", "nmod", "conj", "nummod"]
                    if relation.hasPrefix("flat") || relation.hasPrefix("compound")
                        || (capitalised && joins.contains { relation.hasPrefix($0) })
                    {
                        name.insert(i)
                        grew = true
                    }
                }
            }
            return RawMention(id: span.id, type: span.type, words: name.min()!..<name.max()! + 1, isNamed: true)
        }
        // A name that heads a larger mention too ("Brieber" of "Brieber (2015)") counts once, for
        // the smallest mention: the entity the name itself stands for.
        let order = mentions.indices.sorted { spans[$0].words.count < spans[$1].words.count }
        var namedSpans: Set<Range<Int>> = []
        var keep = [Bool](repeating: true, count: mentions.count)
        for m in order where mentions[m].isNamed {
            if namedSpans.contains(mentions[m].words) { keep[m] = false } else { namedSpans.insert(mentions[m].words) }
        }
        return mentions.indices.filter { keep[$0] }.map { mentions[$0] }
    }

    /// The mention's head: its first word whose own head lies outside it.
    private static func head(of span: Range<Int>, in words: [Word]) -> Int {
        span.first { !span.contains(words[$0].head - 1) } ?? span.lowerBound
    }

    /// GUM's entity types as actor types.
    static func kind(_ type: String) -> Actor.Kind {
        switch type {
        case "person": .person
        case "organization": .organisation
        case "place": .place
        default: .other
        }
    }
}

/// Builds a `String` piece by piece while counting code points.
struct CodeUnitsBuilder {
    private(set) var string = ""
    private(set) var count = 0
    var isEmpty: Bool { count == 0 }

    mutating func append(_ piece: String) {
        string += piece
        count += piece.unicodeScalars.count
    }
}
