import Foundation

@testable import Analysis

/// One line of a classification fixture (`Fixtures/classification/*.cases`):
///
/// ```
/// + git.push.force        | exec git push -f origin main       the rule must match
/// - git.push.force        | exec git push --force-with-lease   the rule must not match
/// 0                       | exec git status                    no rule may match
/// ```
///
/// Actions are built directly (not through the shell parser), one kind per line:
/// - `exec WORD…` — words split on blanks; `'…'` groups a word; a word with `$` or a backquote is dynamic.
/// - `delete|write|read PATH [recursive] [via=PROGRAM]` — a path with `$`, `*`, `?`, `{}` or `{xargs` is not
///   static.
/// - `http METHOD URL [graphql=TYPE:field,field;TYPE:field] [body=text|file|dynamic] [via=PROGRAM]`.
/// - `sql KIND [object=TYPE] [nowhere] [target=NAME] [text='…']`.
/// - `datastore STORE COMMAND [target=NAME] [emptyfilter]`.
struct ClassificationCase: Sendable, CustomStringConvertible {
    enum Expectation: Sendable {
        case matches(String)
        case doesNotMatch(String)
        case nothing
    }

    var expectation: Expectation
    var action: Action
    var file: String
    var line: Int
    var text: String

    var description: String { "\(file):\(line): \(text)" }

    /// Every case of every fixture file.
    static let all: [ClassificationCase] = {
        guard let directory = Bundle.module.resourceURL?.appendingPathComponent("Fixtures/classification"),
            let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path)
        else { return [] }
        var cases: [ClassificationCase] = []
        for name in names.sorted() where name.hasSuffix(".cases") {
            guard let text = try? String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8) else {
                continue
            }
            for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
                cases.append(parse(trimmed, file: name, line: offset + 1))
            }
        }
        return cases
    }()

    static func parse(_ text: String, file: String, line: Int) -> ClassificationCase {
        let parts = text.split(separator: "|", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
        precondition(parts.count == 2, "\(file):\(line): expected `EXPECTATION | ACTION`")
        let head = parts[0].split(separator: " ").map(String.init)
        let expectation: Expectation
        switch head.first {
        case "+": expectation = .matches(head[1])
        case "-": expectation = .doesNotMatch(head[1])
        case "0": expectation = .nothing
        default: preconditionFailure("\(file):\(line): expectation must start with +, - or 0")
        }
        return ClassificationCase(
            expectation: expectation, action: action(parts[1], file: file, line: line), file: file, line: line,
            text: text)
    }

    static func words(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        var inQuote = false
        var hasWord = false
        for character in text {
            if character == "'" {
                inQuote.toggle()
                hasWord = true
            } else if character == " " && !inQuote {
                if hasWord { words.append(current) }
                current = ""
                hasWord = false
            } else {
                current.append(character)
                hasWord = true
            }
        }
        if hasWord { words.append(current) }
        return words
    }

    static func action(_ text: String, file: String, line: Int) -> Action {
        var words = words(text)
        let kind = words.removeFirst()
        func option(_ name: String) -> String? {
            words.first { $0.hasPrefix(name + "=") }.map { String($0.dropFirst(name.count + 1)) }
        }
        switch kind {
        case "exec":
            return .exec(
                CommandInvocation(
                    words: words.map {
                        ShellWord($0, isStatic: !$0.contains("$") && !$0.contains("`"), hasGlob: $0.contains("*"))
                    }, source: words.joined(separator: " ")))
        case "delete", "write", "read":
            let path = words[0]
            let access = FileAccess(
                path: path,
                isStatic: !path.contains(where: { "$`*?".contains($0) }) && !path.contains("{}")
                    && !path.contains("{xargs"),
                isRecursive: words.contains("recursive"), via: option("via") ?? "rm")
            return kind == "delete" ? .fileDelete(access) : kind == "write" ? .fileWrite(access) : .fileRead(access)
        case "http":
            let url = ParsedURL.parse(words[1], defaultScheme: "https")
            let operations = (option("graphql") ?? "").split(separator: ";").map { operation in
                let pieces = operation.split(separator: ":")
                return GraphQLOperation(
                    type: String(pieces[0]), name: nil,
                    rootFields: pieces.count > 1 ? pieces[1].split(separator: ",").map(String.init) : [])
            }
            let body: HTTPBody =
                switch option("body") {
                case "text": .text("…")
                case "file": .file("body.json")
                case "dynamic": .dynamic
                default: operations.isEmpty ? .none : .text("…")
                }
            return .http(
                HTTPRequest(
                    method: words[0], url: words[1], host: url?.host ?? "", path: url?.path ?? "/", body: body,
                    graphQL: operations, via: option("via") ?? "curl"))
        case "sql":
            return .sql(
                SQLStatement(
                    kind: words[0], objectType: option("object"), targets: option("target").map { [$0] } ?? [],
                    hasWhereClause: !words.contains("nowhere"), text: option("text") ?? words.joined(separator: " "),
                    via: "psql"))
        case "datastore":
            return .datastore(
                DatastoreCommand(
                    store: words[0], command: words[1], target: option("target"), text: text,
                    via: words[0] == "redis" ? "redis-cli" : "mongosh", hasEmptyFilter: words.contains("emptyfilter")))
        default:
            preconditionFailure("\(file):\(line): unknown action `\(kind)`")
        }
    }
}
