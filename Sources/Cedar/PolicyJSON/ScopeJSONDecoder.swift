/// Reads the `principal`, `action` and `resource` constraints of a JSON policy.
enum ScopeJSONDecoder {
    private static let expectedOp = "`\"All\"`, `\"==\"`, `\"in\"` or `\"is\"`"

    static func scope(_ cursor: JSONCursor, slot: SlotID) throws(Diagnostic) -> ScopeConstraint {
        let object = try cursor.object("a scope constraint object with the key `op`")
        let opCursor = try cursor.required("op", in: object)
        switch try opCursor.string(expectedOp) {
        case "All", "all":
            return .any
        case "==":
            return .equal(try reference(cursor, object, slot: slot))
        case "in":
            return .in(try reference(cursor, object, slot: slot))
        case "is":
            try cursor.rejectUnknownKeys(object, allowed: ["op", "entity_type", "in"])
            let type = try ExprJSONDecoder.entityType(try cursor.required("entity_type", in: object))
            guard let container = cursor.optional("in", in: object), container.value != .null else { return .is(type) }
            let inner = try container.object("an object with the key `entity` or `slot`")
            return .isIn(type, try reference(container, inner, slot: slot))
        default:
            throw opCursor.mismatch(expectedOp)
        }
    }

    /// `"entity": {…}` or `"slot": "?principal"` (the slot must be the constraint's own).
    private static func reference(
        _ cursor: JSONCursor, _ object: JSONObject, slot: SlotID
    ) throws(Diagnostic) -> EntityReference {
        if let entity = cursor.optional("entity", in: object) {
            return .entity(try LiteralJSONDecoder.entityUID(entity))
        }
        guard let slotCursor = cursor.optional("slot", in: object) else {
            throw cursor.error("missing the key `entity` or `slot`")
        }
        let name = try slotCursor.string("a slot name (`\"\(slot.rawValue)\"`)")
        guard name == slot.rawValue else {
            let what =
                SlotID(rawValue: name) == nil ? "`\(name)` is not a slot" : "the slot `\(name)` cannot appear here"
            throw slotCursor.error("\(what); expected `\(slot.rawValue)`")
        }
        return .slot(slot)
    }

    static func action(_ cursor: JSONCursor) throws(Diagnostic) -> ActionConstraint {
        let object = try cursor.object("an action constraint object with the key `op`")
        let opCursor = try cursor.required("op", in: object)
        switch try opCursor.string("`\"All\"`, `\"==\"` or `\"in\"`") {
        case "All", "all":
            return .any
        case "==":
            if let entity = cursor.optional("entity", in: object) { return .equal(try actionUID(entity)) }
            throw cursor.error(slotOrMissing(object, "`entity`"))
        case "in":
            if let entity = cursor.optional("entity", in: object) { return .in(try actionUID(entity)) }
            if let entities = cursor.optional("entities", in: object) {
                var uids: [EntityUID] = []
                for (index, element) in try entities.array("an array of action entities").enumerated() {
                    uids.append(try actionUID(entities.element(index, element)))
                }
                return .inList(uids)
            }
            throw cursor.error(slotOrMissing(object, "`entity` or `entities`"))
        default:
            throw opCursor.mismatch("`\"All\"`, `\"==\"` or `\"in\"` (the action constraint has no `is`)")
        }
    }

    private static func slotOrMissing(_ object: JSONObject, _ keys: String) -> String {
        object["slot"] != nil ? "the action constraint cannot contain a slot" : "missing the key \(keys)"
    }

    private static func actionUID(_ cursor: JSONCursor) throws(Diagnostic) -> EntityUID {
        let uid = try LiteralJSONDecoder.entityUID(cursor)
        guard uid.type.isAction else {
            throw cursor.error("expected an action entity (type `Action` or `NS::Action`), found `\(uid)`")
        }
        return uid
    }
}
