/// How a model was made: recorded in the model file, never used for scoring.
public struct TrainingInfo: Sendable, Codable, Equatable {
    /// A file the model was trained or checked on, identified by its bytes.
    public struct DataFile: Sendable, Codable, Equatable {
        /// The file name as given (folders dropped, so the record does not depend on where data lives).
        public var name: String
        /// FNV-1a 64 of the file's bytes, in hex: identifies the exact data.
        public var fnv1a64: String
        /// Examples read from it.
        public var examples: Int
    }

    /// The StanceKit version that trained the model.
    public var tool: String
    /// The command line, with paths as given.
    public var command: String
    /// The training files.
    public var trainFiles: [DataFile]
    /// The dev files the model was checked (or its C chosen) on.
    public var devFiles: [DataFile]
    /// Training examples per class.
    public var classCounts: [String: Int]
    /// Columns of the fitted feature space.
    public var features: Int
    /// How the classifier's fit went.
    public var fit: LogisticRegression.FitReport?
    /// Metrics on the dev files, one entry per file name.
    public var devMetrics: [String: Evaluation]
    /// The C values tried by a search, with the dev macro-F1 of each; empty without a search.
    public var search: [SearchPoint]
    /// Held-out figures of `stance train --cross-validate`; nil without it.
    public var crossValidation: CrossValidation?

    /// One C tried by a search.
    public struct SearchPoint: Sendable, Codable, Equatable {
        /// The C tried.
        public var c: Double
        /// The macro-F1 on the dev files with it.
        public var devF1Macro: Double
        /// A point of a search.
        public init(c: Double, devF1Macro: Double) {
            self.c = c
            self.devF1Macro = devF1Macro
        }
    }

    /// A record for training to fill in (class counts, features and the fit are the trainer's):
    /// the defaults say the model came from the library rather than the command line.
    public init(tool: String = StanceKitVersion.string, command: String = "StanceKit library", trainFiles: [DataFile] = [], devFiles: [DataFile] = [],
                classCounts: [String: Int] = [:], features: Int = 0, fit: LogisticRegression.FitReport? = nil,
                devMetrics: [String: Evaluation] = [:], search: [SearchPoint] = []) {
        self.tool = tool
        self.command = command
        self.trainFiles = trainFiles
        self.devFiles = devFiles
        self.classCounts = classCounts
        self.features = features
        self.fit = fit
        self.devMetrics = devMetrics
        self.search = search
    }
}

/// The library's version, as training records name it.
public enum StanceKitVersion {
    /// "StanceKit" and the version number.
    public static let string = "StanceKit 0.1.0"
}

extension TrainingInfo.DataFile {
    /// The file name without its folders.
    public static func name(of path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }

    /// Describes the file at `path`: its name, the FNV-1a 64 hash of its bytes, and `examples`.
    /// A file, or a folder of data files (hashed over its `.conllu` files' bytes in name order).
    public static func describe(_ path: String, examples: Int) throws -> Self {
        var hash = FNV1a()
        for file in try CoNLLUReader.files(path, extensions: ["conllu"]) {
            try TextFile.data(of: file).withUnsafeBytes { bytes in
                for byte in bytes { hash.add(UInt64(byte)) }
            }
        }
        return Self(name: name(of: path), fnv1a64: String(hash.value, radix: 16), examples: examples)
    }
}
