// The models/ folder is also the `StanceKitModels` target: it embeds the default models in the
// binary as package resources, so `stance` works with no --model flag, while the model files
// stay where people look for them (models/NAME/, each with its model card).
import Foundation

public enum DefaultModel {
    /// Name of the embedded stance model, as in models/.
    public static let name = "newsmtsc-lr-v1"
    /// Name of the embedded entity tagger, as in models/.
    public static let entityTaggerName = "gum-ner-v1"

    /// Name of the embedded pronoun resolver, as in models/.
    public static let pronounResolverName = "gap-coref-v1"

    /// The embedded stance model file, or nil if the package was built without it.
    public static var url: URL? {
        Bundle.module.url(forResource: "model", withExtension: "json", subdirectory: name)
    }

    /// The embedded pronoun resolver file, or nil if the package was built without it.
    public static var pronounResolverURL: URL? {
        Bundle.module.url(forResource: "model", withExtension: "json", subdirectory: pronounResolverName)
    }

    /// The embedded entity tagger file, or nil if the package was built without it.
    public static var entityTaggerURL: URL? {
        Bundle.module.url(forResource: "model", withExtension: "json", subdirectory: entityTaggerName)
    }
}
