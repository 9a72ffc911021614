/// What a piece of expression syntax turned out to be, before Cedar decides how it may be used.
///
/// Cedar treats some primaries specially depending on where they appear (Rust's `ExprOrSpecial`): a bare
/// name is an entity type after `is` or a function name before `(`, a string literal is a pattern after `like`,
/// an identifier is an attribute name in a record literal. Anything else is an ordinary expression.
enum Operand {
    case expr(Expr)
    case variable(Variable, start: Int, end: Int)
    /// A name that is not a variable (`foo`, `A::B`), already checked for reserved identifiers.
    case name(Name, start: Int, end: Int)
    /// A string literal token, its escapes not yet interpreted.
    case string(start: Int, end: Int)
    case bool(Bool, start: Int, end: Int)
    /// An unsigned integer literal (`nil` when it does not even fit 64 bits), not yet range-checked.
    case number(UInt64?, start: Int, end: Int)
    /// Something whose error has already been reported.
    case invalid(start: Int, end: Int)

    var start: Int {
        switch self {
        case .expr(let e): e.span?.start.offset ?? 0
        case .variable(_, let s, _), .name(_, let s, _), .string(let s, _), .bool(_, let s, _), .number(_, let s, _),
            .invalid(let s, _):
            s
        }
    }

    var end: Int {
        switch self {
        case .expr(let e): e.span?.end.offset ?? 0
        case .variable(_, _, let e), .name(_, _, let e), .string(_, let e), .bool(_, _, let e), .number(_, _, let e),
            .invalid(_, let e):
            e
        }
    }
}
