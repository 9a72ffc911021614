import ArgumentParser

/// `warden cedar …`: Cedar's own tools, familiar to users of the `cedar` CLI.
struct CedarCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cedar",
        abstract: "Work with Cedar policies: authorize, validate, format, check parsing, translate.",
        discussion: """
            Warden's policy engine is a complete Cedar implementation. These commands work on plain Cedar files, \
            so policies written for Warden can be checked here and taken to any other Cedar system.
            """,
        subcommands: [
            AuthorizeCommand.self, ValidateCommand.self, FormatCommand.self, CheckParseCommand.self,
            TranslatePolicyCommand.self, TranslateSchemaCommand.self,
        ]
    )
}
