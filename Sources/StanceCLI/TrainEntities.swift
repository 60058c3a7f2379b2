import Foundation
import StanceKit

extension Train {
    /// `stance train --entities`: fits an entity tagger on CoNLL-U (GUM) or GMB files, reports
    /// the actor detector's figures with it on the --dev documents, and writes it.
    func runEntities() throws {
        try reportingErrors {
            let start = Date()
            let defaults = EntityTaggerTrainer()
            let classifier = LogisticRegression(
                c: c ?? defaults.classifier.c, classWeight: .none, maxIterations: maxIterations,
                tolerance: tolerance ?? defaults.classifier.tolerance)
            try classifier.validate()
            let trainer = EntityTaggerTrainer(minimumCount: minDf ?? defaults.minimumCount, classifier: classifier)
            try TextFile.checkOutput(out, inputs: train + dev)
            let (documents, files) = try readTraining(EntityCorpus.read)
            let devDocuments = try dev.flatMap { try EntityCorpus.read($0) }
            Console.progress("training the entity tagger on \(documents.count) documents…", quiet: quiet)
            var tagger = try trainer.train(documents, record: .init(command: Self.recordedCommand(CommandLine.arguments), trainFiles: files)) {
                iteration, loss in
                if iteration % 25 == 0 { Console.progress("  iteration \(iteration): loss \(String(format: "%.6f", loss))", quiet: quiet) }
            }
            Console.progress("\(tagger.training.tokens) tokens, \(tagger.training.features) features, \(tagger.training.fit?.iterations ?? 0) iterations", quiet: quiet)
            if !devDocuments.isEmpty {
                let evaluation = ActorDetector(tagger: tagger, pronounResolver: PronounResolverArtifact.builtIn).evaluate(devDocuments)
                tagger = tagger.with(dev: evaluation)
                Console.progress(EvaluateEntities.summary(evaluation, name: "dev"), quiet: quiet)
            }
            try EntityTaggerArtifact.save(tagger, to: out)
            Console.progress("wrote \(out) in \(String(format: "%.2f", Date().timeIntervalSince(start))) s", quiet: quiet)
        }
    }

    /// `stance train --pronouns`: fits a pronoun resolver on GAP files, choosing its threshold
    /// by GAP F1 on the --dev files (by cross-validation without them), and writes it.
    func runPronouns() throws {
        try reportingErrors {
            let start = Date()
            try TextFile.checkOutput(out, inputs: train + dev)
            let (examples, files) = try readTraining(EvaluateEntities.pronounPassages)
            let dev = try self.dev.flatMap(EvaluateEntities.pronounPassages)
            Console.progress("training the pronoun resolver on \(examples.count) passages…", quiet: quiet)
            let resolver = try PronounResolver.train(
                examples, dev: dev, detector: ActorDetector(tagger: EntityTaggerArtifact.builtIn, pronounResolver: nil),
                record: .init(command: Self.recordedCommand(CommandLine.arguments), trainFiles: files), c: c ?? PronounResolver.defaultC)
            Console.progress("\(resolver.training.pairs) pairs, \(resolver.training.features) features, threshold \(resolver.threshold)", quiet: quiet)
            if let cv = resolver.training.crossValidation {
                Console.progress(String(format: "%d-fold cross-validation: GAP F1 %.4f", cv.folds, cv.f1), quiet: quiet)
            }
            if let e = resolver.training.dev {
                Console.progress(String(format: "dev: GAP F1 %.4f (P %.4f, R %.4f), masculine %.4f, feminine %.4f, bias %.4f", e.overall.f1, e.overall.precision, e.overall.recall, e.masculine.f1, e.feminine.f1, e.bias), quiet: quiet)
            }
            try PronounResolverArtifact.save(resolver, to: out)
            Console.progress("wrote \(out) in \(String(format: "%.2f", Date().timeIntervalSince(start))) s", quiet: quiet)
        }
    }
}
