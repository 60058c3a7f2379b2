import StanceKit

extension FuzzTarget {
    /// The whole article analysis (built-in models) on arbitrary text: every mention's span inside
    /// its paragraph and holding the mention's text, scores and probabilities finite and in
    /// range, every stance on a paragraph that exists.
    static let analysis = FuzzTarget(name: "analysis") { bytes in
        let article = ArticleReader().read(String(decoding: bytes, as: UTF8.self))
        let analysis = analyzer.analyze(article)
        func inRange(_ score: Double) -> Bool { score.isFinite && score >= -1 && score <= 1 }
        for paragraph in analysis.paragraphs {
            let text = CodePointText(paragraph.text)
            for actor in paragraph.actors {
                require(inRange(actor.score), "paragraph score \(actor.score) in [-1, 1]")
                require(actor.probabilities.values.allSatisfy { $0.isFinite && $0 >= 0 && $0 <= 1 }, "probabilities in [0, 1]")
                for mention in actor.mentions {
                    require(mention.start >= 0 && mention.start < mention.end && mention.end <= text.count,
                            "mention \(mention.start)..<\(mention.end) inside \(text.count) code points")
                    require(text.string(in: TextSpan(start: mention.start, end: mention.end)) == mention.text, "mention text matches its span")
                }
            }
        }
        for actor in analysis.actors { require(inRange(actor.score) && actor.salience.isFinite, "actor score \(actor.score) in [-1, 1]") }
        let indices = Set(analysis.paragraphs.map(\.index))
        for stance in analysis.stances {
            require(indices.contains(stance.paragraph) && inRange(stance.score), "stance on paragraph \(stance.paragraph), score \(stance.score)")
        }
    }

    /// Loaded once per process: the built-in stance model and actor detection.
    private static let analyzer = ArticleAnalyzer(model: try! StanceModel.builtIn())
}
