import Cedar

/// Entities and requests for the generated schema, written in Cedar's JSON format in the forms a schema makes
/// legal (entity references as bare `{"type", "id"}`, extension values as bare strings or `{"fn", "arg"}`), and
/// now and then not conforming (a missing or undeclared attribute, a wrong type, a parent of the wrong type).
extension SchemaCaseGenerator {
    mutating func makeEntities() -> String {
        stored = [:]
        faults = rng.chance(0.25) ? 1 : 0
        var records: [String] = []
        for entity in model.entityTypes {
            let ids =
                entity.enumIDs.map { rng.chance(0.3) ? rng.subset($0, 0.5) : [] } ?? rng.subset(Self.entityIDs, 0.6)
            stored[entity.name] = ids
        }
        // Ranks keep the entity hierarchy acyclic (Rust rejects cycles): parents always rank strictly higher.
        var ranks: [EntityUID: Int] = [:]
        for entity in model.entityTypes {
            for id in stored[entity.name] ?? [] { ranks[EntityUID(type: entity.name, id: id)] = rng.int(0...4) }
        }
        for entity in model.entityTypes {
            for id in stored[entity.name] ?? [] { records.append(entityRecord(entity, id: id, ranks: ranks)) }
        }
        faults = 0
        if rng.chance(0.06) {  // data the schema does not describe: both sides must reject (or accept) it alike
            let someType = rng.pick(model.entityTypes).name
            let action = rng.pick(model.actions).uid
            let zz = #"{"type": "\#(someType)", "id": "zz"}"#
            records.append(
                rng.pick([
                    #"{"uid": {"type": "Ghost", "id": "a"}, "attrs": {}, "parents": []}"#,
                    #"{"uid": \#(zz), "attrs": {"undeclared": 1}, "parents": []}"#,
                    #"{"uid": \#(zz), "attrs": {}, "parents": [], "tags": {"k1": 1}}"#,
                    #"{"uid": \#(zz), "attrs": {}, "parents": [{"type": "Ghost", "id": "a"}]}"#,
                    #"{"uid": {"type": "\#(action.type)", "id": "\#(action.id)"}, "attrs": {}, "parents": []}"#,
                    #"{"uid": {"type": "\#(action.type)", "id": "undeclared"}, "attrs": {}, "parents": []}"#,
                    #"{"uid": \#(zz), "attrs": {}, "parents": [\#(GeneratedValue.jsonText(action))]}"#,
                    #"{"uid": {"__entity": {"type": "\#(someType)", "id": "zz"}}, "attrs": {}, "parents": []}"#,
                    #"{"uid": \#(zz), "attrs": {}, "parents": [{"__entity": {"type": "\#(someType)", "id": "a"}}]}"#,
                    #"{"uid": \#(zz), "parents": []}"#,
                    #"{"uid": \#(zz), "attrs": {}}"#,
                ]))
        }
        if rng.chance(0.05) {  // the schema's actions, as data (Rust accepts them when they match the schema)
            for action in model.actions where rng.chance(0.5) {
                let parents = (rng.chance(0.8) ? action.memberOf : []).map(GeneratedValue.jsonText)
                records.append(
                    "{\"uid\": \(GeneratedValue.jsonText(action.uid)), \"attrs\": {}, "
                        + "\"parents\": [\(parents.joined(separator: ", "))]}"
                )
            }
        }
        return "[\n" + records.joined(separator: ",\n") + "\n]"
    }

    mutating func entityRecord(_ entity: SchemaModel.EntityType, id: String, ranks: [EntityUID: Int]) -> String {
        let uid = EntityUID(type: entity.name, id: id)
        var text = "{\"uid\": \(GeneratedValue.jsonText(uid)), \"attrs\": "
        text += entity.enumIDs == nil ? recordJSON(entity.attributes, 2) : "{}"
        var parents: [EntityUID] = []
        for parentType in entity.memberOf where rng.chance(0.6) {
            let rank = ranks[uid] ?? 0
            let candidates = (stored[parentType] ?? []).filter {
                (ranks[EntityUID(type: parentType, id: $0)] ?? 0) > rank
            }
            if let id = candidates.randomElement(using: &rng) { parents.append(EntityUID(type: parentType, id: id)) }
        }
        if fault(0.05) { parents.append(EntityUID(type: rng.pick(model.entityTypes).name, id: "a")) }
        text += ", \"parents\": [" + parents.map(GeneratedValue.jsonText).joined(separator: ", ") + "]"
        if let tags = entity.tags, rng.chance(0.7) {
            let fields = rng.subset(["k1", "k2", "k3"], 0.5).map { "\"\($0)\": \(valueJSON(tags, 1))" }
            text += ", \"tags\": {" + fields.joined(separator: ", ") + "}"
        }
        return text + "}"
    }

    /// A record of `attributes`: required ones nearly always, optional ones half the time.
    mutating func recordJSON(_ attributes: [Attribute], _ depth: Int) -> String {
        var fields: [String] = []
        for attribute in attributes where attribute.isRequired ? !fault(0.05) : rng.chance(0.5) {
            fields.append("\(GeneratedValue.jsonQuoted(attribute.name)): \(valueJSON(attribute.type, depth))")
        }
        if fault(0.05) { fields.append("\"undeclared\": 1") }
        return "{" + fields.joined(separator: ", ") + "}"
    }

    /// A JSON value of `type` (rarely of another type, on purpose).
    mutating func valueJSON(_ type: AttributeType, _ depth: Int) -> String {
        if fault(0.05) {
            return rng.pick([
                "1", "\"a\"", "true", "[]", "{}", "null", "{\"__extn\": {\"fn\": \"decimal\", \"arg\": \"1.0\"}}",
                "{\"__entity\": {\"type\": \"\(model.entityTypes[0].name)\", \"id\": \"a\"}}", "1.5",
                "{\"type\": \"\(model.entityTypes[0].name)\", \"id\": \"a\"}",
            ])
        }
        switch type.resolved {
        case .long:
            return rng.chance(0.95) ? String(rng.int(-2...30)) : String(rng.pick(ExtensionLiterals.longs))
        case .string: return GeneratedValue.jsonQuoted(rng.pick(ExtensionLiterals.strings))
        case .bool: return rng.chance(0.5) ? "true" : "false"
        case .entity(let name):
            let ids = model.entityType(name)?.enumIDs ?? stored[name] ?? []
            let enumerated = model.entityType(name)?.enumIDs != nil
            let id =
                !ids.isEmpty && (enumerated ? !fault(0.1) : rng.chance(0.85))
                ? rng.pick(ids) : rng.pick(Self.entityIDs + ["ghost"])
            let uid = GeneratedValue.jsonText(EntityUID(type: name, id: id))
            return rng.chance(0.5) ? "{\"__entity\": \(uid)}" : uid
        case .set(let element):
            let count = depth > 0 ? rng.int(0...3) : 0
            return "[" + (0..<count).map { _ in valueJSON(element, depth - 1) }.joined(separator: ", ") + "]"
        case .record(let fields): return recordJSON(fields, depth - 1)
        case .ext(let name): return extensionJSON(name)
        case .common: return "null"
        }
    }

    mutating func extensionJSON(_ type: String) -> String {
        let function = type == "ipaddr" ? "ip" : type
        var argument: String
        switch type {
        case "ipaddr": argument = rng.pick(Array(ExtensionLiterals.ips.prefix(11)))
        case "decimal": argument = rng.pick(ExtensionLiterals.decimals).text
        case "datetime": argument = rng.pick(ExtensionLiterals.datetimes).text
        default: argument = rng.pick(ExtensionLiterals.durations).text
        }
        if fault(0.03) { argument = rng.pick(["1.2.3", "abc", "1.23456", "2023-02-29", "1x", ""]) }
        let quoted = GeneratedValue.jsonQuoted(argument)
        if fault(0.03) {  // the wrong constructor for the type
            let other = rng.pick(["ip", "decimal", "datetime", "duration"])
            return "{\"__extn\": {\"fn\": \"\(other)\", \"arg\": \(quoted)}}"
        }
        switch rng.int(0...8) {
        case 0...4: return "{\"__extn\": {\"fn\": \"\(function)\", \"arg\": \(quoted)}}"
        case 5...7: return quoted
        default: return "{\"fn\": \"\(function)\", \"arg\": \(quoted)}"
        }
    }

    // MARK: - Requests

    mutating func request() -> SchemaCase.Request {
        let applicable = model.applicableActions
        let action: SchemaModel.Action?
        var actionUID: EntityUID
        if !applicable.isEmpty, rng.chance(0.88) {
            action = rng.pick(applicable)
            actionUID = action!.uid
        } else {
            action = model.actions.randomElement(using: &rng)
            actionUID = action?.uid ?? EntityUID(type: Name("Action"), id: "view")
            if rng.chance(0.25) { actionUID = EntityUID(type: actionUID.type, id: "undeclared") }
        }
        if rng.chance(0.02) { actionUID = EntityUID(type: rng.pick(model.entityTypes).name, id: actionUID.id) }
        let principal = rng.chance(0.02) ? actionUID : requestEntity(action?.principals ?? [])
        let resource = requestEntity(action?.resources ?? [])
        faults = rng.chance(0.2) ? 1 : 0
        var context = recordJSON(action?.context ?? [], 2)
        faults = 0
        if rng.chance(0.03) { context = rng.pick(["{}", "[]", "1", "null"]) }
        return .init(principal: principal, action: actionUID, resource: resource, contextJSON: context)
    }

    /// An entity of one of `types` (usually stored, sometimes not), or rarely of another type.
    mutating func requestEntity(_ types: [Name]) -> EntityUID {
        let type = !types.isEmpty && rng.chance(0.95) ? rng.pick(types) : rng.pick(model.entityTypes).name
        let ids = model.entityType(type)?.enumIDs ?? stored[type] ?? []
        let id = !ids.isEmpty && rng.chance(0.93) ? rng.pick(ids) : rng.pick(Self.entityIDs + ["ghost"])
        return EntityUID(type: type, id: id)
    }
}
