import Foundation
import Testing

/// How many problems the CLI lists from one file before summing up the rest.
enum CLIErrorLimit { static let shown = 10 }

/// Every kind of bad input ends with exit 1 and one clear message: never a crash, never a stack trace.
@Suite struct BadInputTests {
    let policies = Warden.fixture("network.cedar")
    let schema = Warden.fixture("network.cedarschema")
    let entities = Warden.fixture("network.entities.json")
    static let request = [
        "--principal", #"User::"alice""#, "--action", #"Action::"reboot""#, "--resource", #"Host::"web""#,
    ]

    func authorize(_ arguments: [String]) throws -> WardenRun {
        try Warden.run(["cedar", "authorize"] + arguments)
    }

    @Test func missingFilesAndFoldersAreNamed() throws {
        let scratch = try Scratch()
        let missing = scratch.url("missing.cedar").path
        let folder = scratch.folder.path
        expectBadInput(
            try Warden.run(["cedar", "check-parse", "-p", missing]), mentions: ["missing.cedar", "no such file"])
        expectBadInput(try Warden.run(["cedar", "check-parse", "-p", folder]), mentions: [folder, "not a file"])
        expectBadInput(try authorize(["-p", policies, "--entities", folder] + Self.request), mentions: ["entities"])
        expectBadInput(try authorize(["-p", policies, "-s", missing] + Self.request), mentions: ["schema file"])
        expectBadInput(
            try authorize(["-p", policies, "--context", folder] + Self.request), mentions: ["context file", folder])
        expectBadInput(try authorize(["-p", policies, "--requests", missing]), mentions: ["requests file"])
        expectBadInput(
            try Warden.run(["cedar", "validate", "-p", policies, "-s", folder]), mentions: ["schema file", folder])
        expectBadInput(
            try Warden.run(["cedar", "translate-schema", "--direction", "json-to-cedar", "-s", missing]),
            mentions: ["missing.cedar"])
        expectBadInput(
            try Warden.run(["cedar", "format", "-p", missing, "--write"]), mentions: ["missing.cedar"])
        #expect(!FileManager.default.fileExists(atPath: missing), "format --write must not create a missing file")
    }

    @Test func invalidUTF8AndGarbageBytesAreRejected() throws {
        let scratch = try Scratch()
        let latin1 = try scratch.write(
            Data([0x70, 0x65, 0x72, 0x6D, 0x69, 0x74, 0x20, 0xE9, 0xFF]), to: "latin1.cedar")
        expectBadInput(try Warden.run(["cedar", "check-parse", "-p", latin1]), mentions: ["latin1.cedar", "UTF-8"])
        let binary = try scratch.write(Data((0..<256).map { UInt8($0) }.reversed()), to: "binary.json")
        expectBadInput(
            try Warden.run(["cedar", "check-parse", "-p", policies, "--entities", binary]), mentions: ["binary.json"])
        expectBadInput(
            try Warden.run(["cedar", "check-parse", "-p", policies, "-s", binary]), mentions: ["binary.json"])
        expectBadInput(
            try Warden.run(["cedar", "check-parse", "-p", "-"], input: Data([0xC3, 0x28])),
            mentions: ["standard input", "UTF-8"])
        // Garbage gets its first problem pinned down; the echoes after it are few, and no control character
        // reaches the terminal.
        let garbage = try scratch.write("\u{1}\u{7F}}{)(;;@@ permit\u{0}x\u{1B}[2J", to: "garbage.cedar")
        let run = try Warden.run(["cedar", "check-parse", "-p", garbage])
        expectBadInput(run, messages: 1...5)
        #expect(run.stderr.hasPrefix("\(garbage):1:1: error: "), "\(run)")
        #expect(run.stderr.contains("invalid character `\\u{1}`"), "\(run)")
        #expect(!run.stderr.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }, "\(run)")
        let noise = String(repeating: "}{ ;@x( ", count: 2_000)
        let flood = try Warden.run(["cedar", "check-parse", "-p", try scratch.write(noise, to: "noise.cedar")])
        expectBadInput(flood, messages: 1...CLIErrorLimit.shown)
        #expect(flood.stderr.contains("more error(s)"), "\(flood)")
    }

    @Test func emptyJSONFilesAreMalformed() throws {
        let scratch = try Scratch()
        let empty = try scratch.write("", to: "empty.json")
        let expected = ["empty.json:1:1: error: invalid JSON"]
        expectBadInput(
            try Warden.run(["cedar", "check-parse", "-p", policies, "--entities", empty]), mentions: expected)
        expectBadInput(try authorize(["-p", policies, "--requests", empty]), mentions: expected)
        expectBadInput(try authorize(["-p", policies, "--context", empty] + Self.request), mentions: expected)
        expectBadInput(try Warden.run(["cedar", "check-parse", "-p", empty]), mentions: expected)
        expectBadInput(try Warden.run(["cedar", "check-parse", "-p", policies, "-s", empty]), mentions: expected)
    }

    @Test func malformedJSONSaysLineAndColumn() throws {
        let malformed = Warden.fixture("malformed.json")
        let place = "malformed.json:3:32: error: invalid JSON"
        expectBadInput(try authorize(["-p", policies, "--entities", malformed] + Self.request), mentions: [place])
        expectBadInput(try authorize(["-p", policies, "--requests", malformed]), mentions: [place])
        expectBadInput(try authorize(["-p", policies, "--context", malformed] + Self.request), mentions: [place])
        let run = try authorize(["-p", policies, "--entities", malformed] + Self.request)
        #expect(
            run.stderr.contains(#"    "attrs": { "clearance": 1, },"# + "\n" + String(repeating: " ", count: 35) + "^"))
    }

    @Test func requestsOfTheWrongShapeAreRejectedNamingTheRequest() throws {
        let scratch = try Scratch()
        let valid = #""principal": {"type": "User", "id": "a"}, "action": {"type": "Action", "id": "reboot"}"#
        let cases: [(String, [String])] = [
            (#"{"principal": {"type": "User", "id": "a"}}"#, ["JSON array"]),
            ("[1]", ["request 0", "JSON object"]),
            (#"[{"principal": "User::\"a\"", "action": {"type": "Action", "id": "x"}}]"#, ["request 0", "principal"]),
            ("[{\(valid)}]", ["request 0", "resource"]),
            (#"[{"principal": {"type": "User"}, "action": {}, "resource": {}}]"#, ["request 0", "principal"]),
            ("[{\(valid), \"resource\": {\"type\": \"Host\", \"id\": \"web\"}, \"context\": [1]}]", ["context"]),
            ("[{\(valid), \"resource\": {\"type\": \"Host\", \"id\": 7}}]", ["resource"]),
        ]
        for (index, (text, mentions)) in cases.enumerated() {
            let path = try scratch.write(text, to: "requests\(index).json")
            expectBadInput(
                try authorize(["-p", policies, "--requests", path]), mentions: ["requests\(index).json"] + mentions)
        }
    }

    @Test func badEntityLiteralsSayWhichOption() throws {
        let literals: [(option: String, value: String)] = [
            ("--principal", #"User:"alice""#), ("--principal", "User::alice"), ("--principal", #""alice""#),
            ("--principal", ""), ("--action", #"Action::"a" extra"#), ("--resource", #"Host::"\q""#),
            ("--resource", "Host::\"web"), ("--principal", #"principal"#),
        ]
        for (option, value) in literals {
            var arguments = ["-p", policies] + Self.request
            let position = try #require(arguments.firstIndex(of: option))
            arguments[position + 1] = value
            expectBadInput(try authorize(arguments), mentions: ["\(option) `\(value)`", "entity literal"])
        }
    }

    @Test func duplicateIDsSayWhere() throws {
        let duplicate = Warden.fixture("duplicate-ids.cedar")
        let run = try Warden.run(["cedar", "check-parse", "-p", duplicate])
        expectBadInput(run, mentions: ["duplicate-ids.cedar:4:1: error: duplicate policy id `same`"])
        // Positional ids make them distinct.
        let positional = try Warden.run(["cedar", "check-parse", "-p", duplicate, "--positional-ids"])
        #expect(positional.status == 0, "\(positional)")
    }

    @Test func usageErrorsExitOneWithOneMessage() throws {
        expectBadInput(
            try authorize(["-p", policies, "--requests", Warden.fixture("network.requests.json")] + Self.request),
            mentions: ["--requests", "not both"])
        expectBadInput(try authorize(["-p", policies, "--bogus"]), mentions: ["--bogus"])
        expectBadInput(try Warden.run(["cedar", "frobnicate"]), mentions: ["frobnicate"])
        expectBadInput(try authorize(Self.request), mentions: ["--policies"])
        expectBadInput(try authorize(["-p", policies, "--format", "xml"] + Self.request), mentions: ["xml"])
        expectBadInput(try authorize(["-p", policies, "--principal", #"User::"a""#]), mentions: ["--action"])
        expectBadInput(
            try Warden.run(["cedar", "translate-policy", "--direction", "sideways", "-p", policies]),
            mentions: ["sideways"])
        expectBadInput(try Warden.run(["cedar", "validate", "-p", policies]), mentions: ["--schema"])
        let help = try Warden.run(["cedar", "authorize", "--help"])
        #expect(help.status == 0 && help.stdout.contains("--requests"), "\(help)")
    }
}
