// The models/ folder is also the `StanceKitModels` target: it embeds the default model in the
// binary as a package resource, so `stance` works with no --model flag, while the model file
// stays where people look for it (models/newsmtsc-lr-v1/, with its model card).
import Foundation

public enum DefaultModel {
    /// Name of the embedded default model, as in models/.
    public static let name = "newsmtsc-lr-v1"

    /// The embedded model file, or nil if the package was built without it.
    public static var url: URL? {
        Bundle.module.url(forResource: "model", withExtension: "json", subdirectory: name)
    }
}
