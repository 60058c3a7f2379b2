import ArgumentParser
import Foundation
import StanceKit

struct Train: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Train a model on labelled examples.",
        discussion: """
            Input formats (any label set: positive/neutral/negative, favor/against/none):
              NewsMTSC JSONL   {"sentence", "mention", "from", "to", "polarity": -1|0|1}
              generic JSONL    {"text", "target"? or "from"/"to"?, "label"}
              CSV (.csv)       header with text,label and optionally target
            A target the text does not contain ("Legalization of Abortion") is a topic:
            then the model conditions on each target's name (word and character n-grams
            per target).

            Lexicons: a VADER-format file (token<TAB>mean<TAB>…) is recognised from its
            content; a plain word list needs its polarity: --lexicon positive:FILE
            --lexicon negative:FILE. All word lists together form one lexicon.

            With fixed settings this is one fit; --dev files are scored for the report.
            --search-c fits once per C value and keeps the best mean dev macro-F1.
            --cross-validate K first scores K-fold cross-validation on the training data
            (texts with several targets stay in one fold) and records it in the model;
            then the one fit.

            Examples (the files are yours; each command writes a new file in the current
            folder; the built-in models' own commands are in the README, `make model`):
              stance train train.csv --lexicon builtin --dev-fraction 0.2 --out model.json
              stance train train.jsonl --dev dev.jsonl --search-c 0.25,0.5,1 \\
                --lexicon builtin --out model.json
              stance train tweets.csv --cross-validate 5 --out topics.json
              stance train --pronouns --train gap-development.tsv --out resolver.json
              stance train --entities --train gum/train --dev gum/dev --out tagger.json
            """)

    @Argument(help: ArgumentHelp("Training files (the same as --train).", valueName: "file"))
    var files: [String] = []

    @Option(name: .customLong("train"), help: ArgumentHelp("Training file (repeatable).", valueName: "file"))
    var trainOption: [String] = []

    /// Every training file, given as arguments or with --train.
    var train: [String] { files + trainOption }

    @Option(name: .long, help: ArgumentHelp("Development file for reporting and --search-c (repeatable).", valueName: "file"))
    var dev: [String] = []

    @Option(name: .long, help: ArgumentHelp("Lexicon: PATH (VADER format), positive:PATH / negative:PATH (word list), or builtin (the built-in model's: VADER and Bing Liu). Repeatable.", valueName: "spec"))
    var lexicon: [String] = []

    @Option(name: .long, help: "Where to write the model (JSON). Written only when training succeeds.")
    var out: String

    @Flag(name: .long, help: "Train an entity tagger instead: --train and --dev take CoNLL-U files or folders (GUM) or GMB CSV files.")
    var entities = false

    @Flag(name: .long, help: "Train a pronoun resolver instead: --train and --dev take GAP files (TSV) or gold coreference documents (GUM CoNLL-U, read as GAP-style passages); the threshold is chosen on --dev.")
    var pronouns = false

    @Option(name: .customLong("c"), help: "Inverse L2 regularisation strength, as in scikit-learn; 0.5 was best on NewsMTSC dev (1 for --entities, best on GUM dev; 0.2 for --pronouns, best in 5-fold cross-validation on GAP).")
    var c: Double?

    @Option(name: .long, help: ArgumentHelp("Comma-separated C values to try; keeps the best mean macro-F1 on --dev.", valueName: "values"))
    var searchC: String?

    @Option(name: .long, help: ArgumentHelp("Also score K-fold cross-validation on the training data first (2–20).", valueName: "K"))
    var crossValidate: Int?

    @Option(name: .long, help: "Class weights: balanced or none.")
    var classWeight: LogisticRegression.ClassWeight = .balanced

    @Option(name: .long, help: "Keep features seen in at least this many training examples (vocabulary mode); by default one per 1,000 examples, from 1 up to 5 (best on NewsMTSC dev; 5 for --entities).")
    var minDf: Int?

    @Flag(name: .customLong("nb-scaling"), inversion: .prefixedNo,
          help: "Scale each TF-IDF column by how strongly it separates the classes in the training data (naive-Bayes log-count ratios, as in NBSVM).")
    var naiveBayesScaling = true

    @Option(name: .long, help: "Keep at most this many sparse features (the most frequent).")
    var maxFeatures: Int?

    @Option(name: .long, help: "Hash features into 2^bits columns instead of building a vocabulary (8–28).")
    var hashBits: Int?

    @Option(name: .long, help: "Context window: words on each side of the target.")
    var window: Int = 5

    @Option(name: .long, help: "Distance decay of window weights: 1/(1+decay·(d−1)); 0 for a flat window.")
    var windowDecay: Double = 0.3

    @Flag(name: .long, help: "Do not mask the target in the sentence bags (keep its words there).")
    var noMaskTarget = false

    @Option(name: .long, help: ArgumentHelp(
        "Feature blocks, comma-separated: sentence (n-gram bag), clause (bag of the target's clause), window (words around the target), target (the target's own words; leave out where identity must not matter), hits (lexicon words near the target), role (speaker/object cues), lexicon (dense lexicon statistics), chars (character 2–5-grams). Default: all but chars when every target occurs in its text, all when some are topics.",
        valueName: "list"))
    var features: String?

    /// The chosen blocks, or the defaults for `targets`; nil when --features names an unknown block.
    func blockNames(for targets: PipelineSpec.Targets) -> Set<PipelineSpec.BlockName>? {
        guard let features else { return PipelineSpec.BlockName.defaults(for: targets) }
        var names = Set<PipelineSpec.BlockName>()
        for part in features.split(separator: ",") {
            guard let name = PipelineSpec.BlockName(rawValue: part.trimmingCharacters(in: .whitespaces)) else { return nil }
            names.insert(name)
        }
        return names.isEmpty ? nil : names
    }

    @Option(name: .long, help: "L-BFGS iteration limit.")
    var maxIterations: Int = 1000

    @Option(name: .long, help: "Stop when the largest gradient entry falls below this (default: 1e-4; 1e-5 with --entities).")
    var tolerance: Double?

    @Option(name: .long, help: ArgumentHelp("Without a --dev file: hold out this fraction of the training examples (by a hash of their text) as the dev set.", valueName: "fraction"))
    var devFraction: Double?

    @Flag(name: .long, help: "Skip malformed input lines and report how many, instead of stopping.")
    var skipInvalid = false

    @Flag(name: .shortAndLong, help: "No progress messages.")
    var quiet = false

    func validate() throws {
        if train.isEmpty { throw ValidationError("Give at least one training file (as an argument or with --train).") }
        if let c, c <= 0 { throw ValidationError("--c must be positive.") }
        if let minDf, minDf < 1 { throw ValidationError("--min-df must be at least 1.") }
        if maxIterations < 1 { throw ValidationError("--max-iterations must be at least 1.") }
        if let tolerance, !(tolerance > 0) { throw ValidationError("--tolerance must be positive.") }
        if let hashBits, !(8...28).contains(hashBits) { throw ValidationError("--hash-bits must be between 8 and 28.") }
        if let maxFeatures, maxFeatures < 1 { throw ValidationError("--max-features must be at least 1.") }
        if window < 1 { throw ValidationError("--window must be at least 1.") }
        if blockNames(for: .spans) == nil {
            throw ValidationError("--features takes a comma-separated list of: \(PipelineSpec.BlockName.allCases.map(\.rawValue).joined(separator: ", ")).")
        }
        if let crossValidate, !(2...20).contains(crossValidate) { throw ValidationError("--cross-validate takes 2 to 20 folds.") }
        if windowDecay < 0 { throw ValidationError("--window-decay must not be negative.") }
        if let devFraction, !(devFraction > 0 && devFraction < 1) { throw ValidationError("--dev-fraction takes a number between 0 and 1, such as 0.2.") }
        if devFraction != nil && !dev.isEmpty { throw ValidationError("--dev-fraction is for training without --dev files; give one or the other.") }
        if searchC != nil && dev.isEmpty && devFraction == nil { throw ValidationError("--search-c needs a --dev file (or --dev-fraction) to choose by.") }
        if let searchC, parseValues(searchC) == nil { throw ValidationError("--search-c takes positive numbers separated by commas, e.g. 0.1,0.3,1.") }
    }

    func parseValues(_ text: String) -> [Double]? {
        let values = text.split(separator: ",").map { Double($0.trimmingCharacters(in: .whitespaces)) }
        guard !values.isEmpty, values.allSatisfy({ ($0 ?? 0) > 0 }) else { return nil }
        return values.map { $0! }
    }

    func run() throws {
        if entities { return try runEntities() }
        if pronouns { return try runPronouns() }
        try reportingErrors {
            let start = Date()
            let lexicons = try Self.lexicons(lexicon)
            let hyperparameters = LogisticRegression(c: c ?? 0.5, classWeight: classWeight, maxIterations: maxIterations, tolerance: tolerance ?? LogisticRegression().tolerance)
            try hyperparameters.validate()
            try spaceBuilder(minimumDocumentFrequency: minDf ?? 1).validate()
            // Check the output before the work, so a typo does not cost a training run.
            try TextFile.checkOutput(out, inputs: train + dev)

            let (examples, trainFiles, devSets) = try readData()
            if lexicons.isEmpty { Console.progress("note: no --lexicon given; lexicon features will be empty", quiet: quiet) }
            let trainer = try makeTrainer(for: examples, lexicons: lexicons, classifier: hyperparameters)
            Console.progress("featurizing \(examples.count) examples…", quiet: quiet)
            let featurizeStart = Date()
            let data = try trainer.featurize(examples)
            Self.noteSmallData(data, quiet: quiet)
            Console.progress(
                "\(data.matrix.rowCount) examples, \(data.space.sparseColumns) sparse + \(data.space.denseCount) dense features (\(data.matrix.nonZeroCount) non-zeros) in \(seconds(since: featurizeStart)) s; classes: \(data.classes.joined(separator: ", "))",
                quiet: quiet)
            let info = TrainingInfo(command: Self.recordedCommand(CommandLine.arguments), trainFiles: trainFiles, devFiles: devSets.map(\.record))
            let crossValidation = try crossValidation(trainer, examples, training: info)

            let fitStart = Date()
            var (model, search) = try fit(trainer, data, training: info, devSets: devSets)
            Console.progress("fitted in \(seconds(since: fitStart)) s", quiet: quiet)
            var record = model.training
            record.search = search
            record.crossValidation = crossValidation
            for set in devSets {
                let evaluation = try model.evaluate(set.examples, file: set.path).evaluation
                record.devMetrics[TrainingInfo.DataFile.name(of: set.path)] = evaluation
                Console.progress(
                    "dev \(set.path): macro-F1 \(String(format: "%.4f", evaluation.f1Macro)), accuracy \(String(format: "%.4f", evaluation.accuracy))",
                    quiet: quiet)
            }
            model = model.with(training: record)
            if let fit = model.training.fit {
                Console.progress("fit: \(fit.iterations) iterations, \(fit.stopReason)", quiet: quiet)
            }
            try model.save(to: out)
            Console.progress("wrote \(out) in \(seconds(since: start)) s", quiet: quiet)
        }
    }

    /// A dev set: where it came from, its examples, and how the model records it.
    typealias DevSet = (path: String, examples: [LabeledExample], record: TrainingInfo.DataFile)

    /// The training examples and the dev sets (the --dev files, or the --dev-fraction held out).
    func readData() throws -> (examples: [LabeledExample], trainFiles: [TrainingInfo.DataFile], devSets: [DevSet]) {
        let reader = DatasetReader(requireLabels: true, skipInvalid: skipInvalid)
        func read(_ path: String) throws -> [LabeledExample] {
            let result = try reader.read(path)
            if result.skipped > 0 { Console.progress("\(path): skipped \(result.skipped) invalid lines", quiet: quiet) }
            return result.examples
        }
        var (examples, trainFiles) = try readTraining(read)
        var devSets: [DevSet] = try dev.map { path in
            let read = try read(path)
            return (path, read, try .describe(path, examples: read.count))
        }
        if let devFraction {
            let split = CrossValidation.holdOut(examples, devFraction: devFraction)
            examples = split.train
            // Recorded as the training file it came from, renamed.
            var record = trainFiles[0]
            record.name = "\(record.name)\(train.count > 1 ? " and the other training files" : "") (held out: \(Int((devFraction * 100).rounded())) %)"
            record.examples = split.dev.count
            devSets = [(record.name, split.dev, record)]
            Console.progress("holding out \(split.dev.count) of \(split.dev.count + split.train.count) examples as the dev set", quiet: quiet)
        }
        return (examples, trainFiles, devSets)
    }

    /// Every --train file read with `read`, and the record of each for the model file.
    func readTraining<T>(_ read: (String) throws -> [T]) throws -> ([T], [TrainingInfo.DataFile]) {
        var items: [T] = []
        var files: [TrainingInfo.DataFile] = []
        for path in train {
            let part = try read(path)
            items += part
            files.append(try .describe(path, examples: part.count))
        }
        return (items, files)
    }

    func spaceBuilder(minimumDocumentFrequency: Int) -> FeatureSpaceBuilder {
        FeatureSpaceBuilder(minDocumentFrequency: minimumDocumentFrequency, maxFeatures: maxFeatures, hashingBits: hashBits, naiveBayesScaling: naiveBayesScaling)
    }

    /// The trainer for `examples`: the pipeline for where their targets are (said when some are
    /// topics), the minimum document frequency for their number unless --min-df gives it.
    func makeTrainer(for examples: [LabeledExample], lexicons: [SentimentLexicon], classifier: LogisticRegression) throws -> Trainer {
        let targets = PipelineSpec.Targets.of(examples)
        if targets != .spans {
            let topics = examples.filter { $0.target == nil && $0.targetName != nil }.count
            Console.progress(
                "\(topics) of \(examples.count) targets do not occur in their text: the model conditions on each target's name (features per target)",
                quiet: quiet)
        }
        let spec = PipelineSpec.standard(
            blocks: blockNames(for: targets)!, maskTarget: !noMaskTarget, window: window, windowDecay: windowDecay, targets: targets)
        let minimumCount = minDf ?? FeatureSpaceBuilder.minimumDocumentFrequency(forExamples: examples.count, spec: spec)
        if minDf == nil && minimumCount < 5 {
            Console.progress("note: \(examples.count) examples: keeping features seen in \(minimumCount) or more (--min-df to change)", quiet: quiet)
        }
        return Trainer(
            pipeline: try FeaturePipeline(spec: spec, lexicons: lexicons),
            spaceBuilder: spaceBuilder(minimumDocumentFrequency: minimumCount), classifier: classifier)
    }

    /// With --cross-validate K, the K-fold figures (each fold printed as it comes); else nil.
    func crossValidation(_ trainer: Trainer, _ examples: [LabeledExample], training: TrainingInfo) throws -> CrossValidation? {
        guard let folds = crossValidate else { return nil }
        let result = try trainer.crossValidate(examples, folds: folds, training: training) { fold, f1 in
            Console.progress("fold \(fold + 1)/\(folds): held-out macro-F1 \(String(format: "%.4f", f1))", quiet: quiet)
        }
        Console.progress("\(folds)-fold cross-validation: macro-F1 \(String(format: "%.4f ± %.4f", result.mean, result.standardDeviation))", quiet: quiet)
        return result
    }

    /// One fit, or with --search-c one per C value, keeping the best mean dev macro-F1.
    func fit(_ trainer: Trainer, _ data: Trainer.Featurized, training: TrainingInfo, devSets: [DevSet]) throws
        -> (model: StanceModel, search: [TrainingInfo.SearchPoint])
    {
        guard let searchC, let values = parseValues(searchC) else {
            let model = try trainer.fit(data, training: training) { iteration, loss in
                if iteration % 25 == 0 { Console.progress("  iteration \(iteration): loss \(String(format: "%.6f", loss))", quiet: quiet) }
            }
            return (model, [])
        }
        var best: (model: StanceModel, f1: Double)? = nil
        var search: [TrainingInfo.SearchPoint] = []
        for value in values {
            var candidate = trainer.classifier
            candidate.c = value
            let fitted = try trainer.fit(data, classifier: candidate, training: training)
            let f1 = try devSets.map { try fitted.evaluate($0.examples, file: $0.path).evaluation.f1Macro }.reduce(0, +) / Double(devSets.count)
            Console.progress("C=\(value): mean dev macro-F1 \(String(format: "%.4f", f1))", quiet: quiet)
            search.append(.init(c: value, devF1Macro: f1))
            if best == nil || f1 > best!.f1 { best = (fitted, f1) }
        }
        Console.progress("chose C=\(best!.model.hyperparameters.c)", quiet: quiet)
        return (best!.model, search)
    }

    /// The command line as recorded in the model: without the output path and --quiet, which say
    /// where the model went and what was printed, not how it was made (so retraining gives the
    /// same bytes).
    static func recordedCommand(_ arguments: [String]) -> String {
        var kept = ["stance"]
        var skipNext = false
        for argument in arguments.dropFirst() {
            if skipNext { skipNext = false; continue }
            if argument == "--out" { skipNext = true; continue }
            if argument.hasPrefix("--out=") || argument == "--quiet" || argument == "-q" { continue }
            kept.append(argument)
        }
        return kept.joined(separator: " ")
    }

    func seconds(since start: Date) -> String { String(format: "%.2f", Date().timeIntervalSince(start)) }

    /// The `--lexicon` arguments loaded; `builtin` stands for the built-in model's lexicons.
    static func lexicons(_ arguments: [String]) throws -> [SentimentLexicon] {
        let files = try LexiconLoader.load(arguments.filter { $0 != builtinLexicon }.map(LexiconLoader.Source.init(argument:)))
        guard arguments.contains(builtinLexicon) else { return files }
        return try ModelArtifact.builtInLexicons() + files
    }

    static let builtinLexicon = "builtin"

    /// Warns, without stopping, when the data is too small to learn much from.
    static func noteSmallData(_ data: Trainer.Featurized, quiet: Bool) {
        if data.space.sparseColumns < smallVocabulary {
            Console.progress("note: only \(data.space.sparseColumns) word features; a larger training set (or --min-df 1) gives the model more to go on", quiet: quiet)
        }
        var counts = [Int](repeating: 0, count: data.classes.count)
        for label in data.labels { counts[label] += 1 }
        for (label, count) in zip(data.classes, counts) where count < smallClass {
            Console.progress("note: class \"\(label)\" has only \(count) training examples", quiet: quiet)
        }
    }

    /// Below these, `noteSmallData` speaks: a vocabulary this small or a class this rare gives
    /// a linear model little to separate the classes with.
    static let smallVocabulary = 100
    static let smallClass = 10
}
