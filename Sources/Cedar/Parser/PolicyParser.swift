/// Parses Cedar policy text.
public enum PolicyParser {
    /// Every policy and template in `source`, in order, with Cedar's positional ids `policy0`, `policy1`, ….
    ///
    /// Throws all the problems found (several when it can), each with its `file:line:column`.
    public static func parsePolicies(_ source: String, file: String? = nil) throws(Diagnostics) -> [Policy] {
        var parser = Parser(source: source, file: file)
        let policies = parser.parsePolicies()
        try parser.finish()
        return policies
    }
}

extension Parser {
    /// Throws the collected diagnostics, in source order, if there are any.
    func finish() throws(Diagnostics) {
        guard !diagnostics.isEmpty else { return }
        let ordered = diagnostics.enumerated().sorted { a, b in
            let x = a.element.span?.start.offset ?? Int.max
            let y = b.element.span?.start.offset ?? Int.max
            return x != y ? x < y : a.offset < b.offset
        }
        throw Diagnostics(ordered.map(\.element))
    }

    /// Parses the whole input as one thing with `body`, requiring the end of input after it.
    static func parseAll<T>(
        _ source: String, file: String?, _ what: String, _ body: (inout Parser) throws(Abort) -> T
    ) throws(Diagnostics) -> T {
        var parser = Parser(source: source, file: file)
        var result: T?
        do throws(Abort) {
            result = try body(&parser)
            if parser.kind != .end { throw parser.unexpected("expected end of input after the \(what)") }
        } catch {
            parser.diagnostics.append(error.diagnostic)
        }
        try parser.finish()
        guard let result else { throw Diagnostics([Diagnostic("could not parse the \(what)")]) }
        return result
    }
}

extension PolicySet {
    /// Parses policy text: static policies go to `policies`, policies with slots to `templates`, with ids
    /// `policy0`, `policy1`, … counted over both in file order.
    public init(parsing source: String, file: String? = nil) throws(Diagnostics) {
        self.init()
        for policy in try PolicyParser.parsePolicies(source, file: file) {
            do throws(Diagnostic) {
                if policy.isTemplate { try addTemplate(policy) } else { try add(policy) }
            } catch {
                throw Diagnostics([error])
            }
        }
    }
}

extension Expr {
    /// Parses one Cedar expression, such as `principal.age >= 18 && resource in Folder::"docs"`.
    public init(parsing source: String, file: String? = nil) throws(Diagnostics) {
        self = try Parser.parseAll(source, file: file, "expression") { (parser: inout Parser) throws(Parser.Abort) in
            try parser.expression()
        }
    }
}

extension EntityUID {
    /// Parses an entity uid such as `User::"alice"` or `App::Doc::"readme"`.
    public init(parsing source: String) throws(Diagnostics) {
        self = try Parser.parseAll(source, file: nil, "entity uid") { (parser: inout Parser) throws(Parser.Abort) in
            let start = parser.current.start
            let operand = try parser.parsePrimary()
            if case .expr(let e) = operand, case .literal(.entity(let uid)) = e.kind, parser.kind == .end { return uid }
            if case .invalid = operand {
                return EntityUID(type: Name(""), id: "")
            }
            parser.report(
                "expected an entity uid such as `User::\"alice\"`, found `\(parser.text(start, parser.lastEnd))`",
                start, parser.lastEnd)
            return EntityUID(type: Name(""), id: "")
        }
    }
}

extension Name {
    /// Parses a possibly namespaced name such as `User` or `App::Doc`, rejecting reserved identifiers.
    public init(parsing source: String) throws(Diagnostics) {
        self = try Parser.parseAll(source, file: nil, "name") { (parser: inout Parser) throws(Parser.Abort) in
            guard parser.kind.isIdentifierLike else { throw parser.unexpected("expected a name") }
            var components = [parser.advance()]
            while parser.kind == .doubleColon {
                parser.advance()
                guard parser.kind.isIdentifierLike else { throw parser.unexpected("expected an identifier after `::`") }
                components.append(parser.advance())
            }
            return parser.checkedName(components) ?? Name("")
        }
    }
}
