import Testing

@testable import Cedar

// MARK: - Building expressions without the parser

func uid(_ type: String, _ id: String) -> EntityUID { EntityUID(type: Name(qualified: type), id: id) }
func lit(_ value: Value) -> Expr { Expr(.literal(value)) }
func long(_ n: Int64) -> Expr { lit(.long(n)) }
func str(_ s: String) -> Expr { lit(.string(s)) }
func bool(_ b: Bool) -> Expr { lit(.bool(b)) }
func ent(_ type: String, _ id: String) -> Expr { lit(.entity(uid(type, id))) }
func variable(_ v: Variable) -> Expr { Expr(.variable(v)) }
func bin(_ op: BinaryOperator, _ a: Expr, _ b: Expr) -> Expr { Expr(.binary(op, a, b)) }
func and(_ a: Expr, _ b: Expr) -> Expr { Expr(.and(a, b)) }
func or(_ a: Expr, _ b: Expr) -> Expr { Expr(.or(a, b)) }
func not(_ a: Expr) -> Expr { Expr(.not(a)) }
func neg(_ a: Expr) -> Expr { Expr(.negate(a)) }
func attr(_ a: Expr, _ name: String) -> Expr { Expr(.getAttribute(a, name)) }
func has(_ a: Expr, _ name: String) -> Expr { Expr(.hasAttribute(a, name)) }
func set(_ elements: [Expr]) -> Expr { Expr(.set(elements)) }
func record(_ fields: [(String, Expr)]) -> Expr { Expr(.record(fields.map { (key: $0.0, value: $0.1) })) }
func call(_ name: String, _ arguments: [Expr], method: Bool = false) -> Expr {
    Expr(.extensionCall(name: name, arguments: arguments, isMethod: method))
}
func like(_ a: Expr, _ pattern: String) -> Expr {
    // `*` is a wildcard, `\*` a literal star, as in Cedar source.
    var elements: [Pattern.Element] = []
    var escaped = false
    for scalar in pattern.unicodeScalars {
        if escaped {
            elements.append(.literal(scalar))
            escaped = false
        } else if scalar == "\\" {
            escaped = true
        } else {
            elements.append(scalar == "*" ? .wildcard : .literal(scalar))
        }
    }
    return Expr(.like(a, Pattern(elements)))
}

/// A small world: alice in team in org, a cycle between c1 and c2, a document with tags.
let world = Entities([
    Entity(
        uid: uid("User", "alice"),
        attributes: ["age": .long(30), "name": .string("Alice"), "address": .record(["city": .string("Paris")])],
        parents: [uid("Group", "team")]),
    Entity(uid: uid("Group", "team"), parents: [uid("Group", "org")]),
    Entity(uid: uid("Group", "org")),
    Entity(uid: uid("Group", "c1"), parents: [uid("Group", "c2")]),
    Entity(uid: uid("Group", "c2"), parents: [uid("Group", "c1")]),
    Entity(uid: uid("Doc", "d"), attributes: ["owner": .entity(uid("User", "alice"))], tags: ["level": .long(3)]),
])

let aliceRequest = Request(
    principal: uid("User", "alice"), action: uid("Action", "view"), resource: uid("Doc", "d"),
    context: ["ip": .string("10.0.0.1"), "n": .long(5)])

func eval(_ expr: Expr, entities: Entities = world, slots: [SlotID: EntityUID] = [:]) throws(EvaluationError) -> Value {
    try Evaluator(request: aliceRequest, entities: entities, slots: slots).evaluate(expr)
}

/// The error evaluating `expr` raises, or nil when it succeeds.
func evalError(_ expr: Expr, entities: Entities = world) -> EvaluationError? {
    do {
        _ = try eval(expr, entities: entities)
        return nil
    } catch {
        return error
    }
}

// MARK: - Tests

@Suite struct EvaluatorTests {
    @Test func variablesAndLiterals() throws {
        #expect(try eval(variable(.principal)) == .entity(uid("User", "alice")))
        #expect(try eval(variable(.action)) == .entity(uid("Action", "view")))
        #expect(try eval(variable(.resource)) == .entity(uid("Doc", "d")))
        #expect(try eval(attr(variable(.context), "n")) == .long(5))
        #expect(try eval(str("x")) == .string("x"))
        // A literal entity need not exist.
        #expect(try eval(ent("User", "ghost")) == .entity(uid("User", "ghost")))
    }

    @Test func notAndNegate() throws {
        #expect(try eval(not(bool(true))) == .bool(false))
        #expect(try eval(neg(long(5))) == .long(-5))
        #expect(evalError(not(long(1)))?.message == "type error: expected bool, got long")
        #expect(evalError(neg(str("a")))?.message == "type error: expected long, got string")
        let overflow = evalError(neg(lit(.long(.min))))
        #expect(overflow?.code == .overflow)
        #expect(overflow?.message == "integer overflow while attempting to negate the value `-9223372036854775808`")
    }

    @Test func andOrShortCircuit() throws {
        let failing = bin(.add, long(1), str("a"))
        #expect(try eval(and(bool(false), failing)) == .bool(false))
        #expect(try eval(or(bool(true), failing)) == .bool(true))
        #expect(evalError(and(bool(true), failing))?.message == "type error: expected long, got string")
        #expect(evalError(or(bool(false), failing)) != nil)
        #expect(evalError(and(bool(true), long(1)))?.message == "type error: expected bool, got long")
        #expect(evalError(and(long(1), bool(false)))?.message == "type error: expected bool, got long")
        #expect(evalError(or(str("x"), bool(true)))?.message == "type error: expected bool, got string")
        #expect(try eval(and(bool(true), bool(true))) == .bool(true))
        #expect(try eval(or(bool(false), bool(false))) == .bool(false))
    }

    @Test func ifThenElseEvaluatesOnlyTheChosenBranch() throws {
        let failing = attr(variable(.principal), "missing")
        #expect(try eval(Expr(.ifThenElse(bool(true), then: long(1), else: failing))) == .long(1))
        #expect(try eval(Expr(.ifThenElse(bool(false), then: failing, else: long(2)))) == .long(2))
        #expect(evalError(Expr(.ifThenElse(long(0), then: long(1), else: long(2))))?.code == .typeMismatch)
    }

    @Test func equalityNeverErrors() throws {
        #expect(try eval(bin(.equal, long(1), str("1"))) == .bool(false))
        #expect(try eval(bin(.notEqual, long(1), str("1"))) == .bool(true))
        #expect(try eval(bin(.equal, set([long(1), long(2)]), set([long(2), long(1), long(1)]))) == .bool(true))
        #expect(
            try eval(
                bin(.equal, record([("a", long(1)), ("b", str("x"))]), record([("b", str("x")), ("a", long(1))])))
                == .bool(true))
        #expect(try eval(bin(.equal, record([("a", long(1))]), record([("a", long(2))]))) == .bool(false))
        #expect(try eval(bin(.equal, variable(.principal), ent("User", "alice"))) == .bool(true))
        #expect(try eval(bin(.equal, ent("User", "alice"), ent("Admin", "alice"))) == .bool(false))
        #expect(
            try eval(
                bin(.equal, lit(.decimal(CedarDecimal(scaled: 10000))), lit(.decimal(CedarDecimal(scaled: 10000)))))
                == .bool(true))
        #expect(try eval(bin(.equal, lit(.decimal(CedarDecimal(scaled: 1))), long(1))) == .bool(false))
    }

    @Test func comparisons() throws {
        #expect(try eval(bin(.less, long(1), long(2))) == .bool(true))
        #expect(try eval(bin(.lessOrEqual, long(2), long(2))) == .bool(true))
        #expect(try eval(bin(.greater, long(2), long(2))) == .bool(false))
        #expect(try eval(bin(.greaterOrEqual, long(-1), long(-2))) == .bool(true))
        let early = lit(.datetime(CedarDatetime(milliseconds: 0)))
        let late = lit(.datetime(CedarDatetime(milliseconds: 1000)))
        #expect(try eval(bin(.less, early, late)) == .bool(true))
        #expect(try eval(bin(.greaterOrEqual, early, late)) == .bool(false))
        let short = lit(.duration(CedarDuration(milliseconds: -5)))
        #expect(try eval(bin(.greater, lit(.duration(CedarDuration(milliseconds: 1))), short)) == .bool(true))
    }

    @Test func comparisonTypeErrors() {
        let dec = lit(.decimal(CedarDecimal(scaled: 1)))
        let date = lit(.datetime(CedarDatetime(milliseconds: 0)))
        let dur = lit(.duration(CedarDuration(milliseconds: 0)))
        #expect(evalError(bin(.less, long(1), str("a")))?.message == "type error: expected long, got string")
        #expect(evalError(bin(.greater, str("a"), long(1)))?.message == "type error: expected long, got string")
        // Messages as Rust Cedar 4.12 words them (checked with cedarpy).
        #expect(
            evalError(bin(.less, dec, dec))?.message
                == "type error: expected one of [long, datetime, duration], got decimal")
        #expect(
            evalError(bin(.greaterOrEqual, str("a"), str("b")))?.message
                == "type error: expected one of [long, datetime, duration], got string")
        #expect(
            evalError(bin(.less, lit(.ipaddr(IPAddr(isIPv4: true, address: 1, prefixLength: 32))), long(1)))?.message
                == "type error: expected long, got ipaddr")
        #expect(evalError(bin(.less, date, dur))?.message == "type error: expected datetime, got duration")
        #expect(evalError(bin(.less, bool(true), dur))?.message == "type error: expected duration, got bool")
        #expect(evalError(bin(.less, long(1), date))?.code == .typeMismatch)
    }

    @Test func arithmeticOverflowIsAnError() throws {
        #expect(try eval(bin(.add, long(2), long(3))) == .long(5))
        #expect(try eval(bin(.subtract, long(2), long(3))) == .long(-1))
        #expect(try eval(bin(.multiply, long(-4), long(3))) == .long(-12))
        let add = evalError(bin(.add, lit(.long(.max)), long(1)))
        #expect(add?.code == .overflow)
        #expect(add?.message == "integer overflow while attempting to add the values `9223372036854775807` and `1`")
        #expect(evalError(bin(.subtract, lit(.long(.min)), long(1)))?.code == .overflow)
        #expect(evalError(bin(.multiply, lit(.long(.max)), long(2)))?.message.contains("multiply") == true)
        #expect(evalError(bin(.add, str("a"), long(1)))?.message == "type error: expected long, got string")
        #expect(evalError(bin(.multiply, long(1), bool(true)))?.message == "type error: expected long, got bool")
    }

    @Test func hierarchyMembership() throws {
        let alice = variable(.principal)
        #expect(try eval(bin(.in, alice, ent("User", "alice"))) == .bool(true))
        #expect(try eval(bin(.in, alice, ent("Group", "team"))) == .bool(true))
        #expect(try eval(bin(.in, alice, ent("Group", "org"))) == .bool(true))
        #expect(try eval(bin(.in, ent("Group", "org"), ent("Group", "team"))) == .bool(false))
        #expect(try eval(bin(.in, alice, set([ent("Group", "x"), ent("Group", "org")]))) == .bool(true))
        #expect(try eval(bin(.in, alice, set([]))) == .bool(false))
        // Missing entities are not errors: equal to themselves, in nothing else.
        #expect(try eval(bin(.in, ent("User", "ghost"), ent("User", "ghost"))) == .bool(true))
        #expect(try eval(bin(.in, ent("User", "ghost"), ent("Group", "org"))) == .bool(false))
        // Cycles terminate, and each member of a cycle is in the other.
        #expect(try eval(bin(.in, ent("Group", "c1"), ent("Group", "c2"))) == .bool(true))
        #expect(try eval(bin(.in, ent("Group", "c2"), ent("Group", "c1"))) == .bool(true))
        #expect(try eval(bin(.in, ent("Group", "c1"), ent("Group", "c1"))) == .bool(true))
    }

    @Test func hierarchyMembershipTypeErrors() {
        #expect(
            evalError(bin(.in, long(1), set([long(1)])))?.message
                == "type error: expected (entity of type `any_entity_type`), got long")
        #expect(
            evalError(bin(.in, variable(.principal), str("x")))?.message
                == "type error: expected one of [set, (entity of type `any_entity_type`)], got string")
        // Every element of the set must be an entity, even if another one matches.
        #expect(evalError(bin(.in, variable(.principal), set([ent("User", "alice"), long(1)])))?.code == .typeMismatch)
    }

    @Test func setOperations() throws {
        let s = set([long(1), long(2), str("x")])
        #expect(try eval(bin(.contains, s, long(2))) == .bool(true))
        #expect(try eval(bin(.contains, s, str("y"))) == .bool(false))
        #expect(try eval(bin(.containsAll, s, set([long(1), str("x")]))) == .bool(true))
        #expect(try eval(bin(.containsAll, s, set([long(1), long(3)]))) == .bool(false))
        #expect(try eval(bin(.containsAll, s, set([]))) == .bool(true))
        #expect(try eval(bin(.containsAny, s, set([long(3), str("x")]))) == .bool(true))
        #expect(try eval(bin(.containsAny, s, set([]))) == .bool(false))
        #expect(try eval(bin(.contains, set([set([long(1)])]), set([long(1), long(1)]))) == .bool(true))
        #expect(evalError(bin(.contains, long(1), long(1)))?.message == "type error: expected set, got long")
        #expect(evalError(bin(.containsAll, s, long(1)))?.message == "type error: expected set, got long")
        #expect(evalError(bin(.containsAny, str("a"), s))?.message == "type error: expected set, got string")
        #expect(try eval(call("isEmpty", [set([])], method: true)) == .bool(true))
        #expect(try eval(call("isEmpty", [s], method: true)) == .bool(false))
        #expect(evalError(call("isEmpty", [long(1)], method: true))?.message == "type error: expected set, got long")
        // `contains` reached as a method call behaves like the operator.
        #expect(try eval(call("contains", [s, long(1)], method: true)) == .bool(true))
    }

    @Test func attributes() throws {
        let alice = variable(.principal)
        #expect(try eval(attr(alice, "age")) == .long(30))
        #expect(try eval(attr(attr(alice, "address"), "city")) == .string("Paris"))
        #expect(try eval(attr(attr(variable(.resource), "owner"), "name")) == .string("Alice"))
        let missing = evalError(attr(alice, "salary"))
        #expect(missing?.code == .attributeNotFound)
        #expect(missing?.message == "`User::\"alice\"` does not have the attribute `salary`")
        #expect(evalError(attr(attr(alice, "address"), "zip"))?.message == "record does not have the attribute `zip`")
        let ghost = evalError(attr(ent("User", "ghost"), "age"))
        #expect(ghost?.code == .entityNotFound)
        #expect(ghost?.message == "entity `User::\"ghost\"` does not exist")
        #expect(
            evalError(attr(long(1), "a"))?.message
                == "type error: expected one of [record, (entity of type `any_entity_type`)], got long")
        // Tags are not attributes.
        #expect(evalError(attr(variable(.resource), "level"))?.code == .attributeNotFound)
    }

    @Test func hasAttribute() throws {
        #expect(try eval(has(variable(.principal), "age")) == .bool(true))
        #expect(try eval(has(variable(.principal), "salary")) == .bool(false))
        #expect(try eval(has(ent("User", "ghost"), "age")) == .bool(false))
        #expect(try eval(has(variable(.context), "ip")) == .bool(true))
        #expect(try eval(has(record([]), "ip")) == .bool(false))
        #expect(try eval(has(variable(.resource), "level")) == .bool(false))
        #expect(evalError(has(str("a"), "b"))?.code == .typeMismatch)
    }

    @Test func likePatterns() throws {
        #expect(try eval(like(str("hello"), "h*o")) == .bool(true))
        #expect(try eval(like(str("hello"), "*")) == .bool(true))
        #expect(try eval(like(str(""), "*")) == .bool(true))
        #expect(try eval(like(str(""), "")) == .bool(true))
        #expect(try eval(like(str("a"), "")) == .bool(false))
        #expect(try eval(like(str("hello"), "h*l")) == .bool(false))
        #expect(try eval(like(str("abcabc"), "*abc")) == .bool(true))
        #expect(try eval(like(str("a*b"), "a\\*b")) == .bool(true))
        #expect(try eval(like(str("axb"), "a\\*b")) == .bool(false))
        #expect(try eval(like(str("😀x🎉"), "*x?")) == .bool(false))
        #expect(try eval(like(str("😀x🎉"), "*x*")) == .bool(true))
        #expect(try eval(like(str("e\u{301}"), "e*")) == .bool(true))  // scalars, not grapheme clusters
        #expect(evalError(like(long(1), "*"))?.message == "type error: expected string, got long")
        // A pathological pattern stays fast.
        let text = String(repeating: "a", count: 5000)
        let pattern = String(repeating: "*a", count: 50) + "b"
        #expect(try eval(like(str(text), pattern)) == .bool(false))
    }

    @Test func isEntityType() throws {
        #expect(try eval(Expr(.isEntityType(variable(.principal), Name("User")))) == .bool(true))
        #expect(try eval(Expr(.isEntityType(variable(.principal), Name("User", namespace: ["NS"])))) == .bool(false))
        #expect(try eval(Expr(.isEntityType(ent("NS::User", "x"), Name("User", namespace: ["NS"])))) == .bool(true))
        #expect(evalError(Expr(.isEntityType(long(1), Name("User"))))?.code == .typeMismatch)
    }

    @Test func setAndRecordLiterals() throws {
        #expect(try eval(set([long(1), long(1), long(2)])) == .set([.long(1), .long(2)]))
        #expect(try eval(record([("a", bin(.add, long(1), long(1)))])) == .record(["a": .long(2)]))
        #expect(evalError(set([long(1), attr(variable(.principal), "nope")]))?.code == .attributeNotFound)
        #expect(evalError(record([("a", neg(lit(.long(.min))))]))?.code == .overflow)
    }

    @Test func tags() throws {
        let doc = variable(.resource)
        #expect(try eval(bin(.getTag, doc, str("level"))) == .long(3))
        #expect(try eval(bin(.hasTag, doc, str("level"))) == .bool(true))
        #expect(try eval(bin(.hasTag, doc, str("owner"))) == .bool(false))
        #expect(try eval(bin(.hasTag, ent("Doc", "ghost"), str("level"))) == .bool(false))
        let missing = evalError(bin(.getTag, doc, str("color")))
        #expect(missing?.code == .tagNotFound)
        #expect(missing?.message == "`Doc::\"d\"` does not have the tag `color`")
        #expect(evalError(bin(.getTag, ent("Doc", "ghost"), str("level")))?.code == .entityNotFound)
        #expect(evalError(bin(.getTag, doc, long(1)))?.message == "type error: expected string, got long")
        #expect(evalError(bin(.hasTag, str("d"), str("level")))?.code == .typeMismatch)
    }

    @Test func extensionCallErrors() {
        let unknown = evalError(call("nosuch", [str("x")]))
        #expect(unknown?.code == .extensionError)
        #expect(unknown?.message == "extension function `nosuch` does not exist")
        let arity = evalError(call("decimal", [str("1.0"), str("2.0")]))
        #expect(
            arity?.message == "wrong number of arguments provided to extension function `decimal`: expected 1, got 2")
        // Arguments are evaluated before the function is looked up.
        #expect(evalError(call("nosuch", [attr(long(1), "a")]))?.code == .typeMismatch)
    }

    @Test func slots() throws {
        let unlinked = evalError(Expr(.slot(.principal)))
        #expect(unlinked?.code == .unlinkedSlot)
        #expect(unlinked?.message == "template slot `?principal` was not linked")
        #expect(try eval(Expr(.slot(.resource)), slots: [.resource: uid("Doc", "d")]) == .entity(uid("Doc", "d")))
    }

    @Test func errorsCarryTheSpanOfTheFailingExpression() {
        let at = SourceSpan(
            start: SourcePosition(line: 3, column: 7, offset: 20), end: SourcePosition(line: 3, column: 9, offset: 22))
        let operand = Expr(.literal(.string("a")), span: at)
        #expect(evalError(and(bool(true), Expr(.negate(operand))))?.span == at)
        let outer = Expr(.getAttribute(variable(.context), "zzz"), span: at)
        #expect(evalError(and(bool(true), outer))?.span == at)
    }

    @Test func deepNestingIsAnErrorNotACrash() throws {
        var deep = bool(true)
        for _ in 0..<(Evaluator.maximumDepth + 10) { deep = not(deep) }
        #expect(evalError(deep)?.code == .nestingTooDeep)
        var shallow = bool(true)
        for _ in 0..<(Evaluator.maximumDepth - 2) { shallow = not(shallow) }
        #expect(try eval(shallow) == .bool(Evaluator.maximumDepth % 2 == 0))
        var sum = long(0)
        for _ in 0..<(Evaluator.maximumDepth - 2) {
            sum = Expr(.ifThenElse(bool(true), then: bin(.add, long(1), sum), else: sum))
        }
        #expect(evalError(sum)?.code == .nestingTooDeep)
        var records = long(7)
        for _ in 0..<(Evaluator.maximumDepth - 2) { records = attr(record([("a", records)]), "a") }
        #expect(evalError(records)?.code == .nestingTooDeep)
    }
}

/// The same semantics, written as Cedar source now that the parser exists.
@Suite struct EvaluatorSourceTests {
    func run(_ source: String) throws -> Value {
        try Evaluator(request: aliceRequest, entities: world).evaluate(Expr(parsing: source))
    }

    func failure(_ source: String) throws -> EvaluationError? {
        let expr = try Expr(parsing: source)
        do {
            _ = try Evaluator(request: aliceRequest, entities: world).evaluate(expr)
            return nil
        } catch {
            return error
        }
    }

    @Test func shortCircuitingInSource() throws {
        #expect(try run(#"false && (1 + "a" == 2)"#) == .bool(false))
        #expect(try run(#"true || principal.nope"#) == .bool(true))
        #expect(try failure(#"true && (1 + "a" == 2)"#)?.message == "type error: expected long, got string")
    }

    @Test func extensionFunctionsAndOperators() throws {
        #expect(try run(#"ip("127.0.0.1").isLoopback()"#) == .bool(true))
        #expect(try run(#"decimal("1.5").lessThan(decimal("2.25"))"#) == .bool(true))
        #expect(try run(#"datetime("2024-01-02") > datetime("2024-01-01")"#) == .bool(true))
        #expect(try run(#"duration("1h") == duration("60m")"#) == .bool(true))
        #expect(try run(#"[].isEmpty() && !["a"].isEmpty()"#) == .bool(true))
        #expect(try failure(#"decimal("1.0") < decimal("2.0")"#)?.code == .typeMismatch)
        #expect(try failure(#"decimal("x")"#)?.code == .extensionError)
    }

    @Test func errorsPointIntoTheSource() throws {
        let error = try failure("principal.age > 1 &&\n  context.missing")
        #expect(error?.message == "record does not have the attribute `missing`")
        #expect(error?.span?.start.line == 2)
        #expect(error?.span?.start.column == 3)
    }

    @Test func entitiesTagsAndPatterns() throws {
        #expect(try run(#"principal in Group::"org" && principal is User"#) == .bool(true))
        #expect(try run(#"resource.hasTag("level") && resource.getTag("level") == 3"#) == .bool(true))
        #expect(try run(#"principal.name like "A*e" && !("a*b" like "a\*c")"#) == .bool(true))
        #expect(try run(#"principal has address.city"#) == .bool(true))
        #expect(try run(#"{a: [1, 2], b: principal} == {b: User::"alice", a: [2, 1]}"#) == .bool(true))
    }
}
