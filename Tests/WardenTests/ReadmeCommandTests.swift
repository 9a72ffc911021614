import Foundation
import Testing

/// The commands README.md shows work as written, run from the package root as `swift run warden …` would.
@Suite struct ReadmeCommandTests {
    /// Each `swift run warden …` command in the README's shell blocks, as its arguments, in order.
    static func readmeCommands() throws -> [[String]] {
        let readme = try String(contentsOf: Warden.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        var commands: [[String]] = []
        var inShell = false
        var pending = ""
        for line in readme.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("```") {
                inShell = line == "```sh" || line == "```bash"
                continue
            }
            guard inShell, !line.hasPrefix("#") else { continue }
            pending += line
            if pending.hasSuffix("\\") {
                pending.removeLast()
                continue
            }
            let words = ShellWords.split(pending)
            pending = ""
            if words.starts(with: ["swift", "run", "warden"]) { commands.append(Array(words.dropFirst(3))) }
        }
        return commands
    }

    @Test func theFirstScreenCommandDecidesDeny() throws {
        let commands = try Self.readmeCommands()
        let first = try #require(commands.first, "README.md shows no `swift run warden` command")
        #expect(first.starts(with: ["cedar", "authorize"]), "\(first)")
        let run = try Warden.run(first)
        #expect(run.status == 2, "\(run)")
        #expect(run.outputLines.first == "DENY", "\(run)")
        #expect(run.stderr.isEmpty, "\(run)")
        // The README's other first-screen command is the test suite itself; it must at least be there to run.
        let script = Warden.packageRoot.appendingPathComponent("scripts/test").path
        #expect(FileManager.default.isExecutableFile(atPath: script), "README.md's `scripts/test` is not executable")
    }

    @Test func everyTourCommandSucceeds() throws {
        let commands = try Self.readmeCommands()
        #expect(commands.count >= 5, "\(commands)")
        for command in commands.dropFirst() {
            let run = try Warden.run(command)
            #expect(run.status == 0, "`warden \(command.joined(separator: " "))`: \(run)")
            #expect(!run.looksLikeCrash, "\(run)")
            if command.contains("--requests") && command.contains("json") {
                let objects = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]]
                #expect(objects?.isEmpty == false, "\(run)")
                #expect(objects?.allSatisfy { ($0["authz_ns"] as? Int ?? 0) > 0 } == true, "\(run)")
            }
        }
    }
}

/// Splitting a shell command line into words: spaces separate, single and double quotes group, as sh does for
/// the simple commands a README shows.
enum ShellWords {
    static func split(_ line: some StringProtocol) -> [String] {
        var words: [String] = []
        var word = ""
        var inWord = false
        var quote: Character?
        var escaped = false
        for character in line {
            if escaped {
                word.append(character)
                escaped = false
            } else if let open = quote {
                if character == open {
                    quote = nil
                } else if character == "\\" && open == "\"" {
                    escaped = true
                } else {
                    word.append(character)
                }
            } else if character == "'" || character == "\"" {
                quote = character
                inWord = true
            } else if character == "\\" {
                escaped = true
                inWord = true
            } else if character == " " || character == "\t" {
                if inWord { words.append(word) }
                word = ""
                inWord = false
            } else {
                word.append(character)
                inWord = true
            }
        }
        if inWord { words.append(word) }
        return words
    }
}
