import ArgumentParser
import Cedar

/// The policy file options every `warden cedar` command shares.
struct PolicyOptions: ParsableArguments {
    @Option(
        name: [.short, .long],
        help: "Policy file: Cedar text, or Cedar's JSON policy format if it ends in .json. `-` reads standard input.")
    var policies: String

    @Flag(help: "Name policies policy0, policy1, … by position even when they have an @id annotation.")
    var positionalIds = false

    /// The policy set, with ids from `@id` annotations unless `--positional-ids`.
    func load() throws -> PolicySet { try loadWithSource().policySet }

    /// The policy set and the text it was read from (read once: standard input cannot be read twice).
    func loadWithSource() throws -> (policySet: PolicySet, source: String) {
        let text = try InputFiles.read(policies, what: "policy file")
        do {
            if policies.hasSuffix(".json") {
                return (try PolicySet(json: JSONParser.parse(text, file: policies)), text)
            }
            let set = try PolicySetLoading.policySet(
                from: text, file: policies, ids: positionalIds ? .positional : .annotationOrPosition)
            return (set, text)
        } catch {
            throw CLIError(error, source: text, file: policies)
        }
    }
}

/// The schema option of the commands that take one.
enum SchemaLoading {
    /// The schema at `path`: JSON if it ends in `.json`, the human-readable Cedar schema format otherwise.
    static func load(_ path: String) throws -> Schema {
        let text = try InputFiles.read(path, what: "schema file")
        do {
            return path.hasSuffix(".json")
                ? try Schema(json: text, file: path) : try Schema(cedarSchema: text, file: path)
        } catch {
            throw CLIError(error, source: text, file: path)
        }
    }
}
