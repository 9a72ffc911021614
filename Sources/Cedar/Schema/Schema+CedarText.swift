extension Schema {
    /// The schema in the human-readable `.cedarschema` format: one `namespace` block per namespace (declarations
    /// of the empty namespace first, at top level), entity types then actions, sorted by name. Common types are
    /// already expanded in the model, so none are printed; names are written fully qualified.
    ///
    /// Parsing the text back with `init(cedarSchema:)` yields an equal schema.
    public func cedarSchemaText() -> String {
        var blocks: [String] = []
        for (namespace, entities, actions) in namespacedDeclarations() {
            let indent = namespace.isEmpty ? "" : "    "
            var lines: [String] = []
            for entity in entities { lines.append(indent + entityText(entity, indent: indent)) }
            for action in actions { lines.append(indent + actionText(action, indent: indent)) }
            let body = lines.joined(separator: "\n")
            blocks.append(
                namespace.isEmpty ? body : "namespace \(namespace.joined(separator: "::")) {\n\(body)\n}")
        }
        return blocks.map { $0 + "\n" }.joined(separator: "\n")
    }

    private func entityText(_ entity: EntityTypeDefinition, indent: String) -> String {
        var text = "entity \(entity.name.basename)"
        if let ids = entity.enumeratedIDs {
            return text + " enum [\(ids.map(CedarString.quoted).joined(separator: ", "))];"
        }
        if !entity.memberOfTypes.isEmpty {
            text += " in [\(names(entity.memberOfTypes))]"
        }
        if !entity.attributes.attributes.isEmpty {
            text += " " + recordText(entity.attributes, from: entity.name.namespace, indent: indent)
        }
        if let tags = entity.tags { text += " tags " + typeText(tags, from: entity.name.namespace, indent: indent) }
        return text + ";"
    }

    private func actionText(_ action: ActionDefinition, indent: String) -> String {
        let namespace = action.uid.type.namespace
        var text = "action \(CedarString.quoted(action.uid.id))"
        if !action.memberOf.isEmpty {
            text += " in [\(names(action.memberOf))]"
        }
        if let appliesTo = action.appliesTo {
            let inner = indent + "    "
            text += " appliesTo {\n"
            text += "\(inner)principal: [\(names(appliesTo.principalTypes))],\n"
            text += "\(inner)resource: [\(names(appliesTo.resourceTypes))],\n"
            text += "\(inner)context: \(recordText(appliesTo.context, from: namespace, indent: inner))\n"
            text += "\(indent)}"
        }
        return text + ";"
    }

    /// Names written fully qualified (never ambiguous, since RFC 70 forbids a namespaced name to repeat an
    /// empty-namespace one), sorted, comma-separated.
    private func names<S: Sequence>(_ items: S) -> String where S.Element: CustomStringConvertible {
        items.map(\.description).sorted().joined(separator: ", ")
    }

    private func recordText(_ record: RecordType, from namespace: [String], indent: String) -> String {
        guard !record.attributes.isEmpty else { return "{}" }
        let inner = indent + "    "
        let fields = record.attributes.sorted { $0.key < $1.key }.map { name, attribute in
            let key = CedarIdentifier.isUsable(name) ? name : CedarString.quoted(name)
            return "\(inner)\(key)\(attribute.isRequired ? "" : "?"): "
                + typeText(attribute.type, from: namespace, indent: inner)
        }
        return "{\n" + fields.joined(separator: ",\n") + "\n\(indent)}"
    }

    private func typeText(_ type: SchemaType, from namespace: [String], indent: String) -> String {
        switch type {
        case .bool: builtinName("Bool", from: namespace)
        case .long: builtinName("Long", from: namespace)
        case .string: builtinName("String", from: namespace)
        case .extension(let name): builtinName(name, from: namespace)
        case .entity(let name): name.description
        case .set(let element): "Set<\(typeText(element, from: namespace, indent: indent))>"
        case .record(let record): recordText(record, from: namespace, indent: indent)
        }
    }

    /// A built-in type's bare name, or its `__cedar::` form when an entity type of that name would capture it.
    private func builtinName(_ basename: String, from namespace: [String]) -> String {
        let shadowed =
            entityTypes[Name(basename, namespace: namespace)] != nil || entityTypes[Name(basename)] != nil
        return shadowed ? "\(CedarIdentifier.cedarNamespace)::\(basename)" : basename
    }
}

extension Schema {
    /// Entity types and actions grouped by namespace, everything sorted by name (the empty namespace first).
    func namespacedDeclarations() -> [(
        namespace: [String], entities: [EntityTypeDefinition], actions: [ActionDefinition]
    )] {
        var entities: [[String]: [EntityTypeDefinition]] = [:]
        for entity in entityTypes.values.sortedForSchema(by: \.name) {
            entities[entity.name.namespace, default: []].append(entity)
        }
        var actionsByNamespace: [[String]: [ActionDefinition]] = [:]
        for action in actions.values.sortedForSchema(by: \.uid) {
            actionsByNamespace[action.uid.type.namespace, default: []].append(action)
        }
        let namespaces = Set(entities.keys).union(actionsByNamespace.keys).sortedForSchema {
            $0.joined(separator: "::")
        }
        return namespaces.map { ($0, entities[$0] ?? [], actionsByNamespace[$0] ?? []) }
    }
}
