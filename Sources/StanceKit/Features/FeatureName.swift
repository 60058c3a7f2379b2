/// A sparse feature's name, for explanations: kept as token positions and made into text only
/// when a feature is shown. (Building every n-gram's name as a string cost more than scoring
/// the example: `stance predict` shows five names per line out of about 150 features.)
package enum FeatureName: Sendable, Equatable {
    case text(String)
    /// `prefix`, then up to three of the context's tokens (−1: the masked target), space-separated.
    case tokens(prefix: String, Int32, Int32, Int32, count: Int8)
    /// Another name, under a topic ("[Climate change] s:hoax").
    indirect case topic(String, FeatureName)

    /// The name as `stance explain` prints it.
    package func text(in context: TargetContext) -> String {
        switch self {
        case .text(let text):
            return text
        case .tokens(let prefix, let a, let b, let c, let count):
            var name = prefix
            for (n, token) in [a, b, c].prefix(Int(count)).enumerated() {
                if n > 0 { name += " " }
                name += token < 0 ? "<target>" : context.text.normalizedText(of: context.tokens[Int(token)])
            }
            return name
        case .topic(let topic, let inner):
            return "[" + topic + "] " + inner.text(in: context)
        }
    }
}
