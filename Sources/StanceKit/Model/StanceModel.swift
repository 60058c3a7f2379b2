import Foundation

/// A trained stance/sentiment model: the feature pipeline, the fitted feature space and the
/// classifier, plus how it was made. Immutable and shareable; score with a `StanceScorer`.
/// A class, so that scoring borrows the model instead of copying its many arrays.
public final class StanceModel: Sendable {
    /// What turns a text and its target into features (the spec is in the model file).
    package let pipeline: FeaturePipeline
    /// The fitted columns: vocabulary or hashing, IDF and naive-Bayes scaling.
    package let space: FeatureSpace
    /// The weights, one row per feature and a bias, one column per class.
    package let classifier: LogisticRegressionModel
    /// How `space` was fitted (vocabulary or hashing, minimum document frequency).
    package let spaceBuilder: FeatureSpaceBuilder
    /// The settings the classifier was fitted with (C, class weights, stopping rule).
    public let hyperparameters: LogisticRegression
    /// How the model was made: command, data files by hash, fit and dev figures.
    public let training: TrainingInfo

    /// A model from its parts, as `Trainer` and `ModelArtifact` build it.
    package init(pipeline: FeaturePipeline, space: FeatureSpace, spaceBuilder: FeatureSpaceBuilder, classifier: LogisticRegressionModel,
                hyperparameters: LogisticRegression, training: TrainingInfo) {
        self.pipeline = pipeline
        self.space = space
        self.spaceBuilder = spaceBuilder
        self.classifier = classifier
        self.hyperparameters = hyperparameters
        self.training = training
        self.classSigns = classifier.classes.map { Double(Label.sign(of: $0)) }
    }

    /// The labels, in `Label.ordered` order (negative side, neutral ones, positive side).
    public var classes: [String] { classifier.classes }

    /// The same model with another training record.
    public func with(training: TrainingInfo) -> StanceModel {
        StanceModel(pipeline: pipeline, space: space, spaceBuilder: spaceBuilder, classifier: classifier,
                    hyperparameters: hyperparameters, training: training)
    }
    /// `Label.sign` of each class, for signed scores.
    let classSigns: [Double]

    /// A scorer that reuses its buffers from one example to the next (one per thread).
    public func makeScorer() -> StanceScorer { StanceScorer(model: self) }

    /// The model built into the package: trained on NewsMTSC (models/newsmtsc-lr-v1).
    public static func builtIn() throws -> StanceModel { try ModelArtifact.loadDefault() }

    /// A model file written by `save(to:)` or `stance train`.
    public static func load(path: String) throws -> StanceModel { try ModelArtifact.load(path: path) }

    /// Writes the model through a temporary file and a rename: never a partial file.
    public func save(to path: String) throws { try ModelArtifact.save(self, to: path) }

    /// The label of `text`, toward `target` when given: its first word-bounded occurrence in the
    /// text, or, for a model trained on topics, a topic the text need not contain. For many
    /// texts, a `makeScorer()` reuses its buffers.
    public func predict(_ text: String, target: String? = nil) throws -> Prediction {
        var scorer = makeScorer()
        return scorer.predict(try example(text, target: target))
    }

    /// The example of `text` toward `target`: its span where the text has it; where it does not,
    /// its name for a model that reads topics, and an error for one that reads spans.
    public func example(_ text: String, target: String?) throws -> LabeledExample {
        let codePoints = CodePointText(text)
        let span = target.flatMap(codePoints.span(of:))
        if let target, span == nil && !pipeline.readsTopics {
            throw StanceError.usage("target \"\(target)\" does not occur in the text, and this model reads targets in the text")
        }
        return LabeledExample(text: text, codePoints: codePoints, target: span, targetName: target, label: nil, line: 0, id: nil)
    }

    /// `transform(example, scorer)` for every example, in order, split over `threads` threads,
    /// each with its own scorer. Examples are scored independently, so the answers do not depend
    /// on `threads`. (Scoring makes no OpenBLAS call, so this does not multiply its threads.)
    public func map<T>(_ examples: [LabeledExample], threads: Int, _ transform: (LabeledExample, inout StanceScorer) -> T) -> [T] {
        parallelChunks(count: examples.count, parts: threads) { range in
            var scorer = makeScorer()
            return range.map { transform(examples[$0], &scorer) }
        }.flatMap { $0 }
    }

    /// Features of one example as the classifier sees them.
    package func featureRow(_ context: TargetContext) -> FeatureRow {
        var scorer = makeScorer()
        return scorer.featureRow(context)
    }

    /// `values` (one per class, in `classes` order) keyed by class label, as outputs show them.
    package func byClass(_ values: [Double]) -> [String: Double] {
        Dictionary(uniqueKeysWithValues: zip(classes, values))
    }

    /// P(positive side) − P(negative side) for a probability vector in `classes` order.
    package func signedScore(_ probabilities: [Double]) -> Double {
        zip(classSigns, probabilities).reduce(0) { $0 + $1.0 * $1.1 }
    }

    /// Every feature's contribution to the scores of `text`/`target`, largest |contribution|
    /// to the predicted class first. The bias is listed as "(bias)".
    public func explain(text: String, target: TextSpan?) -> (prediction: Prediction, features: [FeatureContribution]) {
        explain(pipeline.context(text: text, target: target))
    }

    /// The same for an example, whose target may be a topic its text does not contain.
    public func explain(_ example: LabeledExample) -> (prediction: Prediction, features: [FeatureContribution]) {
        explain(pipeline.context(for: example))
    }

    func explain(_ context: TargetContext) -> (prediction: Prediction, features: [FeatureContribution]) {
        var scorer = makeScorer()
        let named = scorer.namedRow(context)
        let row = scorer.row
        let prediction = scorer.prediction(row)
        let predicted = classes.firstIndex(of: prediction.label)!
        let k = classes.count
        var features: [FeatureContribution] = []
        for (e, column) in row.indices.enumerated() {
            let value = row.values[e]
            let contributions = (0..<k).map { value * classifier.weight(feature: Int(column), class: $0) }
            features.append(FeatureContribution(feature: named.name(ofEntry: e, in: row), value: value, contributions: contributions))
        }
        for (j, value) in row.dense.enumerated() where value != 0 {
            let contributions = (0..<k).map { value * classifier.weight(feature: space.sparseColumns + j, class: $0) }
            features.append(FeatureContribution(feature: pipeline.denseNames[j], value: value, contributions: contributions))
        }
        let biasRow = space.sparseColumns + space.denseCount
        features.append(FeatureContribution(feature: "(bias)", value: 1, contributions: (0..<k).map { classifier.weight(feature: biasRow, class: $0) }))
        features.sort { abs($0.contributions[predicted]) > abs($1.contributions[predicted]) }
        return (prediction, features)
    }
}

/// Scores examples with a model, reusing its buffers from one example to the next.
public struct StanceScorer {
    /// The model it scores with.
    public let model: StanceModel
    var raw: RawFeatures
    var row = FeatureRow()
    /// The buffer of `predictExplained`, which records feature names; made on first use.
    var namedRaw: RawFeatures?

    init(model: StanceModel) {
        self.model = model
        self.raw = model.pipeline.makeRawFeatures()
    }

    /// The row of `context`, as a copy: to score many examples use `predict`, which keeps the
    /// row's buffers to itself (a copy still held at the next example makes it copy them all).
    package mutating func featureRow(_ context: TargetContext) -> FeatureRow {
        fillRow(context)
        return row
    }

    private mutating func fillRow(_ context: TargetContext) {
        model.pipeline.encode(context, into: &raw)
        model.space.transform(raw, into: &row)
    }

    /// The prediction of a row already built (`featureRow`).
    package func prediction(_ row: FeatureRow) -> Prediction {
        let p = model.classifier.probabilities(row)
        return Prediction(label: model.classes[Prediction.argmax(p)], probabilities: p, score: model.signedScore(p))
    }

    /// The prediction for `text` toward the target at `target` (nil: the text as a whole).
    public mutating func predict(text: String, target: TextSpan?) -> Prediction {
        predict(model.pipeline.context(text: text, target: target))
    }

    /// The same for a text already held as code points.
    public mutating func predict(text: CodePointText, target: TextSpan?) -> Prediction {
        predict(model.pipeline.context(text: text, target: target))
    }

    /// Scores `context` in the scorer's own row, without handing out a copy of it: a copy
    /// still alive at the next example would make that example's transform copy every buffer.
    mutating func predict(_ context: TargetContext) -> Prediction {
        fillRow(context)
        return prediction(row)
    }

    /// The prediction for an example: its span, or its topic for a model that reads topics.
    public mutating func predict(_ example: LabeledExample) -> Prediction {
        predict(model.pipeline.context(for: example))
    }

    /// The prediction of `example` with the `top` features that contributed most to the
    /// predicted class, strongest first (ties in the row's order), the bias "(bias)" among them.
    /// From one encoding: a linear model's contribution is the row's value times the weight, so
    /// nothing is scored twice; only the features shown are named.
    public mutating func predictExplained(_ example: LabeledExample, top: Int) -> (prediction: Prediction, features: [(feature: String, contribution: Double)]) {
        let named = namedRow(model.pipeline.context(for: example))
        let prediction = prediction(row)
        let predicted = Prediction.argmax(prediction.probabilities)
        let classifier = model.classifier
        let sparse = model.space.sparseColumns
        // Every entry's contribution (sparse columns, then dense features, then the bias); the
        // strongest `top` kept in order as they come, so nothing is sorted but those.
        var strongest = TopContributions(count: top)
        for (e, column) in row.indices.enumerated() {
            strongest.offer(e, row.values[e] * classifier.weight(feature: Int(column), class: predicted))
        }
        for (j, value) in row.dense.enumerated() where value != 0 {
            strongest.offer(row.indices.count + j, value * classifier.weight(feature: sparse + j, class: predicted))
        }
        let bias = row.indices.count + row.dense.count
        strongest.offer(bias, classifier.weight(feature: sparse + model.space.denseCount, class: predicted))
        let features = strongest.entries.map { entry -> (feature: String, contribution: Double) in
            if entry.index == bias { return ("(bias)", entry.contribution) }
            if entry.index >= row.indices.count { return (model.pipeline.denseNames[entry.index - row.indices.count], entry.contribution) }
            return (named.name(ofEntry: entry.index, in: row), entry.contribution)
        }
        return (prediction, features)
    }

    /// The `count` largest contributions by magnitude, ties to the earlier index.
    struct TopContributions {
        let count: Int
        private(set) var entries: [(index: Int, contribution: Double)] = []

        init(count: Int) {
            self.count = count
            entries.reserveCapacity(count + 1)
        }

        mutating func offer(_ index: Int, _ contribution: Double) {
            guard count > 0 else { return }
            if entries.count == count, abs(contribution) <= abs(entries[count - 1].contribution) { return }
            // In at the end (over the weakest when full), then moved up past the weaker ones:
            // `insert(at:)` went through the generic `replaceSubrange`, 2 % of `stance predict`.
            if entries.count < count { entries.append((index, contribution)) } else { entries[count - 1] = (index, contribution) }
            var position = entries.count - 1
            while position > 0, abs(entries[position - 1].contribution) < abs(contribution) {
                entries.swapAt(position - 1, position)
                position -= 1
            }
        }
    }

    /// The names of a row's features, made into text only for the entries shown.
    struct NamedFeatures {
        let raw: RawFeatures
        let context: TargetContext
        let space: FeatureSpace

        /// The name of the row's sparse entry `e`: its raw feature's, or with hashing, where
        /// several keys can share a column, theirs " | "-joined in the order met.
        func name(ofEntry e: Int, in row: FeatureRow) -> String {
            guard space.hashingBits != 0 else { return raw.name(Int(row.sources[e]), in: context) }
            let column = row.indices[e]
            var found: [String] = []
            for (k, key) in raw.keys.enumerated() where space.column(of: key) == column {
                let name = raw.name(k, in: context)
                if !found.contains(name) { found.append(name) }
            }
            return found.isEmpty ? "#\(column)" : found.joined(separator: " | ")
        }
    }

    /// Encodes `context` once, with names, into the scorer's row (what explanations read).
    mutating func namedRow(_ context: TargetContext) -> NamedFeatures {
        if namedRaw == nil { namedRaw = model.pipeline.makeRawFeatures(recordsNames: true) }
        model.pipeline.encode(context, into: &namedRaw!)
        model.space.transform(namedRaw!, into: &row)
        return NamedFeatures(raw: namedRaw!, context: context, space: model.space)
    }
}
