/// Checks entities against a schema, as Rust Cedar's `EntitySchemaConformanceChecker` does.
struct EntityConformance {
    var schema: Schema

    /// Checks a non-action entity: its id (for enumerated types), attributes, parents and tags.
    func check(_ entity: Entity) throws(Diagnostic) {
        let uid = entity.uid
        try checkEnumerated(uid)
        guard let definition = schema.entityTypes[uid.type] else { throw undeclaredType(uid) }
        let declared = definition.attributes.attributes
        for name in declared.keys.sorted() where declared[name]!.isRequired && entity.attributes[name] == nil {
            throw Diagnostic("expected entity `\(uid)` to have attribute `\(name)`, but it does not")
        }
        for name in entity.attributes.keys.sorted() {
            let value = entity.attributes[name]!
            guard let attribute = declared[name] else {
                throw Diagnostic("attribute `\(name)` on `\(uid)` should not exist according to the schema")
            }
            try checkValue(value, against: attribute.type, at: .entityAttribute(uid, name))
        }
        let allowed = allowedAncestorTypes(of: uid.type)
        for parent in entity.parents.sorted() {
            try checkEnumerated(parent)
            guard allowed.contains(parent.type) else {
                throw Diagnostic(
                    "`\(uid)` is not allowed to have an ancestor of type `\(parent.type)` according to the schema",
                    help: allowed.isEmpty
                        ? "the schema declares no parent types for `\(uid.type)`"
                        : "allowed ancestor types: " + allowed.sorted().map { "`\($0)`" }.joined(separator: ", "))
            }
        }
        for name in entity.tags.keys.sorted() {
            guard let tagType = definition.tags else { throw Self.unexpectedTag(name, on: uid) }
            try checkValue(entity.tags[name]!, against: tagType, at: .entityTag(uid, name))
        }
    }

    /// Checks an action entity found in the data: it must equal the schema's action entity, with the
    /// hierarchy (after transitive closure) and attributes the schema declares, and no tags.
    func checkAction(_ entity: Entity, ancestors: Set<EntityUID>) throws(Diagnostic) {
        guard let action = schema.actions[entity.uid] else {
            throw Diagnostic(
                "found action entity `\(entity.uid)`, but it was not declared as an action in the schema")
        }
        guard entity.attributes == action.attributes, entity.tags.isEmpty,
            ancestors == actionAncestors(of: entity.uid)
        else { throw Self.actionMismatch(entity.uid) }
    }

    func checkValue(_ value: Value, against type: SchemaType, at place: JSONPlace) throws(Diagnostic) {
        guard TypeCheck.conforms(value, to: type) else {
            let detail = TypeCheck.problem(value, against: type).map { "\($0)" }
            throw Diagnostic(
                "\(place.phrase), type mismatch: value was expected to have type \(TypeText.describe(type)), "
                    + "but it actually has type \(TypeText.describe(value)): \(Brief.value(value))",
                help: detail)
        }
        for reference in TypeCheck.entityReferences(in: value) { try checkEnumerated(reference) }
    }

    /// Fails when `uid` has an enumerated entity type but an id the schema does not list.
    func checkEnumerated(_ uid: EntityUID) throws(Diagnostic) {
        guard let ids = schema.entityTypes[uid.type]?.enumeratedIDs, !ids.contains(uid.id) else { return }
        throw Diagnostic(
            "entity `\(uid)` is of an enumerated entity type, but \(CedarString.quoted(uid.id)) is not declared "
                + "as a valid eid",
            help: "valid entity eids: " + ids.map(CedarString.quoted).joined(separator: ", "))
    }

    /// Entity types that entities of `type` may have as ancestors: the transitive closure of `memberOfTypes`,
    /// limited to declared types.
    func allowedAncestorTypes(of type: Name) -> Set<Name> {
        var result: Set<Name> = []
        var stack = Array(schema.entityTypes[type]?.memberOfTypes ?? [])
        while let next = stack.popLast() {
            guard schema.entityTypes[next] != nil, result.insert(next).inserted else { continue }
            stack.append(contentsOf: schema.entityTypes[next]?.memberOfTypes ?? [])
        }
        return result
    }

    /// The action groups `action` belongs to, directly or not.
    func actionAncestors(of action: EntityUID) -> Set<EntityUID> {
        var result: Set<EntityUID> = []
        var stack = Array(schema.actions[action]?.memberOf ?? [])
        while let next = stack.popLast() {
            guard result.insert(next).inserted else { continue }
            stack.append(contentsOf: schema.actions[next]?.memberOf ?? [])
        }
        return result
    }

    func undeclaredType(_ uid: EntityUID) -> Diagnostic {
        let suggestions = schema.entityTypes.keys.filter { $0.basename == uid.type.basename }.sorted()
        let help: String? =
            switch suggestions.count {
            case 0: nil
            case 1: "did you mean `\(suggestions[0])`?"
            default: "did you mean one of " + suggestions.map { "`\($0)`" }.joined(separator: ", ") + "?"
            }
        return Diagnostic("entity `\(uid)` has type `\(uid.type)` which is not declared in the schema", help: help)
    }

    static func actionMismatch(_ uid: EntityUID) -> Diagnostic {
        Diagnostic(
            "definition of action `\(uid)` does not match its schema declaration",
            help: "to use the schema's definition of `\(uid)`, simply omit it from the entities input data")
    }

    static func unexpectedTag(_ tag: String, on uid: EntityUID) -> Diagnostic {
        Diagnostic("found a tag `\(tag)` on `\(uid)`, but no tags should exist on `\(uid)` according to the schema")
    }
}
