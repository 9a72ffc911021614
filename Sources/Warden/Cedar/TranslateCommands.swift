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

    @Flag(help: "In JSON, name policies policy0, policy1, … by position even when they have an @id annotation.")
    var positionalIds = false

    func run() async throws {
        let text = try InputFiles.read(policies, what: "policy file")
        do {
            switch direction {
            case .cedarToJSON:
                // The same ids `authorize` reports for the text, so decisions name the same policies in both forms.
                let set = try PolicySetLoading.policySet(
                    from: text, file: policies, ids: positionalIds ? .positional : .annotationOrPosition)
                print(set.jsonRepresentation().serialized(pretty: true))
            case .jsonToCedar:
                let set = try PolicySet(json: JSONParser.parse(text, file: policies))
                guard set.links.isEmpty else {
                    throw CLIError(
                        "\(policies): cannot translate template-linked policies ("
                            + set.links.keys.sorted()
                            .map { "`\($0)`" }.joined(separator: ", ")
                            + ") to Cedar text, which has no syntax for links (as Cedar's CLI)")
                }
                print((set.templates + set.policies).map(\.description).joined(separator: "\n\n"))
            }
        } catch {
            throw CLIError(error, source: text, file: policies)
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
            throw CLIError(error, source: text, file: schema)
        }
    }
}
