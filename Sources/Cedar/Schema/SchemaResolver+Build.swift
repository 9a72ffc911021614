extension SchemaResolver {
    /// Qualifies every declaration, expands common types and assembles the `Schema`.
    mutating func build() throws(Diagnostics) -> Schema {
        // Resolve names everywhere first, so that every unresolvable name is reported together.
        var commons: [Name: QualifiedType] = [:]
        for (name, definition) in commonDefinitions.sortedForSchema(by: \.key) {
            if case .declared(let type, let namespace, _) = definition, let qualified = qualify(type, in: namespace) {
                commons[name] = qualified
            }
        }
        var entities: [Name: QualifiedEntity] = [:]
        for (name, (declaration, namespace)) in entityDeclarations.sortedForSchema(by: \.key) {
            if let entity = qualify(declaration, in: namespace) { entities[name] = entity }
        }
        var actions: [EntityUID: QualifiedAction] = [:]
        for (uid, (declaration, namespace)) in actionDeclarations.sortedForSchema(by: \.key) {
            if let action = qualify(declaration, uid: uid, in: namespace) { actions[uid] = action }
        }
        try stopIfFailed()

        var expander = CommonTypeExpander(definitions: commonDefinitions, qualified: commons)
        try expander.expandAll()

        var schema = Schema()
        for (name, entity) in entities.sortedForSchema(by: \.key) {
            schema.entityTypes[name] = makeEntityType(name, entity, expander: expander)
        }
        for (uid, action) in actions.sortedForSchema(by: \.key) {
            schema.actions[uid] = makeAction(uid, action, expander: expander)
        }
        try stopIfFailed()
        checkActionHierarchy(schema.actions)
        try stopIfFailed()
        return schema
    }

    // MARK: Entity types

    struct QualifiedEntity {
        var parents: [(Name, SourceSpan?)]
        var shape: QualifiedType?
        var tags: QualifiedType?
        var enumeratedIDs: [String]?
        var span: SourceSpan?
    }

    private mutating func qualify(_ entity: UnresolvedEntityType, in namespace: [String]) -> QualifiedEntity? {
        switch entity.kind {
        case .enumerated(let ids):
            return QualifiedEntity(parents: [], shape: nil, tags: nil, enumeratedIDs: ids, span: entity.span)
        case .standard(let memberOf, let shape, let tags):
            var parents: [(Name, SourceSpan?)] = []
            var failed = false
            for reference in memberOf {
                if case .entity(let parent) = resolve(reference, in: namespace, as: .entity) {
                    parents.append((parent, reference.span))
                } else {
                    failed = true
                }
            }
            let qualifiedShape = qualify(shape, in: namespace)
            var qualifiedTags: QualifiedType?
            if let tags {
                qualifiedTags = qualify(tags, in: namespace)
                if qualifiedTags == nil { failed = true }
            }
            guard !failed, let qualifiedShape else { return nil }
            return QualifiedEntity(
                parents: parents, shape: qualifiedShape, tags: qualifiedTags, enumeratedIDs: nil, span: entity.span)
        }
    }

    private mutating func makeEntityType(_ name: Name, _ entity: QualifiedEntity, expander: CommonTypeExpander)
        -> EntityTypeDefinition
    {
        var definition = EntityTypeDefinition(name: name, enumeratedIDs: entity.enumeratedIDs)
        for (parent, span) in entity.parents {
            if entityDeclarations[parent] == nil {
                errors.append(Diagnostic("undeclared entity type: `\(parent)`", at: span ?? entity.span))
            }
            definition.memberOfTypes.insert(parent)
        }
        if let shape = entity.shape {
            switch expand(shape, expander, at: entity.span) {
            case .record(let record): definition.attributes = record
            case nil: break
            default:
                errors.append(
                    Diagnostic(
                        "shape for entity type `\(name)` is declared with a type other than a record", at: entity.span))
            }
        }
        if let tags = entity.tags { definition.tags = expand(tags, expander, at: entity.span) }
        return definition
    }

    private mutating func expand(_ type: QualifiedType, _ expander: CommonTypeExpander, at span: SourceSpan?)
        -> SchemaType?
    {
        do {
            return try expander.expand(type)
        } catch {
            errors.append(Diagnostic(error.message, at: span))
            return nil
        }
    }

    // MARK: Actions

    struct QualifiedAction {
        var parents: [(EntityUID, SourceSpan?)]
        var principals: [(Name, SourceSpan?)]
        var resources: [(Name, SourceSpan?)]
        var context: QualifiedType?
        var span: SourceSpan?
    }

    private mutating func qualify(_ action: UnresolvedAction, uid: EntityUID, in namespace: [String])
        -> QualifiedAction?
    {
        var result = QualifiedAction(parents: [], principals: [], resources: [], context: nil, span: action.span)
        var failed = false
        for parent in action.memberOf {
            if let resolved = resolveAction(parent, in: namespace) {
                result.parents.append((resolved, parent.span))
            } else {
                failed = true
            }
        }
        if let appliesTo = action.appliesTo {
            for reference in appliesTo.principals {
                if case .entity(let name) = resolve(reference, in: namespace, as: .entity) {
                    result.principals.append((name, reference.span))
                } else {
                    failed = true
                }
            }
            for reference in appliesTo.resources {
                if case .entity(let name) = resolve(reference, in: namespace, as: .entity) {
                    result.resources.append((name, reference.span))
                } else {
                    failed = true
                }
            }
            result.context = qualify(appliesTo.context, in: namespace)
            if result.context == nil { failed = true }
        }
        return failed ? nil : result
    }

    /// An action group reference: `Action` (or the written type) in the current namespace, then as written.
    private mutating func resolveAction(_ reference: ActionReference, in namespace: [String]) -> EntityUID? {
        let written = reference.type ?? Name("Action")
        var candidates = [written]
        if written.namespace.isEmpty && !namespace.isEmpty {
            candidates = [Name(written.basename, namespace: namespace), written]
        }
        for candidate in candidates {
            let uid = EntityUID(type: candidate, id: reference.id)
            if actionDeclarations[uid] != nil { return uid }
        }
        errors.append(
            Diagnostic(
                "undeclared action: `\(EntityUID(type: written, id: reference.id))`", at: reference.span,
                help: "declare the action group with `action`, or fix the reference"))
        return nil
    }

    private mutating func makeAction(_ uid: EntityUID, _ action: QualifiedAction, expander: CommonTypeExpander)
        -> ActionDefinition
    {
        var definition = ActionDefinition(uid: uid, memberOf: Set(action.parents.map(\.0)))
        for (name, span) in action.principals + action.resources where entityDeclarations[name] == nil {
            errors.append(Diagnostic("undeclared entity type: `\(name)`", at: span ?? action.span))
        }
        var context = RecordType()
        if let type = action.context {
            switch expand(type, expander, at: action.span) {
            case .record(let record): context = record
            case nil: break
            default:
                errors.append(
                    Diagnostic(
                        "context for action `\(uid)` is declared with a type other than a record", at: action.span))
            }
        }
        // An empty principal or resource list matches no request, exactly like a missing `appliesTo`.
        if !action.principals.isEmpty && !action.resources.isEmpty {
            definition.appliesTo = AppliesTo(
                principalTypes: Set(action.principals.map(\.0)), resourceTypes: Set(action.resources.map(\.0)),
                context: context)
        }
        return definition
    }

    /// Rejects cycles in the action hierarchy (an action may not be, even indirectly, a member of itself).
    private mutating func checkActionHierarchy(_ actions: [EntityUID: ActionDefinition]) {
        enum Mark { case visiting, done }
        var marks: [EntityUID: Mark] = [:]
        for root in actions.keys.sortedForSchema(by: { $0 }) where marks[root] == nil {
            var stack: [(EntityUID, [EntityUID])] = [(root, actions[root]?.memberOf.sortedForSchema(by: { $0 }) ?? [])]
            marks[root] = .visiting
            while !stack.isEmpty {
                if let next = stack[stack.count - 1].1.popLast() {
                    switch marks[next] {
                    case .visiting:
                        errors.append(
                            Diagnostic(
                                "cycle in action hierarchy containing `\(next)`",
                                at: actionDeclarations[next]?.declaration.span))
                        return
                    case .done: continue
                    case nil:
                        marks[next] = .visiting
                        stack.append((next, actions[next]?.memberOf.sortedForSchema(by: { $0 }) ?? []))
                    }
                } else {
                    marks[stack.removeLast().0] = .done
                }
            }
        }
    }
}
