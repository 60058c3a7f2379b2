/// K-fold cross-validation on the training data: a steadier guide than a small dev set.
///
/// Examples that share a text (one sentence, several targets) stay in one fold, so no fold is
/// scored on a sentence it was trained on. Folds come from a hash of the text: the same data
/// gives the same folds on every run.
public struct CrossValidation: Sendable, Codable, Equatable {
    /// How many folds.
    public var folds: Int
    /// Macro-F1 of each held-out fold, in fold order.
    public var f1Macro: [Double]

    enum CodingKeys: String, CodingKey {
        case folds, f1Macro = "f1_macro"
    }

    /// Mean macro-F1 across folds.
    public var mean: Double { f1Macro.reduce(0, +) / Double(f1Macro.count) }

    /// Sample standard deviation across folds.
    public var standardDeviation: Double {
        guard f1Macro.count > 1 else { return 0 }
        let m = mean
        return (f1Macro.map { ($0 - m) * ($0 - m) }.reduce(0, +) / Double(f1Macro.count - 1)).squareRoot()
    }

    /// Training examples split into training and a held-out dev part of about `devFraction`,
    /// by the same hash of the text as the folds: examples sharing a text stay together, and
    /// every run holds out the same ones.
    package static func holdOut(_ examples: [LabeledExample], devFraction: Double) -> (train: [LabeledExample], dev: [LabeledExample]) {
        let buckets: UInt64 = 10_000
        let cut = UInt64((devFraction * Double(buckets)).rounded())
        var train: [LabeledExample] = [], dev: [LabeledExample] = []
        for example in examples {
            if (TokenKey.of(example.text) / UInt64(folds20)) % buckets < cut { dev.append(example) } else { train.append(example) }
        }
        return (train, dev)
    }

    /// Divides the hash first, so the held-out part does not line up with any fold of up to 20.
    private static let folds20 = 232_792_560  // lcm(1…20)

    /// The fold `example` belongs to.
    package static func fold(of example: LabeledExample, folds: Int) -> Int {
        Int(TokenKey.of(example.text) % UInt64(folds))
    }
}

extension Trainer {
    /// Trains on all folds but one and scores the one left out, for each fold; `progress` hears
    /// each fold's figure as it comes.
    public func crossValidate(_ examples: [LabeledExample], folds: Int, training: TrainingInfo = TrainingInfo(),
                              progress: ((Int, Double) -> Void)? = nil) throws -> CrossValidation {
        guard folds >= 2 else { throw StanceError.usage("cross-validation needs at least 2 folds") }
        let assignment = examples.map { CrossValidation.fold(of: $0, folds: folds) }
        var scores: [Double] = []
        for fold in 0..<folds {
            let held = examples.indices.filter { assignment[$0] == fold }.map { examples[$0] }
            let rest = examples.indices.filter { assignment[$0] != fold }.map { examples[$0] }
            guard !held.isEmpty else { throw StanceError.data("fold \(fold + 1) of \(folds) is empty: too few distinct texts for \(folds) folds") }
            let model = try fit(try featurize(rest), training: training)
            // A class seen only in the held-out fold cannot be predicted; score what the model knows.
            let known = Set(model.classes)
            let f1 = try model.evaluate(held.filter { known.contains($0.label ?? "") }, file: "fold \(fold + 1)").evaluation.f1Macro
            scores.append(f1)
            progress?(fold, f1)
        }
        return CrossValidation(folds: folds, f1Macro: scores)
    }
}
