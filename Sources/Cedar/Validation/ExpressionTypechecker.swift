/// Typechecks expressions under one request environment, in strict mode, as Rust Cedar's
/// `SingleEnvTypechecker` does, collecting the errors it finds.
final class ExpressionTypechecker {
    let schema: ValidatorSchema
    let policyID: String
    let environment: RequestEnvironment
    let mode = TypingMode.strict
    private(set) var errors: [ValidationError] = []

    init(schema: ValidatorSchema, policyID: String, environment: RequestEnvironment) {
        self.schema = schema
        self.policyID = policyID
        self.environment = environment
    }

    func report(_ kind: ValidationError.Kind, _ message: String, at span: SourceSpan?, help: String? = nil) {
        errors.append(ValidationError(policyID: policyID, span: span, kind: kind, message: message, help: help))
    }

    /// Typechecks `expr` knowing the capabilities in `prior` hold.
    func typecheck(_ expr: Expr, _ prior: CapabilitySet) -> TypecheckAnswer {
        switch expr.kind {
        case .variable(let variable): return typecheck(variable)
        case .slot(let slot):
            let bound = slot == .principal ? environment.principalSlot : environment.resourceSlot
            return .success(bound.map { .entity($0) } ?? .anyEntity)
        case .literal(let value):
            guard let type = ValidatorType(literal: value, schema: schema) else { return .fail(nil) }
            return .success(type)
        case .ifThenElse(let test, let then, let otherwise):
            return typecheckIf(test, then, otherwise, expr, prior)
        case .and, .or: return typecheckLogical(expr, prior)
        case .not(let operand): return typecheckNot(operand, prior)
        case .negate(let operand):
            return expect(operand, prior, .long).then { _, _ in .success(.long) }
        case .binary(let op, let lhs, let rhs): return typecheckBinary(op, lhs, rhs, expr, prior)
        case .getAttribute(let target, let attribute): return typecheckGet(target, attribute, expr, prior)
        case .hasAttribute(let target, let attribute): return typecheckHas(target, attribute, prior)
        case .like(let target, _):
            return expect(target, prior, .string, help: { $0.isEntityLike ? Help.tryUsingIs : nil })
                .then { _, _ in .success(.anyBool) }
        case .isEntityType(let target, let name): return typecheckIs(target, name, prior)
        case .set(let elements): return typecheckSet(elements, expr, prior)
        case .record(let fields):
            let answers = fields.map { typecheck($0.value, prior) }
            return .sequence(answers) { types in
                var attributes: [String: AttributeInfo] = [:]
                for (field, type) in zip(fields, types) {
                    guard let type else { return .fail(nil) }
                    attributes[field.key] = AttributeInfo(type)
                }
                return .success(.record(RecordShape(attributes: attributes)))
            }
        case .extensionCall(let name, let arguments, _):
            return typecheckCall(name, arguments, expr, prior)
        }
    }

    private func typecheck(_ variable: Variable) -> TypecheckAnswer {
        switch variable {
        case .principal: .success(.entity(environment.principal))
        case .resource: .success(.entity(environment.resource))
        case .context: .success(environment.context)
        case .action: schema.typeOfLiteral(environment.action).map { .success($0) } ?? .fail(nil)
        }
    }

    /// Typechecks `expr` and requires its type to be a (permissive) subtype of one of `expected`.
    func expect(
        _ expr: Expr, _ prior: CapabilitySet, _ expected: ValidatorType...,
        help: (ValidatorType) -> String? = { _ in nil }
    ) -> TypecheckAnswer {
        typecheck(expr, prior).then { type, capabilities in
            guard let type else { return .fail(nil) }
            guard expected.contains(where: { type.isSubtype(of: $0, mode: .permissive) }) else {
                let wanted = expected.map { "\($0)" }
                let list = wanted.count == 1 ? wanted[0] : "one of " + wanted.joined(separator: ", ")
                report(
                    .unexpectedType, "unexpected type: expected \(list) but saw \(type)", at: expr.span,
                    help: help(type))
                return .fail(nil)
            }
            return .success(type, capabilities)
        }
    }

    /// The least upper bound of `types`, reporting an error when there is none; nil when a type is unknown.
    func leastUpperBoundOrReport(_ types: [ValidatorType?], at expr: Expr) -> ValidatorType? {
        var known: [ValidatorType] = []
        for type in types {
            guard let type else { return nil }
            known.append(type)
        }
        switch ValidatorType.leastUpperBound(of: known, mode: mode) {
        case .success(let lub): return lub
        case .failure(let failure):
            reportIncompatible(known, failure, at: expr)
            return nil
        }
    }

    func reportIncompatible(_ types: [ValidatorType], _ failure: LUBFailure, at expr: Expr) {
        // Listed in the order Rust Cedar sorts its types: booleans, primitives, sets, entities and
        // records, then extension types.
        var names: [String] = []
        for type in types.sorted(by: { ($0.sortRank, $0.description) < ($1.sortRank, $1.description) })
        where !names.contains(type.description) {
            names.append(type.description)
        }
        let list =
            names.count <= 2
            ? names.joined(separator: " and ")
            : names.dropLast().joined(separator: ", ") + ", and " + names.last!
        report(.incompatibleTypes, "the types \(list) are not compatible", at: expr.span, help: failure.help)
    }

    private func typecheckIf(
        _ test: Expr, _ then: Expr, _ otherwise: Expr, _ expr: Expr, _ prior: CapabilitySet
    ) -> TypecheckAnswer {
        expect(test, prior, .anyBool).then { testType, testCapabilities in
            if testType == .singleton(true) {
                return typecheck(then, prior.union(testCapabilities)).then { type, capabilities in
                    .success(type, capabilities.union(testCapabilities))
                }
            }
            if testType == .singleton(false) {
                return typecheck(otherwise, prior).then { type, capabilities in .success(type, capabilities) }
            }
            var thenAnswer = typecheck(then, prior.union(testCapabilities))
            if thenAnswer.succeeded { thenAnswer.capabilities.formUnion(testCapabilities) }
            let elseAnswer = typecheck(otherwise, prior)
            return thenAnswer.then { thenType, thenCapabilities in
                elseAnswer.then { elseType, elseCapabilities in
                    guard let lub = leastUpperBoundOrReport([thenType, elseType], at: expr) else { return .fail(nil) }
                    return .success(lub, thenCapabilities.intersection(elseCapabilities))
                }
            }
        }
    }

    /// `&&` and `||`. A chain of them written without parentheses nests to the left as deeply as it is long
    /// (a generated allow-list of a thousand `||` alternatives, say), so the chain is walked in a loop.
    private func typecheckLogical(_ top: Expr, _ prior: CapabilitySet) -> TypecheckAnswer {
        var links: [Expr] = []
        var innermost = top
        while case .and(let left, _) = innermost.kind {
            links.append(innermost)
            innermost = left
        }
        while case .or(let left, _) = innermost.kind {
            links.append(innermost)
            innermost = left
            while case .and(let left, _) = innermost.kind {
                links.append(innermost)
                innermost = left
            }
        }
        // Expecting a boolean of a link's answer changes nothing: `&&` and `||` always answer a boolean type.
        var answer = expect(innermost, prior, .anyBool)
        for link in links.reversed() {
            switch link.kind {
            case .and(_, let right): answer = and(after: answer, right, prior)
            case .or(_, let right): answer = or(after: answer, right, prior)
            default: break
            }
        }
        return answer
    }

    /// `left && right`, where `left` answered `leftAnswer`.
    private func and(after leftAnswer: TypecheckAnswer, _ right: Expr, _ prior: CapabilitySet) -> TypecheckAnswer {
        leftAnswer.then { leftType, leftCapabilities in
            if leftType == .singleton(false) { return .success(leftType) }
            return expect(right, prior.union(leftCapabilities), .anyBool).then { rightType, rightCapabilities in
                switch (leftType, rightType) {
                case (.some, .bool(.alwaysFalse)?): return .success(.singleton(false))
                case (.some, .bool(.alwaysTrue)?): return .success(leftType, leftCapabilities.union(rightCapabilities))
                case (.bool(.alwaysTrue)?, .some): return .success(rightType, rightCapabilities)
                case (.some, .some): return .success(.anyBool, leftCapabilities.union(rightCapabilities))
                default: return .fail(.anyBool)
                }
            }
        }
    }

    /// `left || right`, where `left` answered `leftAnswer`.
    private func or(after leftAnswer: TypecheckAnswer, _ right: Expr, _ prior: CapabilitySet) -> TypecheckAnswer {
        leftAnswer.then { leftType, leftCapabilities in
            if leftType == .singleton(true) { return .success(leftType, leftCapabilities) }
            return expect(right, prior, .anyBool).then { rightType, rightCapabilities in
                switch (leftType, rightType) {
                case (.some, .bool(.alwaysTrue)?): return .success(.singleton(true), rightCapabilities)
                case (.some, .bool(.alwaysFalse)?): return .success(leftType, leftCapabilities)
                case (.bool(.alwaysFalse)?, .some): return .success(rightType, rightCapabilities)
                case (.some, .some): return .success(.anyBool, leftCapabilities.intersection(rightCapabilities))
                default: return .fail(.anyBool)
                }
            }
        }
    }

    func typecheckNot(_ operand: Expr, _ prior: CapabilitySet) -> TypecheckAnswer {
        expect(operand, prior, .anyBool).then { type, _ in
            switch type {
            case nil: .fail(.anyBool)
            case .bool(.alwaysTrue)?: .success(.singleton(false))
            case .bool(.alwaysFalse)?: .success(.singleton(true))
            default: .success(.anyBool)
            }
        }
    }

    private func typecheckIs(_ target: Expr, _ name: Name, _ prior: CapabilitySet) -> TypecheckAnswer {
        expect(target, prior, .anyEntity, help: { _ in Help.typeTestNotSupported }).then { type, _ in
            switch type {
            case .anyEntity?: return .success(.anyBool)
            case let type? where type.entityTypes != nil:
                let types = type.entityTypes!
                if !types.contains(name) { return .success(.singleton(false)) }
                return .success(types.count == 1 ? .singleton(true) : .anyBool)
            default: return .fail(.anyBool)
            }
        }
    }

    private func typecheckSet(_ elements: [Expr], _ expr: Expr, _ prior: CapabilitySet) -> TypecheckAnswer {
        let answers = elements.map { typecheck($0, prior) }
        return .sequence(answers) { types in
            let lub = leastUpperBoundOrReport(types, at: expr)
            if mode.isStrict && elements.isEmpty {
                report(.emptySetForbidden, "empty set literals are forbidden in policies", at: expr.span)
                return .fail(nil)
            }
            return lub.map { .success(.set($0)) } ?? .fail(nil)
        }
    }
}

/// Help texts for unexpected types, as Rust Cedar words them.
enum Help {
    static let tryUsingIs = "try using `is` to test for an entity type"
    static let tryUsingContains = "try using `contains` to test if a single element is in a set"
    static let tryUsingContainsAny = "try using `containsAny` or `containsAll` to test set membership"
    static let tryUsingLike = "try using `like` to examine the contents of a string"
    static let tryUsingIn = "try using `in` for entity hierarchy membership"
    static let tryUsingHas = "try using `has` to test for an attribute"
    static let typeTestNotSupported = "`is` applies only to entities"
    static let concatenation = "string concatenation is not supported"
    static let setOperations = "set operations are not supported"
    static let tryUsingEmptyString = "try using `== \"\"` to test if a string is empty"
}

extension ValidatorType {
    var sortRank: Int {
        switch self {
        case .never: 0
        case .bool(.alwaysTrue): 1
        case .bool(.alwaysFalse): 2
        case .bool(.anyBool): 3
        case .long: 4
        case .string: 5
        case .set: 6
        case .record, .entity, .anyEntity, .action: 7
        case .extension: 8
        }
    }

    var isEntityLike: Bool {
        switch self {
        case .entity, .anyEntity, .action: true
        default: false
        }
    }
}
