// swift-tools-version: 6.1
// Benchmarks for Warden's Cedar engine and action analysis (ordo-one/benchmark), kept out of the main build and test.
// Run: see docs/performance.md.
import PackageDescription

let package = Package(
    name: "WardenBenchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(name: "Warden", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "CedarBenchmarks",
            dependencies: [
                .product(name: "Cedar", package: "Warden"),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/CedarBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "AnalysisBenchmarks",
            dependencies: [
                .product(name: "Analysis", package: "Warden"),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/AnalysisBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
