/// Prints expressions as Cedar text, with the parentheses Cedar's grammar needs so that parsing the text gives
/// back an equal expression, and with Cedar's sugar restored (`e has a.b`, `e is T in x`, `a.contains(b)`).
enum ExprPrinter {
    /// Grammar levels, loosest first: an operand printed where a tighter level is needed gets parentheses.
    enum Level: Int, Comparable {
        case expression, or, and, relation, sum, product, unary, member

        static func < (lhs: Level, rhs: Level) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// `expr` as Cedar text on one line.
    static func print(_ expr: Expr) -> String {
        var out = ""
        write(expr, at: .expression, to: &out)
        return out
    }

    /// The operands of a top-level `&&`/`||` chain with the operator after each but the last, for breaking
    /// long conditions one operand per line; `nil` when `expr` is no such chain.
    static func chain(_ expr: Expr) -> [(text: String, op: String?)]? {
        var items: [(expr: Expr, level: Level, op: String?)] = []
        func collect(_ e: Expr, allowOr: Bool, level: Level, op: String?) {
            switch e.kind {
            case .or(let a, let b) where allowOr:
                collect(a, allowOr: true, level: .or, op: "||")
                items.append((b, .and, op))
            case .and(let a, let b) where hasPath(e) == nil && isIn(e) == nil:
                collect(a, allowOr: false, level: .and, op: "&&")
                items.append((b, .relation, op))
            default:
                items.append((e, level, op))
            }
        }
        collect(expr, allowOr: true, level: .expression, op: nil)
        guard items.count > 1 else { return nil }
        return items.map { item in
            var out = ""
            write(item.expr, at: max(item.level, .and), to: &out)
            return (out, item.op)
        }
    }

    static func write(_ expr: Expr, at needed: Level, to out: inout String) {
        let own = level(expr)
        if own < needed {
            out += "("
            writeBare(expr, to: &out)
            out += ")"
        } else {
            writeBare(expr, to: &out)
        }
    }

    static func level(_ expr: Expr) -> Level {
        switch expr.kind {
        case .ifThenElse: .expression
        case .or: .or
        case .and: hasPath(expr) != nil || isIn(expr) != nil ? .relation : .and
        case .binary(let op, _, _):
            switch op {
            case .add, .subtract: .sum
            case .multiply: .product
            case .contains, .containsAll, .containsAny, .getTag, .hasTag: .member
            default: .relation
            }
        case .hasAttribute, .like, .isEntityType: .relation
        case .not, .negate: .unary
        case .literal(.long(let v)) where v < 0: .unary
        default: .member
        }
    }

    private static func writeBare(_ expr: Expr, to out: inout String) {
        switch expr.kind {
        case .literal(let value):
            writeValue(value, to: &out)
        case .variable(let v):
            out += v.rawValue
        case .slot(let s):
            out += s.rawValue
        case .not(let e):
            out += "!"
            write(e, at: .member, to: &out)
        case .negate(let e):
            out += "-"
            if case .literal(.long) = e.kind {
                // `-5` would read back as the literal -5, not the negation of 5.
                out += "("
                writeBare(e, to: &out)
                out += ")"
            } else {
                write(e, at: .member, to: &out)
            }
        case .binary(let op, let a, let b):
            switch op {
            case .contains, .containsAll, .containsAny, .getTag, .hasTag:
                write(a, at: .member, to: &out)
                out += ".\(op.rawValue)("
                write(b, at: .expression, to: &out)
                out += ")"
            case .add, .subtract:
                write(a, at: .sum, to: &out)
                out += " \(op.rawValue) "
                write(b, at: .product, to: &out)
            case .multiply:
                write(a, at: .product, to: &out)
                out += " * "
                write(b, at: .unary, to: &out)
            default:
                write(a, at: .sum, to: &out)
                out += " \(op.rawValue) "
                write(b, at: .sum, to: &out)
            }
        case .and(let a, let b):
            if let (target, path) = hasPath(expr) {
                write(target, at: .sum, to: &out)
                out += " has " + path.joined(separator: ".")
            } else if let (target, type, container) = isIn(expr) {
                write(target, at: .sum, to: &out)
                out += " is \(type) in "
                write(container, at: .sum, to: &out)
            } else {
                write(a, at: .and, to: &out)
                out += " && "
                write(b, at: .relation, to: &out)
            }
        case .or(let a, let b):
            write(a, at: .or, to: &out)
            out += " || "
            write(b, at: .and, to: &out)
        case .ifThenElse(let c, let t, let e):
            out += "if "
            write(c, at: .expression, to: &out)
            out += " then "
            write(t, at: .expression, to: &out)
            out += " else "
            write(e, at: .expression, to: &out)
        case .getAttribute(let e, let attribute):
            write(e, at: .member, to: &out)
            if isPlainIdentifier(attribute) {
                out += "." + attribute
            } else {
                out += "[" + CedarString.quoted(attribute) + "]"
            }
        case .hasAttribute(let e, let attribute):
            write(e, at: .sum, to: &out)
            out += " has " + (isPlainIdentifier(attribute) ? attribute : CedarString.quoted(attribute))
        case .like(let e, let pattern):
            write(e, at: .sum, to: &out)
            out += " like " + quotedPattern(pattern)
        case .isEntityType(let e, let type):
            write(e, at: .sum, to: &out)
            out += " is \(type)"
        case .set(let elements):
            out += "["
            for (i, element) in elements.enumerated() {
                if i > 0 { out += ", " }
                write(element, at: .expression, to: &out)
            }
            out += "]"
        case .record(let entries):
            guard !entries.isEmpty else {
                out += "{}"
                return
            }
            out += "{ "
            for (i, entry) in entries.enumerated() {
                if i > 0 { out += ", " }
                out += isPlainIdentifier(entry.key) ? entry.key : CedarString.quoted(entry.key)
                out += ": "
                write(entry.value, at: .expression, to: &out)
            }
            out += " }"
        case .extensionCall(let name, let arguments, let isMethod):
            var rest = arguments[...]
            if isMethod, let receiver = rest.popFirst() {
                write(receiver, at: .member, to: &out)
                out += "."
            }
            out += name + "("
            for (i, argument) in rest.enumerated() {
                if i > 0 { out += ", " }
                write(argument, at: .expression, to: &out)
            }
            out += ")"
        }
    }

    /// `e has a && e.a has b …` written as `e has a.b…` (two or more identifiers).
    static func hasPath(_ expr: Expr) -> (Expr, [String])? {
        func path(_ e: Expr) -> (Expr, [String])? {
            switch e.kind {
            case .hasAttribute(let target, let a) where isPlainIdentifier(a):
                return (target, [a])
            case .and(let left, let right):
                guard case .hasAttribute(let value, let last) = right.kind, isPlainIdentifier(last),
                    let (target, prefix) = path(left), isAccess(value, of: target, path: prefix)
                else { return nil }
                return (target, prefix + [last])
            default:
                return nil
            }
        }
        guard case .and = expr.kind, let result = path(expr), result.1.count > 1 else { return nil }
        return result
    }

    private static func isAccess(_ value: Expr, of target: Expr, path: [String]) -> Bool {
        var current = value
        for attribute in path.reversed() {
            guard case .getAttribute(let inner, let a) = current.kind, a == attribute else { return false }
            current = inner
        }
        return current == target
    }

    /// `e is T && e in x` written as `e is T in x`.
    static func isIn(_ expr: Expr) -> (Expr, Name, Expr)? {
        guard case .and(let left, let right) = expr.kind, case .isEntityType(let target, let type) = left.kind,
            case .binary(.in, let subject, let container) = right.kind, subject == target
        else { return nil }
        return (target, type, container)
    }

    private static let reserved: Set<String> = [
        "true", "false", "if", "then", "else", "in", "is", "has", "like", "__cedar",
    ]

    /// Whether `s` can be written as a bare attribute name (`e.s`, `e has s`, `{ s: … }`).
    static func isPlainIdentifier(_ s: String) -> Bool {
        guard let first = s.utf8.first, Lexer.isIdentifierStart(first), s.utf8.allSatisfy(Lexer.isIdentifierByte)
        else { return false }
        return !reserved.contains(s)
    }

    static func quotedPattern(_ pattern: Pattern) -> String {
        var out = "\""
        for element in pattern.elements {
            switch element {
            case .wildcard: out += "*"
            case .literal("*"): out += "\\*"
            case .literal(let c):
                // Escape scalar by scalar: a combining mark must not merge with the quotes.
                let quoted = CedarString.quoted(String(String.UnicodeScalarView([c]))).unicodeScalars
                out.unicodeScalars.append(contentsOf: quoted.dropFirst().dropLast())
            }
        }
        return out + "\""
    }

    static func writeValue(_ value: Value, to out: inout String) {
        switch value {
        case .bool(let b): out += b ? "true" : "false"
        case .long(let v): out += String(v)
        case .string(let s): out += CedarString.quoted(s)
        case .entity(let uid): out += uid.description
        case .set(let values):
            out += "["
            for (i, v) in values.enumerated() {
                if i > 0 { out += ", " }
                writeValue(v, to: &out)
            }
            out += "]"
        case .record(let fields):
            guard !fields.isEmpty else {
                out += "{}"
                return
            }
            out += "{ "
            for (i, key) in fields.keys.sorted().enumerated() {
                if i > 0 { out += ", " }
                out += (isPlainIdentifier(key) ? key : CedarString.quoted(key)) + ": "
                writeValue(fields[key]!, to: &out)
            }
            out += " }"
        case .decimal(let d):
            let sign = d.scaled < 0 ? "-" : ""
            let magnitude = d.scaled.magnitude
            let fraction = String(magnitude % 10_000)
            out +=
                "decimal(\"\(sign)\(magnitude / 10_000).\(String(repeating: "0", count: 4 - fraction.count))\(fraction)\")"
        case .duration(let d):
            out += "duration(\"\(d.milliseconds)ms\")"
        case .datetime(let d):
            out += "datetime(\"1970-01-01\").offset(duration(\"\(d.milliseconds)ms\"))"
        case .ipaddr(let ip):
            out += "ip(\"\(ip)\")"
        }
    }
}

extension Expr: CustomStringConvertible {
    /// The expression as Cedar text on one line, with the parentheses it needs; parsing it gives back an equal
    /// expression.
    public var description: String { ExprPrinter.print(self) }
}
