/// A function of one of Cedar's extension types (`decimal`, `ipaddr`, `datetime`, `duration`).
///
/// The parser uses `name` and `isMethod` to accept calls, the validator uses the types, and the evaluator
/// calls `apply`. Constructors (`decimal("1.5")`, `ip("10.0.0.1")`) are called as functions; everything
/// else as a method on its first argument (`a.lessThan(b)`).
public struct ExtensionFunction: Sendable {
    /// The function's name, such as `decimal` or `isInRange`.
    public var name: String
    /// Whether the function is called with method syntax, `receiver.name(arguments…)`.
    public var isMethod: Bool
    /// The parameter types, receiver first for methods.
    public var parameterTypes: [SchemaType]
    /// The type of the value the function returns.
    public var returnType: SchemaType
    /// Evaluates the function; `arguments` are already checked to have the right count but not the right types.
    public var apply: @Sendable ([Value]) throws(EvaluationError) -> Value

    /// The number of arguments, the receiver of a method included.
    public var arity: Int { parameterTypes.count }

    /// Whether this function builds an extension value from a string (`decimal`, `ip`, `datetime`, `duration`).
    public var isConstructor: Bool { !isMethod }
}
