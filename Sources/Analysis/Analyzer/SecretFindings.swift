/// Findings about credentials: files that hold them by convention, and secrets written into a command line.
enum SecretFindings {
    static let category = "secrets"

    static func findings(for action: Action, at index: Int, scanner: SecretScanner) -> [Finding] {
        switch action {
        case .fileRead(let access), .fileWrite(let access), .fileDelete(let access):
            guard let rule = SensitivePaths.match(access.path) else { return [] }
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
                for match in scanner.scan(word.text) where !rules.contains(match.rule) { rules.append(match.rule) }
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
