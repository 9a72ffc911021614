/// A Cedar policy or template: an effect, a scope, conditions and annotations.
///
/// A template is a policy whose scope contains `?principal` or `?resource` slots; `PolicySet` links
/// templates into policies by filling the slots.
public struct Policy: Hashable, Sendable {
    public var id: String
    public var effect: Effect
    /// Annotations in source order; `@name` without a value has the value `""`.
    public var annotations: [Annotation]
    public var principal: ScopeConstraint
    public var action: ActionConstraint
    public var resource: ScopeConstraint
    /// `when` and `unless` clauses in source order.
    public var conditions: [Condition]
    /// Where the policy was written, when it came from source text.
    public var span: SourceSpan?

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

    public var isTemplate: Bool { !slots.isEmpty }
}

public enum Effect: String, Hashable, Sendable {
    case permit, forbid
}

public struct Annotation: Hashable, Sendable {
    public var key: String
    public var value: String
    /// `false` for an annotation written without a value (`@key` in text, `null` in JSON), which Cedar prints
    /// back as `@key` and writes as `null`; such an annotation has the value `""`. Not part of equality.
    public var hasValue: Bool
    public var span: SourceSpan?

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

public struct Condition: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable {
        case when, unless
    }

    public var kind: Kind
    public var body: Expr

    public init(_ kind: Kind, _ body: Expr) {
        self.kind = kind
        self.body = body
    }
}
