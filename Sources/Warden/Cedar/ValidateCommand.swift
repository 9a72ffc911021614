import ArgumentParser
import Cedar

struct ValidateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check policies against a schema (Cedar's strict validation).",
        discussion: """
            Finds policies that would always error or can never apply: unknown entity types, actions and \
            attributes, type errors, optional attributes read without `has`. Exit status 0 if and only if every \
            policy is valid; each problem is listed with its file:line:column.
            """
    )

    @OptionGroup var policyOptions: PolicyOptions

    @Option(name: [.short, .long], help: "Schema file (.cedarschema, or JSON if it ends in .json).")
    var schema: String

    func run() async throws {
        let (policySet, text) = try policyOptions.loadWithSource()
        let schema = try SchemaLoading.load(schema)
        let result = Validator(schema: schema).validate(policySet)
        let source = policyOptions.policies.hasSuffix(".json") ? nil : text
        for warning in result.warnings {
            let line = "\(warning)"
            print(line.hasPrefix("warning") || line.contains(": warning: ") ? line : "warning: \(line)")
        }
        guard result.isValid else {
            let rendered = result.errors.map { error in
                // Policies read from JSON have no positions: the file leads the message instead.
                let place = error.span == nil ? "\(policyOptions.policies): " : ""
                let diagnostic = Diagnostic("\(place)policy `\(error.policyID)`: \(error.message)", at: error.span)
                return source.map { diagnostic.rendered(source: $0) } ?? diagnostic.description
            }
            throw CLIError(rendered.joined(separator: "\n") + "\n\(result.errors.count) validation error(s)")
        }
        print("policies are valid")
    }
}
