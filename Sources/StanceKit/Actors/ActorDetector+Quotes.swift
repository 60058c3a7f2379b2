/// Direct quotes: a pronoun inside quotation marks never means the person quoted, who would say
/// "I" or "me" ("“We are weighing what charges can be filed against him,” Harris said": not
/// Harris; "“He is in protective custody,” Rehrauer said": not Rehrauer). Reported speech is not
/// a quote: in "Ferraz said his staff …" the possessive is the speaker's (`subjectBefore`).
extension ActorDetector {
    /// A quotation's tokens, between its marks; an unclosed one runs to the paragraph's end, as a
    /// quote that goes on in the next paragraph is written.
    struct Quote {
        var open: Int
        var close: Int?
        var inside: Range<Int> { open + 1..<(close ?? Int.max) }
    }

    /// Sets `quotedBy` on the pronouns inside each direct quote of one paragraph whose speaker a
    /// name gives: right after the closing mark ("…,” Harris said", "…,” said Lt. Terry Hastings")
    /// or right before the opening one ("Harris said: “…”"). A quote with no speaker of its own
    /// continues the paragraph's last one ("“…,” Hastings told the AP. “That's what he said.”");
    /// one whose speaker is a pronoun ("…,” he said") leaves its pronouns to the resolver.
    static func markQuotedPeople(_ candidates: inout [Candidate], _ paragraph: Range<Int>, tokens: [Token]) {
        var last: Int? = nil
        for quote in quotes(in: tokens) {
            let speaker = speaker(of: quote, candidates, paragraph)
            switch speaker {
            case .name(let c): last = c
            case .pronoun: last = nil
            case .none: break
            }
            guard let last else { continue }
            for c in paragraph where candidates[c].isPronoun && quote.inside.contains(candidates[c].tokens.lowerBound) {
                candidates[c].quotedBy = last
            }
        }
    }

    /// The paragraph's quotations: straight marks pair up in order; curly ones say which they are.
    static func quotes(in tokens: [Token]) -> [Quote] {
        var quotes: [Quote] = []
        var open: Int? = nil
        for (i, token) in tokens.enumerated() where SpeakerCue.quoteMarks.contains(token.key) {
            if let start = open, token.key != SpeakerCue.openingQuoteKey {
                quotes.append(Quote(open: start, close: i))
                open = nil
            } else if token.key != SpeakerCue.closingQuoteKey {
                open = i
            }
        }
        if let open { quotes.append(Quote(open: open, close: nil)) }
        return quotes
    }

    enum QuoteSpeaker {
        case name(Int)
        case pronoun
    }

    /// Who speaks a quote, when the words around its marks say it.
    static func speaker(of quote: Quote, _ candidates: [Candidate], _ paragraph: Range<Int>) -> QuoteSpeaker? {
        if let close = quote.close,
            let after = paragraph.first(where: { candidates[$0].tokens.lowerBound > close }),
            candidates[after].tokens.lowerBound <= close + maxTokensAfterQuote, candidates[after].says
        {
            return candidates[after].isPronoun ? .pronoun : .name(after)
        }
        if let before = paragraph.last(where: { candidates[$0].tokens.upperBound <= quote.open }), !candidates[before].isPronoun,
            let verb = candidates[before].speakerVerb, verb < quote.open, quote.open - verb <= maxTokensBeforeQuote
        {
            return .name(before)
        }
        return nil
    }

    /// Tokens from a closing mark to its speaker's name: `” said Lt. Terry Hastings`.
    static let maxTokensAfterQuote = 4
    /// Tokens from the verb to the opening mark: `Harris said: “`.
    static let maxTokensBeforeQuote = 2
}
