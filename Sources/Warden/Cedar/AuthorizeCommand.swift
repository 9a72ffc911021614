import ArgumentParser
import Cedar

struct AuthorizeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "authorize",
        abstract: "Decide one request, or a batch of requests, against a policy set.",
        discussion: """
            One request: give --principal, --action and --resource as entity literals (for example \
            'User::"alice"'), and optionally --context with a JSON file holding the context record. Prints ALLOW or \
            DENY, the policies that determined the decision, and the policies that errored. Exit status: 0 allow, \
            2 deny, 1 bad input (as Cedar's CLI).

            A batch: --requests FILE, a JSON array of {"principal": {"type", "id"}, "action": {…}, "resource": {…}, \
            "context": {…}}. With --format json it prints a JSON array, in the same order, of \
            {"decision": "allow"|"deny", "reasons": [ids], "errors": [ids]}; --timing adds "authz_ns", the \
            nanoseconds spent authorizing that request (parsing and printing excluded). Exit status 0 when every \
            request was decided.
            """
    )

    @OptionGroup var policyOptions: PolicyOptions

    @Option(name: .long, help: "Entities JSON file (an array of {uid, attrs, parents, tags}).")
    var entities: String?

    @Option(
        name: [.short, .long],
        help:
            "Schema (.cedarschema, or JSON if it ends in .json); enables schema-directed parsing and request validation."
    )
    var schema: String?

    @Option(help: "The principal, for example 'User::\"alice\"'.") var principal: String?
    @Option(help: "The action, for example 'Action::\"view\"'.") var action: String?
    @Option(help: "The resource, for example 'Photo::\"a.jpg\"'.") var resource: String?
    @Option(help: "JSON file with the context record.") var context: String?

    @Option(help: "JSON file with an array of requests to decide in one run.") var requests: String?

    @Option(help: "Output format: text or json.") var format: OutputFormat = .text

    @Flag(help: "Add the nanoseconds spent authorizing each request (\"authz_ns\") to JSON output.")
    var timing = false

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    func run() async throws {
        let policySet = try policyOptions.load()
        let schema = try self.schema.map(SchemaLoading.load)
        let store = try loadEntities(schema: schema)
        let authorizer = Authorizer(policySet)
        let batch = try loadRequests(schema: schema)
        var results: [(Response, Duration)] = []
        results.reserveCapacity(batch.count)
        let clock = ContinuousClock()
        for request in batch {
            var response: Response?
            let elapsed = clock.measure { response = authorizer.isAuthorized(request, entities: store) }
            results.append((response!, elapsed))
        }
        switch format {
        case .json: print(Self.json(results, timing: timing).serialized(pretty: false))
        case .text: print(Self.text(results, batch: requests != nil))
        }
        if requests == nil, results.first?.0.decision == .deny { throw ExitCode(2) }
    }

    private func loadEntities(schema: Schema?) throws -> Entities {
        guard let path = entities else {
            return try EntitiesLoading.fromSchemaOnly(schema)
        }
        let text = try InputFiles.read(path, what: "entities file")
        do {
            return try Entities(json: text, file: path, schema: schema)
        } catch {
            throw CLIError(error, source: text, file: path)
        }
    }

    private func loadRequests(schema: Schema?) throws -> [Request] {
        if let requests {
            guard principal == nil, action == nil, resource == nil, context == nil else {
                throw CLIError("give either --requests or --principal/--action/--resource/--context, not both")
            }
            guard let array = try InputFiles.json(requests, what: "requests file").array else {
                throw CLIError("requests file `\(requests)` must hold a JSON array of requests")
            }
            return try array.enumerated().map { index, item in
                let request: Request
                do {
                    request = try RequestLoading.request(fromJSON: item, schema: schema)
                } catch {
                    throw CLIError("\(requests): request \(index): \(CLIError.messages(of: error))")
                }
                try Self.validate(request, against: schema, what: "\(requests): request \(index)")
                return request
            }
        }
        guard let principal, let action, let resource else {
            throw CLIError("give --principal, --action and --resource (or --requests FILE)")
        }
        let contextJSON = try context.map { try InputFiles.json($0, what: "context file") }
        let (principalUID, actionUID, resourceUID) = (
            try uid(principal, "--principal"), try uid(action, "--action"), try uid(resource, "--resource")
        )
        let request: Request
        do {
            request = try RequestLoading.request(
                principal: principalUID, action: actionUID, resource: resourceUID, contextJSON: contextJSON,
                schema: schema)
        } catch {
            let what = context.map { "context file `\($0)`" } ?? "the request"
            throw CLIError("\(what): \(CLIError.messages(of: error))")
        }
        try Self.validate(request, against: schema, what: "the request")
        return [request]
    }

    /// Rejects a request the schema does not allow (undeclared types or action, types the action does not
    /// apply to, a context of the wrong type), as Cedar's CLI does when given a schema.
    private static func validate(_ request: Request, against schema: Schema?, what: String) throws {
        guard let schema else { return }
        do {
            try request.validate(against: schema)
        } catch {
            throw CLIError("\(what) is not valid for the schema: \(CLIError.messages(of: error))")
        }
    }

    private func uid(_ text: String, _ option: String) throws -> EntityUID {
        do {
            return try EntityUID(parsing: text)
        } catch {
            // The last problem is the one furthest into the text, where it stopped making sense.
            let problem = error.items.last.map { item in
                item.message + (item.span.map { " (at column \($0.start.column))" } ?? "")
            }
            throw CLIError(
                "\(option) `\(text)` is not an entity literal such as 'User::\"alice\"'"
                    + (problem.map { ": \($0)" } ?? ""))
        }
    }

    static func json(_ results: [(Response, Duration)], timing: Bool) -> JSONValue {
        .array(
            results.map { response, elapsed in
                var object = JSONObject([
                    ("decision", .string(response.decision.rawValue)),
                    ("reasons", .array(response.reasons.sorted().map(JSONValue.string))),
                    ("errors", .array(Set(response.errors.map(\.policyID)).sorted().map(JSONValue.string))),
                ])
                if timing {
                    let (seconds, attoseconds) = elapsed.components
                    object["authz_ns"] = .number(String(seconds * 1_000_000_000 + attoseconds / 1_000_000_000))
                }
                return .object(object)
            })
    }

    static func text(_ results: [(Response, Duration)], batch: Bool) -> String {
        results.enumerated().map { index, result in
            let response = result.0
            var lines = [(batch ? "request \(index): " : "") + response.decision.rawValue.uppercased()]
            if !response.reasons.isEmpty {
                lines.append("reasons: " + response.reasons.sorted().joined(separator: ", "))
            }
            for error in response.errors {
                lines.append("error in policy \(error.policyID): \(error.error.message)")
            }
            return lines.joined(separator: "\n")
        }.joined(separator: "\n")
    }
}
