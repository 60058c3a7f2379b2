import Foundation

/// A word of the text and how far it moved the score toward the target.
package struct WordEvidence: Sendable, Equatable {
    /// The word as the text spells it.
    package var word: String
    /// Signed score with the word minus the score without it: above 0 it pushed toward positive.
    package var effect: Double

    /// "criticized -0.31": what reports show.
    package var summary: String { word + " " + SignedDecimal.twoPlaces(effect) }

    /// What is left of a score once its listed words' effects are taken away: the name itself,
    /// the words around it and the model's bias. Listed last, so the entries add up to the score.
    package static func remainder(_ value: Double) -> String { "name and context " + SignedDecimal.twoPlaces(value) }
}

extension StanceScorer {
    /// The words of the target's sentence that moved its score most, each measured by scoring
    /// the sentence again without it. Only the words that can carry a stance are tried (lexicon
    /// words, negators, verbs of saying or judging), which keeps this to a few scorings; the
    /// answer names words an analyst can find in the text, and counts every feature a word feeds.
    /// `score`, when given, is the text's score toward the target already computed with this
    /// model (an article analysis has it), which saves scoring the text once more. Words inside
    /// `names` (other actors' names) are never evidence: a lexicon may list a name ("trump").
    package mutating func wordEvidence(
        text: CodePointText, target: TextSpan, score: Double? = nil, names: [TextSpan] = [], limit: Int, minimumEffect: Double = 0.02
    ) -> [WordEvidence] {
        wordEvidence(model.pipeline.context(text: text, target: target), target: target, score: score, names: names, limit: limit, minimumEffect: minimumEffect)
    }

    /// The same for a context already built (an article's mention, from its paragraph's tokens).
    mutating func wordEvidence(
        _ context: TargetContext, target: TextSpan, score: Double?, names: [TextSpan], limit: Int, minimumEffect: Double = 0.02
    ) -> [WordEvidence] {
        let pipeline = model.pipeline
        let base = score ?? predict(context).score
        let stanceWords: WordClass = [.negator, .reportingVerb]
        var strongest: [String: WordEvidence] = [:]  // by lower-cased word: a word said twice counts once
        for i in context.tokens.indices where !context.target.contains(i) && !names.contains(where: { $0.overlaps(context.tokens[i].span) }) {
            let carriesStance = context.valences.contains { $0[i] != 0 } || !context.classes[i].isDisjoint(with: stanceWords)
            guard carriesStance else { continue }
            var tokens = context.tokens
            tokens.remove(at: i)
            let without = TargetContext(
                text: context.text, tokens: tokens, targetSpan: target, topic: context.topic, lexicons: pipeline.lexiconIndex,
                mixedCase: context.isMixedCase)
            let effect = base - predict(without).score
            guard abs(effect) >= minimumEffect else { continue }
            let word = context.text.string(in: context.tokens[i].span)
            if abs(effect) > abs(strongest[word.lowercased()]?.effect ?? 0) {
                strongest[word.lowercased()] = WordEvidence(word: word, effect: effect)
            }
        }
        return strongest.values
            .sorted { abs($0.effect) != abs($1.effect) ? abs($0.effect) > abs($1.effect) : $0.word < $1.word }
            .prefix(limit).map { $0 }
    }
}
