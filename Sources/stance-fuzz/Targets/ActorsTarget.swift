import StanceKit

extension FuzzTarget {
    /// The actors file, as YAML or JSON (the first byte picks): a clear error, or actors with names.
    static let actors = FuzzTarget(name: "actors") { bytes in
        guard let kind = bytes.first else { return }
        let text = String(decoding: bytes.dropFirst(), as: UTF8.self)
        let file = kind & 1 == 0 ? "fuzz.yaml" : "fuzz.json"
        guard let actors = expectingStanceErrors({ try ActorsFile.parse(text, file: file) }) else { return }
        require(actors.allSatisfy { !$0.name.isEmpty }, "every actor has a name")
    }
}
