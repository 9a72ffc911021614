import Cedar

/// Fuzz checks on Cedar policy text and the JSON policy format.
enum PolicyChecks {
    static func parse(_ text: String) {
        _ = try? PolicySet(parsing: text)
    }

    /// Text → policy → text → policy, expression → text → expression, and policy → JSON → policy must each give
    /// back what they started from.
    static func roundTrip(_ text: String) {
        if let expr = try? Expr(parsing: text) { expression(expr, input: text) }
        guard let policies = try? PolicyParser.parsePolicies(text) else { return }
        for policy in policies {
            let printed = policy.description
            let reparsed: [Policy]
            do {
                reparsed = try PolicyParser.parsePolicies(printed)
            } catch {
                failure("a printed policy does not parse", input: text, printed, error.description)
            }
            guard reparsed.count == 1, same(reparsed[0], policy),
                reparsed[0].jsonRepresentation() == policy.jsonRepresentation()
            else {
                failure("a printed policy parses to a different policy", input: text, printed)
            }
            for condition in policy.conditions { expression(condition.body, input: text) }
            throughJSON(policy, input: text)
        }
    }

    /// A policy written in the JSON policy format reads back to a policy that writes the same JSON (the format
    /// normalizes, e.g. record keys are sorted and `action in [A]` is `action in A`, so the JSON is compared).
    private static func throughJSON(_ policy: Policy, input: String) {
        let json = policy.jsonRepresentation()
        let written = json.serialized()
        do {
            let decoded = try Policy(json: try JSONParser.parse(written), id: policy.id)
            guard decoded.jsonRepresentation() == json else {
                failure("a policy through the JSON policy format changed", input: input, written, decoded.description)
            }
        } catch {
            failure("a policy written as JSON does not read back", input: input, written, "\(error)")
        }
    }

    private static func expression(_ expr: Expr, input: String) {
        let printed = expr.description
        do {
            let reparsed = try Expr(parsing: printed)
            guard reparsed == expr else {
                failure("a printed expression parses to a different expression", input: input, printed)
            }
        } catch {
            failure("a printed expression does not parse", input: input, printed, error.description)
        }
    }

    /// Formatting is idempotent and gives text with the same policies.
    static func format(_ text: String) {
        guard let once = try? PolicyFormatter.format(text) else { return }
        let twice: String
        do {
            twice = try PolicyFormatter.format(once)
        } catch {
            failure("formatted text does not format", input: text, once, error.description)
        }
        guard twice == once else { failure("formatting is not idempotent", input: text, once, twice) }
        guard let before = try? PolicyParser.parsePolicies(text), let after = try? PolicyParser.parsePolicies(once),
            before.count == after.count, zip(before, after).allSatisfy(same)
        else {
            failure("formatting changed the policies", input: text, once)
        }
    }

    /// A policy set read from JSON writes back to JSON that reads to a set writing the same JSON, and each of its
    /// policies and templates printed as Cedar text parses to a policy writing the same JSON.
    static func policySetJSON(_ text: String) {
        guard let set = try? PolicySet(json: text) else { return }
        let json = set.jsonRepresentation()
        let written = json.serialized(pretty: true)
        do {
            guard try PolicySet(json: written).jsonRepresentation() == json else {
                failure("a policy set through JSON changed", input: text, written)
            }
        } catch {
            failure("a written JSON policy set does not read back", input: text, written, error.description)
        }
        for policy in set.policies + set.templates {
            let printed = policy.description
            do {
                let reparsed = try PolicyParser.parsePolicies(printed)
                guard reparsed.count == 1, reparsed[0].jsonRepresentation() == policy.jsonRepresentation() else {
                    failure("a policy read from JSON prints as different Cedar text", input: text, printed)
                }
            } catch {
                // As in Rust, the JSON format takes any number of arguments for an extension function, and a call
                // with the wrong count prints as text the parser rejects (`lessThan()`).
                let arity = ["requires exactly", "is a method, not a function", "is a function, not a method"]
                guard error.items.allSatisfy({ item in arity.contains { item.message.contains($0) } }) else {
                    failure(
                        "a policy read from JSON prints as Cedar text that does not parse", input: text, printed,
                        error.description)
                }
            }
        }
    }

    /// Equal policies apart from their ids and where they were written.
    static func same(_ a: Policy, _ b: Policy) -> Bool {
        var a = a
        var b = b
        (a.id, a.span, b.id, b.span) = ("", nil, "", nil)
        return a == b
    }
}
