import Foundation
import Testing

@testable import Analysis

/// The acceptance corpus of issue 3: commands that must be flagged (`Fixtures/corpus/must-flag.jsonl`) and benign
/// look-alikes that must not be (`Fixtures/corpus/benign.jsonl`). The corpus was written from the threat model,
/// independently of the implementation; `Fixtures/corpus/build.py` generates both files from reviewed sources.
@Suite struct CorpusTests {
    /// One line of a corpus file.
    struct Entry: Decodable, Sendable {
        var command: String
        /// The category one finding must have, or `opaque` when the answer is "cannot be analyzed". Benign: nil.
        var category: String?
        var family: String
        var rationale: String
        /// 1-based line in its file (not part of the JSON).
        var line = 0

        enum CodingKeys: String, CodingKey { case command, category, family, rationale }
    }

    static let categories: Set<String> = [
        "filesystem", "system", "git", "database", "containers", "kubernetes", "infrastructure-as-code", "cloud",
        "paas", "github", "secret-manager", "http-api", "secrets", "opaque",
    ]

    /// Bypass families and domains the must-flag corpus must cover, each at least once.
    static let requiredFamilies: Set<String> = [
        "plain", "chaining", "pipeline", "subshell", "substitution", "quoting", "absolute-path", "flag-order",
        "wrapper", "nested-wrapper", "stdin", "heredoc", "interpreter", "http", "graphql", "sql", "datastore",
        "secret-read", "secret-inline", "limits", "dynamic", "script-file", "remote-code", "unknown-wrapper",
        "parse-error",
    ]

    static let benignFamilies: Set<String> = [
        "commit-message", "pr-body", "search-pattern", "echoed-string", "heredoc-data", "comment", "dry-run",
        "safe-variant", "routine-cleanup", "read-only", "sql", "datastore", "http-read", "graphql-query", "safe-read",
        "dev", "interpreter", "wrapper", "substitution", "chaining", "subshell", "quoting", "absolute-path", "pipeline",
        "heredoc", "stdin",
    ]

    static let minimumEntries = 300
    static let maximumBenignFalseFlagRate = 0.02

    // MARK: Loading

    static func text(of name: String) throws -> String {
        let url = try #require(
            Bundle.module.url(forResource: name, withExtension: "jsonl", subdirectory: "Fixtures/corpus"),
            "Fixtures/corpus/\(name).jsonl is missing from the test bundle")
        return String(decoding: try Data(contentsOf: url), as: UTF8.self)
    }

    static func lines(of name: String) throws -> [(number: Int, text: String)] {
        try text(of: name).split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            .map { (number: $0.offset + 1, text: String($0.element)) }
            .filter { !$0.text.isEmpty }
    }

    static func entries(_ name: String) throws -> [Entry] {
        let decoder = JSONDecoder()
        return try lines(of: name).map { line in
            var entry = try decoder.decode(Entry.self, from: Data(line.text.utf8))
            entry.line = line.number
            return entry
        }
    }

    // MARK: The fixture files themselves

    @Test func corpusFilesAreWellFormed() throws {
        var problems: [String] = []
        var commands: [String: String] = [:]
        var counts: [String: Int] = [:]
        var familiesSeen = Set<String>()
        var categoriesSeen = Set<String>()
        for file in ["must-flag", "benign"] {
            let isMustFlag = file == "must-flag"
            for line in try Self.lines(of: file) {
                let place = "\(file).jsonl:\(line.number)"
                guard let object = try? JSONSerialization.jsonObject(with: Data(line.text.utf8)) as? [String: Any]
                else {
                    problems.append("\(place): not a JSON object")
                    continue
                }
                let required =
                    isMustFlag ? ["command", "category", "family", "rationale"] : ["command", "family", "rationale"]
                for key in required where ((object[key] as? String) ?? "").isEmpty {
                    problems.append("\(place): `\(key)` is missing or empty")
                }
                for key in object.keys where !required.contains(key) {
                    problems.append("\(place): unexpected field `\(key)`")
                }
                let command = object["command"] as? String ?? ""
                let family = object["family"] as? String ?? ""
                if isMustFlag {
                    let category = object["category"] as? String ?? ""
                    if !Self.categories.contains(category) {
                        problems.append("\(place): unknown category `\(category)`")
                    }
                    if !Self.requiredFamilies.contains(family) {
                        problems.append("\(place): unknown family `\(family)`")
                    }
                    categoriesSeen.insert(category)
                    familiesSeen.insert(family)
                } else if !Self.benignFamilies.contains(family) {
                    problems.append("\(place): unknown family `\(family)`")
                }
                if let first = commands[command] {
                    problems.append("\(place): duplicate command, first at \(first)")
                } else {
                    commands[command] = place
                }
                counts[file, default: 0] += 1
            }
        }
        for file in ["must-flag", "benign"] where counts[file, default: 0] < Self.minimumEntries {
            problems.append("\(file).jsonl has \(counts[file, default: 0]) entries, fewer than \(Self.minimumEntries)")
        }
        for missing in Self.categories.subtracting(categoriesSeen).sorted() {
            problems.append("must-flag.jsonl has no entry of category `\(missing)`")
        }
        for missing in Self.requiredFamilies.subtracting(familiesSeen).sorted() {
            problems.append("must-flag.jsonl has no entry of family `\(missing)`")
        }
        if !problems.isEmpty {
            Issue.record("\(problems.count) problems in the corpus files:\n\(problems.joined(separator: "\n"))")
        }
    }

    // MARK: The analyzer against the corpus

    @Test func flagsEveryMustFlagCommand() throws {
        let entries = try Self.entries("must-flag")
        let analyzer = ActionAnalyzer()
        var misses: [String] = []
        var missedCategories: [String: Int] = [:]
        var missedFamilies: [String: Int] = [:]
        for entry in entries {
            let analysis = analyzer.analyze(shell: entry.command)
            let expected = entry.category ?? ""
            let matched =
                expected == "opaque"
                ? !analysis.opaqueReasons.isEmpty
                : analysis.findings.contains { $0.category == expected }
            if !matched {
                misses.append(Self.describe(entry, expected: expected, analysis))
                missedCategories[expected, default: 0] += 1
                missedFamilies[entry.family, default: 0] += 1
            }
        }
        let flagged = entries.count - misses.count
        print("corpus: must-flag flagged \(flagged)/\(entries.count), missed \(misses.count)")
        if !misses.isEmpty {
            Issue.record(
                """
                \(misses.count) of \(entries.count) must-flag commands missed
                by category: \(Self.tally(missedCategories))
                by family: \(Self.tally(missedFamilies))

                \(misses.joined(separator: "\n\n"))
                """)
        }
    }

    @Test func leavesBenignLookAlikesAlone() throws {
        let entries = try Self.entries("benign")
        let analyzer = ActionAnalyzer()
        var falseFlags: [String] = []
        for entry in entries {
            let analysis = analyzer.analyze(shell: entry.command)
            if !analysis.findings.isEmpty || !analysis.opaqueReasons.isEmpty {
                falseFlags.append(Self.describe(entry, expected: "nothing", analysis))
            }
        }
        let rate = entries.isEmpty ? 0 : Double(falseFlags.count) / Double(entries.count)
        let percent = (rate * 1000).rounded() / 10
        print("corpus: benign false flags \(falseFlags.count)/\(entries.count) = \(percent)%")
        if rate > Self.maximumBenignFalseFlagRate {
            Issue.record(
                """
                benign false-flag rate \(percent)% (\(falseFlags.count)/\(entries.count)) exceeds \
                \(Self.maximumBenignFalseFlagRate * 100)%:

                \(falseFlags.joined(separator: "\n\n"))
                """)
        } else if !falseFlags.isEmpty {
            print("corpus: benign commands flagged (within the allowed rate):\n\(falseFlags.joined(separator: "\n\n"))")
        }
    }

    /// Input over the size limit is opaque. Generated here: a fixture over 1 MiB would bloat the repository.
    @Test func treatsInputOverTheSizeLimitAsOpaque() {
        let analyzer = ActionAnalyzer()
        let command = "echo " + String(repeating: "a", count: analyzer.limits.maximumInputBytes)
        let analysis = analyzer.analyze(shell: command)
        #expect(
            analysis.opaqueReasons.contains { $0.kind == .limitExceeded },
            "\(command.utf8.count) bytes of input: \(analysis.opaqueReasons)")
    }

    // MARK: Reporting

    /// One readable paragraph: where, the command (escaped, shortened), what was expected, what came out.
    static func describe(_ entry: Entry, expected: String, _ analysis: ActionAnalysis) -> String {
        let findings =
            analysis.findings.isEmpty
            ? "none" : analysis.findings.map { "\($0.rule) [\($0.category)]" }.joined(separator: ", ")
        let reasons =
            analysis.opaqueReasons.isEmpty ? "none" : analysis.opaqueReasons.map(\.description).joined(separator: "; ")
        return """
            line \(entry.line) [\(entry.family)] \(shortened(entry.command))
              expected: \(expected) — \(entry.rationale)
              findings: \(findings)
              opaque:   \(shortened(reasons))
            """
    }

    /// `name count, …`, largest first.
    static func tally(_ counts: [String: Int]) -> String {
        counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map { "\($0.key) \($0.value)" }
            .joined(separator: ", ")
    }

    /// The text on one line (newlines and tabs escaped), cut after 240 characters.
    static func shortened(_ text: String) -> String {
        let limit = 240
        var escaped = ""
        for character in text.prefix(limit) {
            switch character {
            case "\n": escaped += "\\n"
            case "\t": escaped += "\\t"
            default: escaped.append(character)
            }
        }
        return text.count > limit ? escaped + "… (\(text.utf8.count) bytes)" : escaped
    }
}
