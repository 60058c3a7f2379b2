import ArgumentParser
import Foundation
import StanceKit

struct Aggregate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Add up scored articles into per-actor totals that merge exactly.",
        discussion: """
            Reads the output of `stance score --format jsonl` (a file, or standard input)
            and writes one line of JSON: per actor, counts and score sums (never means),
            label and type counts, and per-day totals for the time series. --merge adds
            aggregates written this way: any number, in any order and grouping, give the
            same bytes as aggregating all the articles at once. `stance report` renders
            an aggregate (a .json file) in every report format.

            Examples (the first runs as it is, from any folder; the files in the others
            are yours):
              echo "Mayor Vasquez won." | stance score --format jsonl | stance aggregate
              stance aggregate scores.jsonl --out part-1.json
              stance aggregate --merge part-1.json part-2.json --out all.json
              stance report all.json --format html --out corpus.html
            """)

    @Argument(help: "Scored articles (JSONL from `stance score --format jsonl`), or - for standard input; with --merge, the aggregates to add.")
    var inputs: [String] = []

    @Flag(name: .long, help: "Add aggregates (the output of `stance aggregate`) instead of reading scored articles.")
    var merge = false

    @OptionGroup var outputOptions: OutputOptions

    func validate() throws {
        if merge && inputs.isEmpty { throw ValidationError("--merge needs the aggregates to add.") }
        if inputs.filter({ $0 == "-" }).count > 1 { throw ValidationError("Standard input (-) can be read once.") }
    }

    func run() throws {
        try reportingErrors {
            let output = try outputOptions.output(inputs: inputs)
            var total = CorpusAggregate()
            for path in inputs.isEmpty ? ["-"] : inputs {
                if merge {
                    total.merge(try CorpusAggregate(contentsOf: path))
                } else {
                    Console.noteReadingTerminal(path, example: "stance aggregate scores.jsonl")
                    try total.addScored(path)
                }
            }
            output.write(try total.encoded())
            try output.commit()
        }
    }
}
