import StanceKit

extension FuzzTarget {
    /// The CSV dataset reader: a clear error, or examples with their targets inside their texts.
    static let csv = FuzzTarget(name: "csv") { bytes in
        let text = String(decoding: bytes, as: UTF8.self)
        let reader = DatasetReader(requireLabels: false, skipInvalid: bytes.first.map { $0 & 1 == 1 } ?? false)
        guard let result = expectingStanceErrors({ try reader.readCSV(text: text, file: "fuzz.csv") }) else { return }
        for example in result.examples {
            if let target = example.target {
                require(target.end <= CodePointText(example.text).count, "target \(target) inside the text")
            }
        }
    }
}
