import Cedar

/// Generates schema-directed differential cases from a seed: a random schema (sometimes malformed), policies
/// that mostly fit it, and entities and requests that mostly conform to it.
///
/// Deterministic: the same seed always yields the same case.
struct SchemaCaseGenerator {
    typealias AttributeType = SchemaModel.AttributeType
    typealias Attribute = SchemaModel.Attribute

    var rng: SeededRandom
    var model = SchemaModel()
    /// Entities in the store, by type.
    var stored: [Name: [String]] = [:]
    /// How many more deliberate faults the data being generated may get.
    var faults = 0

    static let namespaces: [[String]] = [[], ["App"], ["Org", "Core"]]
    static let typeNames = ["User", "Group", "Team", "Doc", "Folder", "Device"]
    static let enumNames = ["Color", "Status"]
    static let enumIDs = ["red", "green", "blue", "a", "x y"]
    static let commonNames = ["Address", "Label", "Meta", "Ctx"]
    static let entityIDs = ["a", "b", "x y"]
    static let attributeNames = [
        "name", "age", "level", "active", "owner", "manager", "emails", "profile", "address", "ip", "balance",
        "created", "ttl", "score", "home zip", "in",
    ]
    static let fieldNames = ["street", "zip", "city", "n", "flag", "who", "type", "id", "__extn"]
    static let contextNames = ["n", "flag", "who", "when", "ttl", "src", "amount", "meta", "labels"]
    static let extensionTypes = ["ipaddr", "decimal", "datetime", "duration"]

    init(seed: UInt64) { rng = SeededRandom(seed: seed) }

    /// Whether to put a deliberate fault here: with probability `p` while the budget lasts.
    mutating func fault(_ p: Double) -> Bool {
        guard faults > 0, rng.chance(p) else { return false }
        faults -= 1
        return true
    }

    mutating func makeCase(index: Int) -> SchemaCase {
        makeModel()
        var malformation: String?
        if rng.chance(0.12) { malformation = malform() }
        if rng.chance(0.15) { malformation = (malformation.map { $0 + "; " } ?? "") + oddity() }
        var schemaText = model.text(&rng)
        if malformation == nil && rng.chance(0.03) {
            schemaText = damaged(schemaText)
            malformation = "damaged text"
        }
        let entitiesJSON = makeEntities()
        let policies = (0..<rng.int(1...4)).map { _ in schemaPolicy() }
        let requests = (0..<4).map { _ in request() }
        return SchemaCase(
            index: index, schema: schemaText, malformation: malformation, policies: policies,
            entitiesJSON: entitiesJSON, requests: requests)
    }

    // MARK: - Schema

    mutating func makeModel() {
        model = SchemaModel()
        let namespaces = rng.chance(0.4) ? [rng.pick(Self.namespaces)] : rng.subset(Self.namespaces, 0.6)
        let spaces = namespaces.isEmpty ? [[]] : namespaces
        model.actionNamespace = rng.pick(spaces)
        var names = rng.subset(Self.typeNames, 0.6).map { Name($0, namespace: rng.pick(spaces)) }
        if names.isEmpty { names = [Name("User", namespace: rng.pick(spaces))] }
        let enums = rng.subset(Self.enumNames, 0.25).map { Name($0, namespace: rng.pick(spaces)) }
        for name in enums {
            var ids = rng.subset(Self.enumIDs, 0.5)
            if ids.isEmpty { ids = ["red"] }
            model.entityTypes.append(.init(name: name, memberOf: [], attributes: [], tags: nil, enumIDs: ids))
        }
        let allTypes = names + enums
        // Common types first, so attributes can refer to them; they may mention entity types.
        for name in rng.subset(Self.commonNames, 0.3) {
            let type: AttributeType =
                rng.chance(0.6)
                ? .record(attributes(Self.fieldNames, depth: 1, types: allTypes))
                : attributeType(depth: 1, types: allTypes, commons: false)
            model.commonTypes.append(.init(name: Name(name, namespace: rng.pick(spaces)), type: type))
        }
        for name in names {
            let parents = rng.chance(0.6) ? Array(Set(rng.subset(allTypes, 0.3))).sorted() : []
            let tags: AttributeType? = rng.chance(0.25) ? attributeType(depth: 1, types: allTypes) : nil
            model.entityTypes.append(
                .init(
                    name: name, memberOf: parents,
                    attributes: attributes(Self.attributeNames, depth: 2, types: allTypes, share: 0.25), tags: tags,
                    enumIDs: nil))
        }
        makeActions(types: allTypes)
    }

    mutating func makeActions(types: [Name]) {
        let actionType = Name("Action", namespace: model.actionNamespace)
        let groups = rng.subset(["read", "write", "all"], 0.6)
        for id in ["view", "edit", "delete"] where rng.chance(0.85) || id == "view" {
            let memberOf = rng.subset(groups, 0.5).map { EntityUID(type: actionType, id: $0) }
            let principals = Array(Set(rng.subset(types, 0.4) + [rng.pick(types)])).sorted()
            let resources = Array(Set(rng.subset(types, 0.4) + [rng.pick(types)])).sorted()
            var context = attributes(Self.contextNames, depth: 1, types: types, share: 0.35)
            var common: Name?
            if rng.chance(0.15) {
                let name = Name("Ctx\(id)", namespace: rng.chance(0.8) ? model.actionNamespace : [])
                model.commonTypes.append(.init(name: name, type: .record(context)))
                common = name
            } else if rng.chance(0.1), let record = model.commonTypes.first(where: { $0.type.isRecord }) {
                common = record.name
                if case .record(let fields) = record.type.resolved { context = fields }
            }
            model.actions.append(
                .init(
                    uid: EntityUID(type: actionType, id: id), memberOf: memberOf,
                    principals: rng.chance(0.93) ? principals : nil, resources: resources, context: context,
                    contextCommonType: common))
        }
        for (position, group) in groups.enumerated() {
            // Groups are members of later groups only, so the hierarchy is acyclic unless broken on purpose.
            let later = Array(groups[(position + 1)...])
            let memberOf = rng.subset(later, 0.4).map { EntityUID(type: actionType, id: $0) }
            model.actions.append(
                .init(
                    uid: EntityUID(type: actionType, id: group), memberOf: memberOf, principals: nil, resources: [],
                    context: [], contextCommonType: nil))
        }
    }

    mutating func attributes(_ pool: [String], depth: Int, types: [Name], share: Double = 0.4) -> [Attribute] {
        rng.subset(pool, share).map { name in
            Attribute(name: name, type: attributeType(depth: depth, types: types), isRequired: rng.chance(0.65))
        }
    }

    mutating func attributeType(depth: Int, types: [Name], commons: Bool = true) -> AttributeType {
        switch rng.int(0...15) {
        case 0, 1, 2: return .long
        case 3, 4: return .string
        case 5: return .bool
        case 6, 7: return .entity(rng.pick(types))
        case 8, 9:
            guard depth > 0 else { return .string }
            return .set(attributeType(depth: depth - 1, types: types, commons: commons))
        case 10:
            guard depth > 0 else { return .long }
            return .record(attributes(Self.fieldNames, depth: depth - 1, types: types))
        case 11, 12, 13: return .ext(rng.pick(Self.extensionTypes))
        default:
            guard commons, !model.commonTypes.isEmpty else { return .bool }
            let common = rng.pick(model.commonTypes)
            return .common(common.name, common.type)
        }
    }

    /// Breaks the schema in one way (most are errors in Rust Cedar; a few are accepted), returning a note.
    mutating func malform() -> String {
        let space = rng.pick(model.namespaces)
        let actionType = Name("Action", namespace: model.actionNamespace)
        let someType = rng.pick(model.entityTypes).name
        switch rng.int(0...19) {
        case 0:
            model.commonTypes.append(.init(name: Name("Broken"), type: .entity(Name("Ghost"))))
            return "attribute of undeclared entity type"
        case 1:
            if let i = model.entityTypes.indices.first(where: { model.entityTypes[$0].enumIDs == nil }) {
                model.entityTypes[i].memberOf.append(Name("Ghost", namespace: space))
            }
            return "memberOf an undeclared type"
        case 2:
            model.actions[0].memberOf.append(EntityUID(type: actionType, id: "nogroup"))
            return "action in an undeclared group"
        case 3:
            model.extraDeclarations.append((someType.namespace, "entity \(someType.basename);"))
            return "duplicate entity type"
        case 4:
            model.extraDeclarations.append(
                (model.actionNamespace, "action \"g1\" in [\"g2\"];\n    action \"g2\" in [\"g1\"];"))
            return "action hierarchy cycle"
        case 5:
            model.extraDeclarations.append((space, "type Loop1 = Loop2;\n    type Loop2 = Loop1;"))
            return "common type cycle"
        case 6:
            model.extraDeclarations.append(
                (
                    space,
                    rng.pick(["type Long = String;", "type Set = Long;", "type Record = Bool;", "type Bool = Long;"])
                ))
            return "common type with a reserved name"
        case 7:
            model.extraDeclarations.append((space, "entity Dup = { a: Long, a: String };"))
            return "duplicate attribute"
        case 8:
            model.extraDeclarations.append(
                (space, rng.pick(["entity E1 enum [];", "entity E1 enum [\"a\", \"a\"];", "entity E1 enum [\"\"];"])))
            return "odd enumeration"
        case 9:
            model.extraDeclarations.append((model.actionNamespace, "action bad appliesTo { context: Long };"))
            return "context is not a record"
        case 10:
            model.extraDeclarations.append(
                (model.actionNamespace, "action bad2 appliesTo { principal: [], resource: [\(someType)] };"))
            return "empty principal list"
        case 11:
            model.extraDeclarations.append(
                (space, rng.pick(["entity __cedar;", "type __cedar = Long;", "entity X = { a: __cedar::Ghost };"])))
            return "reserved __cedar"
        case 12:
            model.extraDeclarations.append((model.actionNamespace, "action view;"))
            return "duplicate action"
        case 13:
            model.extraDeclarations.append((someType.namespace, "type \(someType.basename) = String;"))
            return "common type named like an entity type"
        case 14:
            model.commonTypes.append(.init(name: Name("ActionRef"), type: .entity(actionType)))
            return "attribute of action type"
        case 15:
            model.extraDeclarations.append((space, "entity T1 tags Ghost;"))
            return "tags of undeclared type"
        case 16:
            model.extraDeclarations.append((space, "entity T2 in [T2] = { self: T2 };"))
            return "self-membership (accepted)"
        case 17:
            model.extraDeclarations.append(
                (space, rng.pick(["type ip = Long;", "type decimal = String;", "entity ipaddr;", "entity Long;"])))
            return "shadowing a builtin type"
        case 18:
            model.extraDeclarations.append(
                (model.actionNamespace, "action \"view\" appliesTo { principal: Ghost, resource: Ghost };"))
            return "action applying to undeclared types"
        default:
            model.extraDeclarations.append((space, "entity E2 enum [\"a\"] = { x: Long };"))
            return "enumerated type with attributes"
        }
    }

    /// Adds an unusual but (mostly) legal declaration: several names at once, nested sets, reserved words as
    /// attribute names, comments, names that shadow others, references across namespaces.
    mutating func oddity() -> String {
        let space = rng.pick(model.namespaces)
        let actionType = Name("Action", namespace: model.actionNamespace)
        let someType = rng.pick(model.entityTypes).name
        let declarations: [(String, [String], String)] = [
            ("several entity names", space, "entity M1, M2 in [M1] = { a?: Long };"),
            (
                "several action names", model.actionNamespace,
                "action \"m1\", m2 in [\(actionType)::\"view\"] appliesTo { "
                    + "principal: \(someType), resource: \(someType) };"
            ),
            ("comments", space, "// a comment\n    entity C1; // another\n    /* not a comment */"),
            ("nested sets", space, "entity N1 = { \"a b\": Set<Set<Long>>, n: Set<{ x?: Long, y: Set<ipaddr> }> };"),
            (
                "forward common types", space,
                "type F1 = Set<F2>;\n    type F2 = { z: Long };\n    entity F3 = { f: F1 };"
            ),
            ("reserved words as attributes", space, "entity R1 = { if: Long, true: Bool, in: String, has: Long };"),
            ("empty-namespace fallback", [], "entity Shadow;\n    type Shade = Long;"),
            ("namespace shadows empty", ["App"], "type Shadow = String;\n    entity UsesShadow = { s: Shadow };"),
            ("common type named like an extension", space, "type ipaddr = Long;\n    entity X1 = { v: ipaddr };"),
            ("unicode action name", model.actionNamespace, "action \"\\u{1F600}\";"),
            ("action in a group of another namespace", ["Other"], "action o1 in [\(actionType)::\"view\"];"),
            (
                "appliesTo without resource", model.actionNamespace,
                "action half appliesTo { principal: \(someType) };"
            ),
            ("appliesTo without principal", model.actionNamespace, "action half2 appliesTo { resource: \(someType) };"),
            ("same type in two namespaces", ["Other"], "entity \(someType.basename);"),
            ("entity with empty record and tags", space, "entity T3 = {} tags Set<String>;"),
            ("enum in memberOf", space, "entity EnumParent enum [\"p\"];\n    entity EnumChild in [EnumParent];"),
            ("quoted type name", space, "entity \"Quoted\";"),
            ("annotation on action", model.actionNamespace, "@doc(\"x\") @other action annotated;"),
            (
                "context via qualified common type", model.actionNamespace,
                "type CtxQ = { q: Long };\n    action withq appliesTo { principal: \(someType), resource: \(someType), "
                    + "context: \(Name("CtxQ", namespace: model.actionNamespace)) };"
            ),
            ("entity named like a primitive", space, rng.pick(["entity String;", "entity Bool;", "entity Set;"])),
        ]
        let (note, namespace, text) = rng.pick(declarations)
        model.extraDeclarations.append((namespace, text))
        return note
    }

    /// `text` with one syntax-level defect.
    mutating func damaged(_ text: String) -> String {
        var chars = Array(text)
        switch rng.int(0...2) {
        case 0: return String(chars.prefix(rng.int(0...max(0, chars.count - 1))))
        case 1:
            chars.remove(at: rng.int(0...chars.count - 1))
            return String(chars)
        default:
            let junk = rng.pick([";", "{", "}", "entity", "<", ",", "::", "?", "\"", "appliesTo", "@"])
            chars.insert(contentsOf: " \(junk) ", at: rng.int(0...chars.count))
            return String(chars)
        }
    }
}

extension SchemaModel.AttributeType {
    var isRecord: Bool {
        if case .record = resolved { return true }
        return false
    }

    /// A structural key: two types with the same key hold the same values.
    var key: String {
        switch resolved {
        case .long: "Long"
        case .string: "String"
        case .bool: "Bool"
        case .entity(let name): "Entity<\(name)>"
        case .set(let element): "Set<\(element.key)>"
        case .record(let fields):
            "{" + fields.map { "\($0.name)\($0.isRequired ? "" : "?"):\($0.type.key)" }.joined(separator: ",") + "}"
        case .ext(let name): name
        case .common: "?"
        }
    }
}
