import Testing

@testable import Cedar

/// Expressions: every construct, Cedar's precedence and associativity, literals and escapes.
@Suite struct ParserExpressionTests {
    func e(_ source: String) throws -> Expr { try Expr(parsing: source) }
    func kind(_ source: String) throws -> Expr.Kind { try e(source).kind }

    func lit(_ v: Int64) -> Expr { Expr(.literal(.long(v))) }
    func str(_ s: String) -> Expr { Expr(.literal(.string(s))) }
    func variable(_ v: Variable) -> Expr { Expr(.variable(v)) }
    func uid(_ type: String, _ id: String) -> EntityUID { EntityUID(type: Name(qualified: type), id: id) }

    @Test func literals() throws {
        #expect(try kind("true") == .literal(.bool(true)))
        #expect(try kind("false") == .literal(.bool(false)))
        #expect(try kind("42") == .literal(.long(42)))
        #expect(try kind("\"hi\"") == .literal(.string("hi")))
        #expect(try kind("User::\"alice\"") == .literal(.entity(uid("User", "alice"))))
        #expect(try kind("A::B::C::\"x\"") == .literal(.entity(uid("A::B::C", "x"))))
        #expect(try kind("permit::\"x\"") == .literal(.entity(uid("permit", "x"))))
    }

    @Test func integerLimits() throws {
        #expect(try kind("9223372036854775807") == .literal(.long(.max)))
        #expect(try kind("-9223372036854775808") == .literal(.long(.min)))
        #expect(throws: Diagnostics.self) { try e("9223372036854775808") }
        #expect(throws: Diagnostics.self) { try e("-9223372036854775809") }
        #expect(throws: Diagnostics.self) { try e("-(9223372036854775808)") }
        #expect(throws: Diagnostics.self) { try e("99999999999999999999999") }
        #expect(try kind("--9223372036854775808") == .negate(lit(.min)))
        #expect(try kind("-(5)") == .negate(lit(5)))
        #expect(try kind("-5") == .literal(.long(-5)))
        #expect(try kind("--5") == .negate(lit(-5)))
    }

    @Test func variablesAndSlots() throws {
        for v in Variable.allCases { #expect(try kind(v.rawValue) == .variable(v)) }
        #expect(try kind("?principal") == .slot(.principal))
        #expect(try kind("?resource") == .slot(.resource))
        #expect(throws: Diagnostics.self) { try e("?action") }
    }

    @Test func stringEscapes() throws {
        #expect(try kind(#""\n\r\t\\\0\'\"""#) == .literal(.string("\n\r\t\\\0'\"")))
        #expect(try kind(#""\x41\x7F""#) == .literal(.string("A\u{7F}")))
        #expect(try kind(#""\u{1F600}\u{0}\u{1_0}""#) == .literal(.string("😀\u{0}\u{10}")))
        #expect(try kind("\"multi\nline\"") == .literal(.string("multi\nline")))
        for bad in [
            #""\q""#, #""\x80""#, #""\u{}""#, #""\u{_1}""#, #""\u{D800}""#, #""\u{110000}""#,
            #""\u{0000041}""#, #""\*""#, "\"a\rb\"",
        ] {
            #expect(throws: Diagnostics.self, "\(bad)") { try e(bad) }
        }
    }

    @Test func likePatterns() throws {
        let pattern: [Pattern.Element] = [.literal("a"), .wildcard, .literal("*"), .literal("b")]
        #expect(
            try kind(#"context.x like "a*\*b""#)
                == .like(Expr(.getAttribute(variable(.context), "x")), Pattern(pattern)))
        #expect(throws: Diagnostics.self) { try e(#""a" like ("a")"#) }
        #expect(throws: Diagnostics.self) { try e(#""a" like "\q""#) }
    }

    @Test func collections() throws {
        #expect(try kind("[]") == .set([]))
        #expect(try kind("[1, 2,]") == .set([lit(1), lit(2)]))
        let record = try kind(#"{a: 1, "b c": 2, principal: 3, if2: 4}"#)
        guard case .record(let entries) = record else {
            Issue.record("not a record: \(record)")
            return
        }
        #expect(entries.map(\.key) == ["a", "b c", "principal", "if2"])
        #expect(throws: Diagnostics.self) { try e("{a: 1, \"a\": 2}") }
        #expect(throws: Diagnostics.self) { try e("{if: 1}") }
        #expect(throws: Diagnostics.self) { try e("{true: 1}") }
        #expect(throws: Diagnostics.self) { try e("{A::B: 1}") }
        #expect(throws: Diagnostics.self) { try e("{1: 1}") }
    }

    @Test func memberAccessAndMethods() throws {
        let p = variable(.principal)
        #expect(try kind("principal.name") == .getAttribute(p, "name"))
        #expect(try kind(#"principal["first name"]"#) == .getAttribute(p, "first name"))
        #expect(try kind("principal.a.b") == .getAttribute(Expr(.getAttribute(p, "a")), "b"))
        #expect(try kind("principal.when") == .getAttribute(p, "when"))
        #expect(throws: Diagnostics.self) { try e("principal.then") }
        #expect(try kind("[1].contains(1)") == .binary(.contains, Expr(.set([lit(1)])), lit(1)))
        #expect(try kind("[1].containsAll([1])") == .binary(.containsAll, Expr(.set([lit(1)])), Expr(.set([lit(1)]))))
        #expect(try kind("[1].containsAny([1])") == .binary(.containsAny, Expr(.set([lit(1)])), Expr(.set([lit(1)]))))
        #expect(try kind(#"principal.getTag("t")"#) == .binary(.getTag, p, str("t")))
        #expect(try kind(#"principal.hasTag("t")"#) == .binary(.hasTag, p, str("t")))
        #expect(
            try kind("[].isEmpty()") == .extensionCall(name: "isEmpty", arguments: [Expr(.set([]))], isMethod: true))
        #expect(
            try kind(#"ip("10.0.0.1").isInRange(ip("10.0.0.0/8"))"#)
                == .extensionCall(
                    name: "isInRange",
                    arguments: [
                        Expr(.extensionCall(name: "ip", arguments: [str("10.0.0.1")], isMethod: false)),
                        Expr(.extensionCall(name: "ip", arguments: [str("10.0.0.0/8")], isMethod: false)),
                    ], isMethod: true))
        #expect(
            try kind(#"decimal("1.5", "x")"#)
                == .extensionCall(name: "decimal", arguments: [str("1.5"), str("x")], isMethod: false))
    }

    @Test func callErrors() throws {
        for bad in [
            "foo(1)", "principal.foo()", "[].contains(1, 2)", "[].contains()", "[].isEmpty(1)",
            #"principal.getTag("a", "b")"#,
            #"principal.ip("1")"#, "isIpv4(principal)", "contains([1], 1)", #"A::ip("1")"#, "principal(1)", "(1)(2)",
            "A::B.c", "A::B.c()", #"A::B["c"]"#, "principal[a]", "foo", "A::B",
        ] {
            #expect(throws: Diagnostics.self, "\(bad)") { try e(bad) }
        }
    }

    @Test func hasDesugarsAttributePaths() throws {
        let p = variable(.principal)
        #expect(try kind("principal has name") == .hasAttribute(p, "name"))
        #expect(try kind(#"principal has "first name""#) == .hasAttribute(p, "first name"))
        #expect(try kind("principal has principal") == .hasAttribute(p, "principal"))
        let a = Expr(.getAttribute(p, "a"))
        let ab = Expr(.getAttribute(a, "b"))
        let expected: Expr.Kind = .and(
            Expr(.and(Expr(.hasAttribute(p, "a")), Expr(.hasAttribute(a, "b")))), Expr(.hasAttribute(ab, "c")))
        #expect(try kind("principal has a.b.c") == expected)
        for bad in [
            "principal has a.if", #"principal has "a".b"#, "principal has a + 1", "principal has a(1)",
            "principal has A::b",
            "principal has 1", "principal has true", "principal has in", "principal has if", "context has __cedar",
        ] {
            #expect(throws: Diagnostics.self, "\(bad)") { try e(bad) }
        }
    }

    @Test func isAndIsIn() throws {
        let p = variable(.principal)
        #expect(try kind("principal is User") == .isEntityType(p, Name("User")))
        #expect(try kind("principal is A::B") == .isEntityType(p, Name("B", namespace: ["A"])))
        let group = Expr(.literal(.entity(uid("Group", "g"))))
        #expect(
            try kind(#"principal is User in Group::"g""#)
                == .and(Expr(.isEntityType(p, Name("User"))), Expr(.binary(.in, p, group))))
        #expect(throws: Diagnostics.self) { try e(#"principal is "User""#) }
        #expect(throws: Diagnostics.self) { try e("principal is User is User") }
    }

    @Test func precedence() throws {
        let pairs: [(String, String)] = [
            ("1 + 2 * 3", "1 + (2 * 3)"),
            ("1 - 2 - 3", "(1 - 2) - 3"),
            ("1 * 2 * 3", "(1 * 2) * 3"),
            ("true || false && true", "true || (false && true)"),
            ("true && false || true", "(true && false) || true"),
            (
                "a || b || c".replacingOccurrences(of: "a", with: "true").replacingOccurrences(of: "b", with: "false")
                    .replacingOccurrences(of: "c", with: "true"), "(true || false) || true"
            ),
            ("1 + 2 < 3 * 4", "(1 + 2) < (3 * 4)"),
            ("1 < 2 && 3 < 4", "(1 < 2) && (3 < 4)"),
            ("!true && false", "(!true) && false"),
            ("-1 + 2", "(-1) + 2"),
            ("!principal.a", "!(principal.a)"),
            ("-principal.a", "-(principal.a)"),
            ("principal.a.b == 1", "((principal.a).b) == 1"),
            ("principal in Group::\"g\" && true", "(principal in Group::\"g\") && true"),
            ("principal has a && true", "(principal has a) && true"),
            ("principal is User && true", "(principal is User) && true"),
            ("\"a\" like \"*\" || false", "(\"a\" like \"*\") || false"),
            ("if true then 1 else 2 + 3", "if true then 1 else (2 + 3)"),
            ("if true then false else true || false", "if true then false else (true || false)"),
            ("1 + 2 == 3 - 0", "(1 + 2) == (3 - 0)"),
            ("[1, 2].contains(1) && true", "([1, 2].contains(1)) && true"),
            ("!!true", "!(!true)"),
        ]
        for (written, explicit) in pairs {
            #expect(try e(written) == e(explicit), "\(written)")
        }
        #expect(try kind("1 != 2") == .binary(.notEqual, lit(1), lit(2)))
        #expect(try e("1 + 2 * 3") != e("(1 + 2) * 3"))
    }

    @Test func relationsDoNotChain() throws {
        for bad in [
            "1 < 2 < 3", "1 == 2 == 3", "principal has a has b", "principal has a == true", "1 = 1", "1 / 2", "1 % 2",
        ] {
            #expect(throws: Diagnostics.self, "\(bad)") { try e(bad) }
        }
    }

    @Test func unaryLimits() throws {
        let t = Expr(.literal(.bool(true)))
        #expect(try kind("!!!!true") == .not(Expr(.not(Expr(.not(Expr(.not(t))))))))
        #expect(throws: Diagnostics.self) { try e("!!!!!true") }
        #expect(throws: Diagnostics.self) { try e("-----1") }
        #expect(throws: Diagnostics.self) { try e("!-1") }
        #expect(throws: Diagnostics.self) { try e("-!1") }
    }

    @Test func ifThenElse() throws {
        #expect(
            try kind("if true then 1 else 2") == .ifThenElse(Expr(.literal(.bool(true))), then: lit(1), else: lit(2)))
        #expect(throws: Diagnostics.self) { try e("1 + if true then 1 else 2") }
        #expect(try e("[if true then 1 else 2]") == e("[(if true then 1 else 2)]"))
    }

    @Test func reservedIdentifiers() throws {
        for bad in [
            #"if::"x""#, #"A::true::"x""#, #"A::in::"x""#, #"__cedar::A::"x""#, #"A::__cedar::"x""#, "context.__cedar",
            "context.if", "context.in", "principal is __cedar",
        ] {
            #expect(throws: Diagnostics.self, "\(bad)") { try e(bad) }
        }
        #expect(try kind("context.permit") == .getAttribute(variable(.context), "permit"))
        #expect(try kind(#"context["__cedar"]"#) == .getAttribute(variable(.context), "__cedar"))
    }

    @Test func whitespaceAndComments() throws {
        #expect(try e("1 +\u{00A0}2 // trailing\n") == e("1 + 2"))
        #expect(try e("1\n+\r\n// comment\n2") == e("1 + 2"))
    }

    @Test func spansPointAtTheSource() throws {
        let expr = try Expr(parsing: "true &&\n  principal.age", file: "x.cedar")
        guard case .and(_, let right) = expr.kind else {
            Issue.record("not an and: \(expr)")
            return
        }
        #expect(right.span?.description == "x.cedar:2:3")
        #expect(right.span?.end.column == 16)
    }

    @Test func entityUIDsAndNames() throws {
        #expect(try EntityUID(parsing: #"User::"alice""#) == uid("User", "alice"))
        #expect(try EntityUID(parsing: #"A::B::"x\ty""#) == uid("A::B", "x\ty"))
        #expect(throws: Diagnostics.self) { try EntityUID(parsing: "User") }
        #expect(throws: Diagnostics.self) { try EntityUID(parsing: #"User::"a" + 1"#) }
        #expect(throws: Diagnostics.self) { try EntityUID(parsing: #"if::"a""#) }
        #expect(try Name(parsing: "A::B::C") == Name("C", namespace: ["A", "B"]))
        #expect(try Name(parsing: "principal") == Name("principal"))
        #expect(throws: Diagnostics.self) { try Name(parsing: "A::in") }
        #expect(throws: Diagnostics.self) { try Name(parsing: "A::") }
        #expect(throws: Diagnostics.self) { try Name(parsing: "") }
    }
}
