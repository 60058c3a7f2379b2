import Foundation
import StanceKit

extension Train {
    /// `stance train --entities`: fits an entity tagger on CoNLL-U (GUM) or GMB files, reports
    /// the actor detector's figures with it on the --dev documents, and writes it.
    func runEntities() throws {
        try reportingErrors {
            BLAS.useSingleThread()
            let start = Date()
            let classifier = LogisticRegression(
                c: c ?? Self.entityDefaultC, classWeight: .none, maxIterations: maxIterations, tolerance: tolerance)
            try classifier.validate()
            let trainer = EntityTaggerTrainer(minimumCount: minDf ?? Self.entityDefaultMinimumCount, classifier: classifier)
            try TextFile.checkFolderExists(for: out)
            var documents: [EntityDocument] = []
            var files: [TrainingInfo.DataFile] = []
            for path in train {
                let read = try EntityCorpus.read(path)
                documents += read
                files.append(try .describe(path, examples: read.count))
            }
            let devDocuments = try dev.flatMap { try EntityCorpus.read($0) }
            Console.progress("training the entity tagger on \(documents.count) documents…", quiet: quiet)
            var tagger = try trainer.train(documents, record: .init(command: Self.recordedCommand(CommandLine.arguments), trainFiles: files)) {
                iteration, loss in
                if iteration % 25 == 0 { Console.progress("  iteration \(iteration): loss \(String(format: "%.6f", loss))", quiet: quiet) }
            }
            Console.progress("\(tagger.training.tokens) tokens, \(tagger.training.features) features, \(tagger.training.fit?.iterations ?? 0) iterations", quiet: quiet)
            if !devDocuments.isEmpty {
                let evaluation = ActorDetector(tagger: tagger).evaluate(devDocuments)
                tagger = tagger.with(dev: evaluation)
                Console.progress(EvaluateEntities.summary(evaluation, name: "dev"), quiet: quiet)
            }
            try EntityTaggerArtifact.save(tagger, to: out)
            Console.progress("wrote \(out) in \(String(format: "%.2f", Date().timeIntervalSince(start))) s", quiet: quiet)
        }
    }

    /// C for the entity tagger: 1, chosen on GUM dev (0.5 and 2 within a point).
    static let entityDefaultC = 1.0
    /// Minimum feature count for the entity tagger: 3, chosen on GUM dev (2 and 5 within a point;
    /// 3 keeps the model file at a few MB).
    static let entityDefaultMinimumCount = 3
}
