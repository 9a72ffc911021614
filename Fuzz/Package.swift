// swift-tools-version: 6.1
// Coverage-guided fuzzing of Warden's parsers with libFuzzer. Kept out of the main build; see CONTRIBUTING.md.
import PackageDescription

let package = Package(
    name: "WardenFuzz",
    dependencies: [.package(name: "Warden", path: "..")],
    targets: [
        .executableTarget(
            name: "CedarFuzz",
            dependencies: [.product(name: "Cedar", package: "Warden")],
            swiftSettings: [.unsafeFlags(["-sanitize=fuzzer,address", "-parse-as-library"])],
            linkerSettings: [.unsafeFlags(["-sanitize=fuzzer,address"])]
        )
    ],
    swiftLanguageModes: [.v6]
)
