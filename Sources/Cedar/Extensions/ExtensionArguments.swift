/// Reading typed extension-function arguments, with Rust Cedar's type-error messages.
enum ExtensionArguments {
    static func typeMismatch(expected: String, got value: Value) -> EvaluationError {
        EvaluationError(.typeMismatch, "type error: expected \(expected), got \(value.typeName)")
    }

    static func string(_ value: Value) throws(EvaluationError) -> String {
        guard case .string(let string) = value else { throw typeMismatch(expected: "string", got: value) }
        return string
    }

    static func decimal(_ value: Value) throws(EvaluationError) -> CedarDecimal {
        guard case .decimal(let decimal) = value else { throw typeMismatch(expected: "decimal", got: value) }
        return decimal
    }

    static func ipaddr(_ value: Value) throws(EvaluationError) -> IPAddr {
        guard case .ipaddr(let address) = value else { throw typeMismatch(expected: "ipaddr", got: value) }
        return address
    }

    static func datetime(_ value: Value) throws(EvaluationError) -> CedarDatetime {
        guard case .datetime(let datetime) = value else { throw typeMismatch(expected: "datetime", got: value) }
        return datetime
    }

    static func duration(_ value: Value) throws(EvaluationError) -> CedarDuration {
        guard case .duration(let duration) = value else { throw typeMismatch(expected: "duration", got: value) }
        return duration
    }

    /// The error a datetime method raises when its result does not fit, as Rust Cedar words it.
    static func overflow(in function: String, _ message: String) -> EvaluationError {
        EvaluationError(.extensionError, "error while evaluating `\(function)` extension function: \(message)")
    }
}
