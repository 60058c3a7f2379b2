/// The target's role in the sentence, from surface cues:
/// - speaker, from `SpeakerCue` (shared with the article's stance edges): a reporting verb
///   right after it ("Peskov said", "Peskov also criticized"), "said Peskov" after a quote, or
///   "according to Peskov";
/// - object: a reporting or evaluative verb shortly before it ("… criticized the West");
/// - inside quotation marks, or in a sentence that quotes someone;
/// - position: first word, and the fifth of the sentence it starts in.
/// A speaker's sentiment is usually not the sentiment *toward* them, which bag-of-words
/// features cannot see.
struct TargetRoleExtractor: FeatureExtractor {
    /// How many words before the target a verb may stand to make it the object.
    static let objectReach = 4

    init() {}

    /// A role feature: its name and key, made once.
    struct Role: Sendable {
        let name: String
        let key: UInt64
        init(_ name: String) {
            self.name = name
            self.key = TokenKey.combine(Namespace.seed("target-role"), TokenKey.of(name))
        }
    }

    static let speaker = Role("speaker")
    static let speakerInverted = Role("speaker-inverted")
    static let accordingTo = Role("according-to")
    static let object = Role("object")
    static let insideQuote = Role("inside-quote")
    static let sentenceQuotes = Role("sentence-quotes")
    static let firstWord = Role("first-word")
    static let positions = (0..<5).map { Role("position-\($0)") }

    static let quoteMarks: Set<Unicode.Scalar> = ["\"", "\u{201C}", "\u{201D}"]

    func extract(_ context: TargetContext, into sink: inout RawFeatures) {
        guard context.hasTarget, !context.target.isEmpty else { return }
        let tokens = context.tokens
        let words = context.wordIndices
        let target = context.targetWordRange
        func flag(_ role: Role) { sink.add(role.key, 1, name: "role:" + role.name) }
        func flag(_ role: Role, verb index: Int) {
            flag(role)
            sink.add(TokenKey.combine(role.key, tokens[index].key), 1,
                     name: "role:" + role.name + " " + context.text.normalizedText(of: tokens[index]))
        }

        let cue = SpeakerCue.find(mention: context.target, tokens: tokens, classes: context.classes, sentence: tokens.indices)
        switch cue?.kind {
        case .verbAfter: flag(Self.speaker, verb: cue!.verb!)
        case .verbBefore: flag(Self.speakerInverted, verb: cue!.verb!)
        case .accordingTo: flag(Self.accordingTo)
        case nil: break
        }
        let isSpeaker = cue != nil
        if !isSpeaker {
            var back = target.lowerBound - 1
            while back >= 0, target.lowerBound - back <= Self.objectReach {
                let index = words[back]
                if context.classes[index].contains(.reportingVerb) {
                    flag(Self.object, verb: index)
                    break
                }
                back -= 1
            }
        }

        var quotesBefore = 0
        var quotesInSentence = 0
        for (i, token) in tokens.enumerated() where token.kind == .punctuation {
            if Self.quoteMarks.contains(context.text.scalars[token.span.start]) {
                quotesInSentence += 1
                if i < context.target.lowerBound { quotesBefore += 1 }
            }
        }
        if quotesBefore % 2 == 1 { flag(Self.insideQuote) }
        if quotesInSentence > 0 { flag(Self.sentenceQuotes) }
        if target.lowerBound == 0 { flag(Self.firstWord) }
        let fifth = words.isEmpty ? 0 : min(4, 5 * target.lowerBound / words.count)
        flag(Self.positions[fifth])
    }
}
