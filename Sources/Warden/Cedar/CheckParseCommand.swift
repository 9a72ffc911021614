import ArgumentParser
import Cedar

struct CheckParseCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check-parse",
        abstract: "Check that policies (and optionally a schema and entities) parse.",
        discussion: "Exit status 0 when everything parses; otherwise each error with its file:line:column and a caret."
    )

    @OptionGroup var policyOptions: PolicyOptions

    @Option(name: [.short, .long], help: "Also parse this schema file.") var schema: String?
    @Option(help: "Also parse this entities file (against the schema when given).") var entities: String?

    func run() async throws {
        let policySet = try policyOptions.load()
        let schema = try self.schema.map(SchemaLoading.load)
        if let path = entities {
            let text = try InputFiles.read(path, what: "entities file")
            do {
                _ = try Entities(json: text, file: path, schema: schema)
            } catch {
                throw CLIError(error, source: text, file: path)
            }
        }
        print("parsed \(policySet.policies.count) policies and \(policySet.templates.count) templates")
    }
}
