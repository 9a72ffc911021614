import ArgumentParser
import Cedar

struct TranslatePolicyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "translate-policy",
        abstract: "Translate policies between Cedar text and Cedar's JSON policy format."
    )

    enum Direction: String, ExpressibleByArgument, CaseIterable {
        case cedarToJSON = "cedar-to-json"
        case jsonToCedar = "json-to-cedar"
    }

    @Option(help: "cedar-to-json or json-to-cedar.") var direction: Direction
    @Option(name: [.short, .long], help: "Policy file (`-` for standard input).") var policies: String = "-"

    func run() async throws {
        let text = try InputFiles.read(policies, what: "policy file")
        do {
            switch direction {
            case .cedarToJSON:
                let set = try PolicySet(parsing: text, file: policies)
                print(set.jsonRepresentation().serialized(pretty: true))
            case .jsonToCedar:
                let set = try PolicySet(json: text)
                print((set.templates + set.policies).map(\.description).joined(separator: "\n\n"))
            }
        } catch {
            throw CLIError(error, source: text)
        }
    }
}

struct TranslateSchemaCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "translate-schema",
        abstract: "Translate a schema between the Cedar schema format and JSON."
    )

    enum Direction: String, ExpressibleByArgument, CaseIterable {
        case cedarToJSON = "cedar-to-json"
        case jsonToCedar = "json-to-cedar"
    }

    @Option(help: "cedar-to-json or json-to-cedar.") var direction: Direction
    @Option(name: [.short, .long], help: "Schema file.") var schema: String

    func run() async throws {
        let text = try InputFiles.read(schema, what: "schema file")
        do {
            switch direction {
            case .cedarToJSON: print(try Schema(cedarSchema: text, file: schema).jsonSchema().serialized(pretty: true))
            case .jsonToCedar: print(try Schema(json: text, file: schema).cedarSchemaText())
            }
        } catch {
            throw CLIError(error, source: text)
        }
    }
}
