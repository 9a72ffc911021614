/// A fact the typechecker learned from a `has` or `hasTag` test that evaluated to `true`: that the
/// attribute (or tag) exists on the value of an expression. Expressions compare by shape only.
struct Capability: Hashable, Sendable {
    enum Key: Hashable, Sendable {
        case attribute(String)
        case tag(Expr)
    }

    var on: Expr
    var key: Key

    static func attribute(_ name: String, of expr: Expr) -> Capability { Capability(on: expr, key: .attribute(name)) }
    static func tag(_ tag: Expr, of expr: Expr) -> Capability { Capability(on: expr, key: .tag(tag)) }
}

/// The capabilities known to hold when an expression evaluates to `true`.
typealias CapabilitySet = Set<Capability>
