/// Builds the concrete syntax tree of policy text that the regular `Parser` has already accepted.
///
/// It follows Cedar's grammar (Rust `grammar.lalrpop`) without its conversion rules, so it only needs to find
/// the shape; any surprise makes it give up (returns `nil`).
struct SyntaxTreeParser {
    struct Failure: Error {}

    let tokens: [Token]
    private var index = 0

    /// `tokens` without the final `.end` token.
    init(tokens: [Token]) {
        self.tokens = tokens
    }

    /// The policies of the text, or `nil` if it does not have the expected shape.
    static func parse(_ tokens: [Token]) -> [Syntax.PolicyNode]? {
        var parser = SyntaxTreeParser(tokens: tokens)
        var policies: [Syntax.PolicyNode] = []
        do {
            while parser.index < tokens.count {
                policies.append(try parser.policy())
            }
        } catch {
            return nil
        }
        return policies
    }

    // MARK: Tokens

    private var kind: Token.Kind { index < tokens.count ? tokens[index].kind : .end }

    private func peek(_ ahead: Int = 1) -> Token.Kind {
        index + ahead < tokens.count ? tokens[index + ahead].kind : .end
    }

    private mutating func advance() -> Int {
        defer { index += 1 }
        return index
    }

    private mutating func accept(_ k: Token.Kind) -> Bool {
        guard kind == k else { return false }
        index += 1
        return true
    }

    @discardableResult
    private mutating func expect(_ k: Token.Kind) throws(Failure) -> Int {
        guard kind == k else { throw Failure() }
        return advance()
    }

    private mutating func identifier() throws(Failure) -> Int {
        guard kind.isIdentifierLike else { throw Failure() }
        return advance()
    }

    private func span(from first: Int) -> Syntax.Span { Syntax.Span(first: first, last: index - 1) }

    // MARK: Policies

    private mutating func policy() throws(Failure) -> Syntax.PolicyNode {
        let first = index
        var annotations: [Syntax.AnnotationNode] = []
        while kind == .at {
            let start = advance()
            let key = try identifier()
            var value: Int?
            if accept(.leftParen) {
                value = try expect(.string)
                try expect(.rightParen)
            }
            annotations.append(Syntax.AnnotationNode(span: span(from: start), key: key, value: value))
        }
        let effect = try identifier()
        try expect(.leftParen)
        var variables: [Syntax.VariableNode] = []
        while kind != .rightParen {
            variables.append(try variable())
            if !accept(.comma) { break }
        }
        try expect(.rightParen)
        guard variables.count == 3 else { throw Failure() }
        var conditions: [Syntax.ConditionNode] = []
        while kind != .semicolon {
            let start = index
            let keyword = try identifier()
            try expect(.leftBrace)
            let body = kind == .rightBrace ? nil : try expr()
            try expect(.rightBrace)
            conditions.append(Syntax.ConditionNode(span: span(from: start), keyword: keyword, body: body))
        }
        try expect(.semicolon)
        return Syntax.PolicyNode(
            span: span(from: first), annotations: annotations, effect: effect, variables: variables,
            conditions: conditions)
    }

    private mutating func variable() throws(Failure) -> Syntax.VariableNode {
        let start = index
        let variable = try identifier()
        var entityType: Syntax.AddNode?
        if accept(.is) { entityType = try add() }
        var constraint: (op: Int, rhs: Syntax.ExprNode)?
        if kind == .equalEqual || kind == .in {
            let op = advance()
            constraint = (op, try expr())
        }
        return Syntax.VariableNode(
            span: span(from: start), variable: variable, entityType: entityType, constraint: constraint)
    }

    // MARK: Expressions

    private mutating func expr() throws(Failure) -> Syntax.ExprNode {
        let start = index
        if accept(.ifKeyword) {
            let condition = try expr()
            try expect(.then)
            let then = try expr()
            try expect(.else)
            let otherwise = try expr()
            return Syntax.ExprNode(span: span(from: start), kind: .ifThenElse(condition, then, otherwise))
        }
        let or = try or(start)
        return Syntax.ExprNode(span: or.span, kind: .or(or))
    }

    private mutating func or(_ start: Int) throws(Failure) -> Syntax.OrNode {
        var operands = [try and()]
        while accept(.orOr) { operands.append(try and()) }
        return Syntax.OrNode(span: span(from: start), operands: operands)
    }

    private mutating func and() throws(Failure) -> Syntax.AndNode {
        let start = index
        var operands = [try relation()]
        while accept(.andAnd) { operands.append(try relation()) }
        return Syntax.AndNode(span: span(from: start), operands: operands)
    }

    private static func isRelational(_ kind: Token.Kind) -> Bool {
        switch kind {
        case .equalEqual, .notEqual, .less, .lessEqual, .greater, .greaterEqual, .in: true
        default: false
        }
    }

    private mutating func relation() throws(Failure) -> Syntax.RelationNode {
        let start = index
        let first = try add()
        let kind: Syntax.RelationNode.Kind
        if accept(.has) {
            kind = .has(first, field: try add())
        } else if accept(.like) {
            kind = .like(first, pattern: try add())
        } else if accept(.is) {
            let type = try add()
            kind = .isIn(first, type: type, in: accept(.in) ? try add() : nil)
        } else {
            var rest: [(op: Int, Syntax.AddNode)] = []
            while Self.isRelational(self.kind) {
                let op = advance()
                rest.append((op, try add()))
            }
            kind = .common(first, rest)
        }
        return Syntax.RelationNode(span: span(from: start), kind: kind)
    }

    private mutating func add() throws(Failure) -> Syntax.AddNode {
        let start = index
        let first = try mult()
        var rest: [(op: Int, Syntax.MultNode)] = []
        while kind == .plus || kind == .minus {
            let op = advance()
            rest.append((op, try mult()))
        }
        return Syntax.AddNode(span: span(from: start), initial: first, rest: rest)
    }

    private mutating func mult() throws(Failure) -> Syntax.MultNode {
        let start = index
        let first = try unary()
        var rest: [(op: Int, Syntax.UnaryNode)] = []
        while kind == .star || kind == .slash || kind == .percent {
            let op = advance()
            rest.append((op, try unary()))
        }
        return Syntax.MultNode(span: span(from: start), initial: first, rest: rest)
    }

    private mutating func unary() throws(Failure) -> Syntax.UnaryNode {
        let start = index
        var operators: [Int] = []
        if kind == .bang || kind == .minus {
            let op = kind
            while kind == op { operators.append(advance()) }
        }
        let member = try member()
        return Syntax.UnaryNode(span: span(from: start), operators: operators, member: member)
    }

    private mutating func member() throws(Failure) -> Syntax.MemberNode {
        let start = index
        let primary = try primary()
        var accesses: [Syntax.AccessNode] = []
        while true {
            let accessStart = index
            if accept(.dot) {
                let name = try identifier()
                accesses.append(Syntax.AccessNode(span: span(from: accessStart), kind: .field(name)))
            } else if accept(.leftParen) {
                let arguments = try list(closing: .rightParen)
                accesses.append(Syntax.AccessNode(span: span(from: accessStart), kind: .call(arguments)))
            } else if accept(.leftBracket) {
                let inner = try expr()
                try expect(.rightBracket)
                accesses.append(Syntax.AccessNode(span: span(from: accessStart), kind: .index(inner)))
            } else {
                break
            }
        }
        return Syntax.MemberNode(span: span(from: start), primary: primary, accesses: accesses)
    }

    /// `E, E, …` with an optional trailing comma, then `closing`.
    private mutating func list(closing: Token.Kind) throws(Failure) -> [Syntax.ExprNode] {
        var elements: [Syntax.ExprNode] = []
        while kind != closing {
            elements.append(try expr())
            if !accept(.comma) { break }
        }
        try expect(closing)
        return elements
    }

    private mutating func primary() throws(Failure) -> Syntax.PrimaryNode {
        let start = index
        let kind: Syntax.PrimaryNode.Kind
        switch self.kind {
        case .number, .string, .trueKeyword, .falseKeyword:
            kind = .literal(advance())
        case .principalSlot, .resourceSlot, .otherSlot:
            kind = .slot(advance())
        case .leftParen:
            index += 1
            let inner = try expr()
            try expect(.rightParen)
            kind = .parenthesized(inner)
        case .leftBracket:
            index += 1
            kind = .list(try list(closing: .rightBracket))
        case .leftBrace:
            index += 1
            var entries: [(key: Syntax.ExprNode, value: Syntax.ExprNode)] = []
            while self.kind != .rightBrace {
                let key = try expr()
                try expect(.colon)
                entries.append((key, try expr()))
                if !accept(.comma) { break }
            }
            try expect(.rightBrace)
            kind = .record(entries)
        default:
            guard self.kind.isIdentifierLike && self.kind != .ifKeyword else { throw Failure() }
            var parts = [advance()]
            while self.kind == .doubleColon && peek().isIdentifierLike {
                index += 1
                parts.append(advance())
            }
            let name = Syntax.NameNode(span: span(from: start), parts: parts)
            if self.kind == .doubleColon && peek() == .string {
                index += 1
                kind = .entity(name, id: advance())
            } else {
                kind = .name(name)
            }
        }
        return Syntax.PrimaryNode(span: span(from: start), kind: kind)
    }
}
