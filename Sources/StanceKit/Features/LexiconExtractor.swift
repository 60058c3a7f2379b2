import Foundation

/// Dense lexicon features, per lexicon and per region of the sentence.
///
/// Regions: left of the target, right of it, the target's clause, the sentence outside that
/// clause, a ±`window` word window, and the whole sentence. For each: log(1 + #positive),
/// log(1 + #negative), Σ positive valence, Σ |negative valence| (valences after the
/// `ValenceRules`, so "not good" counts as negative). Per lexicon also: the distance-weighted
/// signed sum in the window and the valence of the nearest sentiment word on each side.
/// Keeping regions apart is what lets a linear model tell "X attacked Y" from "Y attacked X".
struct LexiconExtractor: FeatureExtractor {
    var lexiconNames: [String]
    var window: Int

    static let regions = ["left", "right", "clause", "outside-clause", "window", "sentence"]
    static let statistics = ["#pos", "#neg", "sum-pos", "sum-neg"]
    static let extras = ["window-weighted", "nearest-left", "nearest-right"]
    static let global = ["negators-in-clause", "negated-in-window", "question", "exclamation"]
    static var perLexicon: Int { regions.count * statistics.count + extras.count }

    init(lexiconNames: [String], window: Int) {
        self.lexiconNames = lexiconNames
        self.window = window
    }

    var denseNames: [String] {
        var names: [String] = []
        for lexicon in lexiconNames {
            for region in Self.regions {
                for statistic in Self.statistics { names.append("\(lexicon) \(statistic) \(region)") }
            }
            for extra in Self.extras { names.append("\(lexicon) \(extra)") }
        }
        return names + Self.global
    }

    func extract(_ context: TargetContext, into sink: inout RawFeatures) {
        let tokens = context.tokens
        let target = context.target
        let windowLow: Int
        let windowHigh: Int
        let words = context.wordIndices
        let targetWords = context.targetWordRange
        if context.hasTarget {
            windowLow = targetWords.lowerBound - window >= 0 ? words[targetWords.lowerBound - window] : 0
            windowHigh = targetWords.upperBound + window - 1 < words.count ? words[targetWords.upperBound + window - 1] + 1 : tokens.count
        } else {
            windowLow = 0
            windowHigh = tokens.count
        }
        var stats = [Double](repeating: 0, count: Self.perLexicon)
        for (l, valences) in context.valences.enumerated() {
            for k in stats.indices { stats[k] = 0 }
            var nearestLeft = 0.0
            var nearestRight = 0.0
            var weighted = 0.0
            for i in tokens.indices {
                let v = valences[i]
                if v == 0 || target.contains(i) { continue }
                if context.hasTarget {
                    if i < target.lowerBound {
                        Self.accumulate(v, region: 0, &stats)
                        nearestLeft = v
                    } else {
                        Self.accumulate(v, region: 1, &stats)
                        if nearestRight == 0 { nearestRight = v }
                    }
                    Self.accumulate(v, region: context.clause.contains(i) ? 2 : 3, &stats)
                    if i >= windowLow && i < windowHigh {
                        Self.accumulate(v, region: 4, &stats)
                        let distance = i < target.lowerBound ? target.lowerBound - i : i - target.upperBound + 1
                        weighted += v / Double(distance)
                    }
                }
                Self.accumulate(v, region: 5, &stats)
            }
            let base = l * Self.perLexicon
            for region in Self.regions.indices {
                let slot = region * Self.statistics.count
                sink.addDense(base + slot, log1p(stats[slot]))
                sink.addDense(base + slot + 1, log1p(stats[slot + 1]))
                sink.addDense(base + slot + 2, stats[slot + 2])
                sink.addDense(base + slot + 3, stats[slot + 3])
            }
            let extrasBase = base + Self.regions.count * Self.statistics.count
            sink.addDense(extrasBase, weighted)
            sink.addDense(extrasBase + 1, nearestLeft)
            sink.addDense(extrasBase + 2, nearestRight)
        }
        let globalBase = context.valences.count * Self.perLexicon
        var negators = 0
        for i in context.clause where context.classes[i].contains(.negator) { negators += 1 }
        var negatedInWindow = 0
        for i in windowLow..<windowHigh where context.negated[i] { negatedInWindow += 1 }
        sink.addDense(globalBase, log1p(Double(negators)))
        sink.addDense(globalBase + 1, log1p(Double(negatedInWindow)))
        sink.addDense(globalBase + 2, tokens.contains { $0.key == Self.questionKey } ? 1 : 0)
        sink.addDense(globalBase + 3, tokens.contains { $0.key == Self.exclamationKey } ? 1 : 0)
    }

    static let questionKey = TokenKey.of("?")
    static let exclamationKey = TokenKey.of("!")

    @inline(__always)
    private static func accumulate(_ v: Double, region: Int, _ stats: inout [Double]) {
        let slot = region * statistics.count
        if v > 0 {
            stats[slot] += 1
            stats[slot + 2] += v
        } else {
            stats[slot + 1] += 1
            stats[slot + 3] -= v
        }
    }
}
