/// The target's own words, unmasked. Some targets carry a label prior (pronouns, office
/// titles, entities that news treats consistently); the anchor study measured +1.5 macro-F1
/// on multi-target sentences from this block. Off for data where identity must not matter.
/// A target that is named but not in the text gives its topic's words instead: the per-target
/// prior of a topic model, and what an unseen topic shares with the seen ones.
struct TargetWordsExtractor: FeatureExtractor {
    let seed = Namespace.seed("target-words")

    init() {}

    func extract(_ context: TargetContext, into sink: inout RawFeatures) {
        if !context.hasTarget, let topic = context.topic {
            for (key, word) in zip(topic.wordKeys, topic.words) { sink.add(TokenKey.combine(seed, key), 1, name: "t:" + word) }
            return
        }
        for i in context.target where context.tokens[i].kind == .word {
            sink.add(TokenKey.combine(seed, context.tokens[i].key), 1, named: .tokens(prefix: "t:", Int32(i), count: 1))
        }
    }
}
