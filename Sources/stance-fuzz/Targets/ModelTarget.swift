import Foundation
import StanceKit

extension FuzzTarget {
    /// The three model loaders (the first byte picks one): a clear error, or a model that then
    /// scores a sentence with finite probabilities. Seeds are small trained models.
    static let model = FuzzTarget(name: "model") { bytes in
        guard let kind = bytes.first else { return }
        let data = Data(bytes.dropFirst())
        switch kind % 3 {
        case 0:
            guard let model = expectingStanceErrors({ try ModelArtifact.decode(data, name: "fuzz.json") }) else { return }
            var scorer = model.makeScorer()
            let prediction = scorer.predict(text: "The minister praised the plan.", target: TextSpan(start: 4, end: 12))
            require(prediction.probabilities.allSatisfy(\.isFinite), "finite probabilities")
        case 1:
            guard let tagger = expectingStanceErrors({ try EntityTaggerArtifact.decode(data, name: "fuzz.json") }) else { return }
            let text = CodePointText("Angela Merkel visited Paris on Monday.")
            _ = tagger.names(in: [TokenizedParagraph(text)])
        default:
            guard let resolver = expectingStanceErrors({ try PronounResolverArtifact.decode(data, name: "fuzz.json") }) else { return }
            require(resolver.probability([1, 2, 3]).isFinite, "a finite probability")
        }
    }
}
