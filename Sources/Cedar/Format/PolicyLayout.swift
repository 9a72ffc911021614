/// Turns the concrete syntax of policies into layout documents, rule by rule as Rust's
/// `cedar-policy-formatter` does (`pprint/doc.rs`), placing each comment where that formatter does.
///
/// Comments are taken from the tokens as the rules ask for them, in the same order as the Rust rules ask, so
/// a comment that two rules could claim goes to the same one.
///
/// Where Cedar 4.12's output differs from the published rules, the output wins: records are `{ k: v, … }` broken
/// one entry per line, only their inside grouped; an index `[e]` never breaks; an empty call is `()`; a call's
/// `(` stays outside the arguments' indentation.
struct PolicyLayout {
    var comments: CommentedTokens
    let bytes: [UInt8]
    let indent: Int

    init(comments: CommentedTokens, bytes: [UInt8], indent: Int = 2) {
        self.comments = comments
        self.bytes = bytes
        self.indent = indent
    }

    // MARK: Comments

    /// The source text of token `index`.
    func text(_ index: Int) -> String {
        let token = comments.tokens[index]
        return String(decoding: bytes[token.start..<token.end], as: UTF8.self)
    }

    /// Leading comment lines, each on its own line (`get_leading_comment_doc_from_str`).
    static func leading(_ lines: [String]) -> Layout {
        guard !lines.isEmpty else { return .empty }
        return Layout.hardLine.then(.joined(lines.map { .comment($0) }, separator: .hardLine)).then(.hardLine)
    }

    /// A trailing comment and the line break it forces, or `otherwise` when there is none
    /// (`get_trailing_comment_doc_from_str`).
    static func trailing(_ comment: String, otherwise: Layout = .empty) -> Layout {
        guard !comment.isEmpty else { return otherwise }
        return Layout.space.then(.comment(comment)).then(.commentBreak)
    }

    /// `doc` with its comments around it (`add_comment`).
    static func commented(_ doc: Layout, _ comment: TokenComments, otherwise: Layout = .empty) -> Layout {
        leading(comment.leading).then(doc).then(trailing(comment.trailing, otherwise: otherwise))
    }

    /// The text of token `index` with the comments of that token.
    mutating func token(_ index: Int, otherwise: Layout = .empty) -> Layout {
        Self.commented(.text(text(index)), comments.take(index), otherwise: otherwise)
    }

    // MARK: Policies

    mutating func policy(_ policy: Syntax.PolicyNode) -> Layout {
        var annotations = Layout.empty
        for annotation in policy.annotations { annotations = annotations.then(self.annotation(annotation)) }
        let effectLeading = comments.takeLeading(policy.effect)
        let effect = token(policy.effect)
        let principal = variable(policy.variables[0])
        let action = variable(policy.variables[1])
        let resource = variable(policy.variables[2])
        let scope: Layout
        if policy.variables.allSatisfy({ $0.constraint == nil && $0.entityType == nil }) {
            let comma1 = Self.commented(
                .text(","), comments.takeAfter(policy.variables[0].span.last), otherwise: .space)
            let comma2 = Self.commented(
                .text(","), comments.takeAfter(policy.variables[1].span.last), otherwise: .space)
            scope = principal.then(comma1).then(action).then(comma2).then(resource).nested(indent).grouped()
        } else {
            let comma1 = Self.commented(
                .text(","), comments.takeAfter(policy.variables[0].span.last), otherwise: .hardLine)
            let comma2 = Self.commented(
                .text(","), comments.takeAfter(policy.variables[1].span.last), otherwise: .hardLine)
            scope = Layout.hardLine.then(principal.then(comma1).then(action).then(comma2).then(resource))
                .nested(indent).then(.hardLine)
        }
        var conditions: [Layout] = []
        for condition in policy.conditions { conditions.append(self.condition(condition)) }
        let open = Self.commented(.text("("), comments.takeAfter(policy.effect))
        let close = Self.commented(
            .text(")"), comments.takeAfter(policy.variables[2].span.last),
            otherwise: conditions.isEmpty ? .empty : .hardLine)
        let semicolon = Self.commented(.text(";"), comments.take(policy.span.last))
        return
            annotations
            .then(Self.leading(effectLeading).then(effect.then(.line).then(open).grouped()))
            .then(scope)
            .then(close)
            .then(.joined(conditions, separator: .hardLine))
            .then(semicolon)
    }

    mutating func annotation(_ annotation: Syntax.AnnotationNode) -> Layout {
        let key = token(annotation.key)
        let at = Self.commented(.text("@"), comments.take(annotation.span.first))
        let value: Layout
        if let valueToken = annotation.value {
            let open = Self.commented(.text("("), comments.takeAfter(annotation.key))
            let string = token(valueToken)
            let close = Self.commented(.text(")"), comments.take(annotation.span.last), otherwise: .hardLine)
            value = open.then(string).then(close)
        } else {
            value = .hardLine
        }
        return at.then(key).then(value)
    }

    mutating func variable(_ node: Syntax.VariableNode) -> Layout {
        let start = comments.take(node.span.first)
        let name = Layout.text(text(node.variable))
        var isDoc = Layout.empty
        if let entityType = node.entityType {
            let isKeyword = Self.commented(.text("is"), comments.takeAfter(node.variable))
            let type = add(entityType)
            let typeComment = comments.take(entityType.span.first)
            isDoc = Layout.line.then(isKeyword).grouped()
                .then(Layout.line.then(Self.commented(type, typeComment)))
                .nested(indent).grouped()
        }
        guard let (op, rhs) = node.constraint else {
            return Self.commented(name, start).then(isDoc)
        }
        let opComment = comments.takeAfter(node.entityType?.span.last ?? node.variable)
        let head = name.then(Self.trailing(start.trailing)).then(isDoc).then(.line)
            .then(Self.commented(.text(text(op)), opComment)).grouped()
        return Self.leading(start.leading).then(head.then(Layout.line.then(expr(rhs)).nested(indent)).grouped())
    }

    mutating func condition(_ node: Syntax.ConditionNode) -> Layout {
        let braceComment = comments.takeAfter(node.keyword)
        let closeComment = comments.take(node.span.last)
        let keywordComment = comments.take(node.keyword)
        let close = Self.commented(.text("}"), closeComment)
        let keyword = token(node.keyword)
        let head = keyword.then(Self.trailing(keywordComment.trailing, otherwise: .line))
            .then(Self.leading(braceComment.leading))
        guard let body = node.body else {
            return Self.leading(keywordComment.leading).then(
                head.then(
                    Layout.text("{").then(Self.trailing(braceComment.trailing, otherwise: .line)).then(close)
                        .grouped()
                ).grouped())
        }
        let bodyLeading = comments.takeLeading(body.span.first)
        let bodyDoc = expr(body)
        let inner = Self.trailing(braceComment.trailing, otherwise: .line)
            .then(Self.leading(bodyLeading).then(bodyDoc.grouped()))
            .nested(indent).then(.line).then(close).grouped()
        return Self.leading(keywordComment.leading).then(head.then(Layout.text("{").then(inner)).grouped())
    }

    // MARK: Expressions

    mutating func expr(_ node: Syntax.ExprNode) -> Layout {
        switch node.kind {
        case .or(let or):
            return self.or(or)
        case .ifThenElse(let condition, let then, let otherwise):
            let ifComment = comments.take(node.span.first)
            let thenComment = comments.takeAfter(condition.span.last)
            let elseComment = comments.takeAfter(then.span.last)
            let ifPart = Self.commented(.text("if"), ifComment).then(Layout.line.then(expr(condition)).nested(indent))
            let thenPart = Self.commented(.text("then"), thenComment)
                .then(Layout.line.then(expr(then)).nested(indent))
            let elsePart = Self.commented(.text("else"), elseComment)
                .then(Layout.line.then(expr(otherwise)).nested(indent))
            return ifPart.then(.line).then(thenPart).then(.line).then(elsePart).grouped()
        }
    }

    mutating func or(_ node: Syntax.OrNode) -> Layout {
        var doc = Layout.empty
        for operand in node.operands.dropLast() {
            let opComment = comments.takeAfter(operand.span.last)
            doc = doc.then(and(operand)).then(.space).then(Self.commented(.text("||"), opComment, otherwise: .line))
        }
        return doc.then(and(node.operands[node.operands.count - 1]))
    }

    mutating func and(_ node: Syntax.AndNode) -> Layout {
        var doc = Layout.empty
        for operand in node.operands.dropLast() {
            let opComment = comments.takeAfter(operand.span.last)
            doc = doc.then(relation(operand)).then(.space)
                .then(Self.commented(.text("&&"), opComment, otherwise: .line))
        }
        return doc.then(relation(node.operands[node.operands.count - 1]))
    }

    mutating func relation(_ node: Syntax.RelationNode) -> Layout {
        switch node.kind {
        case .common(let first, let rest):
            guard let (op, second) = rest.first else { return add(first) }
            let left = add(first)
            let opDoc = Self.commented(.text(text(op)), comments.takeAfter(first.span.last))
            return left.then(.space).then(opDoc).then(.space).then(add(second))
        case .has(let target, let field):
            let left = add(target)
            let keyword = Self.commented(.text("has"), comments.takeAfter(target.span.last))
            return left.then(.line).then(keyword).then(.line).then(add(field).nested(indent)).grouped()
        case .like(let target, let pattern):
            let left = add(target)
            let keyword = Self.commented(.text("like"), comments.takeAfter(target.span.last))
            return left.then(.line).then(keyword).then(.line).then(add(pattern).nested(indent)).grouped()
        case .isIn(let target, let type, let container):
            let left = add(target)
            let keyword = Self.commented(.text("is"), comments.takeAfter(target.span.last))
            var doc = left.then(.space).then(keyword).then(.space).then(add(type).nested(indent))
            if let container {
                let inKeyword = Self.commented(.text("in"), comments.takeAfter(type.span.last))
                doc = doc.then(.line).then(inKeyword).then(.space).then(add(container).nested(indent))
            }
            return doc.grouped()
        }
    }

    mutating func add(_ node: Syntax.AddNode) -> Layout {
        var doc = mult(node.initial)
        var previous = node.initial.span.last
        for (op, operand) in node.rest {
            let opDoc = Self.commented(.text(text(op)), comments.takeAfter(previous))
            doc = doc.then(.space).then(opDoc).then(.line).then(mult(operand))
            previous = operand.span.last
        }
        return doc.grouped()
    }

    mutating func mult(_ node: Syntax.MultNode) -> Layout {
        var doc = unary(node.initial)
        var previous = node.initial.span.last
        for (op, operand) in node.rest {
            let opDoc = Self.commented(.text(text(op)), comments.takeAfter(previous))
            doc = doc.then(.space).then(opDoc).then(.line).then(unary(operand))
            previous = operand.span.last
        }
        return doc.grouped()
    }

    mutating func unary(_ node: Syntax.UnaryNode) -> Layout {
        var doc = Layout.empty
        for op in node.operators { doc = doc.then(token(op)) }
        return doc.then(member(node.member))
    }

    mutating func member(_ node: Syntax.MemberNode) -> Layout {
        let head = primary(node.primary)
        var accesses: [Layout] = []
        for access in node.accesses { accesses.append(self.access(access)) }
        return head.then(Layout.joined(accesses, separator: .lineOrNothing).nested(indent)).grouped()
    }

    mutating func access(_ node: Syntax.AccessNode) -> Layout {
        switch node.kind {
        case .field(let name):
            let dot = Self.commented(.text("."), comments.take(node.span.first))
            return dot.then(token(name))
        case .call(let arguments):
            let open = Self.commented(.text("("), comments.take(node.span.first))
            let list = separated(arguments)
            let close = Self.commented(.text(")"), comments.take(node.span.last))
            if arguments.isEmpty { return open.then(close) }
            return open.then(Layout.lineOrNothing.then(list).nested(indent)).then(.lineOrNothing).then(close)
        case .index(let inner):
            let open = Self.commented(.text("["), comments.take(node.span.first))
            let innerDoc = expr(inner)
            let close = Self.commented(.text("]"), comments.take(node.span.last))
            return open.then(innerDoc).then(close)
        }
    }

    /// Expressions separated by `,` and a break, each comma with the comments of its token.
    mutating func separated(_ elements: [Syntax.ExprNode]) -> Layout {
        guard let first = elements.first else { return .empty }
        var doc = expr(first)
        var previous = first.span.last
        for element in elements.dropFirst() {
            let comma = Self.commented(.text(","), comments.takeAfter(previous))
            doc = doc.then(comma).then(.line).then(expr(element))
            previous = element.span.last
        }
        return doc
    }

    mutating func name(_ node: Syntax.NameNode) -> Layout {
        var doc = token(node.parts[0])
        var previous = node.parts[0]
        for part in node.parts.dropFirst() {
            let separator = Self.commented(.text("::"), comments.takeAfter(previous))
            doc = doc.then(separator).then(token(part))
            previous = part
        }
        return doc
    }

    mutating func primary(_ node: Syntax.PrimaryNode) -> Layout {
        switch node.kind {
        case .literal(let index):
            return Self.commented(.text(literalText(index)), comments.take(index))
        case .slot(let index):
            return token(index)
        case .name(let name):
            return self.name(name)
        case .entity(let type, let id):
            let typeDoc = name(type)
            let separator = Self.commented(.text("::"), comments.takeAfter(type.span.last))
            return typeDoc.then(separator).then(token(id))
        case .parenthesized(let inner):
            let open = Self.commented(.text("("), comments.take(node.span.first))
            let innerDoc = expr(inner).nested(1)
            let close = Self.commented(.text(")"), comments.take(node.span.last))
            return open.then(innerDoc).then(close).grouped()
        case .list(let elements):
            let list = separated(elements)
            let open = Self.commented(.text("["), comments.take(node.span.first))
            let close = Self.commented(.text("]"), comments.take(node.span.last))
            return open.then(list.nested(1)).then(close)
        case .record(let entries):
            return record(node, entries)
        }
    }

    mutating func record(_ node: Syntax.PrimaryNode, _ entries: [(key: Syntax.ExprNode, value: Syntax.ExprNode)])
        -> Layout
    {
        var items = Layout.empty
        var previous: Int?
        for (key, value) in entries {
            if let previous {
                let comma = Self.commented(.text(","), comments.takeAfter(previous))
                items = items.then(comma).then(.line)
            }
            let keyDoc = expr(key)
            let colon = Self.commented(.text(":"), comments.takeAfter(key.span.last))
            items = items.then(keyDoc).then(colon).then(.space).then(expr(value))
            previous = value.span.last
        }
        let open = Self.commented(.text("{"), comments.take(node.span.first))
        let close = Self.commented(.text("}"), comments.take(node.span.last))
        if entries.isEmpty { return open.then(close) }
        return open.then(Layout.line.then(items).nested(indent).then(.line).grouped()).then(close)
    }

    /// A literal as Rust's concrete syntax prints it: numbers by value, strings as written.
    func literalText(_ index: Int) -> String {
        let token = comments.tokens[index]
        guard token.kind == .number else { return text(index) }
        var value: UInt64 = 0
        for b in bytes[token.start..<token.end] {
            let (times10, o1) = value.multipliedReportingOverflow(by: 10)
            let (sum, o2) = times10.addingReportingOverflow(UInt64(b - 48))
            if o1 || o2 { return text(index) }
            value = sum
        }
        return String(value)
    }
}
