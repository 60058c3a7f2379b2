import Foundation
import Testing
@testable import StanceKit

@Suite("LogisticRegression and StanceModel")
struct LogisticRegressionTests {
    func trainToy(c: Double = 10) throws -> StanceModel {
        let pipeline = try FeaturePipeline(spec: .standard(), lexicons: [TestData.tinyLexicon])
        let trainer = Trainer(pipeline: pipeline, spaceBuilder: FeatureSpaceBuilder(minDocumentFrequency: 1),
                              classifier: LogisticRegression(c: c))
        return try trainer.train(TestData.toyExamples(), training: TrainingInfo(command: "test", trainFiles: [], classCounts: [:], features: 0))
    }

    @Test("a separable toy problem is learned")
    func separable() throws {
        let model = try trainToy()
        let (evaluation, _) = try model.evaluate(TestData.toyExamples(), file: "toy")
        #expect(evaluation.accuracy == 1)
        var scorer = model.makeScorer()
        let text = "The senator praised Zoe on Tuesday in Paris."
        let prediction = scorer.predict(text: text, target: CodePointText(text).span(of: "Zoe"))
        #expect(prediction.label == "positive" && prediction.score > 0)
    }

    @Test("cross-validation keeps a text in one fold, scores every fold, and repeats exactly")
    func crossValidation() throws {
        let pipeline = try FeaturePipeline(spec: .standard(), lexicons: [TestData.tinyLexicon])
        let trainer = Trainer(pipeline: pipeline, spaceBuilder: FeatureSpaceBuilder(minDocumentFrequency: 1), classifier: LogisticRegression(c: 10))
        let info = TrainingInfo(command: "test", trainFiles: [], classCounts: [:], features: 0)
        // The same sentence with two targets: both land in the same fold.
        let text = "Alice praised Bob."
        let pair = [CodePointText(text).span(of: "Alice"), CodePointText(text).span(of: "Bob")]
            .map { LabeledExample(text: text, target: $0, label: "neutral") }
        #expect(CrossValidation.fold(of: pair[0], folds: 5) == CrossValidation.fold(of: pair[1], folds: 5))

        var heard: [Int] = []
        let first = try trainer.crossValidate(TestData.toyExamples(), folds: 3, training: info) { fold, _ in heard.append(fold) }
        #expect(heard == [0, 1, 2] && first.f1Macro.count == 3)
        #expect(first.mean > 0.9)  // the toy problem is separable from held-out verbs it has seen
        #expect(try trainer.crossValidate(TestData.toyExamples(), folds: 3, training: info) == first)
        #expect(throws: StanceError.usage("cross-validation needs at least 2 folds")) { try trainer.crossValidate(TestData.toyExamples(), folds: 1, training: info) }
    }

    @Test("probabilities sum to 1, in class order, batch and single paths agree")
    func probabilities() throws {
        let model = try trainToy()
        #expect(model.classes == ["negative", "neutral", "positive"])
        var scorer = model.makeScorer()
        var matrix = DesignMatrix(sparseColumns: model.space.sparseColumns, denseColumns: model.space.denseCount)
        var singles: [[Double]] = []
        for example in TestData.toyExamples().prefix(10) {
            let row = scorer.featureRow(model.pipeline.context(for: example))
            matrix.append(row)
            let p = scorer.prediction(row).probabilities
            #expect(abs(p.reduce(0, +) - 1) < 1e-12)
            singles.append(p)
        }
        let batch = model.classifier.probabilities(matrix)
        for (a, b) in zip(singles, batch) { #expect(zip(a, b).allSatisfy { abs($0 - $1) < 1e-12 }) }
    }

    @Test("predictions explained from the scored row: the same features and contributions as explain, adding up to the class's score")
    func explainedFromTheRow() throws {
        let model = try trainToy()
        var scorer = model.makeScorer()
        for example in TestData.toyExamples() {
            let (prediction, top) = scorer.predictExplained(example, top: 1000)
            let full = model.explain(example)
            #expect(prediction == full.prediction)
            let predicted = model.classes.firstIndex(of: prediction.label)!
            let expected = full.features.filter { $0.contributions[predicted] != 0 || $0.feature == "(bias)" }
            #expect(Set(top.map { "\($0.feature) \($0.contribution)" }).isSuperset(of: expected.map { "\($0.feature) \($0.contributions[predicted])" }))
            let z = model.classifier.scores(model.featureRow(model.pipeline.context(for: example)))[predicted]
            #expect(abs(top.reduce(0) { $0 + $1.contribution } - z) < 1e-9)
            // Strongest first.
            #expect(zip(top, top.dropFirst()).allSatisfy { abs($0.contribution) >= abs($1.contribution) })
        }
    }

    @Test("training is deterministic")
    func deterministic() throws {
        let a = try ModelArtifact.encode(try trainToy())
        let b = try ModelArtifact.encode(try trainToy())
        #expect(a == b)
    }

    @Test("save → load gives identical predictions and bytes")
    func roundTrip() throws {
        let model = try trainToy()
        let path = NSTemporaryDirectory() + "stancekit-model-\(UUID().uuidString).json"
        defer { try? FileManager.default.removeItem(atPath: path) }
        try ModelArtifact.save(model, to: path)
        let loaded = try ModelArtifact.load(path: path)
        #expect(try ModelArtifact.encode(loaded) == ModelArtifact.encode(model))
        var a = model.makeScorer()
        var b = loaded.makeScorer()
        for example in TestData.toyExamples() { #expect(a.predict(example) == b.predict(example)) }
    }

    @Test("the built-in lexicons read alone are the built-in model's")
    func builtInLexicons() throws {
        let lexicons = try ModelArtifact.builtInLexicons()
        #expect(lexicons.count == 2 && lexicons.allSatisfy { $0.count > 1000 })
        #expect(lexicons == (try ModelArtifact.loadDefault().pipeline.lexicons))
    }

    @Test("corrupt, truncated, edited and newer model files fail with a clear message")
    func badModelFiles() throws {
        let data = try ModelArtifact.encode(try trainToy())
        let text = String(decoding: data, as: UTF8.self)
        func message(_ bytes: Data) -> String {
            do {
                _ = try ModelArtifact.decode(bytes, name: "m.json")
                return "loaded"
            } catch {
                return "\(error)"
            }
        }
        #expect(message(data.prefix(data.count / 2)).contains("not valid JSON"))
        #expect(message(Data("[1,2]".utf8)).contains("not a StanceKit model"))
        let newer = text.replacingOccurrences(of: "\"formatVersion\":\(ModelArtifact.formatVersion)", with: "\"formatVersion\":99")
        #expect(message(Data(newer.utf8)) == "m.json: model format version 99 is newer than this stance reads (\(ModelArtifact.formatVersion)); upgrade StanceKit")
        let edited = text.replacingOccurrences(of: "\"c\":10", with: "\"c\":11")
        #expect(message(Data(edited.utf8)) == "loaded")  // hyperparameters are a record, not learned numbers
        var bytes = [UInt8](data)
        let weightsAt = try #require(text.range(of: "\"weights\":\"")).upperBound.utf16Offset(in: text)
        bytes[weightsAt + 1] = bytes[weightsAt + 1] == UInt8(ascii: "A") ? UInt8(ascii: "B") : UInt8(ascii: "A")
        #expect(message(Data(bytes)) == "m.json: corrupt model: checksum mismatch (the file was changed after training)")
        // A weight that is not a number, with a checksum that matches it: refused all the same.
        let toy = try trainToy()
        var weights = toy.classifier.weights
        weights[0] = .infinity
        let infinite = StanceModel(
            pipeline: toy.pipeline, space: toy.space, spaceBuilder: toy.spaceBuilder,
            classifier: LogisticRegressionModel(classes: toy.classes, sparseColumns: toy.classifier.sparseColumns, denseColumns: toy.classifier.denseColumns, weights: weights),
            hyperparameters: toy.hyperparameters, training: toy.training)
        #expect(message(try ModelArtifact.encode(infinite)) == "m.json: corrupt model: a weight or IDF is not a finite number of a plausible size")
        // An IDF so large that a row's squares overflow (found by `make fuzz`: the probabilities were NaN).
        let huge = StanceModel(
            pipeline: toy.pipeline,
            space: FeatureSpace(mapping: toy.space.mapping, idf: [1.3e308] + toy.space.idf.dropFirst(), weightings: toy.space.weightings, denseCount: toy.space.denseCount),
            spaceBuilder: toy.spaceBuilder, classifier: toy.classifier, hyperparameters: toy.hyperparameters, training: toy.training)
        #expect(message(try ModelArtifact.encode(huge)) == "m.json: corrupt model: a weight or IDF is not a finite number of a plausible size")
        // More vocabulary keys than columns, with a checksum that matches (found by `make fuzz`:
        // scoring with it read past the IDF array).
        guard case .vocabulary(let keys) = toy.space.mapping else { Issue.record("a vocabulary model"); return }
        let extraKeys = FeatureSpace(mapping: .vocabulary(keys: keys + [keys.max()! + 1]), idf: toy.space.idf, weightings: toy.space.weightings, denseCount: toy.space.denseCount)
        let mismatched = StanceModel(
            pipeline: toy.pipeline, space: extraKeys, spaceBuilder: toy.spaceBuilder, classifier: toy.classifier,
            hyperparameters: toy.hyperparameters, training: toy.training)
        #expect(message(try ModelArtifact.encode(mismatched)) == "m.json: corrupt model: the pipeline does not match the feature space")
        let cut = text.replacingOccurrences(of: "\"weights\":\"", with: "\"weights\":\"AAA")
        #expect(message(Data(cut.utf8)) == "m.json: corrupt model: bad value at .classifier.weights")
    }

    @Test("a model file of format version 1 (numbers as decimal arrays) loads as the same model")
    func formatVersion1() throws {
        let model = try trainToy()
        var text = String(decoding: try ModelArtifact.encode(model), as: UTF8.self)
        guard case .vocabulary(let keys) = model.space.mapping else { Issue.record("a vocabulary model"); return }
        func unpack(_ key: String, _ values: [String]) throws {
            let start = try #require(text.range(of: "\"\(key)\":\""))
            let end = try #require(text[start.upperBound...].firstIndex(of: "\""))
            text.replaceSubrange(start.lowerBound...end, with: "\"\(key)\":[" + values.joined(separator: ",") + "]")
        }
        try unpack("weights", model.classifier.weights.map { "\($0)" })
        try unpack("idf", model.space.idf.map { "\($0)" })
        try unpack("keys", keys.map { "\($0)" })
        text = text.replacingOccurrences(of: "\"formatVersion\":\(ModelArtifact.formatVersion)", with: "\"formatVersion\":1")
        #expect(text.contains("\"weights\":[") && text.contains("\"formatVersion\":1"))
        let overflowing = text.replacingOccurrences(of: "\"weights\":[\(model.classifier.weights[0]),", with: "\"weights\":[1e999,")
        #expect(overflowing != text)
        // Refused by the JSON parser (a number out of range), not read as infinity.
        let at = try #require(overflowing.range(of: "[1e999,"))
        let byte = overflowing.utf8.distance(from: overflowing.startIndex, to: at.lowerBound) + 2
        #expect(throws: StanceError.model(file: "v1.json", "not a StanceKit model: the file is not valid JSON (number out of range at byte \(byte); truncated or corrupt?)")) {
            try ModelArtifact.decode(Data(overflowing.utf8), name: "v1.json")
        }
        let loaded = try ModelArtifact.decode(Data(text.utf8), name: "v1.json")
        #expect(loaded.classifier == model.classifier && loaded.space == model.space)
        #expect(try ModelArtifact.encode(loaded) == (try ModelArtifact.encode(model)))
    }

    @Test("invalid settings and training sets are refused")
    func refusals() throws {
        let pipeline = try FeaturePipeline(spec: .standard(), lexicons: [])
        let info = TrainingInfo(command: "test", trainFiles: [], classCounts: [:], features: 0)
        #expect(throws: StanceError.data("the training set is empty")) { try Trainer(pipeline: pipeline).train([], training: info) }
        let oneClass = TestData.toyExamples().map { LabeledExample(text: $0.text, target: $0.target, label: "neutral") }
        #expect(throws: StanceError.data("the training set has only one class (neutral); a classifier needs at least two")) {
            try Trainer(pipeline: pipeline).train(oneClass, training: info)
        }
        #expect(throws: StanceError.usage("C must be a positive number (got 0.0)")) { try LogisticRegression(c: 0).validate() }
    }
}

@Suite("Evaluation")
struct EvaluationTests {
    @Test("macro-F1, accuracy, F1pn and the confusion matrix")
    func metrics() {
        let gold = ["positive", "positive", "negative", "neutral", "neutral", "negative"]
        let predicted = ["positive", "neutral", "negative", "neutral", "negative", "negative"]
        let e = Evaluation(gold: gold, predicted: predicted, classes: ["negative", "neutral", "positive"])
        #expect(e.accuracy == 4.0 / 6)
        #expect(e.confusion.matrix == [[2, 0, 0], [1, 1, 0], [0, 1, 1]])
        let f1Negative = 2 * (2.0 / 3) * 1 / (2.0 / 3 + 1)
        let f1Neutral = 0.5
        let f1Positive = 2 * 1 * 0.5 / 1.5
        #expect(abs(e.f1Macro - (f1Negative + f1Neutral + f1Positive) / 3) < 1e-12)
        #expect(abs(e.f1PN! - (f1Negative + f1Positive) / 2) < 1e-12)
        #expect(e.perClass["neutral"]!.support == 2)
    }
}
