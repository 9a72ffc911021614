// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Warden",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "Cedar", targets: ["Cedar"]),
        .executable(name: "warden", targets: ["Warden"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2")
    ],
    targets: [
        // The Cedar language: no dependencies beyond the standard library and Foundation.
        .target(name: "Cedar"),
        .executableTarget(
            name: "Warden",
            dependencies: [
                "Cedar",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "CedarTests", dependencies: ["Cedar"], exclude: ["Scripts"], resources: [.copy("Fixtures")]),
        .testTarget(name: "WardenTests", dependencies: ["Cedar"], exclude: ["Fixtures"]),
    ],
    swiftLanguageModes: [.v6]
)
