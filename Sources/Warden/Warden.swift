import ArgumentParser
import Foundation

@main
struct Warden: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "warden",
        abstract: "Warden: the governance plane for AI agents.",
        discussion: """
            Warden decides, before anything executes, whether each action an AI agent takes is allowed, denied, \
            held for a human, or ends the session. Policies are written in Cedar.
            """,
        subcommands: [CedarCommand.self, ExplainCommand.self]
    )

    /// Runs the command; input errors and command-line usage errors print one clear message and exit 1
    /// (2 is reserved for `authorize`'s DENY).
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch let error as CLIError {
            let text =
                error.description.hasPrefix("error") || error.description.contains(": error: ")
                ? error.description : "error: \(error.description)"
            FileHandle.standardError.write(Data((printable(text) + "\n").utf8))
            Foundation.exit(1)
        } catch {
            guard exitCode(for: error) == .validationFailure else { exit(withError: error) }
            FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
            Foundation.exit(1)
        }
    }

    /// `text` with control characters other than newline and tab shown as `�`, so that an error quoting a
    /// damaged file cannot send escape sequences to the terminal; one column each, so carets stay aligned.
    static func printable(_ text: String) -> String {
        String(
            String.UnicodeScalarView(
                text.unicodeScalars.map { scalar in
                    scalar.properties.generalCategory == .control && scalar != "\n" && scalar != "\t"
                        ? "\u{FFFD}" : scalar
                }))
    }
}
