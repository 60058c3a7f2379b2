/// Reads the Groningen Meaning Bank NER extract (`Sentence #,Word,POS,Tag`, IOB tags over
/// geo, gpe, per, org, tim, art, eve, nat) as entity documents.
///
/// The text is the words joined by spaces (the extract keeps no spacing). Types: per → person,
/// org → organisation, geo → place, art/eve/nat → other; gpe (mostly demonyms, "Iraqi") and
/// tim are not names here, as in GUM. The extract keeps no document boundaries, so every
/// `sentencesPerDocument` consecutive sentences form one document, each sentence a paragraph.
/// The file stops at a spreadsheet's row limit, so its last sentence is dropped.
///
/// Only the first `maximumSentences` are read (20,000 by default, chosen on GUM dev with the
/// census first-name features: 5,000 / 10,000 / 20,000 gave type accuracy 0.808 / 0.802 /
/// 0.845 at equal name F1; the whole extract, 47,959, a model file over 5 MB and several times
/// the training time).
package struct GMBReader: Sendable {
    package var sentencesPerDocument: Int
    package var maximumSentences: Int

    package init(sentencesPerDocument: Int = 10, maximumSentences: Int = 20_000) {
        self.sentencesPerDocument = sentencesPerDocument
        self.maximumSentences = maximumSentences
    }

    package func read(_ path: String) throws -> [EntityDocument] {
        var sentences: [EntityDocument.Paragraph] = []
        var words: [(String, String)] = []
        func endSentence() {
            guard !words.isEmpty else { return }
            var text = CodeUnitsBuilder()
            var mentions: [EntityDocument.Mention] = []
            var open: (start: Int, type: Actor.Kind)?
            var end = 0
            func close() {
                if let name = open { mentions.append(.init(span: TextSpan(start: name.start, end: end), type: name.type, entity: "", isNamed: true)) }
                open = nil
            }
            for (word, tag) in words {
                if !text.isEmpty { text.append(" ") }
                let start = text.count
                text.append(word)
                let type = Self.kind(tag.dropFirst(2))
                if tag.hasPrefix("I-"), open != nil, open!.type == type {
                    end = text.count
                    continue
                }
                close()
                if let type, tag != "O" { open = (start, type) }
                end = text.count
            }
            close()
            sentences.append(.init(text: text.string, mentions: mentions))
            words = []
        }
        for line in try TextFile.lines(of: path).dropFirst() {
            let fields = Self.fields(line.text)
            guard fields.count == 4 else {
                throw StanceError.input(file: path, line: line.number, "a GMB line has 4 comma-separated fields (found \(fields.count))")
            }
            if !fields[0].isEmpty {
                endSentence()
                if sentences.count >= maximumSentences { break }
            }
            words.append((fields[1], fields[3]))
        }
        // The last sentence may be cut by the row limit: it is never ended, so it is dropped.
        var documents: [EntityDocument] = []
        for start in stride(from: 0, to: sentences.count, by: sentencesPerDocument) {
            let part = Array(sentences[start..<min(start + sentencesPerDocument, sentences.count)])
            // Entities of one pseudo-document: mentions with the same text are one entity.
            let paragraphs = part.map { paragraph in
                var paragraph = paragraph
                let text = CodePointText(paragraph.text)
                for m in paragraph.mentions.indices { paragraph.mentions[m].entity = text.string(in: paragraph.mentions[m].span) }
                return paragraph
            }
            var document = EntityDocument(id: "gmb-\(start / sentencesPerDocument + 1)", paragraphs: paragraphs)
            document.marksNestedNames = false
            documents.append(document)
        }
        return documents
    }

    static func kind(_ type: Substring) -> Actor.Kind? {
        switch type {
        case "per": .person
        case "org": .organisation
        case "geo": .place
        case "art", "eve", "nat": .other
        default: nil
        }
    }

    /// Splits a CSV line on commas outside double quotes; `""` inside quotes is a quote.
    static func fields(_ line: String) -> [String] {
        var fields: [String] = []
        var field = ""
        var quoted = false
        var iterator = line.makeIterator()
        var pending: Character? = nil
        while let c = pending ?? iterator.next() {
            pending = nil
            if quoted {
                if c == "\"" {
                    if let next = iterator.next() {
                        if next == "\"" { field.append("\"") } else { quoted = false; pending = next }
                    } else {
                        quoted = false
                    }
                } else {
                    field.append(c)
                }
            } else if c == "\"" && field.isEmpty {
                quoted = true
            } else if c == "," {
                fields.append(field)
                field = ""
            } else {
                field.append(c)
            }
        }
        fields.append(field)
        return fields
    }
}
