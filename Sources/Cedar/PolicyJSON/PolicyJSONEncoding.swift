extension Policy {
    /// The policy in Cedar's JSON policy format (the "EST"), as Rust Cedar 4.x writes it.
    ///
    /// Keys come in Rust's order (`effect`, `principal`, `action`, `resource`, `conditions`, then `annotations`
    /// sorted by key and omitted when empty). An annotation without a value (`@key`) is written `null`, as Rust
    /// does.
    public func jsonRepresentation() -> JSONValue {
        var object = JSONObject()
        object["effect"] = .string(effect.rawValue)
        object["principal"] = Self.json(principal)
        object["action"] = Self.json(action)
        object["resource"] = Self.json(resource)
        object["conditions"] = .array(
            conditions.map { condition in
                .object(
                    JSONObject([
                        ("kind", .string(condition.kind.rawValue)),
                        ("body", ExprJSONEncoder.encode(condition.body)),
                    ]))
            })
        if !annotations.isEmpty {
            var seen: Set<String> = []
            let unique = annotations.filter { seen.insert($0.key).inserted }
            let sorted = unique.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
            object["annotations"] = .object(
                JSONObject(sorted.map { ($0.key, $0.hasValue ? .string($0.value) : .null) }))
        }
        return .object(object)
    }

    private static func json(_ scope: ScopeConstraint) -> JSONValue {
        switch scope {
        case .any:
            return .object(JSONObject([("op", .string("All"))]))
        case .equal(let reference):
            return .object(JSONObject([("op", .string("==")), reference.jsonMember]))
        case .in(let reference):
            return .object(JSONObject([("op", .string("in")), reference.jsonMember]))
        case .is(let type):
            return .object(JSONObject([("op", .string("is")), ("entity_type", .string(type.description))]))
        case .isIn(let type, let reference):
            return .object(
                JSONObject([
                    ("op", .string("is")), ("entity_type", .string(type.description)),
                    ("in", .object(JSONObject([reference.jsonMember]))),
                ]))
        }
    }

    private static func json(_ action: ActionConstraint) -> JSONValue {
        switch action {
        case .any:
            return .object(JSONObject([("op", .string("All"))]))
        case .equal(let uid):
            return .object(JSONObject([("op", .string("==")), ("entity", LiteralJSON.entityReference(uid))]))
        case .in(let uid):
            return .object(JSONObject([("op", .string("in")), ("entity", LiteralJSON.entityReference(uid))]))
        case .inList(let uids) where uids.count == 1:
            // Rust writes a one-element action list as a single entity.
            return .object(JSONObject([("op", .string("in")), ("entity", LiteralJSON.entityReference(uids[0]))]))
        case .inList(let uids):
            return .object(
                JSONObject([("op", .string("in")), ("entities", .array(uids.map(LiteralJSON.entityReference)))]))
        }
    }
}

extension EntityReference {
    /// `"entity": {"type", "id"}` or `"slot": "?principal"`.
    fileprivate var jsonMember: (key: String, value: JSONValue) {
        switch self {
        case .entity(let uid): ("entity", LiteralJSON.entityReference(uid))
        case .slot(let slot): ("slot", .string(slot.rawValue))
        }
    }
}
