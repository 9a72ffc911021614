import ArgumentParser
import Cedar

@main
struct Warden: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "warden",
        abstract: "Warden: the governance plane for AI agents.",
        subcommands: []
    )
}
