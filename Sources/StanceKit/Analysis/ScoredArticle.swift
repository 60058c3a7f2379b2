/// What a corpus aggregate needs of one scored article: its date, model, labels and actor
/// summaries, from an analysis in memory or from a line of `stance score --format jsonl`.
struct ScoredArticle {
    struct ActorScore {
        var name: String
        var type: Actor.Kind
        var mentions: Int
        var score: Double
        var label: String
        var mixed: Bool
    }

    var date: String?
    var model: String
    var classes: [String]
    var actors: [ActorScore]

    init(_ analysis: ArticleAnalysis, classes: [String]) {
        date = analysis.date
        model = analysis.model
        self.classes = classes
        actors = analysis.actors.map {
            ActorScore(name: $0.actor, type: $0.type, mentions: $0.mentions, score: $0.score, label: $0.label, mixed: $0.mixed)
        }
    }

    /// A line of `stance score --format jsonl` (docs/score-schema.md). The labels are the keys
    /// of the paragraphs' probabilities: every model class, wherever an actor was scored.
    init(fields: [String: JSONValue], file: String, line: Int) throws {
        func fail(_ message: String) -> StanceError { .input(file: file, line: line, "not a line of `stance score --format jsonl`: " + message) }
        guard case .array(let actorValues)? = fields["actors"] else { throw fail("no \"actors\" list") }
        model = try fields["model"]?.string.orThrow(fail("no \"model\"")) ?? ""
        date = fields["date"]?.string
        actors = try actorValues.map { value in
            guard case .object(let a) = value, let name = a["actor"]?.string, let type = a["type"]?.string.flatMap(Actor.Kind.init),
                  let mentions = a["mentions"]?.integer, mentions >= 0, let score = a["score"]?.double, abs(score) <= 1,
                  let label = a["label"]?.string, case .bool(let mixed)? = a["mixed"]
            else { throw fail("an actor lacks actor, type, mentions, score (−1…1), label or mixed") }
            return ActorScore(name: name, type: type, mentions: mentions, score: score, label: label, mixed: mixed)
        }
        var labels = Set(actors.map(\.label))
        if case .array(let paragraphs)? = fields["paragraphs"] {
            for case .object(let paragraph) in paragraphs {
                guard case .array(let scored)? = paragraph["actors"] else { continue }
                for case .object(let actor) in scored {
                    if case .object(let probabilities)? = actor["probabilities"] { labels.formUnion(probabilities.keys) }
                }
            }
        }
        classes = Label.ordered(labels)
    }
}
