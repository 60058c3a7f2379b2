/// The result of analysing one article: its paragraphs with the stance toward each actor in
/// them, the per-actor summary, and who stands where on whom. Encodes to the JSON schema in
/// docs/score-schema.md.
public struct ArticleAnalysis: Sendable, Codable, Equatable {
    public struct MentionOut: Sendable, Codable, Equatable {
        public var text: String
        /// Code-point offsets in the paragraph's text.
        public var start: Int
        public var end: Int
    }

    public struct ParagraphActor: Sendable, Codable, Equatable {
        public var actor: String
        public var label: String
        /// P(positive side) − P(negative side), averaged over the actor's mentions in the paragraph.
        public var score: Double
        public var probabilities: [String: Double]
        public var mentions: [MentionOut]
        /// The words that pushed the strongest mention's score most toward its side, each with its
        /// effect, then "name and context" with the rest of the paragraph's score: they add up to `score`.
        public var evidence: [String]
    }

    public struct ParagraphOut: Sendable, Codable, Equatable {
        /// Position among all the paragraphs the reader found (title and metadata count).
        public var index: Int
        /// For a body paragraph, its number among the body paragraphs, from 1: what reports show as ¶.
        public var body: Int?
        public var kind: Article.ParagraphKind
        public var text: String
        public var actors: [ParagraphActor]
    }

    public struct ActorSummary: Sendable, Codable, Equatable {
        public var actor: String
        public var type: Actor.Kind
        public var aliases: [String]
        public var roles: [String]
        public var mentions: Int
        public var paragraphs: Int
        /// 0…1: share of the article's attention (mentions, paragraphs, the title), most salient = 1.
        public var salience: Double
        /// Mean of the paragraph scores.
        public var score: Double
        public var label: String
        /// Paragraph labels counted.
        public var distribution: [String: Int]
        /// Both a clearly positive and a clearly negative paragraph (`Polarity.isMixed`).
        public var mixed: Bool
        public var mostPositiveParagraph: Int?
        public var mostNegativeParagraph: Int?
        /// The evidence of its most strongly scored paragraph (words, then "name and context").
        public var evidence: [String]

        enum CodingKeys: String, CodingKey {
            case actor, type, aliases, roles, mentions, paragraphs, salience, score, label, distribution, mixed, evidence
            case mostPositiveParagraph = "most_positive_paragraph", mostNegativeParagraph = "most_negative_paragraph"
        }
    }

    public struct Stance: Sendable, Codable, Equatable {
        public var holder: String
        public var target: String
        public var label: String
        public var score: Double
        /// The paragraph's `index`.
        public var paragraph: Int
        /// The paragraph's body number (`ParagraphOut.body`).
        public var bodyParagraph: Int
        /// The sentence that expresses the stance (the first, when several in the paragraph do).
        public var sentence: String

        enum CodingKeys: String, CodingKey {
            case holder, target, label, score, paragraph, sentence
            case bodyParagraph = "body_paragraph"
        }
    }

    public var id: String?
    public var title: String?
    public var date: String?
    /// The publisher named in the metadata, when there is one.
    public var source: String?
    public var model: String
    public var paragraphs: [ParagraphOut]
    public var actors: [ActorSummary]
    public var stances: [Stance]
}
