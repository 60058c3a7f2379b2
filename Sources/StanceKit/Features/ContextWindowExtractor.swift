/// The words around the target: up to `size` word tokens on each side, each as a left- or
/// right-side feature, weighted by distance when asked. (Side-less copies of the same words
/// added 11 % more features and nothing on NewsMTSC dev, so there are none.)
///
/// Distance weighting (1 / (1 + decay·(d−1)) for the d-th word away) lets near words count
/// more without dropping far ones; decay 0 gives the flat window of the scikit-learn LR-e anchor.
struct ContextWindowExtractor: FeatureExtractor {
    var size: Int
    var decay: Double
    let leftSeed = Namespace.seed("window-left")
    let rightSeed = Namespace.seed("window-right")

    init(size: Int, decay: Double) {
        self.size = size
        self.decay = decay
    }

    func extract(_ context: TargetContext, into sink: inout RawFeatures) {
        guard context.hasTarget else { return }
        let words = context.wordIndices
        let target = context.targetWordRange
        for d in 1...size {
            let weight = 1 / (1 + decay * Double(d - 1))
            let left = target.lowerBound - d
            if left >= 0 {
                emit(context, words[left], side: leftSeed, "l:", weight, &sink)
            }
            let right = target.upperBound + d - 1
            if right < words.count {
                emit(context, words[right], side: rightSeed, "r:", weight, &sink)
            }
        }
    }

    @inline(__always)
    private func emit(_ context: TargetContext, _ index: Int, side: UInt64, _ prefix: StaticString, _ weight: Double, _ sink: inout RawFeatures) {
        let key = context.tokens[index].key
        sink.add(TokenKey.combine(side, key), weight, named: .tokens(prefix: prefix, Int32(index), count: 1))
    }
}
