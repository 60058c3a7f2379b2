/// Another extractor's features, one copy per topic: each feature gets its own weight for each
/// target ("god" may argue against atheism and for nothing else), as if a model were fitted per
/// target, while the same extractor's shared copy beside it carries what all targets have in
/// common (Daumé's "frustratingly easy" feature augmentation). Empty for an example with no topic.
struct PerTopicExtractor: FeatureExtractor {
    var inner: any FeatureExtractor
    let seed = Namespace.seed("per-topic")

    init(_ inner: any FeatureExtractor) { self.inner = inner }

    func extract(_ context: TargetContext, into sink: inout RawFeatures) {
        guard let topic = context.topic else { return }
        let start = sink.keys.count
        inner.extract(context, into: &sink)
        let key = TokenKey.combine(seed, topic.key)
        for i in start..<sink.keys.count {
            sink.keys[i] = TokenKey.combine(key, sink.keys[i])
            if sink.recordsNames { sink.names[i].underTopic = true }
        }
    }
}
