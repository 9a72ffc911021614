import Foundation
import Testing

@testable import Analysis

/// What `echo`, `printf` and `cat` feed the next pipeline stage, compared with what bash prints.
@Suite struct ShellStaticOutputTests {
    /// Generated `echo` and `printf` commands with static arguments.
    static func printers(count: Int, seed: UInt64) -> [String] {
        var rng = ShellSeededGenerator(state: seed)
        let escapes = [
            "a", "b c", "\\n", "\\t", "\\\\", "\\x41", "\\0101", "\\101", "\\c", "\\e", "\\u00e9", "\\q", "%", "%%",
            "%s", "%b", "%d", "%5s", "%-3s|", "\\'", "\\\"", "\\7", "x%",
        ]
        func argument() -> String {
            "'" + ShellWordGen.text(escapes, &rng, maxLength: 4).replacing("'", with: "'\\''") + "'"
        }
        return (0..<count).map { _ in
            let arguments = (0..<Int.random(in: 0...3, using: &rng)).map { _ in argument() }
            if Bool.random(using: &rng) {
                let options = ShellWordGen.pick(["", "-n ", "-e ", "-ne ", "-E ", "-e -n ", "-en ", "-x "], &rng)
                return "echo " + options + arguments.joined(separator: " ")
            }
            return "printf " + argument() + " " + arguments.joined(separator: " ")
        }
    }

    @Test func printedTextAgreesWithBash() throws {
        guard let bash = ShellBashDifferentialTests.bash else {
            if ShellBashDifferentialTests.isCI { Issue.record("bash is required under CI=true") }
            return
        }
        let commands = Self.printers(count: 300, seed: 7)
        let script = commands.map { $0 + "\nprintf '\\036'\n" }.joined()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: bash)
        process.arguments = ["--norc", "--noprofile", "-c", script]
        process.environment = ["PATH": "/usr/bin:/bin", "LC_ALL": "C.UTF-8"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let printed = data.split(separator: 0x1E, omittingEmptySubsequences: false).dropLast()
        try #require(printed.count == commands.count)
        var declined = 0
        for (command, bytes) in zip(commands, printed) {
            let invocation = try #require(ShellAnalysis.extract(command).commands.first)
            let expected = String(decoding: bytes, as: UTF8.self)
            // Output that cannot be rendered exactly is unknown (nil), never a guess.
            guard let output = ShellStaticOutput.of(invocation) else {
                declined += 1
                continue
            }
            #expect(output == .text(expected), "\(command)")
        }
        #expect(declined < commands.count / 5, "\(declined) of \(commands.count) declined")
    }

    @Test func dynamicArgumentsGiveATemplate() throws {
        let command = try #require(ShellAnalysis.extract(#"printf 'DELETE FROM %s;\n' "$T""#).commands.first)
        #expect(ShellStaticOutput.of(command) == .template("DELETE FROM $T;\n"))
    }

    @Test func dynamicFormatIsUnknown() throws {
        let command = try #require(ShellAnalysis.extract(#"printf "$F" x"#).commands.first)
        #expect(ShellStaticOutput.of(command) == nil)
    }

    @Test func printfToAVariablePrintsNothing() throws {
        let command = try #require(ShellAnalysis.extract("printf -v x 'rm -rf /'").commands.first)
        #expect(ShellStaticOutput.of(command) == .text(""))
    }

    @Test func catWithAFileArgumentIsUnknown() throws {
        let command = try #require(ShellAnalysis.extract("cat f <<< x").commands.first)
        #expect(ShellStaticOutput.of(command) == nil)
    }
}
