import StanceKit

extension FuzzTarget {
    /// `JSONParser` and the JSONL dataset line reader: a clear error or an example whose target
    /// lies inside its text.
    static let json = FuzzTarget(name: "json") { bytes in
        _ = try? JSONParser.parse(bytes)
        let reader = DatasetReader(requireLabels: false)
        guard let example = expectingStanceErrors({ try reader.parseJSONLine(bytes, file: "fuzz.jsonl", line: 1) }) else { return }
        if let target = example.target {
            require(target.start >= 0 && target.start < target.end && target.end <= CodePointText(example.text).count,
                    "target \(target) inside the text")
        }
    }
}
