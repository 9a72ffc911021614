/// Building a policy set from Cedar text with the ids Warden and its users expect.
public enum PolicySetLoading {
    /// How policies read from text are named.
    public enum IDStyle: Sendable {
        /// `policy0`, `policy1`, … by position in the file (Cedar's convention).
        case positional
        /// The `@id("…")` annotation when present, the positional id otherwise.
        case annotationOrPosition
    }

    /// Parses `source` and names each policy by `ids`. Duplicate ids are reported where the second one is written.
    public static func policySet(from source: String, file: String? = nil, ids: IDStyle) throws(Diagnostics)
        -> PolicySet
    {
        let parsed = try PolicyParser.parsePolicies(source, file: file)
        var set = PolicySet()
        var problems: [Diagnostic] = []
        for var policy in parsed {
            if ids == .annotationOrPosition, let id = policy.annotation("id") { policy.id = id }
            do {
                if policy.isTemplate { try set.addTemplate(policy) } else { try set.add(policy) }
            } catch {
                problems.append(
                    Diagnostic(
                        error.message, at: error.span,
                        help: "give each policy a distinct @id, or use positional ids"))
            }
        }
        guard problems.isEmpty else { throw Diagnostics(problems) }
        return set
    }
}
