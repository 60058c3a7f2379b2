import Foundation
import Testing
@testable import StanceKit

@Suite("Corpus aggregates")
struct CorpusAggregateTests {
    static let classes = ["negative", "neutral", "positive"]

    /// Thirty short dated articles about a few recurring actors, analysed with the built-in model.
    static let analyses: [ArticleAnalysis] = {
        let analyzer = ArticleAnalyzer(model: try! ModelArtifact.loadDefault())
        let sentences = ["Critics attacked Robert Hale over the harbor plan.", "Mayor Elena Vasquez praised the council's courageous vote.",
                         "Robert Hale met Elena Vasquez at City Hall.", "The union accused Mayor Vasquez of ignoring workers.",
                         "Germany welcomed the plan, and Robert Hale thanked Berlin."]
        return (0..<30).map { i in
            let text = "Harbor news \(i)\n\n" + sentences[i % 5] + " " + sentences[(i * 3 + 1) % 5]
            let date = i % 4 == 3 ? nil : "2026-03-\(String(format: "%02d", 1 + i % 9))"
            return analyzer.analyze(ArticleReader().read(text, id: "a\(i)", date: date), modelName: "test")
        }
    }()

    static func aggregate(_ analyses: some Sequence<ArticleAnalysis>) -> CorpusAggregate {
        var aggregate = CorpusAggregate()
        for analysis in analyses { aggregate.add(analysis, classes: classes) }
        return aggregate
    }

    /// Through the bytes `stance aggregate` writes and `--merge` reads.
    static func roundTrip(_ aggregate: CorpusAggregate) throws -> CorpusAggregate {
        let path = try TestData.temporaryFile(try aggregate.encoded(), suffix: ".json")
        defer { try? FileManager.default.removeItem(atPath: path) }
        return try CorpusAggregate(contentsOf: path)
    }

    @Test("parts merged in any order and grouping give the bytes of the whole", arguments: [1, 2, 3])
    func mergeExactly(seed: UInt64) throws {
        let whole = try Self.aggregate(Self.analyses).encoded()
        var generator = SplitMix(seed: seed)
        let shuffled = Self.analyses.shuffled(using: &generator)
        let parts = try [shuffled[..<7], shuffled[7..<19], shuffled[19...]].map { try Self.roundTrip(Self.aggregate($0)) }
        var leftFirst = parts[0]
        leftFirst.merge(parts[1])
        leftFirst.merge(parts[2])
        var rightFirst = parts[2]
        var inner = parts[1]
        inner.merge(parts[0])
        rightFirst.merge(try Self.roundTrip(inner))
        #expect(try leftFirst.encoded() == whole)
        #expect(try rightFirst.encoded() == whole)
    }

    @Test("the report of the aggregate: counts, means, labels, the most frequent type and a series per day")
    func report() throws {
        let report = Self.aggregate(Self.analyses).report()
        #expect(report.articles == 30)
        let hale = try #require(report.actors.first { $0.actor == "Robert Hale" })
        let scores = Self.analyses.compactMap { $0.actors.first { $0.actor == "Robert Hale" }?.score }
        #expect(hale.articles == scores.count && hale.distribution.values.reduce(0, +) == scores.count)
        #expect(abs(hale.score - scores.reduce(0, +) / Double(scores.count)) < 1e-6)
        #expect(hale.label == Polarity.label(for: hale.score, classes: Self.classes) && hale.type == .person)
        let points = try #require(report.series["Robert Hale"])
        #expect(points.map(\.date) == points.map(\.date).sorted() && Set(points.map(\.date)).count == points.count)
        #expect(points.map(\.articles).reduce(0, +) == Self.analyses.filter { $0.date != nil && $0.actors.contains { $0.actor == "Robert Hale" } }.count)
        #expect(CorpusReport(Self.analyses, classes: Self.classes) == report)
    }

    @Test("a part that is not an aggregate, or is damaged, is refused naming the file")
    func badParts() throws {
        for (text, message) in [("{\"text\": \"an article\"}", "not a StanceKit aggregate"),
                                ("{\"format\": \"stancekit-aggregate-0\"}", "is not stancekit-aggregate-1"),
                                (try Self.aggregate(Self.analyses).encoded().replacingOccurrences(of: "\"articles\":30", with: "\"articles\":-30"), "corrupt aggregate")] {
            let path = try TestData.temporaryFile(text, suffix: ".json")
            defer { try? FileManager.default.removeItem(atPath: path) }
            #expect { try CorpusAggregate(contentsOf: path) } throws: { "\($0)".contains(path) && "\($0)".contains(message) }
        }
    }
}
