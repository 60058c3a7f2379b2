/// The result of analysing one article: its paragraphs with the stance toward each actor in
/// them, the per-actor summary, and who stands where on whom. Encodes to the JSON schema in
/// docs/score-schema.md.
public struct ArticleAnalysis: Sendable, Codable, Equatable {
    /// Where an actor is named (or referred to) in a paragraph.
    public struct MentionOut: Sendable, Codable, Equatable {
        /// The words as written: a name, an alias or a pronoun.
        public var text: String
        /// Code-point offsets in the paragraph's text.
        public var start: Int
        /// End of the mention, exclusive.
        public var end: Int
    }

    /// The stance toward one actor in one paragraph.
    public struct ParagraphActor: Sendable, Codable, Equatable {
        /// The actor's canonical name (`ActorSummary.actor`).
        public var actor: String
        /// The model's most probable class for the mean of the mentions' probabilities.
        public var label: String
        /// P(positive side) − P(negative side), averaged over the actor's mentions in the paragraph.
        public var score: Double
        /// The mean class probabilities of the mentions, keyed by class.
        public var probabilities: [String: Double]
        /// Every mention of the actor in the paragraph, in text order.
        public var mentions: [MentionOut]
        /// The words that pushed the strongest mention's score most toward its side, each with its
        /// effect, then "name and context" with the rest of the paragraph's score: they add up to `score`.
        public var evidence: [String]
    }

    /// One paragraph of the article and the actors in it.
    public struct ParagraphOut: Sendable, Codable, Equatable {
        /// Position among all the paragraphs the reader found (title and metadata count).
        public var index: Int
        /// For a body paragraph, its number among the body paragraphs, from 1: what reports show as ¶.
        public var body: Int?
        /// Title, metadata or body: only body paragraphs are scored.
        public var kind: Article.ParagraphKind
        /// The paragraph as read.
        public var text: String
        /// The actors mentioned in the paragraph, in order of first mention.
        public var actors: [ParagraphActor]
    }

    /// One actor across the whole article.
    public struct ActorSummary: Sendable, Codable, Equatable {
        /// Canonical name ("Dmitry Peskov"), unique within the article.
        public var actor: String
        /// Person, organisation, place or group.
        public var type: Actor.Kind
        /// Other names it appears under in the article ("Peskov").
        public var aliases: [String]
        /// Roles the article gives it ("Kremlin spokesman").
        public var roles: [String]
        /// Mentions in body paragraphs, pronouns included.
        public var mentions: Int
        /// Body paragraphs that mention it.
        public var paragraphs: Int
        /// 0…1: share of the article's attention (mentions, paragraphs, the title), most salient = 1.
        public var salience: Double
        /// Mean of the paragraph scores.
        public var score: Double
        /// One of the model's classes, from `score` by `Polarity.label(for:classes:)`.
        public var label: String
        /// Paragraph labels counted.
        public var distribution: [String: Int]
        /// Both a clearly positive and a clearly negative paragraph (`Polarity.isMixed`).
        public var mixed: Bool
        /// Body number of the paragraph with the highest score toward it.
        public var mostPositiveParagraph: Int?
        /// Body number of the paragraph with the lowest score toward it.
        public var mostNegativeParagraph: Int?
        /// The evidence of its most strongly scored paragraph (words, then "name and context").
        public var evidence: [String]

        enum CodingKeys: String, CodingKey {
            case actor, type, aliases, roles, mentions, paragraphs, salience, score, label, distribution, mixed, evidence
            case mostPositiveParagraph = "most_positive_paragraph", mostNegativeParagraph = "most_negative_paragraph"
        }
    }

    /// A stance one actor takes on another: the holder speaks about the target in a paragraph.
    public struct Stance: Sendable, Codable, Equatable {
        /// Who speaks or acts (the subject or quoted speaker).
        public var holder: String
        /// Whom the holder speaks about.
        public var target: String
        /// The most probable class for the mean probabilities of the holder's sentences about the target.
        public var label: String
        /// The mean score of those sentences toward the target.
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

    /// The article's id from its source (a JSONL field or a file name), when it has one.
    public var id: String?
    /// The article's title, when it has one.
    public var title: String?
    /// The date as given in the input (see `ArticleDate` for the forms read).
    public var date: String?
    /// The publisher named in the metadata, when there is one.
    public var source: String?
    /// The model that scored it, as reports name it.
    public var model: String
    /// Every paragraph the reader found, in order.
    public var paragraphs: [ParagraphOut]
    /// The actors, most salient first.
    public var actors: [ActorSummary]
    /// Who stands where on whom, in paragraph order.
    public var stances: [Stance]
}
