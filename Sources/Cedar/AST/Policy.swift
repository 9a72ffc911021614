/// A Cedar policy or template: an effect, a scope, conditions and annotations.
///
/// A template is a policy whose scope contains `?principal` or `?resource` slots; `PolicySet` links
/// templates into policies by filling the slots.
public struct Policy: Hashable, Sendable {
    /// The policy's id: `policy0`, `policy1`, … from text, or the key in a JSON policy set.
    public var id: String
    /// Whether the policy permits or forbids what it matches.
    public var effect: Effect
    /// Annotations in source order; `@name` without a value has the value `""`.
    public var annotations: [Annotation]
    /// The principal part of the scope.
    public var principal: ScopeConstraint
    /// The action part of the scope.
    public var action: ActionConstraint
    /// The resource part of the scope.
    public var resource: ScopeConstraint
    /// `when` and `unless` clauses in source order.
    public var conditions: [Condition]
    /// Where the policy was written, when it came from source text.
    public var span: SourceSpan?

    /// A policy; the scope defaults to matching everything, the rest to none.
    public init(
        id: String, effect: Effect, annotations: [Annotation] = [], principal: ScopeConstraint = .any,
        action: ActionConstraint = .any, resource: ScopeConstraint = .any, conditions: [Condition] = [],
        span: SourceSpan? = nil
    ) {
        self.id = id
        self.effect = effect
        self.annotations = annotations
        self.principal = principal
        self.action = action
        self.resource = resource
        self.conditions = conditions
        self.span = span
    }

    /// The value of the first annotation named `key`, if any.
    public func annotation(_ key: String) -> String? {
        annotations.first { $0.key == key }?.value
    }

    /// The slots this policy's scope mentions; empty for a static policy.
    public var slots: [SlotID] {
        var result: [SlotID] = []
        if principal.slot != nil { result.append(.principal) }
        if resource.slot != nil { result.append(.resource) }
        return result
    }

    /// Whether the scope has slots, which linking fills.
    public var isTemplate: Bool { !slots.isEmpty }
}

/// What a satisfied policy says about a request.
public enum Effect: String, Hashable, Sendable {
    case permit, forbid
}

/// An annotation, `@key("value")`, on a policy.
public struct Annotation: Hashable, Sendable {
    /// The name after `@`.
    public var key: String
    /// The text in the parentheses; `""` when none was written.
    public var value: String
    /// `false` for an annotation written without a value (`@key` in text, `null` in JSON), which Cedar prints
    /// back as `@key` and writes as `null`; such an annotation has the value `""`. Not part of equality.
    public var hasValue: Bool
    /// Where the annotation was written, when it came from source text.
    public var span: SourceSpan?

    /// An annotation, with a value and without a source span by default.
    public init(key: String, value: String, hasValue: Bool = true, span: SourceSpan? = nil) {
        self.key = key
        self.value = value
        self.hasValue = hasValue
        self.span = span
    }

    public static func == (lhs: Annotation, rhs: Annotation) -> Bool { lhs.key == rhs.key && lhs.value == rhs.value }
    public func hash(into hasher: inout Hasher) {
        hasher.combine(key)
        hasher.combine(value)
    }
}

/// An entity in a scope: a literal, or a slot a template link fills in.
public enum EntityReference: Hashable, Sendable {
    case entity(EntityUID)
    case slot(SlotID)
}

/// The principal or resource part of a policy scope.
public enum ScopeConstraint: Hashable, Sendable {
    /// `principal`
    case any
    /// `principal == E`
    case equal(EntityReference)
    /// `principal in E`
    case `in`(EntityReference)
    /// `principal is T`
    case `is`(Name)
    /// `principal is T in E`
    case isIn(Name, EntityReference)

    /// The slot the constraint refers to, if any.
    public var slot: SlotID? {
        switch self {
        case .equal(.slot(let s)), .in(.slot(let s)), .isIn(_, .slot(let s)): s
        default: nil
        }
    }
}

/// The action part of a policy scope.
public enum ActionConstraint: Hashable, Sendable {
    /// `action`
    case any
    /// `action == A`
    case equal(EntityUID)
    /// `action in A`
    case `in`(EntityUID)
    /// `action in [A, B]`
    case inList([EntityUID])
}

/// A `when { … }` or `unless { … }` clause.
public struct Condition: Hashable, Sendable {
    /// `when` holds when its body is true, `unless` when its body is false.
    public enum Kind: String, Hashable, Sendable {
        case when, unless
    }

    /// Which kind of clause this is.
    public var kind: Kind
    /// The expression in the braces.
    public var body: Expr

    /// A clause of `kind` with `body`.
    public init(_ kind: Kind, _ body: Expr) {
        self.kind = kind
        self.body = body
    }
}
