import Analysis
import ArgumentParser
import Foundation

struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Show what a shell command would do, as Warden's policies see it.",
        discussion: """
            Parses the command as bash would, follows wrappers (sudo, env, xargs, bash -c, ssh, …), interpreter \
            one-liners and clients (curl, psql, redis-cli, …), and lists the actions it would perform, the \
            classification rules they match, and anything Warden could not analyze (opaque: Warden never guesses).

            Examples:
              warden explain -- 'git push origin +main'
              warden explain --format json -- 'echo "DROP TABLE users" | psql'
              warden explain --stdin < deploy-step.sh

            Exit status: 0 when the analysis ran (whatever it found), 1 on bad input. Credentials in the input \
            are redacted in the output.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Option(help: "Output format: text (one line per finding) or json.") var format: Format = .text
    @ArgumentParser.Flag(help: "Read the command text from standard input (it may span lines).") var stdin = false
    @Argument(
        parsing: .postTerminator,
        help: "The command, after `--`; several arguments are joined with spaces, as `sh -c \"$*\"` would.")
    var command: [String] = []

    func validate() throws {
        if stdin && !command.isEmpty {
            throw ValidationError("give the command either after `--` or with --stdin, not both")
        }
        if !stdin && command.isEmpty {
            throw ValidationError(
                "no command to explain: pass it after `--` (warden explain -- 'rm -rf /') or use --stdin")
        }
    }

    func run() throws {
        let source: String
        if stdin {
            let data = FileHandle.standardInput.readDataToEndOfFile()
            guard let text = String(data: data, encoding: .utf8) else {
                throw CLIError("standard input is not UTF-8 text; give the command as text")
            }
            source = text
        } else {
            source = command.joined(separator: " ")
        }
        let analysis = ActionAnalyzer().analyze(shell: source)
        switch format {
        case .json: print(analysis.json().serialized())
        case .text: print(ExplanationText(analysis: analysis).rendered, terminator: "")
        }
    }
}
