/// Why a string is not a valid literal of an extension type; `message` is worded as Rust Cedar words it.
struct ExtensionValueParseError: Error, Sendable {
    var message: String

    init(_ message: String) { self.message = message }

    /// The error the constructor `function` (reported as extension `extensionName`) throws for this input.
    func evaluationError(extensionName: String) -> EvaluationError {
        EvaluationError(
            .extensionError, "error while evaluating `\(extensionName)` extension function: \(message)")
    }
}
