// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Warden",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "Cedar", targets: ["Cedar"]),
        .library(name: "Analysis", targets: ["Analysis"]),
        .executable(name: "warden", targets: ["Warden"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // Test-only: property-based tests of the parsers and printers (Tests/CedarTests/Property*Tests.swift).
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    ],
    targets: [
        // The Cedar language: no dependencies beyond the standard library and Foundation.
        .target(name: "Cedar"),
        // Action analysis: shell, wrappers, interpreters, HTTP/GraphQL, SQL, secrets, rule packs. Pure; uses
        // Cedar only for its JSON reader and diagnostics.
        .target(name: "Analysis", dependencies: ["Cedar"]),
        .executableTarget(
            name: "Warden",
            dependencies: [
                "Cedar", "Analysis",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "CedarTests",
            dependencies: ["Cedar", .product(name: "PropertyBased", package: "swift-property-based")],
            exclude: ["Scripts"], resources: [.copy("Fixtures")]),
        .testTarget(
            name: "AnalysisTests",
            dependencies: ["Analysis", .product(name: "PropertyBased", package: "swift-property-based")],
            resources: [.copy("Fixtures")]),
        .testTarget(name: "WardenTests", dependencies: ["Cedar"], exclude: ["Fixtures"]),
    ],
    swiftLanguageModes: [.v6]
)
