/// The outcome of validating a policy set against a schema.
public struct ValidationResult: Sendable, CustomStringConvertible {
    /// Problems that make the policy set invalid.
    public var errors: [ValidationError]
    /// Observations that do not make the policy set invalid (for example a policy that can never apply).
    public var warnings: [ValidationWarning]

    public init(errors: [ValidationError] = [], warnings: [ValidationWarning] = []) {
        self.errors = errors
        self.warnings = warnings
    }

    /// Whether validation found no errors (warnings do not count).
    public var isValid: Bool { errors.isEmpty }

    public var description: String {
        (errors.map(\.description) + warnings.map(\.description)).joined(separator: "\n")
    }
}

/// A reason a policy does not validate against the schema.
public struct ValidationError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The kinds of validation error, named as Rust Cedar names them.
    public enum Kind: String, Hashable, Sendable {
        case unrecognizedEntityType = "unrecognized_entity_type"
        case unrecognizedActionID = "unrecognized_action_id"
        case invalidActionApplication = "invalid_action_application"
        case unexpectedType = "unexpected_type"
        case incompatibleTypes = "incompatible_types"
        case unsafeAttributeAccess = "unsafe_attribute_access"
        case unsafeOptionalAttributeAccess = "unsafe_optional_attribute_access"
        case unsafeTagAccess = "unsafe_tag_access"
        case noTagsAllowed = "no_tags_allowed"
        case undefinedFunction = "undefined_function"
        case wrongNumberOfArguments = "wrong_number_arguments"
        case functionArgumentValidation = "function_argument_validation"
        case emptySetForbidden = "empty_set_forbidden"
        case nonLiteralExtensionConstructor = "non_literal_extension_constructor"
        case invalidEnumEntity = "invalid_enum_entity"
    }

    /// The id of the policy or template the error is in.
    public var policyID: String
    /// Where in the policy source the problem is, when known.
    public var span: SourceSpan?
    public var kind: Kind
    /// What is wrong, without the policy id.
    public var message: String
    /// A suggestion, when there is one.
    public var help: String?

    public init(policyID: String, span: SourceSpan?, kind: Kind, message: String, help: String? = nil) {
        self.policyID = policyID
        self.span = span
        self.kind = kind
        self.message = message
        self.help = help
    }

    /// The error as a diagnostic, whose message names the policy.
    public var diagnostic: Diagnostic {
        Diagnostic("for policy `\(policyID)`, \(message)", at: span, help: help)
    }

    public var description: String { diagnostic.description }
}

/// An observation about a policy that does not make it invalid.
public struct ValidationWarning: Hashable, Sendable, CustomStringConvertible {
    public enum Kind: String, Hashable, Sendable {
        /// The policy evaluates to `false` for every request the schema allows.
        case impossiblePolicy = "impossible_policy"
    }

    public var policyID: String
    public var span: SourceSpan?
    public var kind: Kind
    public var message: String

    public init(policyID: String, span: SourceSpan?, kind: Kind, message: String) {
        self.policyID = policyID
        self.span = span
        self.kind = kind
        self.message = message
    }

    public var description: String {
        "\(span.map { "\($0): " } ?? "")warning: for policy `\(policyID)`, \(message)"
    }
}
