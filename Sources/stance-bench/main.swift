// stance-bench: speed figures for the README, measured the way the scikit-learn anchor kit
// measures its own (../shared/anchors/sklearn_baseline.py timing):
//   fit     = featurize + fit on NewsMTSC train (data already in memory), wall seconds;
//   predict = featurize + predict on rw-test repeated 25×, examples per second, on one core
//             and on every core (one scorer per thread);
//   articles = read, find every actor, score every paragraph toward each, aggregate: PerSenT
//              dev's 578 news articles, body paragraphs per second;
// each the median of --repeat runs. Prints one JSON object on stdout; progress on stderr.
import Foundation
import StanceKit
import SwiftCSV

struct Options {
    var dataDir = "../shared/data"
    var lexiconDir = "../shared/lexicons"
    var repeatCount = 3
    var model: String? = nil
    var predictOnly = false
    var stages = false
    var articles = true

    init(_ arguments: [String]) throws {
        var i = 0
        func value() throws -> String {
            i += 1
            guard i < arguments.count else { throw StanceError.usage("\(arguments[i - 1]) needs a value") }
            return arguments[i]
        }
        while i < arguments.count {
            switch arguments[i] {
            case "--data-dir": dataDir = try value()
            case "--lexicon-dir": lexiconDir = try value()
            case "--repeat": repeatCount = Int(try value()) ?? 3
            case "--model": model = try value()
            case "--predict-only": predictOnly = true
            case "--stages": stages = true
            case "--no-articles": articles = false
            case "-h", "--help":
                print("usage: stance-bench [--data-dir DIR] [--lexicon-dir DIR] [--repeat N] [--model PATH] [--predict-only] [--no-articles] [--stages]")
                exit(0)
            default: throw StanceError.usage("unknown argument \(arguments[i])")
            }
            i += 1
        }
    }
}

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted[sorted.count / 2]
}

func log(_ message: String) { FileHandle.standardError.write(Data((message + "\n").utf8)) }

func peakResidentMegabytes() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024
}

do {
    let options = try Options(Array(CommandLine.arguments.dropFirst()))
    let train = try DatasetReader().read(options.dataDir + "/newsmtsc/train.jsonl").examples
    let test = try DatasetReader().read(options.dataDir + "/newsmtsc/rw-test.jsonl").examples
    let lexicons = try LexiconLoader.load([
        .init(argument: options.lexiconDir + "/vader/vader_lexicon.txt"),
        .init(argument: "positive:" + options.lexiconDir + "/bingliu/positive-words.txt"),
        .init(argument: "negative:" + options.lexiconDir + "/bingliu/negative-words.txt"),
    ])
    let reference = try options.model.map { try ModelArtifact.load(path: $0) } ?? ModelArtifact.loadDefault()
    let pipeline = try FeaturePipeline(spec: reference.pipeline.spec, lexicons: lexicons)
    let trainer = Trainer(pipeline: pipeline, spaceBuilder: reference.spaceBuilder, classifier: reference.hyperparameters)
    let info = TrainingInfo(command: "stance-bench", trainFiles: [], classCounts: [:], features: 0)

    var fitSeconds: [Double] = []
    var model: StanceModel? = options.predictOnly ? reference : nil
    for run in 1...options.repeatCount where !options.predictOnly {
        let start = Date()
        model = try trainer.train(train, training: info)
        fitSeconds.append(Date().timeIntervalSince(start))
        log("fit run \(run): \(String(format: "%.3f", fitSeconds.last!)) s")
    }

    let predictSet = Array(repeating: test, count: 25).flatMap { $0 }
    var predictRates: [Double] = []
    var checksum = 0.0
    for run in 1...options.repeatCount {
        var scorer = model!.makeScorer()
        let start = Date()
        for example in predictSet { checksum += scorer.predict(example).score }
        let seconds = Date().timeIntervalSince(start)
        predictRates.append(Double(predictSet.count) / seconds)
        log("predict run \(run): \(Int(predictRates.last!)) examples/s")
    }
    // The same on both cores: one scorer per thread, BLAS single-threaded (the guide's rule).
    var parallelRates: [Double] = []
    let cores = ProcessInfo.processInfo.activeProcessorCount
    for run in 1...options.repeatCount {
        let start = Date()
        checksum += model!.map(predictSet, threads: cores) { example, scorer in scorer.predict(example).score }.reduce(0, +)
        parallelRates.append(Double(predictSet.count) / Date().timeIntervalSince(start))
        log("predict on \(cores) threads, run \(run): \(Int(parallelRates.last!)) examples/s")
    }
    let evaluation = try model!.evaluate(test, file: "rw-test.jsonl").evaluation

    // Articles, as `stance score` sees JSONL input: the title given, the text's lines as paragraphs.
    let persent = try CSV<Named>(string: String(contentsOfFile: options.dataDir + "/persent/dev.csv", encoding: .utf8), loadColumns: false)
    let articles = persent.rows.map { row in ArticleReader().read(row["DOCUMENT"] ?? "", title: row["TITLE"]) }
    let paragraphCount = articles.reduce(0) { $0 + $1.body.count }
    let analyzer = ArticleAnalyzer(model: model!)
    var articleRates: [Double] = []
    var pairs = 0
    for run in 1...options.repeatCount where options.articles {
        let start = Date()
        pairs = 0
        for article in articles { pairs += analyzer.analyze(article, modelName: "").paragraphs.reduce(0) { $0 + $1.actors.count } }
        articleRates.append(Double(paragraphCount) / Date().timeIntervalSince(start))
        log("articles run \(run): \(Int(articleRates.last!)) paragraphs/s")
    }

    // Optional: where prediction time goes, stage by stage (each stage timed cumulatively).
    var stageMicroseconds: [String: Double] = [:]
    if options.stages {
        let m = model!
        let texts = predictSet.map { ($0.text, $0.target) }
        func time(_ name: String, _ body: () -> Void) {
            let start = Date()
            body()
            stageMicroseconds[name] = Date().timeIntervalSince(start) * 1e6 / Double(texts.count)
        }
        let tokenizer = WordTokenizer()
        time("1 code points") { for (text, _) in texts { checksum += Double(CodePointText(text).count) } }
        time("2 + tokens") { for (text, _) in texts { checksum += Double(tokenizer.tokenize(CodePointText(text)).count) } }
        time("3 + context") { for (text, target) in texts { checksum += Double(m.pipeline.context(text: text, target: target).tokens.count) } }
        var raw = m.pipeline.makeRawFeatures()
        time("4 + features") {
            for (text, target) in texts {
                m.pipeline.encode(m.pipeline.context(text: text, target: target), into: &raw)
                checksum += Double(raw.keys.count)
            }
        }
        var row = FeatureRow()
        time("5 + columns") {
            for (text, target) in texts {
                m.pipeline.encode(m.pipeline.context(text: text, target: target), into: &raw)
                m.space.transform(raw, into: &row)
                checksum += Double(row.indices.count)
            }
        }
        var scorer = m.makeScorer()
        let rows = texts.prefix(2000).map { m.featureRow(m.pipeline.context(text: $0.0, target: $0.1)) }
        let start = Date()
        for _ in 0..<10 { for row in rows { checksum += scorer.prediction(row).score } }
        stageMicroseconds["classifier alone"] = Date().timeIntervalSince(start) * 1e6 / Double(rows.count * 10)
        time("6 + classifier") { for (text, target) in texts { checksum += scorer.predict(text: text, target: target).score } }
        for (name, us) in stageMicroseconds.sorted(by: { $0.key < $1.key }) { log("\(name): \(String(format: "%.2f", us)) µs/example") }
    }

    let result: [String: Any] = [
        "fit_seconds": fitSeconds.isEmpty ? 0 : median(fitSeconds),
        "fit_seconds_runs": fitSeconds,
        "predict_per_second": median(predictRates),
        "predict_per_second_runs": predictRates,
        "predict_n": predictSet.count,
        "predict_parallel_per_second": median(parallelRates),
        "predict_parallel_per_second_runs": parallelRates,
        "predict_parallel_threads": cores,
        "article_paragraphs_per_second": articleRates.isEmpty ? 0 : median(articleRates),
        "article_paragraphs_per_second_runs": articleRates,
        "articles": articles.count,
        "article_paragraphs": paragraphCount,
        "article_actor_paragraph_pairs": pairs,
        "train_n": train.count,
        "rw_test_f1_macro": evaluation.f1Macro,
        "peak_rss_mb": peakResidentMegabytes(),
        "threads": 1,
        "checksum": checksum,
    ]
    let data = try JSONSerialization.data(withJSONObject: result, options: [.sortedKeys])
    print(String(decoding: data, as: UTF8.self))
} catch {
    log("stance-bench: \(error)")
    exit(1)
}
