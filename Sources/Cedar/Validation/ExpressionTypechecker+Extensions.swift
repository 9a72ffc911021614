extension ExpressionTypechecker {
    /// A call of an extension function (or the `isEmpty` set method, which the AST also represents
    /// as a call): the arity, the argument types and, for constructors, literal arguments that parse.
    func typecheckCall(_ name: String, _ arguments: [Expr], _ expr: Expr, _ prior: CapabilitySet) -> TypecheckAnswer {
        guard let function = ExtensionFunctions.named(name) else {
            if name == "isEmpty", arguments.count == 1 {
                return expect(arguments[0], prior, .anySet, help: { $0 == .string ? Help.tryUsingEmptyString : nil })
                    .then { _, _ in .success(.anyBool) }
            }
            report(.undefinedFunction, "undefined extension function: \(name)", at: expr.span)
            for argument in arguments { _ = typecheck(argument, prior) }
            return .fail(nil)
        }
        let returnType = ValidatorType(function.returnType)
        var failed = false
        if arguments.count != function.arity {
            report(
                .wrongNumberOfArguments,
                "wrong number of arguments in extension function application. Expected \(function.arity), got \(arguments.count)",
                at: expr.span)
            failed = true
        }
        if function.isConstructor, arguments.count == 1, case .literal(.string(let text)) = arguments[0].kind,
            let problem = ExtensionLiteralCheck.problem(constructor: name, argument: text)
        {
            report(
                .functionArgumentValidation, "error during extension function argument validation: \(problem)",
                at: expr.span)
            failed = true
        }
        if mode.isStrict, function.isConstructor, !arguments.allSatisfy(\.isLiteral) {
            report(
                .nonLiteralExtensionConstructor,
                "extension constructors may not be called with non-literal expressions",
                at: expr.span,
                help:
                    "consider applying extension constructors inside attribute values when constructing entity or context data"
            )
            failed = true
        }
        if failed {
            for argument in arguments { _ = typecheck(argument, prior) }
            return .fail(returnType)
        }
        let answers = zip(arguments, function.parameterTypes).map { argument, parameter in
            expect(argument, prior, ValidatorType(parameter))
        }
        return .sequence(answers) { _ in .success(returnType) }
    }
}

extension Expr {
    /// Whether the expression is a literal value.
    var isLiteral: Bool {
        if case .literal = kind { return true }
        return false
    }
}
