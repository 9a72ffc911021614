/// A Cedar expression, as the parser produces it and the evaluator and validator consume it.
///
/// Sugar is removed by the parser: `e is T in x` becomes `e is T && e in x`, `e has a.b` becomes
/// `e has a && e.a has b`, method calls become `extensionCall` with the receiver as first argument,
/// and `!=` stays a distinct operator so the formatter can print what was written.
public struct Expr: Hashable, Sendable {
    /// What the expression is.
    public var kind: Kind {
        didSet { height = kind.height }
    }
    /// Where the expression was written, when it came from source text.
    public var span: SourceSpan?
    /// The number of expressions on the longest path from this one down to a leaf (1 for a literal). Readers
    /// bound it so that the recursive walks over expressions (printing, evaluation, validation, and freeing the
    /// tree) cannot exhaust the stack. Not part of equality.
    public private(set) var height: Int

    /// An expression of `kind`, without a source span by default.
    public init(_ kind: Kind, span: SourceSpan? = nil) {
        self.kind = kind
        self.span = span
        self.height = kind.height
    }

    /// The kinds of expressions, after the parser has removed syntactic sugar.
    public indirect enum Kind: Hashable, Sendable {
        /// A literal: `true`, `42`, `"text"`, `User::"alice"`.
        case literal(Value)
        case variable(Variable)
        /// A template slot, `?principal` or `?resource`.
        case slot(SlotID)
        case not(Expr)
        /// Arithmetic negation, `-e`.
        case negate(Expr)
        case binary(BinaryOperator, Expr, Expr)
        case and(Expr, Expr)
        case or(Expr, Expr)
        case ifThenElse(Expr, then: Expr, else: Expr)
        /// `e.attr` or `e["attr"]`.
        case getAttribute(Expr, String)
        /// `e has attr` (one attribute; multi-attribute `has` is desugared).
        case hasAttribute(Expr, String)
        case like(Expr, Pattern)
        /// `e is T`.
        case isEntityType(Expr, Name)
        case set([Expr])
        /// A record literal; the parser rejects duplicate keys.
        case record([(key: String, value: Expr)])
        /// A call of an extension function (`ip("…")`) or method (`a.lessThan(b)`, receiver first).
        case extensionCall(name: String, arguments: [Expr], isMethod: Bool)

        public static func == (lhs: Kind, rhs: Kind) -> Bool {
            switch (lhs, rhs) {
            case (.literal(let a), .literal(let b)): a == b
            case (.variable(let a), .variable(let b)): a == b
            case (.slot(let a), .slot(let b)): a == b
            case (.not(let a), .not(let b)), (.negate(let a), .negate(let b)): a == b
            case (.binary(let o1, let a1, let b1), .binary(let o2, let a2, let b2)): o1 == o2 && a1 == a2 && b1 == b2
            case (.and(let a1, let b1), .and(let a2, let b2)), (.or(let a1, let b1), .or(let a2, let b2)):
                a1 == a2 && b1 == b2
            case (.ifThenElse(let c1, let t1, let e1), .ifThenElse(let c2, let t2, let e2)):
                c1 == c2 && t1 == t2 && e1 == e2
            case (.getAttribute(let e1, let a1), .getAttribute(let e2, let a2)),
                (.hasAttribute(let e1, let a1), .hasAttribute(let e2, let a2)):
                e1 == e2 && a1 == a2
            case (.like(let e1, let p1), .like(let e2, let p2)): e1 == e2 && p1 == p2
            case (.isEntityType(let e1, let n1), .isEntityType(let e2, let n2)): e1 == e2 && n1 == n2
            case (.set(let a), .set(let b)): a == b
            case (.record(let a), .record(let b)):
                a.count == b.count && zip(a, b).allSatisfy { $0.key == $1.key && $0.value == $1.value }
            case (.extensionCall(let n1, let a1, let m1), .extensionCall(let n2, let a2, let m2)):
                n1 == n2 && a1 == a2 && m1 == m2
            default: false
            }
        }

        /// One more than the tallest operand's height; 1 without operands.
        var height: Int {
            var tallest = 0
            switch self {
            case .literal, .variable, .slot: break
            case .not(let e), .negate(let e), .getAttribute(let e, _), .hasAttribute(let e, _), .like(let e, _),
                .isEntityType(let e, _):
                tallest = e.height
            case .binary(_, let a, let b), .and(let a, let b), .or(let a, let b): tallest = max(a.height, b.height)
            case .ifThenElse(let c, let t, let e): tallest = max(c.height, t.height, e.height)
            case .set(let elements): tallest = elements.lazy.map(\.height).max() ?? 0
            case .record(let fields): tallest = fields.lazy.map(\.value.height).max() ?? 0
            case .extensionCall(_, let arguments, _): tallest = arguments.lazy.map(\.height).max() ?? 0
            }
            return tallest + 1
        }

        public func hash(into hasher: inout Hasher) {
            switch self {
            case .literal(let v): hasher.combine(0); hasher.combine(v)
            case .variable(let v): hasher.combine(1); hasher.combine(v)
            case .slot(let s): hasher.combine(2); hasher.combine(s)
            case .not(let e): hasher.combine(3); hasher.combine(e)
            case .negate(let e): hasher.combine(4); hasher.combine(e)
            case .binary(let o, let a, let b):
                hasher.combine(5); hasher.combine(o); hasher.combine(a); hasher.combine(b)
            case .and(let a, let b): hasher.combine(6); hasher.combine(a); hasher.combine(b)
            case .or(let a, let b): hasher.combine(7); hasher.combine(a); hasher.combine(b)
            case .ifThenElse(let c, let t, let e):
                hasher.combine(8); hasher.combine(c); hasher.combine(t); hasher.combine(e)
            case .getAttribute(let e, let a): hasher.combine(9); hasher.combine(e); hasher.combine(a)
            case .hasAttribute(let e, let a): hasher.combine(10); hasher.combine(e); hasher.combine(a)
            case .like(let e, let p): hasher.combine(11); hasher.combine(e); hasher.combine(p)
            case .isEntityType(let e, let n): hasher.combine(12); hasher.combine(e); hasher.combine(n)
            case .set(let a): hasher.combine(13); hasher.combine(a)
            case .record(let r):
                hasher.combine(14)
                for (k, v) in r { hasher.combine(k); hasher.combine(v) }
            case .extensionCall(let n, let a, let m):
                hasher.combine(15); hasher.combine(n); hasher.combine(a); hasher.combine(m)
            }
        }
    }

    /// Equality of expressions ignores where they were written.
    public static func == (lhs: Expr, rhs: Expr) -> Bool { lhs.kind == rhs.kind }
    public func hash(into hasher: inout Hasher) { hasher.combine(kind) }
}

/// The four request variables.
public enum Variable: String, Hashable, Sendable, CaseIterable {
    case principal, action, resource, context
}

/// Template slots.
public enum SlotID: String, Hashable, Sendable {
    case principal = "?principal"
    case resource = "?resource"
}

/// The operators with two operands; the raw value is how Cedar writes each.
public enum BinaryOperator: String, Hashable, Sendable {
    case equal = "=="
    case notEqual = "!="
    case less = "<"
    case lessOrEqual = "<="
    case greater = ">"
    case greaterOrEqual = ">="
    case add = "+"
    case subtract = "-"
    case multiply = "*"
    /// Entity hierarchy membership, `a in b` (b an entity or a set of entities).
    case `in` = "in"
    case contains = "contains"
    case containsAll = "containsAll"
    case containsAny = "containsAny"
    case getTag = "getTag"
    case hasTag = "hasTag"
}

/// A `like` pattern: literal text and `*` wildcards (`\*` in source is a literal star).
public struct Pattern: Hashable, Sendable {
    /// One piece of a pattern: a character to match, or `*`.
    public enum Element: Hashable, Sendable {
        case literal(Unicode.Scalar)
        case wildcard
    }

    /// The pattern's pieces in order.
    public var elements: [Element]

    /// The pattern made of `elements`.
    public init(_ elements: [Element]) { self.elements = elements }
}
