import ArgumentParser
import StanceKit

/// The `stance` command: train, evaluate and apply target-dependent sentiment/stance models.
public struct Stance: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "stance",
        abstract: "Stance toward every actor: train, evaluate, predict, score, report.",
        discussion: """
            Data goes to standard output, progress and errors to standard error. Exit
            codes: 0 success, 64 bad command-line usage, 65 bad input data or model file.
            Without --model every command uses the built-in model (trained on NewsMTSC).

            Examples (the first two run as they are, from any folder; the files in the
            others are yours):
              echo "Mayor Elena Vasquez praised the courageous vote." | stance report -
              stance predict --text "Critics slammed the senator." --target "the senator"
              stance report article.txt --format html --out report.html
              stance train train.csv --lexicon builtin --out model.json
            """,
        version: StanceKitVersion.string,
        subcommands: [Train.self, Evaluate.self, Predict.self, Explain.self, Score.self, Report.self, Aggregate.self]
    )

    public init() {}

    /// What the process does before parsing its arguments: OpenBLAS single-threaded and its idle
    /// threads stopped at once, not at the first matrix product, since they spin from the start.
    public static func prepareProcess() { BLAS.useOneThread() }
}
