import ArgumentParser
import Foundation
import StanceKit

/// Options shared by `score` and `report`: input, model, actors.
struct ArticleOptions: ParsableArguments {
    @Argument(help: "Article: a text file, - for standard input, a .jsonl file (one article per line), or a folder of .txt files.")
    var input: String = "-"

    @OptionGroup var modelOptions: ModelOptions

    @Option(name: .long, help: ArgumentHelp("YAML (.yaml/.yml) or JSON file of actors: a list of {name, type, aliases}; they add to and override the built-in table.", valueName: "file"))
    var actors: String?

    @Option(name: .long, help: ArgumentHelp("Only this actor, found through its aliases, surname and pronouns; reported under this name. Repeatable.", valueName: "name"))
    var target: [String] = []

    @Option(name: .long, help: ArgumentHelp("text (one article) or jsonl (one article per line); by default jsonl for a file ending .jsonl, text otherwise. jsonl reads a corpus from standard input, as in a pipe.", valueName: "text|jsonl"))
    var inputFormat: InputFormat?

    enum InputFormat: String, ExpressibleByArgument, CaseIterable { case text, jsonl }

    /// Whether the input is a corpus: JSONL or a folder.
    var isCorpus: Bool {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory), isDirectory.boolValue { return true }
        return inputFormat.map { $0 == .jsonl } ?? input.lowercased().hasSuffix(".jsonl")
    }

    @Option(name: .customLong("threads"), help: ArgumentHelp("Threads for a corpus (default: one per core); the output is the same for any number.", valueName: "n"))
    var threadsOption: Int?

    /// --threads, or one per core.
    var threads: Int { threadsOption ?? ProcessInfo.processInfo.activeProcessorCount }

    func validate() throws {
        if let threadsOption, threadsOption < 1 { throw ValidationError("--threads must be at least 1.") }
    }

    /// Articles analysed together: enough to keep every core busy, few enough to keep memory flat.
    static let batchSize = 64

    func analyzer() throws -> (ArticleAnalyzer, modelName: String) {
        let model = try modelOptions.load()
        let custom = try actors.map(ActorsFile.load) ?? []
        return (ArticleAnalyzer(model: model, detector: ActorDetector(customActors: custom)), modelOptions.model ?? "built-in newsmtsc-lr-v1")
    }

    /// Analyses every article of the input; failures are reported and counted, the rest go on.
    /// Articles are analysed in batches of `batchSize` on `threads` threads and handed on in input order.
    func analyses(by analyzer: ArticleAnalyzer, modelName: String, _ body: (ArticleAnalysis) throws -> Void) throws -> Int {
        try analyses(by: analyzer, modelName: modelName, render: { $0 }) { analysis, _ in try body(analysis) }
    }

    /// The same, with what `render` makes of each analysis on the thread that analysed it.
    func analyses<Rendered>(
        by analyzer: ArticleAnalyzer, modelName: String, render: (ArticleAnalysis) -> Rendered,
        _ body: (ArticleAnalysis, Rendered) throws -> Void
    ) throws -> Int {
        var batch: [(article: Article, targets: [String])] = []
        let notes = ArticleNotes()
        func flush() throws {
            for ((analysis, rendered), item) in zip(analyzer.analyze(batch, modelName: modelName, threads: threads, render: { ($0, render($0)) }), batch) {
                if analysis.actors.isEmpty && !item.article.body.isEmpty { notes.note(item.article.id ?? input, "no actors found") }
                for name in item.targets where !analysis.actors.contains(where: { $0.actor == name }) {
                    notes.note(item.article.id ?? input, "target \"\(name)\" not found")
                }
                try body(analysis, rendered)
            }
            batch.removeAll(keepingCapacity: true)
        }
        let failures = try articles(notes: notes) { article, targets in
            batch.append((article, target + targets))
            if batch.count == Self.batchSize { try flush() }
        }
        try flush()
        notes.finish()
        return failures
    }

    /// Every article of the input with the targets its JSONL line names; articles that cannot
    /// be read are reported and counted (the count is returned), the rest go on.
    func articles(notes: ArticleNotes, _ body: (Article, _ targets: [String]) throws -> Void) throws -> Int {
        var failures = 0
        Console.noteReadingTerminal(input, example: "stance score article.txt")
        try ArticleSource.forEach(input, jsonl: inputFormat.map { $0 == .jsonl }, threads: threads) { item in
            switch item {
            case .failure(let error):
                Console.error(error.description)
                failures += 1
            case .article(let article, let targets):
                if article.body.isEmpty { notes.note(article.id ?? input, "no body paragraphs to score") }
                try body(article, targets)
            }
        }
        return failures
    }

    /// The exit for a run where some articles could not be read (each was reported as it came).
    func checkNoFailures(_ failures: Int) throws {
        if failures > 0 { throw StanceError.input(file: input, line: nil, "\(failures) article(s) could not be read (see above)") }
    }
}

struct Score: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Score an article's stance toward every actor in it, for programs.",
        discussion: """
            Output (schema in docs/score-schema.md): {"id", "title", "model", "paragraphs":
            [{"index", "kind", "text", "actors": [{"actor", "label", "score",
            "probabilities", "mentions", "evidence"}]}], "actors": [{"actor", "type",
            "aliases", "mentions", "paragraphs", "salience", "score", "label",
            "distribution", "mixed"}], "stances": [{"holder", "target", "label", "score",
            "paragraph"}]}. A .jsonl input gives one result line per article, in order,
            streamed; a line that cannot be read is reported on stderr and the others
            still come out (exit 65 at the end).

            Examples (the first runs as it is, from any folder; the files in the others
            are yours):
              echo "Mayor Elena Vasquez praised the courageous vote." | stance score -
              stance score article.txt --target "Dmitry Peskov" --target "United States"
              stance score articles.jsonl --format jsonl --out scores.jsonl
              stance score articles/ --format csv --out long.csv
              stance score article.txt --model topics.json --topic "Climate change"

            With --topic (a model trained on targets its texts do not contain, such as
            "Legalization of Abortion"), every body paragraph is scored toward each topic
            instead: {"id", "title", "model", "topics": [{"topic", "score", "label",
            "distribution", "mixed", "paragraphs": [{"index", "body", "label", "score",
            "probabilities"}]}]}.
            """)

    @OptionGroup var options: ArticleOptions

    @Option(name: .long, help: "json (indented; one object per article), jsonl (one line per article) or csv (long: one row per article × paragraph × actor, and one per stance).")
    var format: Format = .json

    enum Format: String, ExpressibleByArgument, CaseIterable { case json, jsonl, csv }

    @OptionGroup var outputOptions: OutputOptions

    @Option(name: .long, help: ArgumentHelp("Score every body paragraph toward this topic instead of the actors (a model trained on topic targets). Repeatable.", valueName: "name"))
    var topic: [String] = []

    func validate() throws {
        if !topic.isEmpty && !options.target.isEmpty { throw ValidationError("--topic scores paragraphs, --target actors: give one or the other.") }
        if !topic.isEmpty && format == .csv { throw ValidationError("--topic writes json or jsonl.") }
    }

    func run() throws {
        try reportingErrors {
            let output = try outputOptions.output(inputs: [options.input, options.actors, options.modelOptions.model].compactMap { $0 })
            if !topic.isEmpty {
                let (analyzer, modelName) = try options.analyzer()
                let notes = ArticleNotes()
                let failures = try options.articles(notes: notes) { article, _ in
                    output.write(try JSONOutput.encode(try analyzer.analyze(article, topics: topic, modelName: modelName), pretty: format == .json) + "\n")
                    output.flush()
                }
                notes.finish()
                try output.commit()
                return try options.checkNoFailures(failures)
            }
            let (analyzer, modelName) = try options.analyzer()
            let csv = LongCSVWriter(classes: analyzer.model.classes)
            if format == .csv { output.write(csv.header) }
            // Each article's output is made on the thread that analysed it.
            let render: (ArticleAnalysis) -> Result<[UInt8], Error> = { analysis in
                switch format {
                case .csv: .success(Array(csv.rows(analysis).utf8))
                case .jsonl: .success(analysis.jsonLine())
                case .json: Result { Array((try JSONOutput.encode(analysis, pretty: true) + "\n").utf8) }
                }
            }
            let failures = try options.analyses(by: analyzer, modelName: modelName, render: render) { _, rendered in
                output.write(try rendered.get())
                output.flush()
            }
            try output.commit()
            try options.checkNoFailures(failures)
        }
    }
}
