import Testing

@testable import Cedar

/// Evaluation of deeply nested expressions and values on a 512 KB thread stack: the deepest nesting the
/// evaluator accepts must fit, anything deeper must be an error, never a crash.
@Suite struct EvaluatorStackTests {
    /// Ways an expression can nest, each wrapping `inner` once; `cost` is the evaluator depth one wrap uses.
    static let shapes: [(name: String, cost: Int, wrap: @Sendable (Expr) -> Expr)] = [
        ("not", 2, { not(not($0)) }),
        ("if", 1, { Expr(.ifThenElse(bool(true), then: $0, else: bool(false))) }),
        ("right operand of &&", 1, { and(bool(true), $0) }),
        ("right operand of ||", 1, { or(bool(false), $0) }),
        ("right operand of ==", 1, { bin(.equal, bool(true), $0) }),
        ("record field", 3, { bin(.equal, attr(record([("a", $0)]), "a"), bool(true)) }),
        ("set element", 2, { bin(.contains, set([$0]), bool(true)) }),
        ("method argument", 1, { call("contains", [lit(.set([.bool(true)])), $0], method: true) }),
        (
            "extension argument", 3,
            {
                call(
                    "isIpv4", [call("ip", [Expr(.ifThenElse($0, then: str("1.2.3.4"), else: str("::1")))])],
                    method: true)
            }
        ),
    ]

    func nested(_ shape: Int, levels: Int) -> Expr {
        var expr = bool(true)
        for _ in 0..<levels { expr = Self.shapes[shape].wrap(expr) }
        return expr
    }

    func evaluateOnSmallStack(_ expr: Expr) -> Result<Value, EvaluationError> {
        onSmallStack {
            do throws(EvaluationError) {
                return .success(try Evaluator(request: aliceRequest, entities: world).evaluate(expr))
            } catch {
                return .failure(error)
            }
        }
    }

    @Test(arguments: shapes.indices) func deepestAcceptedNestingFits(shape: Int) {
        let levels = (Evaluator.maximumDepth - 1) / Self.shapes[shape].cost
        let result = evaluateOnSmallStack(nested(shape, levels: levels))
        #expect(result == .success(.bool(true)), "\(Self.shapes[shape].name)")
    }

    /// Every wrap costs at least one level (`cost` is an upper bound: deep in a chain, links may share one).
    @Test(arguments: shapes.indices) func deeperNestingIsAnError(shape: Int) {
        let levels = Evaluator.maximumDepth + 1
        let result = evaluateOnSmallStack(nested(shape, levels: levels))
        guard case .failure(let error) = result else {
            Issue.record("\(Self.shapes[shape].name): evaluated to \(result)")
            return
        }
        #expect(error.code == .nestingTooDeep)
    }

    /// A chain of left-associative operators nests as deep as it is long, yet is no nesting to whoever wrote
    /// it (a generated allow-list of hundreds of `||` alternatives, say); such chains must evaluate.
    @Test func longChainsEvaluate() throws {
        let length = 6 * Evaluator.maximumDepth
        func chain(_ operand: String, _ op: String, last: String) -> String {
            Array(repeating: operand, count: length - 1).joined(separator: " \(op) ") + " \(op) \(last)"
        }
        let cases: [(source: String, value: Value)] = [
            (chain("false", "||", last: "true"), .bool(true)),
            (chain("true", "&&", last: "false"), .bool(false)),
            (chain("2", "+", last: "3"), .long(Int64(2 * length + 1))),
            (chain("(1 - 1)", "-", last: "1"), .long(-1)),
            ("(" + chain("false", "||", last: "true") + ") && " + chain("true", "&&", last: "true"), .bool(true)),
        ]
        for (source, value) in cases {
            let expr = try Expr(parsing: source)
            #expect(evaluateOnSmallStack(expr) == .success(value), "\(source.prefix(40))…")
        }
    }

    @Test func longAttributeChainsEvaluate() throws {
        let length = 2 * Evaluator.maximumDepth
        var value = Value.long(7)
        for _ in 1..<length { value = .record(["a": value]) }
        let request = Request(
            principal: uid("User", "alice"), action: uid("Action", "view"),
            resource: uid("Doc", "d"), context: ["a": value])
        let path = "context" + String(repeating: ".a", count: length - 1)
        for (source, expected) in [(path + ".a == 7", Value.bool(true)), (path + " has a", .bool(true))] {
            let expr = try Expr(parsing: source)
            let result = onSmallStack { () -> Result<Value, EvaluationError> in
                do throws(EvaluationError) {
                    return .success(try Evaluator(request: request, entities: world).evaluate(expr))
                } catch {
                    return .failure(error)
                }
            }
            #expect(result == .success(expected), "\(source.suffix(20))")
        }
    }

    @Test func anErrorInALongChainIsReportedWhereItHappened() throws {
        let length = 6 * Evaluator.maximumDepth
        let source = Array(repeating: "true", count: length).joined(separator: " && ") + " && 1 && true"
        let result = evaluateOnSmallStack(try Expr(parsing: source))
        guard case .failure(let error) = result else {
            Issue.record("evaluated to \(result)")
            return
        }
        #expect(error.code == .typeMismatch)
        #expect(error.message == "type error: expected bool, got long")
        #expect(error.span?.start.offset == 8 * length)
        #expect(error.span?.end.offset == 8 * length + 1)
    }
}
