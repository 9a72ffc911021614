extension ExpressionTypechecker {
    /// The declared type of `attribute` on values of `type`: nil when it is known not to exist, or
    /// when it may exist with unknown type (any entity, open records).
    func attributeType(_ attribute: String, of type: ValidatorType) -> AttributeInfo? {
        switch type {
        case .record(let shape): return shape.attributes[attribute]
        case .action(_, let attributes): return attributes[attribute]
        case .entity(let lub): return entityAttributes(lub)[attribute]
        default: return nil
        }
    }

    /// The attributes common to all types of an entity least upper bound.
    func entityAttributes(_ lub: EntityLUB) -> [String: AttributeInfo] {
        var result: [String: AttributeInfo]?
        for name in lub.sorted {
            let attributes = schema.attributes(of: name)
            if let current = result {
                let lubbed = RecordShape.attributesLUB(
                    RecordShape(attributes: current), RecordShape(attributes: attributes), mode: .permissive)
                result = (try? lubbed.get()) ?? [:]
            } else {
                result = attributes
            }
        }
        return result ?? [:]
    }

    /// Whether values of `type` may have `attribute` (it is declared, or the type is open).
    func mayHaveAttribute(_ attribute: String, _ type: ValidatorType) -> Bool {
        switch type {
        case .never, .anyEntity: return true
        case .record(let shape): return shape.isOpen || shape.attributes[attribute] != nil
        case .action(_, let attributes): return attributes[attribute] != nil
        case .entity(let lub):
            return lub.types.contains { name in
                schema.entityType(name).map { $0.attributes.attributes[attribute] != nil } ?? true
            }
        default: return false
        }
    }

    func typecheckGet(_ target: Expr, _ attribute: String, _ expr: Expr, _ prior: CapabilitySet) -> TypecheckAnswer {
        expect(target, prior, .anyEntity, .anyRecord).then { type, _ in
            guard let type else { return .fail(nil) }
            if let attributeInfo = attributeType(attribute, of: type) {
                if attributeInfo.isRequired || prior.contains(.attribute(attribute, of: target)) {
                    return .success(attributeInfo.type)
                }
                report(
                    .unsafeOptionalAttributeAccess,
                    "unable to guarantee safety of access to optional attribute `\(attribute)` \(describeAccessTarget(target, type))",
                    at: expr.span, help: "try testing for the attribute's presence with `e has \(attribute) && ...`")
                return .fail(attributeInfo.type)
            }
            let known = knownAttributes(of: type)
            let suggestion = closestMatch(to: attribute, among: known).map { "did you mean `\($0)`?" }
            let where_ = describeAccessTarget(target, type)
            report(
                .unsafeAttributeAccess, "attribute `\(attribute)` \(where_) not found", at: expr.span,
                help: suggestion
                    ?? (mayHaveAttribute(attribute, type)
                        ? "there may be additional attributes that the validator is not able to reason about"
                        : nil))
            return .fail(nil)
        }
    }

    func typecheckHas(_ target: Expr, _ attribute: String, _ prior: CapabilitySet) -> TypecheckAnswer {
        let help: (ValidatorType) -> String? = { type in
            switch type {
            case .set: Help.tryUsingContains
            case .string: Help.tryUsingLike
            default: nil
            }
        }
        return expect(target, prior, .anyEntity, .anyRecord, help: help).then { type, _ in
            guard let type else { return .fail(.anyBool) }
            let capability = Capability.attribute(attribute, of: target)
            guard let attributeInfo = attributeType(attribute, of: type) else {
                return .success(mayHaveAttribute(attribute, type) ? .anyBool : .singleton(false))
            }
            let known = prior.contains(capability)
            let isRecord = if case .record = type { true } else { false }
            let alwaysTrue = known || (attributeInfo.isRequired && isRecord)
            return .success(alwaysTrue ? .singleton(true) : .anyBool, [capability])
        }
    }

    private func knownAttributes(of type: ValidatorType) -> [String] {
        switch type {
        case .record(let shape): shape.attributes.keys.sorted()
        case .action(_, let attributes): attributes.keys.sorted()
        case .entity(let lub): entityAttributes(lub).keys.sorted()
        default: []
        }
    }

    /// `in context for Action::"view"`, `on entity type `User``, or `on a value of type …`.
    func describeAccessTarget(_ target: Expr, _ type: ValidatorType) -> String {
        if case .variable(.context) = target.kind { return "in context for \(environment.action)" }
        switch type {
        case .entity(let lub):
            return lub.single.map { "on entity type `\($0)`" }
                ?? "on entity types \(lub.sorted.map { "`\($0)`" }.joined(separator: ", "))"
        case .action(let name, _): return "on entity type `\(name)`"
        default: return "on a value of type `\(type)`"
        }
    }
}

/// The candidate closest to `word` by edit distance, if it is reasonably close.
func closestMatch(to word: String, among candidates: [String]) -> String? {
    func distance(_ a: [Character], _ b: [Character]) -> Int {
        var previous = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var current = [i + 1]
            for (j, y) in b.enumerated() {
                current.append(min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1)))
            }
            previous = current
        }
        return previous[b.count]
    }
    let target = Array(word)
    let scored = candidates.map { ($0, distance(target, Array($0))) }
    guard let best = scored.min(by: { $0.1 < $1.1 || ($0.1 == $1.1 && $0.0 < $1.0) }) else { return nil }
    return best.1 <= max(2, target.count / 3) ? best.0 : nil
}
