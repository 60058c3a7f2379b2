import Foundation
import StanceKitModels

/// A fitted pronoun resolver: binary logistic regression ("is this candidate the pronoun's
/// antecedent?") over `PronounFeatures`, trained on GAP with the stance model's engine. The
/// detector gives a pronoun the candidate with the highest probability when it reaches
/// `threshold`, and leaves it unresolved otherwise.
package struct PronounResolver: Sendable {
    /// The feature keys kept in training, sorted, and their columns.
    private let vocabulary: KeyVocabulary
    var keys: [UInt64] { vocabulary.keys }
    /// Per feature column, then the bias: the weight of "antecedent" minus that of "not".
    let weights: [Double]
    /// The probability a candidate needs: chosen on the dev passages.
    package let threshold: Double
    /// First names whose gender the training passages settle (key → female), used as titles
    /// are: a person named so is never the antecedent of a pronoun of the other gender.
    let firstNameGender: [UInt64: Bool]
    package let training: Record

    init(keys: [UInt64], weights: [Double], threshold: Double, firstNameGender: [UInt64: Bool], training: Record) {
        precondition(weights.count == keys.count + 1)
        self.weights = weights
        self.threshold = threshold
        self.firstNameGender = firstNameGender
        self.training = training
        vocabulary = KeyVocabulary(keys: keys)
    }

    /// P(antecedent) for one candidate's features.
    package func probability(_ features: [UInt64]) -> Double {
        var z = weights[keys.count]
        for key in features { if let column = vocabulary.column(of: key) { z += weights[Int(column)] } }
        return 1 / (1 + exp(-z))
    }

    package struct CrossValidatedF1: Sendable, Codable, Equatable {
        package var folds: Int
        package var f1: Double
    }

    /// How a resolver was made: recorded in its model file.
    package struct Record: Sendable, Codable, Equatable {
        package var tool: String
        package var command: String
        package var trainFiles: [TrainingInfo.DataFile]
        package var pairs: Int
        package var features: Int
        package var c: Double
        package var fit: LogisticRegression.FitReport?
        /// GAP F1 at each threshold tried (on the dev passages, or the cross-validation mean), and the figures at the one kept.
        package var thresholds: [String: Double] = [:]
        package var dev: GAPEvaluation?
        /// Without dev passages: the mean GAP F1 over the folds at the threshold kept.
        package var crossValidation: CrossValidatedF1?

        package init(command: String, trainFiles: [TrainingInfo.DataFile]) {
            tool = StanceKitVersion.string
            self.command = command
            self.trainFiles = trainFiles
            pairs = 0
            features = 0
            c = 0
        }
    }

    /// Trains a resolver on GAP passages. The threshold is the one with the best GAP F1 on
    /// `dev`, or, without dev passages, the best mean F1 over `folds`-fold cross-validation on
    /// the training passages (recorded as `crossValidation`): every passage is then training data.
    ///
    /// - Parameters:
    ///   - c: inverse regularisation strength (`defaultC`).
    ///   - minimumCount: features seen in fewer pairs are dropped.
    package static func train(
        _ examples: [GAPExample], dev: [GAPExample], detector: ActorDetector, record: Record, c: Double = defaultC, minimumCount: Int = 2,
        folds: Int = 5
    ) throws -> PronounResolver {
        var record = record
        var resolver = try fit(examples, detector: detector, record: &record, c: c, minimumCount: minimumCount)
        if !dev.isEmpty {
            let scores = thresholdsTried.map { resolver.with(threshold: $0).evaluate(dev, detector) }
            let best = scores.indices.max { scores[$0].overall.f1 < scores[$1].overall.f1 }!
            record.thresholds = Dictionary(uniqueKeysWithValues: zip(thresholdsTried.map { String($0) }, scores.map(\.overall.f1)))
            record.dev = scores[best]
            resolver = resolver.with(threshold: thresholdsTried[best])
        } else if examples.count >= folds * 2 {
            var means = [Double](repeating: 0, count: thresholdsTried.count)
            for k in 0..<folds {
                let rest = examples.indices.filter { $0 % folds != k }.map { examples[$0] }
                let held = examples.indices.filter { $0 % folds == k }.map { examples[$0] }
                var ignored = record
                let part = try fit(rest, detector: detector, record: &ignored, c: c, minimumCount: minimumCount)
                for (i, threshold) in thresholdsTried.enumerated() {
                    means[i] += part.with(threshold: threshold).evaluate(held, detector).overall.f1 / Double(folds)
                }
            }
            let best = means.indices.max { means[$0] < means[$1] }!
            record.thresholds = Dictionary(uniqueKeysWithValues: zip(thresholdsTried.map { String($0) }, means))
            record.crossValidation = CrossValidatedF1(folds: folds, f1: means[best])
            resolver = resolver.with(threshold: thresholdsTried[best])
        }
        return PronounResolver(keys: resolver.keys, weights: resolver.weights, threshold: resolver.threshold, firstNameGender: resolver.firstNameGender, training: record)
    }

    /// The logistic regression on the passages' candidate pairs, at threshold 0.5.
    private static func fit(_ examples: [GAPExample], detector: ActorDetector, record: inout Record, c: Double, minimumCount: Int) throws -> PronounResolver {
        let pairs = detector.pronounPairs(examples)
        guard pairs.contains(where: \.isReferent), pairs.contains(where: { !$0.isReferent }) else {
            throw StanceError.data("the pronoun training data needs passages whose pronoun refers to A or B and passages where it does not")
        }
        let vocabulary = KeyVocabulary(pairs.map(\.keys), minimumCount: minimumCount)
        let keys = vocabulary.keys
        let matrix = vocabulary.matrix(pairs.map(\.keys))
        let (model, report) = try LogisticRegression(c: c, classWeight: .none).fit(
            matrix, labels: pairs.map { $0.isReferent ? 1 : 0 }, classes: ["other", "antecedent"])
        let weights = (0...keys.count).map { model.weight(feature: $0, class: 1) - model.weight(feature: $0, class: 0) }
        record.pairs = pairs.count
        record.features = keys.count
        record.c = c
        record.fit = report
        return PronounResolver(keys: keys, weights: weights, threshold: 0.5, firstNameGender: Self.firstNameGenders(examples), training: record)
    }

    private func with(threshold: Double) -> PronounResolver {
        PronounResolver(keys: keys, weights: weights, threshold: threshold, firstNameGender: firstNameGender, training: training)
    }

    private func evaluate(_ examples: [GAPExample], _ detector: ActorDetector) -> GAPEvaluation {
        ActorDetector(customActors: detector.customActors, tagger: detector.tagger, pronounResolver: self).evaluate(examples)
    }

    /// First names the passages settle: the first word of a two-word name or longer that GAP
    /// marks as the pronoun's referent at least `minimumNameCount` times, always with one gender.
    static func firstNameGenders(_ examples: [GAPExample]) -> [UInt64: Bool] {
        var counts: [UInt64: (female: Int, male: Int)] = [:]
        for example in examples {
            let female = GAPEvaluation.isFeminine(example.pronoun)
            for name in [example.a, example.b] where name.isReferent {
                let words = name.name.split(separator: " ")
                guard words.count >= 2 else { continue }
                let key = TokenKey.of(String(words[0]))
                counts[key, default: (0, 0)].female += female ? 1 : 0
                counts[key, default: (0, 0)].male += female ? 0 : 1
            }
        }
        var settled: [UInt64: Bool] = [:]
        for (key, count) in counts where count.female + count.male >= minimumNameCount && (count.female == 0 || count.male == 0) {
            settled[key] = count.female > 0
        }
        return settled
    }

    /// Referent mentions a first name needs before its gender counts as settled.
    static let minimumNameCount = 2

    /// C = 0.2, chosen by 5-fold cross-validation on GAP development + validation: mean F1 0.7005
    /// / 0.7030 / 0.7011 / 0.6996 / 0.6980 / 0.6943 for C = 0.1 / 0.2 / 0.3 / 0.5 / 1 / 3 (stop 31;
    /// earlier, with fewer features, 0.696 / 0.697 / 0.695 / 0.688 for C = 0.3 / 1 / 3 / 10).
    package static let defaultC = 0.2

    /// Thresholds tried on the dev passages.
    static let thresholdsTried = [0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5]
}

/// The resolver's model file: versioned JSON (keys and weights in full, a few thousand of each).
package enum PronounResolverArtifact {
    package static let format = "stancekit-pronoun-resolver"
    package static let formatVersion = 1

    struct Document: Codable, ModelArtifact.VersionedDocument {
        var format: String
        var formatVersion: Int
        var keys: [UInt64]
        var weights: [Double]
        var threshold: Double
        /// Sorted first-name keys whose gender is settled, and whether each is female.
        var firstNames: [UInt64]
        var firstNameIsFemale: [Bool]
        var training: PronounResolver.Record
    }

    package static func save(_ resolver: PronounResolver, to path: String) throws {
        let names = resolver.firstNameGender.keys.sorted()
        let document = Document(
            format: format, formatVersion: formatVersion, keys: resolver.keys, weights: resolver.weights,
            threshold: resolver.threshold, firstNames: names, firstNameIsFemale: names.map { resolver.firstNameGender[$0]! },
            training: resolver.training)
        try TextFile.writeAtomically(try ModelArtifact.fileData(document), to: path)
    }

    package static func load(path: String) throws -> PronounResolver {
        try decode(try TextFile.data(of: path), name: path)
    }

    package static func decode(_ data: Data, name: String) throws -> PronounResolver {
        let document = try ModelArtifact.decodeDocument(
            Document.self, from: data, name: name, kind: "pronoun resolver", format: format, formatVersion: formatVersion)
        guard document.weights.count == document.keys.count + 1, document.weights.allSatisfy(ModelArtifact.isPlausible),
            document.firstNames.count == document.firstNameIsFemale.count,
            (0...1).contains(document.threshold), zip(document.keys, document.keys.dropFirst()).allSatisfy({ $0 < $1 })
        else { throw StanceError.model(file: name, "the keys, weights or threshold are damaged") }
        return PronounResolver(
            keys: document.keys, weights: document.weights, threshold: document.threshold,
            firstNameGender: Dictionary(uniqueKeysWithValues: zip(document.firstNames, document.firstNameIsFemale)), training: document.training)
    }

    /// The resolver shipped inside the package (trained on GAP, see models/), or nil when the
    /// package was built without one; the detector then resolves pronouns by rule.
    package static let builtIn: PronounResolver? = DefaultModel.pronounResolverURL.flatMap { url in
        FileManager.default.contents(atPath: url.path).flatMap { try? decode($0, name: "built-in pronoun resolver") }
    }
}
