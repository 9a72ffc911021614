/// Findings about credentials: files that hold them by convention, and secrets written into a command line.
enum SecretFindings {
    static let category = "secrets"

    /// Scans of long words already made in this analysis, by text: a wrapped command (`sudo env … bash -c '…'`)
    /// hands the same words to every command it unwraps.
    struct ScanCache {
        fileprivate var rules: [String: [String]] = [:]
        /// Shorter words are scanned again: hashing them costs about as much as scanning them.
        fileprivate static let minimumLength = 24
    }

    static func findings(for action: Action, at index: Int, scanner: SecretScanner, cache: inout ScanCache)
        -> [Finding]
    {
        switch action {
        case .fileRead(let access), .fileWrite(let access), .fileDelete(let access):
            guard
                let rule = SensitivePaths.match(access.path)
                    ?? (access.isStatic ? nil : SensitivePaths.matchGlob(access.path))
            else { return [] }
            let verb =
                switch action {
                case .fileRead: "reads"
                case .fileWrite: "writes"
                default: "deletes"
                }
            return [
                Finding(
                    rule: "secrets.path.\(rule)", category: category, flags: [],
                    message: "\(access.via) \(verb) `\(access.path)`, which holds credentials",
                    alternative: "ask a human for the value you need; never read or copy credential files",
                    actionIndex: index)
            ]
        case .exec(let command):
            var rules: [String] = []
            for word in command.words {
                let found: [String]
                if word.text.utf8.count >= ScanCache.minimumLength {
                    if let known = cache.rules[word.text] {
                        found = known
                    } else {
                        found = scanner.scan(word.text).map(\.rule)
                        cache.rules[word.text] = found
                    }
                } else {
                    found = scanner.scan(word.text).map(\.rule)
                }
                for rule in found where !rules.contains(rule) { rules.append(rule) }
            }
            // `NAME=value` prefixes: the name is the context that makes a bare UUID a Railway or Heroku token.
            for assignment in command.assignments {
                for match in scanner.scan(assignmentOf: assignment.name, value: assignment.value.text)
                where !rules.contains(match.rule) {
                    rules.append(match.rule)
                }
            }
            return rules.map { rule in
                Finding(
                    rule: "secrets.inline.\(rule)", category: category, flags: [],
                    message: "`\(command.program)` is given a credential (\(rule)) on its command line",
                    alternative: "let Warden inject credentials the policy allows; never paste a secret into a command",
                    actionIndex: index)
            }
        default:
            return []
        }
    }
}
