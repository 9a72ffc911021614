/// A set of static policies, templates and template links, each with a unique id.
public struct PolicySet: Sendable {
    /// Static policies and linked policies, in the order they were added.
    public private(set) var policies: [Policy] = []
    /// Templates by id, in the order they were added.
    public private(set) var templates: [Policy] = []
    /// For each linked policy id: the template it came from and its slot values.
    public private(set) var links: [String: TemplateLink] = [:]
    private var ids: Set<String> = []

    /// An empty policy set.
    public init() {}

    /// How a linked policy was made from a template.
    public struct TemplateLink: Hashable, Sendable {
        /// The id of the template the policy was linked from.
        public var templateID: String
        /// The entity each slot was filled with.
        public var values: [SlotID: EntityUID]
    }

    /// Adds a static policy. Throws if the id is taken or the policy has slots.
    public mutating func add(_ policy: Policy) throws(Diagnostic) {
        guard !policy.isTemplate else {
            throw Diagnostic("policy `\(policy.id)` has template slots; add it as a template", at: policy.span)
        }
        try checkUnique(policy.id, span: policy.span)
        policies.append(policy)
    }

    /// Adds a template (a policy with slots).
    public mutating func addTemplate(_ template: Policy) throws(Diagnostic) {
        try checkUnique(template.id, span: template.span)
        templates.append(template)
    }

    /// Links template `templateID` with slot values, adding the resulting policy under `newID`.
    public mutating func link(templateID: String, newID: String, values: [SlotID: EntityUID]) throws(Diagnostic) {
        guard let template = templates.first(where: { $0.id == templateID }) else {
            throw Diagnostic("no template with id `\(templateID)`")
        }
        let needed = Set(template.slots)
        guard needed == Set(values.keys) else {
            let want = needed.map(\.rawValue).sorted().joined(separator: ", ")
            let got = values.keys.map(\.rawValue).sorted().joined(separator: ", ")
            throw Diagnostic("template `\(templateID)` needs values for [\(want)], got [\(got)]")
        }
        try checkUnique(newID, span: nil)
        var linked = template
        linked.id = newID
        linked.principal = Self.fill(template.principal, values)
        linked.resource = Self.fill(template.resource, values)
        policies.append(linked)
        links[newID] = TemplateLink(templateID: templateID, values: values)
    }

    private static func fill(_ scope: ScopeConstraint, _ values: [SlotID: EntityUID]) -> ScopeConstraint {
        func resolve(_ ref: EntityReference) -> EntityReference {
            if case .slot(let s) = ref, let uid = values[s] { return .entity(uid) }
            return ref
        }
        switch scope {
        case .any, .is: return scope
        case .equal(let r): return .equal(resolve(r))
        case .in(let r): return .in(resolve(r))
        case .isIn(let t, let r): return .isIn(t, resolve(r))
        }
    }

    private mutating func checkUnique(_ id: String, span: SourceSpan?) throws(Diagnostic) {
        guard ids.insert(id).inserted else {
            throw Diagnostic("duplicate policy id `\(id)`", at: span)
        }
    }
}
