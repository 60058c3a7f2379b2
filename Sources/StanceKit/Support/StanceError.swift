extension DecodingError.Context {
    /// Where in a decoded document a problem is: `[0].aliases`, `.classifier.weights`.
    var pathDescription: String {
        let path = codingPath.map { $0.intValue.map { "[\($0)]" } ?? "." + $0.stringValue }.joined()
        return path.isEmpty ? "the top level" : path
    }
}

extension DecodingError {
    /// `missing "weights" at .classifier`, `bad value at [2].name`: what and where, for a person.
    var summary: String {
        switch self {
        case .keyNotFound(let key, let context): "missing \"\(key.stringValue)\" at \(context.pathDescription)"
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context): "bad value at \(context.pathDescription)"
        @unknown default: "\(self)"
        }
    }
}

/// Every error the engine reports to a user: one line that names the file and line when there is one.
public enum StanceError: Error, Equatable, CustomStringConvertible {
    /// Bad input data: the message says what is wrong and, where it can, how to fix it.
    case input(file: String, line: Int?, String)
    /// A model file that cannot be used.
    case model(file: String, String)
    /// Data that cannot do what was asked, with no one line at fault: an empty training set,
    /// a single class.
    case data(String)
    /// A request that cannot be carried out (bad option values).
    case usage(String)

    public var description: String {
        switch self {
        case .input(let file, let line?, let message): return "\(file):\(line): \(message)"
        case .input(let file, nil, let message): return "\(file): \(message)"
        case .model(let file, let message): return "\(file): \(message)"
        case .data(let message), .usage(let message): return message
        }
    }
}
