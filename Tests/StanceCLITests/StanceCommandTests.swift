import Foundation
import Testing

/// Runs the built `stance` binary as a user would: exit codes, stdout and stderr.
struct Run {
    let status: Int32
    let stdout: String
    let stderr: String
}

enum Binary {
    /// The `stance` executable beside the test bundle (.build/<configuration>/).
    static let stance: URL = {
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: folder.appendingPathComponent("stance").path), folder.path != "/" {
            folder = folder.deletingLastPathComponent()
        }
        return folder.appendingPathComponent("stance")
    }()

    static func run(_ arguments: [String], stdin: String? = nil, environment: [String: String] = [:]) throws -> Run {
        try run(stance, arguments, stdin: stdin, environment: environment)
    }

    /// Runs `executable` (in `folder`, when given) and collects its exit status and output.
    static func run(_ executable: URL, _ arguments: [String], stdin: String? = nil, environment: [String: String] = [:], in folder: URL? = nil) throws -> Run {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let folder { process.currentDirectoryURL = folder }
        if !environment.isEmpty { process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 } }
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let input = Pipe()
        process.standardInput = input
        try process.run()
        // Standard error is read on a thread of its own, so a child that fills it never blocks.
        // The semaphore orders the reader's write before the read below (ThreadSanitizer saw a
        // race when this waited by polling `Thread.isFinished`).
        nonisolated(unsafe) var stderrData = Data()
        let done = DispatchSemaphore(value: 0)
        let reader = Thread {
            stderrData = err.fileHandleForReading.readDataToEndOfFile()
            done.signal()
        }
        reader.start()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        let stdoutData = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        done.wait()
        return Run(status: process.terminationStatus,
                   stdout: String(decoding: stdoutData, as: UTF8.self),
                   stderr: String(decoding: stderrData, as: UTF8.self))
    }
}

/// A new empty folder; the caller removes it.
func temporaryFolder() throws -> String {
    let folder = NSTemporaryDirectory() + "stance-cli-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    return folder
}

func temporaryFile(_ contents: String, suffix: String = ".jsonl") throws -> String {
    let path = NSTemporaryDirectory() + "stance-cli-\(UUID().uuidString)\(suffix)"
    try contents.write(toFile: path, atomically: true, encoding: .utf8)
    return path
}

/// A small labelled set in the generic JSONL format.
let toyTraining = (0..<30).map { i in
    let (verb, label) = [("praised", "positive"), ("attacked", "negative"), ("met", "neutral")][i % 3]
    return #"{"text": "The mayor \#(verb) Smith\#(i) today.", "target": "Smith\#(i)", "label": "\#(label)"}"#
}.joined(separator: "\n") + "\n"

@Suite("stance command line")
struct StanceCommandTests {
    @Test("predict one example with the built-in model")
    func predictText() throws {
        let run = try Binary.run(["predict", "--text", "Critics slammed the senator's disastrous plan.", "--target", "the senator"])
        #expect(run.status == 0, "\(run.stderr)")
        let object = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as! [String: Any]
        #expect(object["label"] as? String == "negative")
        #expect((object["probabilities"] as? [String: Double])?.count == 3)
        #expect((object["features"] as? [[String: Any]])?.count == 5)
    }

    @Test("evaluate --entities --predictions lists every gold and found name, written whole")
    func entityPredictions() throws {
        let document = """
            # newdoc id = doc1
            # newpar
            # text = Chao went to Evansville, Indiana.
            1\tChao\tChao\tPROPN\tNNP\t_\t2\tnsubj\t_\tEntity=(1-person-new-x-x-1-coref-Chao)
            2\twent\tgo\tVERB\tVBD\t_\t0\troot\t_\t_
            3\tto\tto\tADP\tIN\t_\t4\tcase\t_\t_
            4\tEvansville\tEvansville\tPROPN\tNNP\t_\t2\tobl\t_\tEntity=(2-place-new-x-x-1-sgl|SpaceAfter=No
            5\t,\t,\tPUNCT\t,\t_\t6\tpunct\t_\t_
            6\tIndiana\tIndiana\tPROPN\tNNP\t_\t4\tappos\t_\tEntity=2)|SpaceAfter=No
            7\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_

            """
        let input = try temporaryFile(document, suffix: ".conllu")
        let names = NSTemporaryDirectory() + "stance-cli-\(UUID().uuidString).jsonl"
        defer { try? FileManager.default.removeItem(atPath: input); try? FileManager.default.removeItem(atPath: names) }
        let run = try Binary.run(["evaluate", "--entities", input, "--predictions", names, "--json"])
        #expect(run.status == 0, "\(run.stderr)")
        let figures = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as! [String: Any]
        let listed = try String(contentsOfFile: names, encoding: .utf8).split(separator: "\n").map {
            try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any]
        }
        #expect(listed.count == (figures["gold"] as! Int) + (figures["found"] as! Int) - (figures["matched"] as! Int))
        #expect(listed.contains { $0["text"] as? String == "Chao" && $0["gold"] as? String == "person" && $0["found"] as? String == "person" && $0["document"] as? String == "doc1" })
        #expect(listed.contains { $0["text"] as? String == "Evansville, Indiana" && $0["found"] as? String == "place" })
        let clash = try Binary.run(["evaluate", "--entities", input, "--predictions", input])
        let after = try String(contentsOfFile: input, encoding: .utf8)
        #expect(clash.status != 0 && after == document, "an input is never overwritten")
    }

    @Test("predict JSONL from standard input: one line out per line in, in order")
    func predictStdin() throws {
        let input = """
            {"text": "Fans cheered the brilliant coach.", "target": "the brilliant coach", "id": 1}
            {"sentence": "He met Jones.", "mention": "Jones", "from": 7, "to": 12, "polarity": 0}
            """
        let run = try Binary.run(["predict", "--top", "0"], stdin: input)
        #expect(run.status == 0, "\(run.stderr)")
        let lines = run.stdout.split(separator: "\n")
        #expect(lines.count == 2 && lines[0].hasPrefix(#"{"id":"1","label":"#))
    }

    @Test("predict gives the same lines, in order, on any number of threads")
    func predictThreads() throws {
        let file = try temporaryFile(toyTraining)
        defer { try? FileManager.default.removeItem(atPath: file) }
        let one = try Binary.run(["predict", "--threads", "1", file])
        let three = try Binary.run(["predict", "--threads", "3", file])
        #expect(one.status == 0 && one.stdout.split(separator: "\n").count == 30)
        #expect(three.stdout == one.stdout)
        #expect(try Binary.run(["predict", "--threads", "0", file]).status == 64)
    }

    @Test("train writes a model that evaluate and predict can use; bad input never clobbers it")
    func trainAndErrors() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let train = try temporaryFile(toyTraining)
        let model = folder + "/model.json"
        let ok = try Binary.run(["train", train, "--dev", train, "--min-df", "1", "--c", "10", "--out", model, "--quiet"])
        #expect(ok.status == 0, "\(ok.stderr)")
        let before = try Data(contentsOf: URL(fileURLWithPath: model))

        let evaluate = try Binary.run(["evaluate", "--model", model, "--data", train, "--json"])
        #expect(evaluate.status == 0)
        let figures = try JSONSerialization.jsonObject(with: Data(evaluate.stdout.utf8)) as! [String: Any]
        #expect(Set(figures.keys) == ["f1_macro", "accuracy", "f1_pn", "n", "per_class", "confusion"])
        #expect(figures["accuracy"] as? Double == 1)

        // --predictions: one JSON line per example, in input order, with gold, answer and probabilities.
        let answers = folder + "/answers.jsonl"
        #expect(try Binary.run(["evaluate", "--model", model, "--data", train, "--predictions", answers]).status == 0)
        let rows = try String(contentsOfFile: answers, encoding: .utf8).split(separator: "\n").map {
            try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any]
        }
        #expect(rows.count == 30 && rows.map { $0["line"] as? Int } == (1...30).map { $0 })
        #expect(rows.allSatisfy { $0["gold"] as? String == $0["predicted"] as? String && ($0["probabilities"] as? [String: Double])?.count == 3 })
        try FileManager.default.removeItem(atPath: answers)
        let nowhere = try Binary.run(["evaluate", "--model", model, "--data", train, "--predictions", folder + "/nope/a.jsonl"])
        #expect(nowhere.status == 64 && nowhere.stderr.contains("does not exist"))

        // A malformed line: one line on stderr naming file and line, exit 65, the old model intact.
        let bad = try temporaryFile(toyTraining + "{not json\n")
        let failed = try Binary.run(["train", "--train", bad, "--out", model])
        #expect(failed.status == 65)
        #expect(failed.stderr.contains("\(bad):31: not valid JSON"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: model)) == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder)
        #expect(leftovers == ["model.json"])

        // --skip-invalid skips and counts instead.
        let skipped = try Binary.run(["train", "--train", bad, "--min-df", "1", "--skip-invalid", "--out", folder + "/m2.json"])
        #expect(skipped.status == 0 && skipped.stderr.contains("skipped 1 invalid lines"))

        // An output folder that does not exist: refused before any work.
        let missing = try Binary.run(["train", "--train", train, "--out", folder + "/nope/model.json"])
        #expect(missing.status == 64 && missing.stderr.contains("does not exist"))

        // One class only, and an empty file.
        let single = try temporaryFile(#"{"text": "a b", "label": "x"}"# + "\n" + #"{"text": "c d", "label": "x"}"# + "\n")
        let one = try Binary.run(["train", "--train", single, "--out", folder + "/m3.json"])
        #expect(one.status == 65 && one.stderr.contains("only one class"))
        let empty = try temporaryFile("")
        let none = try Binary.run(["train", "--train", empty, "--out", folder + "/m4.json"])
        #expect(none.status == 65 && none.stderr.contains("empty"))

        // An unknown label at evaluation, and a corrupt model.
        let unknown = try temporaryFile(#"{"text": "The mayor met Smith.", "target": "Smith", "label": "sarcastic"}"# + "\n")
        let evaluation = try Binary.run(["evaluate", "--model", model, "--data", unknown])
        #expect(evaluation.status == 65 && evaluation.stderr.contains(":1: label \"sarcastic\" is not one of the model's classes"))
        let corrupt = try temporaryFile(String(decoding: before.prefix(100), as: UTF8.self), suffix: ".json")
        let loaded = try Binary.run(["predict", "--model", corrupt, "--text", "x"])
        #expect(loaded.status == 65 && loaded.stderr.contains("not a StanceKit model"))
        for path in [train, bad, single, empty, unknown, corrupt] { try? FileManager.default.removeItem(atPath: path) }
    }

    @Test("small data: min-df follows the size, labels match without case, targets without case, the built-in lexicons")
    func smallData() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var rows = "text,label,target\n"
        let good = ["a great win", "wonderful result", "strong growth praised", "an excellent decision", "good news", "a happy outcome"]
        let bad = ["a terrible loss", "awful result", "weak growth criticised", "a bad decision", "grim news", "a sad outcome"]
        for i in 0..<12 {
            rows += "The Legalization of Abortion: \(good[i % 6]) \(i),\(i < 6 ? "FAVOR" : "Favor"),legalization of abortion\n"
            rows += "The Legalization of Abortion: \(bad[i % 6]) \(i),Against,legalization of abortion\n"
        }
        let csv = folder + "/small.csv"
        try rows.write(toFile: csv, atomically: true, encoding: .utf8)
        let model = folder + "/m.json"
        let trained = try Binary.run(["train", "--train", csv, "--lexicon", "builtin", "--out", model])
        #expect(trained.status == 0, "\(trained.stderr)")
        #expect(trained.stderr.contains("24 examples: keeping features seen in 1 or more") && !trained.stderr.contains("no --lexicon"))
        #expect(trained.stderr.contains("classes: Against, FAVOR"))
        let evaluated = try Binary.run(["evaluate", "--model", model, "--data", csv, "--json"])
        let figures = try JSONSerialization.jsonObject(with: Data(evaluated.stdout.utf8)) as? [String: Any]
        #expect(evaluated.status == 0 && figures?["accuracy"] as? Double == 1)
        let heldOut = try Binary.run(["train", "--train", csv, "--dev-fraction", "0.25", "--out", model])
        #expect(heldOut.status == 0 && heldOut.stderr.contains("holding out") && heldOut.stderr.contains("dev small.csv (held out: 25 %)"))
        #expect(try Binary.run(["train", "--train", csv, "--dev-fraction", "1.5", "--out", model]).status == 64)
    }

    @Test("topic targets: train with plain defaults, then predict, explain and score toward a topic")
    func topicTargets() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // The same texts, opposite stances toward two topics the texts never name (and one line
        // whose target does occur: a mixed file).
        let pious = ["God is great", "Pray every day", "Faith gives hope", "Church saved me"]
        let doubting = ["Science explains it", "No proof of gods", "Reason over dogma", "Evidence matters"]
        var lines: [String] = []
        for round in ["", " Truly", " Really"] {
            for (i, text) in (pious + doubting).enumerated() {
                let isPious = i < pious.count
                lines.append(#"{"text": "\#(text).\#(round)", "target": "Atheism", "label": "\#(isPious ? "AGAINST" : "FAVOR")"}"#)
                lines.append(#"{"text": "\#(text).\#(round)", "target": "Religious freedom", "label": "\#(isPious ? "FAVOR" : "AGAINST")"}"#)
            }
        }
        lines.append(#"{"text": "Atheism is honest.", "target": "atheism", "label": "FAVOR"}"#)
        let data = folder + "/topics.jsonl"
        try (lines.joined(separator: "\n") + "\n").write(toFile: data, atomically: true, encoding: .utf8)
        let model = folder + "/m.json"
        let trained = try Binary.run(["train", "--train", data, "--out", model])
        #expect(trained.status == 0, "\(trained.stderr)")
        #expect(trained.stderr.contains("48 of 49 targets do not occur in their text: the model conditions on each target's name"))
        let evaluated = try Binary.run(["evaluate", "--model", model, "--data", data, "--json"])
        let figures = try JSONSerialization.jsonObject(with: Data(evaluated.stdout.utf8)) as? [String: Any]
        #expect(evaluated.status == 0 && figures?["accuracy"] as? Double == 1, "\(evaluated.stderr)")

        let against = try Binary.run(["predict", "--model", model, "--text", "Faith gives hope.", "--target", "ATHEISM"])
        let favor = try Binary.run(["predict", "--model", model, "--text", "Faith gives hope.", "--target", "religious freedom"])
        #expect(against.stdout.contains(#""label":"AGAINST""#) && favor.stdout.contains(#""label":"FAVOR""#), "\(against.stdout) \(favor.stdout)")
        let table = try Binary.run(["predict", "--model", model, "--text", "Faith gives hope.", "--target", "Atheism", "--format", "table"])
        #expect(table.stdout.hasPrefix("AGAINST") && table.stdout.contains("Atheism"))
        let explained = try Binary.run(["explain", "--model", model, "--text", "Faith gives hope.", "--target", "Atheism"])
        #expect(explained.status == 0 && explained.stdout.contains("(toward “atheism” only)"))

        let article = folder + "/article.txt"
        try "Belief\n\nFaith gives hope. Pray every day.\n\nReason over dogma. Evidence matters.\n".write(toFile: article, atomically: true, encoding: .utf8)
        let scored = try Binary.run(["score", article, "--model", model, "--topic", "Atheism", "--format", "jsonl"])
        #expect(scored.status == 0, "\(scored.stderr)")
        let result = try JSONSerialization.jsonObject(with: Data(scored.stdout.utf8)) as? [String: Any]
        let topic = (result?["topics"] as? [[String: Any]])?.first
        let paragraphs = topic?["paragraphs"] as? [[String: Any]]
        #expect(topic?["topic"] as? String == "Atheism" && paragraphs?.map { $0["body"] as? Int } == [1, 2])
        #expect(paragraphs?.map { $0["label"] as? String } == ["AGAINST", "FAVOR"])

        // The built-in model reads targets in the text: a topic is refused, clearly.
        let refused = try Binary.run(["predict", "--text", "Faith gives hope.", "--target", "Atheism"])
        #expect(refused.status == 64 && refused.stderr.contains("target \"Atheism\" does not occur in the text, and this model reads targets in the text"))
        let noTopics = try Binary.run(["score", article, "--topic", "Atheism"])
        #expect(noTopics.status == 64 && noTopics.stderr.contains("needs a model trained on targets its texts do not contain"))
    }

    @Test("a CSV without the needed columns, and a missing file")
    func csvAndMissing() throws {
        let csv = try temporaryFile("words,label\nx,y\n", suffix: ".csv")
        defer { try? FileManager.default.removeItem(atPath: csv) }
        let run = try Binary.run(["evaluate", "--data", csv])
        #expect(run.status == 65 && run.stderr.contains("\(csv):1: the CSV header needs a \"text\" column"))
        let missing = try Binary.run(["evaluate", "--data", "/nonexistent.jsonl"])
        #expect(missing.status == 65 && missing.stderr == "stance: /nonexistent.jsonl: no such file\n")
    }

    @Test("every --help overview, discussion and example fits 80 columns, so none re-wraps, and no example writes into models/")
    func helpExamplesFit() throws {
        for command in [[], ["train"], ["predict"], ["score"], ["report"], ["explain"], ["evaluate"], ["aggregate"]] {
            // A wide terminal, so that help prints each example line as written.
            let help = try Binary.run(command + ["--help"], environment: ["COLUMNS": "1000"])
            let lines = help.stdout.split(separator: "\n")
            let examples = lines.filter { $0.hasPrefix("  stance ") || $0.hasPrefix("    --") }
            #expect(!examples.isEmpty, "\(command): no examples")
            for line in examples { #expect(!line.contains("--out models/"), "\(command): \(line)") }
            // The overview and the discussion are written to 80 columns, so nothing re-wraps.
            for line in lines.prefix(while: { !$0.hasPrefix("USAGE:") }) { #expect(line.count < 80, "\(command): \(line)") }
        }
    }

    @Test("help examples name no repository paths, and those that need no file run as written from an empty folder")
    func helpExamplesRun() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = Binary.stance.deletingLastPathComponent().path + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
        var ran = 0
        for command in [[], ["train"], ["predict"], ["score"], ["report"], ["explain"], ["evaluate"], ["aggregate"]] {
            let help = try Binary.run(command + ["--help"], environment: ["COLUMNS": "1000"])
            let examples = help.stdout.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { $0.hasPrefix("stance ") || $0.hasPrefix("echo ") }
            for line in examples {
                #expect(!line.contains("../shared") && !line.contains("data/samples") && !line.contains("models/"), "\(command): \(line)")
            }
            // Self-contained: text on the command line or piped in, nothing written.
            for line in examples where (line.hasPrefix("echo ") || line.contains("--text")) && !line.contains("--out") {
                let run = try Binary.run(URL(fileURLWithPath: "/bin/sh"), ["-c", line], environment: ["PATH": path], in: URL(fileURLWithPath: folder))
                #expect(run.status == 0 && !run.stdout.isEmpty, "\(command): \(line) exited \(run.status): \(run.stderr)")
                ran += 1
            }
        }
        #expect(ran >= 7)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)
    }

    @Test("--help shows examples; bad arguments are usage errors")
    func help() throws {
        let help = try Binary.run(["train", "--help"])
        #expect(help.status == 0 && help.stdout.contains("Example") && help.stdout.contains("--search-c"))
        let bad = try Binary.run(["train", "--out", "x.json"])
        #expect(bad.status == 64 && bad.stderr.contains("Give at least one training file (as an argument or with --train)."))
        let folds = try Binary.run(["train", "--train", "x.jsonl", "--cross-validate", "1", "--out", "x.json"])
        #expect(folds.status == 64 && folds.stderr.contains("--cross-validate takes 2 to 20 folds."))
    }
}
