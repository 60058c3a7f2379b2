import Foundation
import Testing
@testable import StanceKit

@Suite("ArticleAnalyzer")
struct ArticleAnalyzerTests {
    let analyzer = ArticleAnalyzer(model: try! ModelArtifact.loadDefault())

    func analyze(_ text: String, targets: [String] = []) -> ArticleAnalysis {
        analyzer.analyze(ArticleReader().read(text), targets: targets, modelName: "test")
    }

    @Test("the sample article: actors by salience, scores in range, stances, JSON round trip")
    func sample() throws {
        let text = try String(contentsOf: TestData.repositoryRoot.appendingPathComponent("data/samples/council-vote.txt"), encoding: .utf8)
        let analysis = analyze(text)
        #expect(analysis.actors.first?.actor == "Elena Vasquez")
        #expect(analysis.actors.allSatisfy { (-1...1).contains($0.score) && (0...1).contains($0.salience) })
        #expect(analysis.actors.map(\.salience) == analysis.actors.map(\.salience).sorted(by: >))
        #expect(analysis.stances.contains { $0.holder == "Elena Vasquez" && $0.target == "Robert Hale" && $0.label == "negative" })
        for paragraph in analysis.paragraphs where paragraph.kind != .body { #expect(paragraph.actors.isEmpty) }
        let json = try JSONOutput.encode(analysis)
        #expect(try JSONDecoder().decode(ArticleAnalysis.self, from: Data(json.utf8)) == analysis)
        for paragraph in analysis.paragraphs {
            let text = CodePointText(paragraph.text)
            for actor in paragraph.actors {
                for mention in actor.mentions { #expect(text.string(in: TextSpan(start: mention.start, end: mention.end)) == mention.text) }
            }
        }
    }

    @Test("--target restricts to the named actors, reported under the given name")
    func targets() {
        let analysis = analyze("Title\n\nCritics attacked Robert Hale. Hale answered them. Jane Roe agreed.", targets: ["hale"])
        #expect(analysis.actors.map(\.actor) == ["hale"])
        #expect(analysis.actors[0].mentions == 2)
    }

    @Test("a place named only inside a body's name is no actor of the story, unless asked for; named on its own as well, it is")
    func nestedOnly() {
        let text = "Title\n\nThe Bank of Canada kept rates unchanged. Economists at the University of Manchester were divided."
        let actors = analyze(text).actors.map(\.actor)
        #expect(actors.contains("Bank of Canada") && actors.contains("University of Manchester"))
        #expect(!actors.contains("Canada") && !actors.contains("Manchester"))
        #expect(analyze(text, targets: ["Canada"]).actors.map(\.actor) == ["Canada"])
        #expect(analyze(text + " Rain fell in Manchester.").actors.contains { $0.actor == "Manchester" && $0.mentions == 2 })
    }

    @Test("an article with no actors and an empty article give empty reports")
    func empty() {
        #expect(analyze("").actors.isEmpty)
        #expect(analyze("Title\n\nit was quiet and nothing happened at all.").actors.isEmpty)
    }

    @Test("the Kremlin article: its eight body paragraphs, its actors, Peskov against the US and the West",
          .enabled(if: FileManager.default.fileExists(atPath: TestData.sharedPath("examples/kremlin-peskov-2023-12-15.txt")), TestData.sharedMissing))
    func kremlin() throws {
        let text = try String(contentsOfFile: TestData.sharedPath("examples/kremlin-peskov-2023-12-15.txt"), encoding: .utf8)
        let analysis = analyze(text)
        #expect(analysis.paragraphs.filter { $0.kind == .body }.count == 8)
        #expect(analysis.paragraphs.filter { !$0.actors.isEmpty }.count == 8)
        let names = Set(analysis.actors.map(\.actor))
        for expected in ["Dmitry Peskov", "Vladimir Putin", "Donald Trump", "United States", "Russia", "Ukraine", "the West", "Alexei Navalny"] {
            #expect(names.contains(expected), "\(expected)")
        }
        #expect(analysis.actors.first { $0.actor == "United States" }.map { Set($0.aliases).isSuperset(of: ["U.S.", "United States"]) || $0.aliases.contains("U.S.") } == true)
        let criticism = try #require(analysis.paragraphs.first { $0.text.hasPrefix("Peskov also criticized") })
        for target in ["United States", "the West"] {
            #expect(criticism.actors.first { $0.actor == target }?.label == "negative", "\(target) in the paragraph")
            #expect(analysis.stances.contains { $0.holder == "Dmitry Peskov" && $0.target == target && $0.label == "negative" && $0.paragraph == criticism.index },
                    "Peskov → \(target)")
        }
    }

    @Test("evidence adds up to each paragraph's score, ends with the name and context, and names no actor")
    func evidenceAddsUp() throws {
        let text = try String(contentsOf: TestData.repositoryRoot.appendingPathComponent("data/samples/council-vote.txt"), encoding: .utf8)
        let analysis = analyze(text + "\n\nCritics of Donald Trump praised the work of Robert Hale and the United States.")
        var checked = 0
        for paragraph in analysis.paragraphs {
            for actor in paragraph.actors {
                let effects = actor.evidence.map { Double($0.split(separator: " ").last!)! }
                #expect(actor.evidence.last?.hasPrefix("name and context ") == true)
                // Each entry is rounded to 0.01.
                #expect(abs(effects.reduce(0, +) - actor.score) <= 0.006 * Double(effects.count), "\(actor.actor): \(actor.evidence) vs \(actor.score)")
                checked += 1
            }
        }
        #expect(checked > 10)
        let last = analysis.paragraphs.last { !$0.actors.isEmpty }!
        for actor in last.actors {
            #expect(!actor.evidence.contains { $0.hasPrefix("Trump ") || $0.hasPrefix("United ") || $0.hasPrefix("Hale ") }, "\(actor.evidence)")
        }
        #expect(analysis.actors.allSatisfy { $0.evidence.last?.hasPrefix("name and context") == true })
    }
}

@Suite("PerSenT evaluation", .enabled(if: FileManager.default.fileExists(atPath: TestData.sharedPath("data/persent/dev.csv")), TestData.sharedMissing))
struct PerSenTEvaluationTests {
    @Test("the PerSenT dev file is recognised and evaluated at paragraph and document level")
    func persent() throws {
        let path = TestData.sharedPath("data/persent/dev.csv")
        #expect(PerSenTEvaluation.recognises(path))
        let result = try PerSenTEvaluation.evaluate(path, analyzer: ArticleAnalyzer(model: try ModelArtifact.loadDefault()))
        #expect(result.paragraph.n == 4169 && result.document.n == 578)  // the anchor kit's counts
        #expect(result.paragraphsWithTarget > result.paragraph.n / 2)
        // Zero-shot from NewsMTSC; VADER reaches 0.345 / 0.381 on these sets.
        #expect(result.paragraph.f1Macro > 0.345 && result.document.f1Macro > 0.381)
        // The items behind the figures: one per document and one per labelled paragraph.
        let paragraphs = result.items.filter { $0.paragraph != nil }
        #expect(paragraphs.count == 4169 && result.items.count == 4169 + 578)
        #expect(paragraphs.filter { $0.probabilities != nil }.count == result.paragraphsWithTarget)
        #expect(Evaluation(gold: paragraphs.map(\.gold), predicted: paragraphs.map(\.predicted), classes: result.paragraph.confusion.labels) == result.paragraph)
    }
}
