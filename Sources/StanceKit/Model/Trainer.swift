/// Trains a `StanceModel` from labelled examples: featurize, fit the feature space, fit the
/// classifier. Every choice is in the arguments; nothing is read from the environment.
public struct Trainer: Sendable {
    /// The features to build.
    package var pipeline: FeaturePipeline
    /// How the columns are chosen and weighted.
    package var spaceBuilder: FeatureSpaceBuilder
    /// The classifier's settings.
    public var classifier: LogisticRegression

    /// The defaults are the built-in model's settings (C = 0.5, minimum document frequency 5).
    package init(pipeline: FeaturePipeline, spaceBuilder: FeatureSpaceBuilder = FeatureSpaceBuilder(), classifier: LogisticRegression = LogisticRegression()) {
        self.pipeline = pipeline
        self.spaceBuilder = spaceBuilder
        self.classifier = classifier
    }

    /// The training set turned into a design matrix, kept so that several fits can share it.
    package struct Featurized: Sendable {
        /// The columns fitted on the training set.
        package let space: FeatureSpace
        /// One row per example.
        package let matrix: DesignMatrix
        /// Each row's class, an index into `classes`.
        package let labels: [Int]
        /// The labels, ordered, each spelled as first seen.
        package let classes: [String]
    }

    /// A word or n-gram becomes a feature when at least this many training examples contain it
    /// (`standard(for:)` scales it to the data: 5 for the built-in model's 8,739 sentences).
    public var minDocumentFrequency: Int {
        get { spaceBuilder.minDocumentFrequency }
        set { spaceBuilder.minDocumentFrequency = newValue }
    }

    /// Examples per run of featurizing: threads take the next run as they finish one (`parallelRuns`).
    static let featurizeRun = 256

    /// The training set as a design matrix; throws for an empty or single-class set or an unlabelled example.
    package func featurize(_ examples: [LabeledExample]) throws -> Featurized {
        try spaceBuilder.validate()
        guard !examples.isEmpty else { throw StanceError.data("the training set is empty") }
        if let missing = examples.first(where: { $0.label == nil }) {
            throw StanceError.data("training example at line \(missing.line) has no label")
        }
        let spelling = Label.spellings(examples.map { $0.label! })
        let classes = Label.ordered(Set(spelling.values))
        guard classes.count >= 2 else {
            throw StanceError.data("the training set has only one class (\(classes[0])); a classifier needs at least two")
        }
        let classIndex = Dictionary(uniqueKeysWithValues: classes.enumerated().map { ($1, $0) })
        let parts = classifier.threads
        let rows: [RawFeatures] = parallelRuns(count: examples.count, size: Self.featurizeRun, threads: parts) { range in
            var raw = pipeline.makeRawFeatures()
            return range.map { i in
                pipeline.encode(pipeline.context(for: examples[i]), into: &raw)
                return raw.compacted()
            }
        }.flatMap { $0 }
        let labels = examples.map { classIndex[spelling[$0.label!]!]! }
        let space = spaceBuilder.fit(rows, labels: labels, weightings: pipeline.spec.blocks.map(\.weighting), denseCount: pipeline.denseNames.count)
        let blocks = parallelRuns(count: rows.count, size: Self.featurizeRun, threads: parts) { range in
            var block = DesignMatrix(sparseColumns: space.sparseColumns, denseColumns: space.denseCount)
            var row = FeatureRow()
            for r in range {
                space.transform(rows[r], into: &row)
                block.append(row)
            }
            return block
        }
        var matrix = blocks[0]
        for block in blocks.dropFirst() { matrix.append(contentsOf: block) }
        return Featurized(space: space, matrix: matrix, labels: labels, classes: classes)
    }

    /// Fits the classifier on featurized data.
    package func fit(_ data: Featurized, classifier: LogisticRegression? = nil, training: TrainingInfo,
                    progress: ((Int, Double) -> Void)? = nil) throws -> StanceModel {
        let hyperparameters = classifier ?? self.classifier
        let (model, report) = try hyperparameters.fit(data.matrix, labels: data.labels, classes: data.classes, progress: progress)
        var info = training
        info.fit = report
        info.features = data.space.sparseColumns + data.space.denseCount
        var counts: [String: Int] = [:]
        for y in data.labels { counts[data.classes[y], default: 0] += 1 }
        info.classCounts = counts
        return StanceModel(
            pipeline: pipeline, space: data.space, spaceBuilder: spaceBuilder, classifier: model,
            hyperparameters: hyperparameters, training: info)
    }

    /// Featurize and fit in one call; `training` is completed with the fit and returned in the model.
    public func train(_ examples: [LabeledExample], training: TrainingInfo = TrainingInfo(), progress: ((Int, Double) -> Void)? = nil) throws -> StanceModel {
        try fit(try featurize(examples), training: training, progress: progress)
    }
}

extension Trainer {
    /// The trainer `stance train` uses by default for `examples`: the standard pipeline for
    /// where their targets are (spans, topics or both), the minimum document frequency for their
    /// number, C = 0.5.
    public static func standard(for examples: [LabeledExample], lexicons: [SentimentLexicon] = []) throws -> Trainer {
        let targets = PipelineSpec.Targets.of(examples)
        let spec = PipelineSpec.standard(blocks: PipelineSpec.BlockName.defaults(for: targets), targets: targets)
        let minimum = FeatureSpaceBuilder.minimumDocumentFrequency(forExamples: examples.count, spec: spec)
        return Trainer(pipeline: try FeaturePipeline(spec: spec, lexicons: lexicons), spaceBuilder: FeatureSpaceBuilder(minDocumentFrequency: minimum))
    }
}

extension StanceModel {
    /// Evaluates the model on labelled examples. Gold labels the model does not know are an
    /// error: the caller decides whether to drop them.
    public func evaluate(_ examples: [LabeledExample], file: String = "examples") throws -> (evaluation: Evaluation, predictions: [Prediction]) {
        var scorer = makeScorer()
        var gold: [String] = []
        var predictions: [Prediction] = []
        gold.reserveCapacity(examples.count)
        predictions.reserveCapacity(examples.count)
        for example in examples {
            guard let label = example.label else {
                throw StanceError.input(file: file, line: example.line, "example has no label")
            }
            guard let known = Label.matching(label, in: classes) else {
                throw StanceError.input(file: file, line: example.line, "label \"\(label)\" is not one of the model's classes (\(classes.joined(separator: ", ")))")
            }
            gold.append(known)
            predictions.append(scorer.predict(example))
        }
        return (Evaluation(gold: gold, predicted: predictions.map(\.label), classes: classes), predictions)
    }
}
