import Foundation

/// Turns plain article text into paragraphs with kinds.
///
/// Expected shape (what news exports and copy-paste give): a title line, optional metadata lines
/// (publisher, section, date, a bare image URL), then paragraphs separated by blank lines; text
/// with no blank line at all is read as one paragraph per line. Boilerplate — disclaimers
/// ("The views expressed in this article…"), "Related", share/subscribe lines, bare URLs — is
/// recognised and not scored. Recognition uses the shape of a line, never a list of publishers.
/// An HTML page is first reduced to its visible text (`HTMLText`): title, then one paragraph per
/// block element.
public struct ArticleReader: Sendable {
    /// A reader with the built-in rules (no settings).
    public init() {}

    /// One line of at most `titleMaxWords` words that does not end like a sentence.
    static func couldBeTitle(_ block: String) -> Bool {
        !isMultiline(block) && !endsLikeSentence(block) && words(block) <= titleMaxWords
    }

    /// A title is one line of at most this many words.
    static let titleMaxWords = 30

    /// Lines of metadata are short and do not read as sentences.
    static let metadataMaxWords = 6

    /// The article in `text`: its paragraphs, each classified, and the title, date and publisher
    /// it names; a `title` or `date` given is taken instead of being looked for.
    public func read(_ text: String, id: String? = nil, title: String? = nil, date: String? = nil) -> Article {
        // An HTML page is read as the text a browser would show (`HTMLText`).
        let text = HTMLText.isHTML(text) ? HTMLText.plainText(text) : text
        let codePoints = CodePointText(text)
        // On scalars, not Characters: "\r\n" is one Character, so a CRLF text has no "\n" Character.
        let lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
        let hasBlankLine = lines.dropLast().dropFirst().contains { $0.allSatisfy(CharacterClass.isWhitespace) }
        var blocks = ParagraphSplitter(linePerParagraph: !hasBlankLine).split(codePoints).map { codePoints.string(in: $0) }
        // A block of several short, sentence-less lines (a metadata block) counts line by line,
        // and so does the first block when a title line heads such lines ("Title\nReuters\nBusiness").
        blocks = blocks.enumerated().flatMap { index, block -> [String] in
            guard Self.isMultiline(block) else { return [block] }
            let lines = block.unicodeScalars.split(separator: "\n").map { Self.trimmed(Substring($0)) }.filter { !$0.isEmpty }
            guard lines.count > 1, lines.dropFirst().allSatisfy(Self.looksLikeMetadata) else { return [block] }
            let headsWithTitle = index == 0 && title == nil && Self.couldBeTitle(lines[0])
            return headsWithTitle || Self.looksLikeMetadata(lines[0]) ? lines : [block]
        }
        var paragraphs: [Article.Paragraph] = []
        var seenBody = false
        var detectedTitle = title
        var detectedDate = date
        var detectedSource: String? = nil
        for (index, block) in blocks.enumerated() {
            let kind: Article.ParagraphKind
            if !seenBody && index > 0 && Self.isURL(block) {
                kind = .metadata  // an image or source link in the header: not a source name
            } else if Self.isBoilerplate(block) {
                kind = .boilerplate
            } else if index == 0 && title == nil && Self.couldBeTitle(block) {
                kind = .title
                detectedTitle = block
            } else if !seenBody && Self.looksLikeMetadata(block) {
                kind = .metadata
                if Self.looksLikeDate(block) {
                    if detectedDate == nil { detectedDate = block }
                } else if detectedSource == nil && !Self.isURL(block) {
                    detectedSource = block
                }
            } else {
                kind = .body
                seenBody = true
            }
            paragraphs.append(Article.Paragraph(index: index, kind: kind, text: block))
        }
        return Article(id: id, title: detectedTitle, date: detectedDate, source: detectedSource, paragraphs: paragraphs)
    }

    /// The number of words between spaces and tabs.
    static func words(_ text: String) -> Int {
        var count = 0
        var inWord = false
        for byte in text.utf8 {
            let isSpace = byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")
            if !isSpace && !inWord { count += 1 }
            inWord = !isSpace
        }
        return count
    }

    /// Whether the text runs over more than one line.
    static func isMultiline(_ text: String) -> Bool { text.utf8.contains(UInt8(ascii: "\n")) }

    /// `text` without the scalars `drop` matches (white space by default) at either end. On
    /// scalars: these checks run on every paragraph, and Foundation's trimming would bridge each
    /// whole paragraph to NSString.
    static func trimmed(_ text: Substring, dropping drop: (Unicode.Scalar) -> Bool = CharacterClass.isWhitespace) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !drop($0) }), let last = scalars.lastIndex(where: { !drop($0) }) else { return "" }
        // Copied as a Substring (its bytes at once), not scalar by scalar.
        return String(Substring(scalars[first...last]))
    }

    static func trimmed(_ text: String, dropping drop: (Unicode.Scalar) -> Bool = CharacterClass.isWhitespace) -> String {
        trimmed(Substring(text), dropping: drop)
    }

    /// Whether `text` ends with a full stop, "!" or "?", inside closing quotes or not: a headline
    /// can end on a quoted word ('Amorim hails "character"'), which ends no sentence.
    static func endsLikeSentence(_ text: String) -> Bool {
        let quotes = "\"”’'".unicodeScalars
        guard let last = text.unicodeScalars.last(where: { !CharacterClass.isWhitespace($0) && !quotes.contains($0) }) else { return false }
        return ".!?".unicodeScalars.contains(last)
    }

    /// A bare link: one word starting like a URL. (Long paragraphs are never one.)
    static func isURL(_ text: String) -> Bool {
        guard text.utf8.count <= maxURLLength, let first = text.unicodeScalars.first(where: { !CharacterClass.isWhitespace($0) }),
              first == "h" || first == "w" else { return false }
        let t = trimmed(text)
        return (t.hasPrefix("http://") || t.hasPrefix("https://") || t.hasPrefix("www.")) && !t.contains(" ")
    }

    static let maxURLLength = 2048

    static func looksLikeDate(_ text: String) -> Bool {
        let digits = text.unicodeScalars.filter { CharacterClass.isDigit($0) }.count
        return digits >= 4 && words(text) <= metadataMaxWords
    }

    static func looksLikeMetadata(_ text: String) -> Bool {
        if isURL(text) { return true }
        return !isMultiline(text) && words(text) <= metadataMaxWords && !endsLikeSentence(text)
    }

    /// Lower-cased openings of boilerplate lines.
    static let boilerplateOpenings = [
        "the views expressed", "the opinions expressed", "views expressed in", "this article was",
        "this story was", "copyright", "©", "all rights reserved", "share this", "share on", "subscribe",
        "sign up for", "click here", "read more", "related:", "related articles", "related stories",
        "follow us", "advertisement", "editor's note", "editor’s note", "image:", "photo:", "getty images",
    ]

    /// How much of a paragraph's opening the boilerplate check reads.
    static let boilerplateReach = 64

    static let boilerplateLines: Set<String> = ["related", "advertisement", "share", "subscribe", "read more", "more", "top stories", "trending"]

    static func isBoilerplate(_ text: String) -> Bool {
        if isURL(text) { return true }
        // Only the opening matters: lower-case a bounded prefix, not the whole paragraph.
        let lower = trimmed(text.prefix(boilerplateReach)).lowercased()
        if boilerplateLines.contains(trimmed(lower, dropping: ":. ".unicodeScalars.contains)) { return true }
        return boilerplateOpenings.contains { lower.hasPrefix($0) }
    }
}
