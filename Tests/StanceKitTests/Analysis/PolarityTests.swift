import Testing
@testable import StanceKit

@Suite("Polarity: how a signed score reads")
struct PolarityTests {
    @Test("an aggregate's label is one of the model's own classes")
    func labels() {
        let sentiment = ["negative", "neutral", "positive"]
        #expect(Polarity.label(for: 0.31, classes: sentiment) == "positive" && Polarity.label(for: -0.3, classes: sentiment) == "negative")
        #expect(Polarity.label(for: 0.29, classes: sentiment) == "neutral")
        // A stance model's neutral side is "none", never a "neutral" it does not have.
        #expect(Polarity.label(for: 0.1, classes: ["AGAINST", "NONE", "FAVOR"]) == "NONE")
        // Without a neutral class, the side of the score's sign.
        #expect(Polarity.label(for: 0.1, classes: ["against", "favor"]) == "favor")
        #expect(Polarity.label(for: -0.1, classes: ["against", "favor"]) == "against")
    }

    @Test("mixed needs a clearly positive and a clearly negative score")
    func mixed() {
        #expect(Polarity.isMixed([0.3, -0.3]) && Polarity.isMixed([0.5, 0, -0.9]))
        #expect(!Polarity.isMixed([0.29, -0.9]) && !Polarity.isMixed([0.9, 0.4]) && !Polarity.isMixed([]))
        #expect(Polarity.side(of: 0.3, past: Polarity.colourThreshold) == 1 && Polarity.side(of: -0.2, past: Polarity.colourThreshold) == 0)
    }
}
