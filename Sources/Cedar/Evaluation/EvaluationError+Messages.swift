/// The errors the evaluator raises, worded as Rust Cedar words them.
extension EvaluationError {
    /// How Cedar names the "any entity" type in type errors.
    static let anyEntityTypeName = "(entity of type `any_entity_type`)"

    /// `type error: expected long, got string`, or `expected one of [a, b], got c` for several types.
    static func typeMismatch(expected: [String], got value: Value, at span: SourceSpan?) -> EvaluationError {
        let wanted = expected.count == 1 ? expected[0] : "one of [\(expected.joined(separator: ", "))]"
        return EvaluationError(.typeMismatch, "type error: expected \(wanted), got \(value.typeName)", span: span)
    }

    static func typeMismatch(expected: String, got value: Value, at span: SourceSpan?) -> EvaluationError {
        typeMismatch(expected: [expected], got: value, at: span)
    }

    static func entityNotFound(_ uid: EntityUID, at span: SourceSpan?) -> EvaluationError {
        EvaluationError(.entityNotFound, "entity `\(uid)` does not exist", span: span)
    }

    static func entityAttributeNotFound(_ uid: EntityUID, _ attribute: String, at span: SourceSpan?)
        -> EvaluationError
    {
        EvaluationError(.attributeNotFound, "`\(uid)` does not have the attribute `\(attribute)`", span: span)
    }

    static func recordAttributeNotFound(_ attribute: String, at span: SourceSpan?) -> EvaluationError {
        EvaluationError(.attributeNotFound, "record does not have the attribute `\(attribute)`", span: span)
    }

    static func tagNotFound(_ uid: EntityUID, _ tag: String, at span: SourceSpan?) -> EvaluationError {
        EvaluationError(.tagNotFound, "`\(uid)` does not have the tag `\(tag)`", span: span)
    }

    static func overflow(_ verb: String, _ lhs: Int64, _ rhs: Int64, at span: SourceSpan?) -> EvaluationError {
        EvaluationError(
            .overflow, "integer overflow while attempting to \(verb) the values `\(lhs)` and `\(rhs)`", span: span)
    }

    static func negationOverflow(_ value: Int64, at span: SourceSpan?) -> EvaluationError {
        EvaluationError(.overflow, "integer overflow while attempting to negate the value `\(value)`", span: span)
    }

    static func unlinkedSlot(_ slot: SlotID, at span: SourceSpan?) -> EvaluationError {
        EvaluationError(.unlinkedSlot, "template slot `\(slot.rawValue)` was not linked", span: span)
    }

    static func unknownExtensionFunction(_ name: String, at span: SourceSpan?) -> EvaluationError {
        EvaluationError(.extensionError, "extension function `\(name)` does not exist", span: span)
    }

    static func wrongArgumentCount(_ name: String, expected: Int, got: Int, at span: SourceSpan?) -> EvaluationError {
        EvaluationError(
            .extensionError,
            "wrong number of arguments provided to extension function `\(name)`: expected \(expected), got \(got)",
            span: span)
    }

    static func nestingTooDeep(at span: SourceSpan?) -> EvaluationError {
        EvaluationError(
            .nestingTooDeep, "recursion limit reached: expressions may nest at most \(Evaluator.maximumDepth) deep",
            span: span)
    }

    /// This error, located at `span` unless it already has a location.
    func located(at span: SourceSpan?) -> EvaluationError {
        guard self.span == nil, let span else { return self }
        var copy = self
        copy.span = span
        return copy
    }
}
