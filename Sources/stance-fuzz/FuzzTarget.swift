import Foundation
import StanceKit

/// One parser of outside input under libFuzzer, with the properties its result must keep.
///
/// All targets live in one binary (one build, one set of coverage counters); the environment
/// variable `STANCE_FUZZ_TARGET` names the one a run exercises. `make fuzz` (`scripts/fuzz.sh`)
/// builds it with `-sanitize=fuzzer,address` and runs every target in turn. A broken property
/// is a crash (`fatalError`), so libFuzzer keeps the input that broke it.
struct FuzzTarget: Sendable {
    let name: String
    let run: @Sendable ([UInt8]) -> Void

    static let all: [FuzzTarget] = [.text, .json, .csv, .model, .articles, .actors, .analysis]

    static let selected: FuzzTarget = {
        let name = ProcessInfo.processInfo.environment["STANCE_FUZZ_TARGET"] ?? ""
        guard let target = all.first(where: { $0.name == name }) else {
            fatalError("set STANCE_FUZZ_TARGET to one of: \(all.map(\.name).joined(separator: ", "))")
        }
        return target
    }()
}

/// Stops the run, as a crash libFuzzer records, unless `condition` holds.
func require(_ condition: Bool, _ property: @autoclosure () -> String) {
    if !condition { fatalError("property broken: \(property())") }
}

/// Runs `body`; a thrown `StanceError` (the clear message every bad input must get) is fine,
/// any other error is a finding.
func expectingStanceErrors<T>(_ body: () throws -> T) -> T? {
    do {
        return try body()
    } catch is StanceError {
        return nil
    } catch {
        fatalError("bad input gave \(type(of: error)), not a StanceError: \(error)")
    }
}
