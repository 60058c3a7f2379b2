// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "StanceKit",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "StanceKit", targets: ["StanceKit"]),
        .executable(name: "stance", targets: ["stance"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/swiftcsv/SwiftCSV", from: "0.10.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    ],
    targets: [
        // MARK: Public API

        /// The whole engine: text, lexicons, features, model, data readers.
        .target(name: "StanceKit", dependencies: ["CBLAS", "SwiftCSV", "Yams", "StanceKitModels"]),
        /// The `stance` command line: ParsableCommand types only.
        .target(
            name: "StanceCLI",
            dependencies: [
                "StanceKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "stance", dependencies: ["StanceCLI"]),
        /// Speed figures for the README (`make bench`), printed as JSON.
        .executableTarget(name: "stance-bench", dependencies: ["StanceKit", "SwiftCSV"]),
        /// Regenerates notebooks-export/ (`make notebooks`).
        .executableTarget(name: "stance-notebooks", dependencies: ["StanceKit", "StanceKitModels"]),

        // MARK: Implementation details

        /// The models/ folder: the default model, embedded as a resource.
        .target(
            name: "StanceKitModels",
            path: "models",
            resources: [.copy("newsmtsc-lr-v1"), .copy("gum-ner-v1"), .copy("gap-coref-v1")]
        ),

        /// OpenBLAS through its CBLAS header; only `Model/BLAS.swift` imports it.
        .systemLibrary(
            name: "CBLAS",
            providers: [.apt(["libopenblas-dev"])]
        ),

        // MARK: Tests

        .testTarget(name: "StanceKitTests", dependencies: ["StanceKit"]),
        .testTarget(name: "StanceCLITests", dependencies: ["stance"], exclude: ["Snapshots"]),
    ]
)

// The libFuzzer targets (`make fuzz`, scripts/fuzz.sh): declared only when asked for, since the
// executable has no `main` of its own (libFuzzer supplies it).
if Context.environment["STANCEKIT_FUZZ"] != nil {
    package.targets.append(.executableTarget(name: "stance-fuzz", dependencies: ["StanceKit"]))
}
