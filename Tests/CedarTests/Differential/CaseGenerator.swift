import Cedar

/// Generates whole differential test cases from a seed: an entity world, policies over it, and requests.
///
/// Deterministic: the same seed always yields the same cases. Entities, policies and requests are drawn from
/// a shared small vocabulary so that scopes match, attributes exist (or are missing) and conditions both hold
/// and fail often.
struct CaseGenerator {
    /// The types of values the generator produces, both as data and as expression results.
    enum Kind: CaseIterable {
        case bool, long, string, entity, set, record, decimal, ip, datetime, duration
    }

    var rng: SeededRandom
    /// Entities in the store of the case being generated.
    var stored: [EntityUID] = []
    /// Entities that policies and requests mention but the store lacks.
    var missing: [EntityUID] = []
    var actions: [EntityUID] = []

    static let entityTypes = [
        Name("User"), Name("Group"), Name("Photo"), Name("Album"), Name("Doc", namespace: ["NS"]),
    ]
    static let entityIDs = ["a", "b", "x y", ""]
    static let actionIDs = ["view", "edit", "delete", "share"]
    static let actionGroups: [String: [String]] = ["read": ["view", "share"], "write": ["edit", "delete"]]
    /// Attribute names and the kind of value they usually hold.
    static let attributes: [(name: String, kind: Kind)] = [
        ("name", .string), ("age", .long), ("flag", .bool), ("owner", .entity), ("friends", .set), ("tags", .set),
        ("info", .record), ("amount", .decimal), ("addr", .ip), ("created", .datetime), ("ttl", .duration),
        ("nums", .set), ("weird key", .string),
    ]
    static let tagNames = ["t1", "t2", "color"]
    static let contextFields: [(name: String, kind: Kind)] = [
        ("flag", .bool), ("n", .long), ("s", .string), ("who", .entity), ("list", .set), ("rec", .record),
        ("amount", .decimal), ("when", .datetime), ("ttl", .duration),
    ]

    init(seed: UInt64) { rng = SeededRandom(seed: seed) }

    /// The next case; `index` is recorded for reproduction.
    mutating func makeCase(index: Int) -> GeneratedCase {
        let entitiesJSON = makeWorld()
        let policyCount = rng.chance(0.05) ? 0 : rng.int(1...6)
        var policies: [String] = []
        var links: [GeneratedCase.Link] = []
        for position in 0..<policyCount {
            if rng.chance(0.15) {
                let (text, slots) = policy(slots: rng.pick([[.principal], [.resource], [.principal, .resource]]))
                policies.append(text)
                for linkNumber in 0..<rng.int(0...2) {
                    var values: [SlotID: EntityUID] = [:]
                    for slot in slots { values[slot] = scopeEntity() }
                    links.append(
                        .init(templateID: "policy\(position)", newID: "link\(position)_\(linkNumber)", values: values))
                }
            } else {
                policies.append(policy(slots: []).text)
            }
        }
        if !policies.isEmpty && rng.chance(0.03) {
            // A link both sides must reject alike: a static policy as template, a taken id, or a missing slot value.
            let target = "policy\(rng.int(0...policies.count - 1))"
            let newID = rng.chance(0.5) ? "policy0" : "link_bad"
            links.append(
                .init(templateID: target, newID: newID, values: rng.chance(0.5) ? [:] : [.principal: scopeEntity()]))
        }
        var malformed: Int?
        if !policies.isEmpty && rng.chance(0.07) {
            let position = rng.int(0...policies.count - 1)
            policies[position] = damaged(policies[position])
            malformed = position
        }
        let requests = (0..<4).map { _ in request() }
        return GeneratedCase(
            index: index, policies: policies, malformedPolicy: malformed, links: links, entitiesJSON: entitiesJSON,
            requests: requests)
    }

    // MARK: - Entities

    /// Chooses the case's entities and returns them as Cedar entities JSON.
    mutating func makeWorld() -> String {
        stored = []
        for type in Self.entityTypes {
            stored += rng.subset(Self.entityIDs, 0.5).map { EntityUID(type: type, id: $0) }
        }
        missing = (0..<2).map { _ in EntityUID(type: rng.pick(Self.entityTypes), id: "ghost") }
        missing.append(EntityUID(type: rng.pick(Self.entityTypes), id: rng.pick(Self.entityIDs)))
        missing.removeAll { stored.contains($0) }
        actions = Self.actionIDs.map { EntityUID(type: Name("Action"), id: $0) }

        // Levels make the hierarchy acyclic: parents always have a strictly higher level (depth at most 6).
        let levels = Dictionary(uniqueKeysWithValues: stored.map { ($0, rng.int(0...5)) })
        var records: [String] = []
        for uid in stored {
            let higher = stored.filter { levels[$0]! > levels[uid]! }
            var parents = higher.isEmpty ? [] : (0..<rng.int(0...2)).map { _ in rng.pick(higher) }
            if rng.chance(0.1), let ghost = missing.first { parents.append(ghost) }
            let attributes = rng.subset(Self.attributes, 0.75).map { attribute in
                (key: attribute.name, value: value(rng.chance(0.1) ? rng.pick(Kind.allCases) : attribute.kind, 2))
            }
            let tags =
                rng.chance(0.4) ? rng.subset(Self.tagNames, 0.6).map { (key: $0, value: value(simpleKind(), 1)) } : []
            records.append(entityJSON(uid, attributes: attributes, parents: Array(Set(parents)), tags: tags))
        }
        for action in actions {
            let groups = Self.actionGroups.filter { $0.value.contains(action.id) }.map(\.key).sorted()
            records.append(
                entityJSON(
                    action, attributes: [], parents: groups.map { EntityUID(type: Name("Action"), id: $0) }, tags: []))
        }
        for group in Self.actionGroups.keys.sorted() {
            let uid = EntityUID(type: Name("Action"), id: group)
            records.append(
                entityJSON(uid, attributes: [], parents: [EntityUID(type: Name("Action"), id: "all")], tags: []))
            actions.append(uid)
        }
        actions.append(EntityUID(type: Name("Action"), id: "all"))
        if rng.chance(0.02), let duplicate = records.first {
            records.append(duplicate)  // a duplicate entity: both sides must reject (or accept) it alike
        }
        if rng.chance(0.03) {  // entity data both sides must reject (or accept) alike
            let user = #"{"type": "User", "id": "bad"}"#
            records.append(
                rng.pick([
                    #"{"uid": \#(user), "attrs": {"d": {"__extn": {"fn": "decimal", "arg": "x"}}}, "parents": []}"#,
                    #"{"uid": \#(user), "attrs": {"d": {"__extn": {"fn": "nope", "arg": "1"}}}, "parents": []}"#,
                    #"{"uid": \#(user), "attrs": {}, "parents": [5]}"#,
                    #"{"uid": {"type": "1User", "id": "bad"}, "attrs": {}, "parents": []}"#,
                    #"{"uid": {"type": "User", "id": "a"}, "attrs": {"extra": 1}, "parents": []}"#,
                    #"{"uid": \#(user), "attrs": {}, "parents": [], "tags": {"t": {"__entity": \#(user)}}}"#,
                    #"{"uid": \#(user), "attrs": {"e": {"__entity": {"type": "User"}}}, "parents": []}"#,
                    #"{"uid": {"__entity": {"type": "User", "id": "bad2"}}, "attrs": {}, "parents": []}"#,
                    #"{"uid": \#(user), "attrs": {"big": 9223372036854775808}, "parents": []}"#,
                    #"{"uid": \#(user), "attrs": {}, "parents": [], "extra": 1}"#,
                ]))
        }
        return "[\n" + records.joined(separator: ",\n") + "\n]"
    }

    func entityJSON(
        _ uid: EntityUID, attributes: [(key: String, value: GeneratedValue)], parents: [EntityUID],
        tags: [(key: String, value: GeneratedValue)]
    ) -> String {
        var text =
            "{\"uid\": \(GeneratedValue.jsonText(uid)), \"attrs\": \(GeneratedValue.record(attributes).jsonText), "
        text += "\"parents\": [" + parents.sorted().map(GeneratedValue.jsonText).joined(separator: ", ") + "]"
        if !tags.isEmpty { text += ", \"tags\": \(GeneratedValue.record(tags).jsonText)" }
        return text + "}"
    }

    mutating func simpleKind() -> Kind { rng.pick([.bool, .long, .string, .string, .entity, .set]) }

    /// A data value of `kind`; extension values use valid literals with known values where possible.
    mutating func value(_ kind: Kind, _ depth: Int) -> GeneratedValue {
        switch kind {
        case .bool: return .bool(rng.chance(0.5))
        case .long: return .long(rng.chance(0.8) ? Int64(rng.int(-3...12)) : rng.pick(ExtensionLiterals.longs))
        case .string: return .string(rng.pick(ExtensionLiterals.strings))
        case .entity: return .entity(anyEntity())
        case .set:
            let element = depth > 0 ? rng.pick([Kind.long, .string, .entity, .entity, .bool, .set]) : .long
            let mixed = rng.chance(0.1)
            return .set((0..<rng.int(0...3)).map { _ in value(mixed ? simpleKind() : element, depth - 1) })
        case .record:
            let keys = rng.subset(["level", "label", "inner", "flag", "n"], 0.5)
            return .record(
                keys.map { key in
                    let kind: Kind =
                        switch key {
                        case "level", "n": .long
                        case "label": .string
                        case "inner": depth > 0 ? .record : .bool
                        default: .bool
                        }
                    return (key: key, value: value(kind, depth - 1))
                })
        case .decimal:
            let d = rng.pick(ExtensionLiterals.decimals)
            return .ext(function: "decimal", argument: d.text, known: .decimal(CedarDecimal(scaled: d.scaled)))
        case .ip: return .ext(function: "ip", argument: rng.pick(Array(ExtensionLiterals.ips.prefix(11))), known: nil)
        case .datetime:
            let d = rng.pick(ExtensionLiterals.datetimes)
            return .ext(
                function: "datetime", argument: d.text, known: .datetime(CedarDatetime(milliseconds: d.milliseconds)))
        case .duration:
            let d = rng.pick(ExtensionLiterals.durations)
            return .ext(
                function: "duration", argument: d.text, known: .duration(CedarDuration(milliseconds: d.milliseconds)))
        }
    }

    /// An entity for data and conditions: usually stored, sometimes missing, sometimes an action.
    mutating func anyEntity() -> EntityUID {
        let roll = rng.int(0...9)
        if roll < 7, !stored.isEmpty { return rng.pick(stored) }
        if roll < 9, !missing.isEmpty { return rng.pick(missing) }
        return rng.pick(actions)
    }

    /// An entity for policy scopes and links.
    mutating func scopeEntity() -> EntityUID {
        rng.chance(0.85) && !stored.isEmpty
            ? rng.pick(stored) : rng.pick(missing + [EntityUID(type: Name("User"), id: "a")])
    }

    // MARK: - Requests

    mutating func request() -> GeneratedCase.GeneratedRequest {
        let principal = rng.chance(0.85) && !stored.isEmpty ? rng.pick(stored) : anyEntity()
        let action =
            rng.chance(0.93)
            ? rng.pick(actions) : rng.pick([EntityUID(type: Name("Action"), id: "unknown"), anyEntity()])
        let resource = rng.chance(0.85) && !stored.isEmpty ? rng.pick(stored) : anyEntity()
        var fields: [(key: String, value: GeneratedValue)] = []
        for field in rng.subset(Self.contextFields, 0.8) {
            var kind = rng.chance(0.1) ? rng.pick(Kind.allCases) : field.kind
            if kind == .ip { kind = .string }  // the generator does not model IP values exactly
            fields.append((key: field.name, value: value(kind, 2)))
        }
        let context = GeneratedValue.record(fields)
        guard case .record(let values)? = context.value else {
            preconditionFailure("context values are always modelled exactly")
        }
        return .init(
            request: Request(principal: principal, action: action, resource: resource, context: values),
            contextJSON: context.jsonText)
    }
}
