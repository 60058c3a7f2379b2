import Foundation
import Testing
@testable import StanceKit

@Suite("Topic analysis: an article's paragraphs toward a topic")
struct TopicAnalysisTests {
    @Test("every body paragraph is scored toward each topic, and the summary is their mean")
    func paragraphsTowardTopics() throws {
        let examples = TopicTests.opposed()
        let spec = PipelineSpec.standard(blocks: PipelineSpec.BlockName.defaults(for: .topics), targets: .topics)
        let model = try Trainer(pipeline: try FeaturePipeline(spec: spec, lexicons: []), spaceBuilder: FeatureSpaceBuilder(minDocumentFrequency: 1),
                                classifier: LogisticRegression(c: 10)).train(examples, training: TopicTests.info)
        let article = Article(title: "Belief", paragraphs: [
            .init(index: 0, kind: .title, text: "Belief"),
            .init(index: 1, kind: .body, text: "Faith gives hope. Pray every day."),
            .init(index: 2, kind: .body, text: "Reason over dogma. Evidence matters."),
        ])
        let analysis = try ArticleAnalyzer(model: model).analyze(article, topics: ["Atheism", "religious freedom"], modelName: "toy")
        #expect(analysis.topics.map(\.topic) == ["Atheism", "religious freedom"])
        let atheism = analysis.topics[0]
        #expect(atheism.paragraphs.map(\.index) == [1, 2] && atheism.paragraphs.map(\.body) == [1, 2])
        #expect(atheism.paragraphs.map(\.label) == ["against", "favor"] && analysis.topics[1].paragraphs.map(\.label) == ["favor", "against"])
        #expect(abs(atheism.score - (atheism.paragraphs[0].score + atheism.paragraphs[1].score) / 2) < 1e-12)
        #expect(atheism.distribution == ["against": 1, "favor": 1] && atheism.mixed == (atheism.paragraphs[0].score <= -0.3 && atheism.paragraphs[1].score >= 0.3))
        // A model that reads spans cannot score toward a topic.
        #expect(throws: StanceError.usage("scoring toward a topic needs a model trained on targets its texts do not contain; this one reads targets in the text")) {
            try ArticleAnalyzer(model: try ModelArtifact.loadDefault()).analyze(article, topics: ["Atheism"], modelName: "built-in")
        }
    }
}
