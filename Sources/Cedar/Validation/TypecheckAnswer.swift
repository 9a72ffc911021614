/// The result of typechecking one expression: its type when one could be found, whether it
/// typechecked without error, and the capabilities it grants when it evaluates to `true`.
struct TypecheckAnswer: Sendable {
    var type: ValidatorType?
    var succeeded: Bool
    var capabilities: CapabilitySet

    static func success(_ type: ValidatorType?, _ capabilities: CapabilitySet = []) -> TypecheckAnswer {
        TypecheckAnswer(type: type, succeeded: true, capabilities: capabilities)
    }

    static func fail(_ type: ValidatorType?) -> TypecheckAnswer {
        TypecheckAnswer(type: type, succeeded: false, capabilities: [])
    }

    /// Failed, keeping the type.
    var failed: TypecheckAnswer { .fail(type) }

    /// Runs the next step with this answer's type; a failure here makes the step's answer a failure
    /// too (and the step then sees no capabilities).
    func then(_ next: (ValidatorType?, CapabilitySet) -> TypecheckAnswer) -> TypecheckAnswer {
        succeeded ? next(type, capabilities) : next(type, []).failed
    }

    /// Runs `next` with all answers' types; fails if any answer failed.
    static func sequence(
        _ answers: [TypecheckAnswer], _ next: ([ValidatorType?]) -> TypecheckAnswer
    ) -> TypecheckAnswer {
        let result = next(answers.map(\.type))
        return answers.allSatisfy(\.succeeded) ? result : result.failed
    }
}
