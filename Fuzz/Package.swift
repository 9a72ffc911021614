// swift-tools-version: 6.1
// Coverage-guided fuzzing of Warden's parsers with libFuzzer. Kept out of the main build; see CONTRIBUTING.md.
//
// `Sources/Cedar` is a symbolic link to the main package's `Sources/Cedar`: the Cedar library is compiled here with
// libFuzzer's coverage instrumentation and AddressSanitizer (the flags of a target would not apply to a path
// dependency, leaving the fuzzer blind inside Cedar). `CedarFuzz/main.swift` hands control to libFuzzer through
// `LLVMFuzzerRunDriver`, because SwiftPM always makes the executable's own `main` the entry point. It links with
// lld: gold fails with an internal error on libFuzzer's unused `main`.
import PackageDescription

let sanitized: [SwiftSetting] = [.unsafeFlags(["-sanitize=fuzzer,address"])]

let package = Package(
    name: "WardenFuzz",
    targets: [
        .target(name: "Cedar", swiftSettings: sanitized),
        // `Sources/Analysis` links to the main package's action analysis, instrumented the same way.
        .target(name: "Analysis", dependencies: ["Cedar"], swiftSettings: sanitized),
        .target(name: "CFuzzerDriver"),
        .executableTarget(
            name: "CedarFuzz",
            dependencies: ["Cedar", "Analysis", "CFuzzerDriver"],
            swiftSettings: sanitized,
            linkerSettings: [.unsafeFlags(["-sanitize=fuzzer,address", "-use-ld=lld"])]
        ),
    ],
    swiftLanguageModes: [.v6]
)
