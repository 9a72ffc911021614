extension ExpressionTypechecker {
    func typecheckBinary(
        _ op: BinaryOperator, _ lhs: Expr, _ rhs: Expr, _ expr: Expr, _ prior: CapabilitySet
    ) -> TypecheckAnswer {
        switch op {
        case .equal: return typecheckEqual(lhs, rhs, expr, prior)
        case .notEqual:
            // `a != b` is `!(a == b)`.
            return typecheckNot(Expr(.binary(.equal, lhs, rhs), span: expr.span), prior)
        case .less, .lessOrEqual: return typecheckComparison(lhs, rhs, prior)
        // `a > b` is `b < a`, and `a >= b` is `b <= a`.
        case .greater, .greaterOrEqual: return typecheckComparison(rhs, lhs, prior)
        case .add, .subtract, .multiply:
            let help: (ValidatorType) -> String? = { type in
                switch type {
                case .string where op == .add: Help.concatenation
                case .set: Help.setOperations
                default: nil
                }
            }
            return expect(lhs, prior, .long, help: help).then { _, _ in
                expect(rhs, prior, .long, help: help).then { _, _ in .success(.long) }
            }
        case .in: return typecheckIn(lhs, rhs, expr, prior)
        case .contains:
            return expect(lhs, prior, .anySet, help: setHelp).then { setType, _ in
                typecheck(rhs, prior).then { elementType, _ in
                    var memberType: ValidatorType?
                    if case .set(let element?)? = setType { memberType = element }
                    return enforceStrictEquality(.anyBool, memberType, elementType, at: expr)
                }
            }
        case .containsAll, .containsAny:
            return expect(lhs, prior, .anySet, help: setHelp).then { lhsType, _ in
                expect(rhs, prior, .anySet, help: { _ in Help.tryUsingContains }).then { rhsType, _ in
                    enforceStrictEquality(.anyBool, lhsType, rhsType, at: expr)
                }
            }
        case .hasTag: return typecheckHasTag(lhs, rhs, expr, prior)
        case .getTag: return typecheckGetTag(lhs, rhs, expr, prior)
        }
    }

    private var setHelp: (ValidatorType) -> String? {
        { type in
            switch type {
            case .entity, .anyEntity, .action: Help.tryUsingIn
            case .record: Help.tryUsingHas
            case .string: Help.tryUsingLike
            default: nil
            }
        }
    }

    private func typecheckEqual(_ lhs: Expr, _ rhs: Expr, _ expr: Expr, _ prior: CapabilitySet) -> TypecheckAnswer {
        let lhsAnswer = typecheck(lhs, prior)
        let rhsAnswer = typecheck(rhs, prior)
        return lhsAnswer.then { lhsType, _ in
            rhsAnswer.then { rhsType, _ in
                let type: ValidatorType
                if let lhsType, let rhsType, ValidatorType.areDisjoint(lhsType, rhsType) {
                    type = .singleton(false)
                } else if case .literal(let a) = literalOrAction(lhs).kind,
                    case .literal(let b) = literalOrAction(rhs).kind
                {
                    type = .singleton(a == b)
                } else {
                    type = .anyBool
                }
                return enforceStrictEquality(type, lhsType, rhsType, at: expr)
            }
        }
    }

    /// In strict mode, operands compared for equality (or membership) need a least upper bound,
    /// unless the comparison's outcome is already known.
    private func enforceStrictEquality(
        _ type: ValidatorType, _ lhs: ValidatorType?, _ rhs: ValidatorType?, at expr: Expr
    ) -> TypecheckAnswer {
        if case .bool(let b) = type, b != .anyBool { return .success(type) }
        guard let lhs, let rhs else { return .success(type) }
        if case .failure(let failure) = ValidatorType.leastUpperBound(lhs, rhs, mode: mode) {
            reportIncompatible([lhs, rhs], failure, at: expr)
            return .fail(type)
        }
        return .success(type)
    }

    /// `action` replaced by the environment's action literal; any other expression unchanged.
    func literalOrAction(_ expr: Expr) -> Expr {
        if case .variable(.action) = expr.kind { return Expr(.literal(.entity(environment.action)), span: expr.span) }
        return expr
    }

    private func isComparable(_ type: ValidatorType) -> Bool {
        switch type {
        case .long, .extension("datetime"), .extension("duration"): true
        default: false
        }
    }

    private static let comparableTypes: [ValidatorType] = [.extension("datetime"), .extension("duration"), .long]

    private func reportNotComparable(_ expr: Expr, expected: [ValidatorType], saw type: ValidatorType) {
        let wanted = expected.map(\.description)
        let list = wanted.count == 1 ? wanted[0] : "one of " + wanted.joined(separator: ", ")
        report(.unexpectedType, "unexpected type: expected \(list) but saw \(type)", at: expr.span)
    }

    /// `a < b` and `a <= b`: both longs, or both the same extension type with an ordering.
    private func typecheckComparison(_ lhs: Expr, _ rhs: Expr, _ prior: CapabilitySet) -> TypecheckAnswer {
        typecheck(lhs, prior).then { t1, _ in
            typecheck(rhs, prior).then { t2, _ in
                guard let t1, let t2 else { return .fail(.anyBool) }
                switch (t1, t2) {
                case (.never, .never): return .fail(.anyBool)
                case (.never, let other):
                    if isComparable(other) { return .success(.anyBool) }
                    reportNotComparable(rhs, expected: Self.comparableTypes, saw: other)
                case (let other, .never):
                    if isComparable(other) { return .success(.anyBool) }
                    reportNotComparable(lhs, expected: Self.comparableTypes, saw: other)
                case _ where t1 == t2 && isComparable(t1): return .success(.anyBool)
                case (.long, let other): reportNotComparable(rhs, expected: [.long], saw: other)
                case (let other, .long): reportNotComparable(lhs, expected: [.long], saw: other)
                case _ where isComparable(t1): reportNotComparable(rhs, expected: [t1], saw: t2)
                case _ where isComparable(t2): reportNotComparable(lhs, expected: [t2], saw: t1)
                default:
                    reportNotComparable(lhs, expected: Self.comparableTypes, saw: t1)
                    reportNotComparable(rhs, expected: Self.comparableTypes, saw: t2)
                }
                return .fail(.anyBool)
            }
        }
    }

    // MARK: - Tags

    /// The tag types of the entity types `type` may be (ignoring types without tags).
    private func tagTypes(_ type: ValidatorType) -> [ValidatorType] {
        let names: [Name]
        switch type {
        case .entity(let lub): names = lub.sorted
        case .anyEntity: names = schema.schema.entityTypes.keys.sorted()
        default: names = []
        }
        var result: [ValidatorType] = []
        for name in names {
            if let tag = schema.tagType(of: name), !result.contains(tag) { result.append(tag) }
        }
        return result
    }

    private func typecheckHasTag(_ lhs: Expr, _ rhs: Expr, _ expr: Expr, _ prior: CapabilitySet) -> TypecheckAnswer {
        expect(lhs, prior, .anyEntity).then { entityType, _ in
            expect(rhs, prior, .string).then { _, _ in
                guard let entityType else { return .fail(nil) }
                let capability = Capability.tag(rhs, of: lhs)
                let type: ValidatorType =
                    tagTypes(entityType).isEmpty
                    ? .singleton(false) : prior.contains(capability) ? .singleton(true) : .anyBool
                return .success(type, [capability])
            }
        }
    }

    private func typecheckGetTag(_ lhs: Expr, _ rhs: Expr, _ expr: Expr, _ prior: CapabilitySet) -> TypecheckAnswer {
        expect(lhs, prior, .anyEntity).then { entityType, _ in
            expect(rhs, prior, .string).then { _, _ in
                guard let entityType else { return .fail(nil) }
                guard prior.contains(.tag(rhs, of: lhs)) else {
                    let on: String =
                        if case .entity(let lub) = entityType {
                            " on entity type \(lub.sorted.map { "`\($0)`" }.joined(separator: ", "))"
                        } else { "" }
                    report(
                        .unsafeTagAccess, "unable to guarantee safety of access to tag `\(tagDescription(rhs))`\(on)",
                        at: expr.span, help: "try testing for the tag's presence with `.hasTag(..) && ..`")
                    return .fail(nil)
                }
                let tags = tagTypes(entityType)
                if tags.isEmpty {
                    let name =
                        if case .entity(let lub) = entityType, let single = lub.single { "`\(single)`" } else {
                            "this entity"
                        }
                    report(
                        .noTagsAllowed,
                        "`getTag` and `hasTag` are not allowed on entity type \(name) because it has no tags declared",
                        at: expr.span)
                    return .fail(nil)
                }
                switch ValidatorType.leastUpperBound(of: tags, mode: mode) {
                case .success(let type): return .success(type)
                case .failure(let failure):
                    reportIncompatible(tags, failure, at: expr)
                    return .fail(nil)
                }
            }
        }
    }

    private func tagDescription(_ tag: Expr) -> String {
        if case .literal(.string(let s)) = tag.kind { return s }
        return "(computed tag)"
    }
}
