/// Lays out a policy that has no source text (an AST) close to the way `cedar format` does (`PolicyFormatter`
/// is the exact one, for source text): annotations one per line, the scope on one line when it is
/// unconstrained and one element per line otherwise, each condition as `when { body }` when that fits, else `when`
/// then `{ body }` on the next line (the body broken
/// one `&&`/`||` operand per line when it does not fit in the line width), two-space indentation.
enum PolicyPrinter {
    /// Line width the layout aims for.
    static let width = 80

    static func print(_ policy: Policy) -> String {
        var lines: [String] = []
        for annotation in policy.annotations {
            lines.append(
                annotation.hasValue
                    ? "@\(annotation.key)(\(CedarString.quoted(annotation.value)))" : "@\(annotation.key)")
        }
        let scope = [
            principal(policy.principal, .principal), action(policy.action), principal(policy.resource, .resource),
        ]
        let effect = policy.effect.rawValue
        if policy.principal == .any && policy.action == .any && policy.resource == .any {
            lines.append("\(effect) (\(scope.joined(separator: ", ")))")
        } else {
            lines.append("\(effect) (")
            lines.append("  \(scope[0]),")
            lines.append("  \(scope[1]),")
            lines.append("  \(scope[2])")
            lines.append(")")
        }
        for (i, condition) in policy.conditions.enumerated() {
            let closing = i == policy.conditions.count - 1 ? "};" : "}"
            let keyword = condition.kind.rawValue
            let body = ExprPrinter.print(condition.body)
            let flat = "{ \(body) \(closing)"
            if keyword.count + 1 + flat.count <= width {
                lines.append("\(keyword) \(flat)")
            } else if flat.count <= width {
                lines.append(keyword)
                lines.append(flat)
            } else {
                lines.append(keyword)
                lines.append("{")
                if let chain = ExprPrinter.chain(condition.body) {
                    for item in chain { lines.append("  " + item.text + (item.op.map { " \($0)" } ?? "")) }
                } else {
                    lines.append("  " + body)
                }
                lines.append(closing)
            }
        }
        if policy.conditions.isEmpty { lines[lines.count - 1] += ";" }
        return lines.joined(separator: "\n")
    }

    private static func reference(_ r: EntityReference) -> String {
        switch r {
        case .entity(let uid): uid.description
        case .slot(let s): s.rawValue
        }
    }

    private static func principal(_ c: ScopeConstraint, _ v: Variable) -> String {
        let name = v.rawValue
        switch c {
        case .any: return name
        case .equal(let r): return "\(name) == \(reference(r))"
        case .in(let r): return "\(name) in \(reference(r))"
        case .is(let t): return "\(name) is \(t)"
        case .isIn(let t, let r): return "\(name) is \(t) in \(reference(r))"
        }
    }

    private static func action(_ c: ActionConstraint) -> String {
        switch c {
        case .any: "action"
        case .equal(let uid): "action == \(uid)"
        case .in(let uid): "action in \(uid)"
        case .inList(let uids): "action in [\(uids.map(\.description).joined(separator: ", "))]"
        }
    }
}

extension Policy: CustomStringConvertible {
    /// The policy as Cedar text, laid out as `cedar format` would; parsing it gives back an equal policy.
    public var description: String { PolicyPrinter.print(self) }
}
