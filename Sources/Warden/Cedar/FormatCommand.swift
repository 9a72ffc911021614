import ArgumentParser
import Cedar

struct FormatCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "format",
        abstract: "Print policies in Cedar's canonical layout, or check that a file already is.",
        discussion: "Comments are kept. With --check, prints nothing and exits 1 if the file is not formatted."
    )

    @Option(name: [.short, .long], help: "Policy file (`-` for standard input).")
    var policies: String = "-"

    @Flag(help: "Exit 1 if the file is not already formatted, instead of printing it.")
    var check = false

    @Flag(help: "Rewrite the file in place.")
    var write = false

    func run() async throws {
        let text = try InputFiles.read(policies, what: "policy file")
        let formatted: String
        do {
            formatted = try PolicyFormatter.format(text, file: policies == "-" ? nil : policies)
        } catch {
            throw CLIError(error, source: text, file: policies)
        }
        if check {
            guard formatted == text else {
                throw CLIError(
                    policies == "-"
                        ? "standard input is not formatted; `warden cedar format` prints it formatted"
                        : "\(policies) is not formatted; run `warden cedar format --write -p \(policies)`")
            }
            return
        }
        if write {
            guard policies != "-" else { throw CLIError("--write needs a file (-p FILE), not standard input") }
            try InputFiles.write(formatted, to: policies)
        } else {
            print(formatted, terminator: formatted.hasSuffix("\n") ? "" : "\n")
        }
    }
}
