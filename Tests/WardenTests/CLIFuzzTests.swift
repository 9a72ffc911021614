import Foundation
import Testing

/// A small seeded fuzz of the command line: valid files, randomly damaged, through `check-parse` and
/// `authorize`. Every run must end by itself within seconds with 0, 1 or 2, never by a signal or a trap.
@Suite struct CLIFuzzTests {
    static let seed: UInt64 = 0x5EED_CEDA_2025
    static let iterations = 50

    /// Fragments that tend to reach unusual parser and loader paths.
    static let fragments = [
        "(", ")", "{", "}", "[", "]", "\"", "\\", "\\u{", "::", ".", ",", ";", ":", "@id(\"x\")", "when", "unless",
        "permit", "forbid", "principal", "?principal", "like \"*\"", "ip(\"", "decimal(\"1.0\")", "9223372036854775808",
        "-9223372036854775809", "1e400", "__entity", "__extn", "null", "true", "{\"type\": \"User\"}", "é", "\u{0}",
        "\u{FEFF}", "😀", "\n", "/*", "//", "if", "then", "else", "has", "is", "in", "&&", "||", "!", "-",
        "entity", "action", "type", "namespace", "appliesTo", "Set<", ">", "Long", "ipaddr", "?",
    ].map { Array($0.utf8) }

    @Test func damagedFilesNeverCrashTheCLI() throws {
        let files = ["network.cedar", "network.cedarschema", "network.entities.json", "office-context.json"]
        let originals = try files.map { try [UInt8](Data(contentsOf: URL(fileURLWithPath: Warden.fixture($0)))) }
        var random = SplitMix64(seed: Self.seed)
        let scratch = try Scratch()
        for iteration in 0..<Self.iterations {
            var contents = originals
            let target = Int.random(in: 0..<files.count, using: &random)
            for _ in 0..<Int.random(in: 1...4, using: &random) {
                Self.mutate(&contents[target], using: &random)
            }
            let paths = try files.indices.map { try scratch.write(Data(contents[$0]), to: files[$0]) }
            let damaged =
                "iteration \(iteration) (seed \(Self.seed)), damaged \(files[target]):\n"
                + String(decoding: contents[target].prefix(2_000), as: UTF8.self)
            let useSchema = iteration % 2 == 0
            let common = ["-p", paths[0]] + (useSchema ? ["-s", paths[1]] : []) + ["--entities", paths[2]]
            let runs = [
                try Warden.run(["cedar", "check-parse"] + common, timeout: 10),
                try Warden.run(
                    ["cedar", "authorize"] + common + [
                        "--principal", #"User::"alice""#, "--action", #"Action::"connect""#, "--resource",
                        #"Host::"web""#, "--context", paths[3],
                    ], timeout: 10),
            ]
            for run in runs {
                #expect(!run.looksLikeCrash, "\(damaged)\n\(run)")
                #expect([0, 1, 2].contains(run.status), "\(damaged)\n\(run)")
                if run.status == 1 { #expect(!run.stderr.isEmpty, "exit 1 must say why: \(damaged)\n\(run)") }
            }
        }
    }

    static func mutate(_ bytes: inout [UInt8], using random: inout SplitMix64) {
        let position = bytes.isEmpty ? 0 : Int.random(in: 0..<bytes.count, using: &random)
        let length = min(bytes.count - position, Int.random(in: 1...24, using: &random))
        switch Int.random(in: 0..<6, using: &random) {
        case 0 where !bytes.isEmpty: bytes[position] = UInt8.random(in: 0...255, using: &random)
        case 1: bytes.insert(contentsOf: fragments.randomElement(using: &random)!, at: position)
        case 2 where length > 0: bytes.removeSubrange(position..<position + length)
        case 3 where length > 0: bytes.insert(contentsOf: bytes[position..<position + length], at: position)
        case 4: bytes.removeSubrange(position...)
        default: bytes.insert(UInt8.random(in: 0x20...0x7E, using: &random), at: position)
        }
    }
}

/// A small, fast, seedable generator (SplitMix64), so a failing iteration can be replayed.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
