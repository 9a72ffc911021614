import Cedar

/// The generator's own model of a random schema: what it declared, so policies, entities and requests can be
/// made to fit it (or, on purpose, not). Rendered to Cedar schema text independently of the engine's printer.
struct SchemaModel {
    /// An attribute or context type as the generator declared it.
    indirect enum AttributeType {
        case long, string, bool
        case entity(Name)
        case set(AttributeType)
        case record([Attribute])
        /// An extension type: `ipaddr`, `decimal`, `datetime` or `duration`.
        case ext(String)
        /// A reference to a declared common type, and what it stands for.
        case common(Name, AttributeType)

        /// The type with common-type references replaced by what they stand for (at the top level only).
        var resolved: AttributeType {
            if case .common(_, let type) = self { return type.resolved }
            return self
        }
    }

    struct Attribute {
        var name: String
        var type: AttributeType
        var isRequired: Bool
    }

    struct EntityType {
        var name: Name
        var memberOf: [Name]
        var attributes: [Attribute]
        var tags: AttributeType?
        /// The ids of an enumerated entity type.
        var enumIDs: [String]?
    }

    struct Action {
        var uid: EntityUID
        var memberOf: [EntityUID]
        /// Nil when the action has no `appliesTo` (it applies to no request).
        var principals: [Name]?
        var resources: [Name]
        var context: [Attribute]
        /// The common type the context is declared through, if any.
        var contextCommonType: Name?
    }

    struct CommonType {
        var name: Name
        var type: AttributeType
    }

    var entityTypes: [EntityType] = []
    var actions: [Action] = []
    var commonTypes: [CommonType] = []
    /// The namespace the actions are declared in.
    var actionNamespace: [String] = []
    /// Extra declarations (text) appended to a namespace, for deliberately broken schemas.
    var extraDeclarations: [(namespace: [String], text: String)] = []

    func entityType(_ name: Name) -> EntityType? { entityTypes.first { $0.name == name } }

    /// Entity types that are not enumerated (they can have attributes, parents and any ids).
    var ordinaryTypes: [EntityType] { entityTypes.filter { $0.enumIDs == nil } }

    /// Actions that apply to at least one principal and one resource type.
    var applicableActions: [Action] {
        actions.filter { !($0.principals ?? []).isEmpty && !$0.resources.isEmpty }
    }

    /// The types `type` may be a descendant-or-self of (following `memberOf` transitively).
    func ancestors(of type: Name) -> Set<Name> {
        var result: Set<Name> = [type]
        var frontier = [type]
        while let next = frontier.popLast() {
            for parent in entityType(next)?.memberOf ?? [] where result.insert(parent).inserted {
                frontier.append(parent)
            }
        }
        return result
    }

    /// The action itself and every group it is (transitively) a member of.
    func groups(of action: EntityUID) -> Set<EntityUID> {
        var result: Set<EntityUID> = [action]
        var frontier = [action]
        while let next = frontier.popLast() {
            for group in actions.first(where: { $0.uid == next })?.memberOf ?? [] where result.insert(group).inserted {
                frontier.append(group)
            }
        }
        return result
    }

    /// Every namespace that declares something, in a stable order (the empty namespace first).
    var namespaces: [[String]] {
        var seen: [[String]] = []
        let all =
            entityTypes.map(\.name.namespace) + commonTypes.map(\.name.namespace) + [actionNamespace]
            + extraDeclarations.map(\.namespace)
        for namespace in all where !seen.contains(namespace) { seen.append(namespace) }
        return seen.sorted { $0.joined(separator: "::") < $1.joined(separator: "::") }
    }
}

// MARK: - Rendering

extension SchemaModel {
    /// The schema as Cedar schema text; `rng` varies the spelling (qualified or bare names, braces, commas).
    func text(_ rng: inout SeededRandom) -> String {
        var out = ""
        for namespace in namespaces {
            var body: [String] = []
            for common in commonTypes where common.name.namespace == namespace {
                body.append("type \(common.name.basename) = \(render(common.type, in: namespace, &rng, top: true));")
            }
            for entity in entityTypes where entity.name.namespace == namespace {
                body.append(render(entity, in: namespace, &rng))
            }
            if namespace == actionNamespace {
                for action in actions { body.append(render(action, in: namespace, &rng)) }
            }
            for extra in extraDeclarations where extra.namespace == namespace { body.append(extra.text) }
            if rng.chance(0.5) { body.shuffle(using: &rng) }
            if namespace.isEmpty {
                out += body.joined(separator: "\n") + "\n"
            } else {
                let annotation = rng.chance(0.1) ? "@doc(\"namespace\")\n" : ""
                out += annotation + "namespace \(namespace.joined(separator: "::")) {\n"
                out += body.map { "    " + $0 }.joined(separator: "\n") + "\n}\n"
            }
        }
        return out
    }

    /// How a name is written from inside `namespace`: bare when it is declared there, else qualified.
    func reference(_ name: Name, from namespace: [String], _ rng: inout SeededRandom) -> String {
        if name.namespace == namespace && rng.chance(0.7) { return name.basename }
        if name.namespace.isEmpty, !namespace.isEmpty, rng.chance(0.5),
            !entityTypes.contains(where: { $0.name == Name(name.basename, namespace: namespace) }),
            !commonTypes.contains(where: { $0.name == Name(name.basename, namespace: namespace) })
        {
            return name.basename  // an unqualified name falls back to the empty namespace
        }
        return name.description
    }

    func render(_ type: AttributeType, in namespace: [String], _ rng: inout SeededRandom, top: Bool = false) -> String {
        switch type {
        case .long: return rng.chance(0.9) ? "Long" : "__cedar::Long"
        case .string: return rng.chance(0.9) ? "String" : "__cedar::String"
        case .bool: return rng.chance(0.9) ? "Bool" : "__cedar::Bool"
        case .entity(let name):
            return reference(name, from: namespace, &rng)
        case .set(let element): return "Set<\(render(element, in: namespace, &rng))>"
        case .record(let attributes): return renderRecord(attributes, in: namespace, &rng)
        case .ext(let name): return rng.chance(0.85) ? name : "__cedar::\(name)"
        case .common(let name, _): return reference(name, from: namespace, &rng)
        }
    }

    func renderRecord(_ attributes: [Attribute], in namespace: [String], _ rng: inout SeededRandom) -> String {
        if attributes.isEmpty { return "{}" }
        let fields = attributes.map { attribute in
            let key = rng.chance(0.15) || !attribute.name.isIdentifier ? "\"\(attribute.name)\"" : attribute.name
            let doc = rng.chance(0.05) ? "@doc(\"field\") " : ""
            return "\(doc)\(key)\(attribute.isRequired ? "" : "?"): \(render(attribute.type, in: namespace, &rng))"
        }
        return "{ " + fields.joined(separator: ", ") + (rng.chance(0.2) ? ", }" : " }")
    }

    func render(_ entity: EntityType, in namespace: [String], _ rng: inout SeededRandom) -> String {
        var text = rng.chance(0.05) ? "@doc(\"entity\")\n    " : ""
        text += "entity \(entity.name.basename)"
        if let ids = entity.enumIDs {
            return text + " enum [" + ids.map { GeneratedValue.jsonQuoted($0) }.joined(separator: ", ") + "];"
        }
        if !entity.memberOf.isEmpty {
            let parents = entity.memberOf.map { reference($0, from: namespace, &rng) }
            text +=
                parents.count == 1 && rng.chance(0.5) ? " in \(parents[0])" : " in [\(parents.joined(separator: ", "))]"
        }
        if !entity.attributes.isEmpty || rng.chance(0.2) {
            text += (rng.chance(0.5) ? " = " : " ") + renderRecord(entity.attributes, in: namespace, &rng)
        }
        if let tags = entity.tags { text += " tags \(render(tags, in: namespace, &rng))" }
        return text + ";"
    }

    func render(_ action: Action, in namespace: [String], _ rng: inout SeededRandom) -> String {
        var text = "action \(actionName(action.uid.id, &rng))"
        if !action.memberOf.isEmpty {
            let groups = action.memberOf.map { group in
                group.type.namespace == namespace && rng.chance(0.7)
                    ? actionName(group.id, &rng) : "\(group.type)::\(GeneratedValue.jsonQuoted(group.id))"
            }
            text +=
                groups.count == 1 && rng.chance(0.4) ? " in \(groups[0])" : " in [\(groups.joined(separator: ", "))]"
        }
        if let principals = action.principals {
            var parts: [String] = []
            let list = { (names: [Name], rng: inout SeededRandom) -> String in
                let written = names.map { self.reference($0, from: namespace, &rng) }
                return written.count == 1 && rng.chance(0.5) ? written[0] : "[\(written.joined(separator: ", "))]"
            }
            parts.append("principal: \(list(principals, &rng))")
            parts.append("resource: \(list(action.resources, &rng))")
            if let common = action.contextCommonType {
                parts.append("context: \(reference(common, from: namespace, &rng))")
            } else if !action.context.isEmpty || rng.chance(0.3) {
                parts.append("context: \(renderRecord(action.context, in: namespace, &rng))")
            }
            if rng.chance(0.3) { parts.shuffle(using: &rng) }
            text += " appliesTo {\n        " + parts.joined(separator: ",\n        ") + "\n    }"
        }
        return text + ";"
    }

    func actionName(_ id: String, _ rng: inout SeededRandom) -> String {
        id.isIdentifier && rng.chance(0.6) ? id : GeneratedValue.jsonQuoted(id)
    }
}

extension String {
    /// Whether the string is a Cedar identifier (and not a reserved word), so it can be written bare.
    var isIdentifier: Bool {
        guard let first = unicodeScalars.first, first == "_" || (first.isASCII && first.properties.isAlphabetic)
        else { return false }
        let reserved: Set<String> = ["true", "false", "if", "then", "else", "in", "is", "like", "has", "__cedar"]
        return !reserved.contains(self)
            && unicodeScalars.allSatisfy {
                $0 == "_" || ($0.isASCII && $0.properties.isAlphabetic) || ("0"..."9").contains($0)
            }
    }
}

extension SeededRandom: RandomNumberGenerator {}
