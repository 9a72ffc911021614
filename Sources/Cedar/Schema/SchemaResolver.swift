/// Turns an `UnresolvedSchema` into a `Schema` as Rust Cedar 4.x's `ValidatorSchema::from_schema_fragments` does:
/// qualifies declarations by their namespace, enforces RFC 70 (no shadowing of the empty namespace), resolves
/// every type reference (common type before entity type, current namespace before the empty namespace, the
/// built-in `__cedar` types last), expands common types (rejecting cycles), and checks action groups and the
/// action hierarchy.
struct SchemaResolver {
    /// A common type: declared by the user, or one of the built-in primitive and extension types.
    enum CommonDefinition {
        case declared(UnresolvedType, namespace: [String], span: SourceSpan?)
        case builtin(SchemaType)
    }

    var errors: [Diagnostic] = []
    var entityDeclarations: [Name: (declaration: UnresolvedEntityType, namespace: [String])] = [:]
    var commonDefinitions: [Name: CommonDefinition] = [:]
    var actionDeclarations: [EntityUID: (declaration: UnresolvedAction, namespace: [String])] = [:]
    /// `N::Action` for every namespace `N` that declares actions: usable as entity types in attributes.
    var actionEntityTypes: Set<Name> = []

    static func resolve(_ schema: UnresolvedSchema) throws(Diagnostics) -> Schema {
        var resolver = SchemaResolver()
        resolver.collectDeclarations(schema)
        try resolver.stopIfFailed()
        resolver.checkShadowing()
        try resolver.stopIfFailed()
        resolver.addBuiltins()
        return try resolver.build()
    }

    mutating func stopIfFailed() throws(Diagnostics) {
        if !errors.isEmpty { throw Diagnostics(errors) }
    }

    // MARK: Declarations

    private mutating func collectDeclarations(_ schema: UnresolvedSchema) {
        for namespace in schema.namespaces {
            let ns = namespace.path
            for entity in namespace.entityTypes {
                let name = Name(entity.name, namespace: ns)
                if entity.name == "Action" {
                    errors.append(
                        Diagnostic(
                            "entity type `Action` declared in `entityTypes` list", at: entity.span,
                            help: "the `Action` entity type is implicit; declare actions with `action` instead"))
                } else if entityDeclarations[name] != nil {
                    errors.append(Diagnostic("duplicate entity type `\(name)`", at: entity.span))
                } else {
                    entityDeclarations[name] = (entity, ns)
                }
            }
            for common in namespace.commonTypes {
                let name = Name(common.name, namespace: ns)
                if commonDefinitions[name] != nil {
                    errors.append(Diagnostic("duplicate common type `\(name)`", at: common.span))
                } else {
                    commonDefinitions[name] = .declared(common.type, namespace: ns, span: common.span)
                }
            }
            for action in namespace.actions {
                let uid = EntityUID(type: Name("Action", namespace: ns), id: action.name)
                if actionDeclarations[uid] != nil {
                    errors.append(Diagnostic("duplicate action `\(uid)`", at: action.span))
                } else {
                    actionDeclarations[uid] = (action, ns)
                    actionEntityTypes.insert(uid.type)
                }
            }
        }
    }

    /// RFC 70: nothing in a named namespace may share its basename with an entity or common type of the
    /// empty namespace, nor its id with an action of the empty namespace.
    private mutating func checkShadowing() {
        let typeNames = Set(entityDeclarations.keys).union(commonDefinitions.keys)
        var qualifiedByBasename: [String: [Name]] = [:]
        for name in typeNames where !name.namespace.isEmpty {
            qualifiedByBasename[name.basename, default: []].append(name)
        }
        for name in typeNames.sortedForSchema(by: { $0 }) where name.namespace.isEmpty {
            if let shadowing = qualifiedByBasename[name.basename]?.min() {
                let span = entityDeclarations[shadowing]?.declaration.span ?? declaredSpan(ofCommon: shadowing)
                errors.append(
                    Diagnostic(
                        "definition of `\(shadowing)` illegally shadows the existing definition of `\(name)`",
                        at: span, help: "rename one of them; a namespaced name may not repeat an empty-namespace one"))
            }
        }
        var qualifiedActions: [String: [EntityUID]] = [:]
        for uid in actionDeclarations.keys where !uid.type.namespace.isEmpty {
            qualifiedActions[uid.id, default: []].append(uid)
        }
        for uid in actionDeclarations.keys.sortedForSchema(by: { $0 }) where uid.type.namespace.isEmpty {
            if let shadowing = qualifiedActions[uid.id]?.min() {
                errors.append(
                    Diagnostic(
                        "definition of `\(shadowing)` illegally shadows the existing definition of `\(uid)`",
                        at: actionDeclarations[shadowing]?.declaration.span))
            }
        }
    }

    private func declaredSpan(ofCommon name: Name) -> SourceSpan? {
        if case .declared(_, _, let span) = commonDefinitions[name] { return span }
        return nil
    }

    /// `__cedar::Long` and friends, plus bare aliases in the empty namespace unless the user declared those names.
    private mutating func addBuiltins() {
        let builtins = SchemaNames.primitiveTypes + SchemaNames.extensionTypes.map { ($0, SchemaType.extension($0)) }
        for (basename, type) in builtins {
            commonDefinitions[Name(basename, namespace: [CedarIdentifier.cedarNamespace])] = .builtin(type)
            let alias = Name(basename)
            if entityDeclarations[alias] == nil && commonDefinitions[alias] == nil {
                commonDefinitions[alias] = .builtin(type)
            }
        }
    }

    // MARK: References

    /// Resolves a written name: a qualified name denotes itself; an unqualified one is looked up in the current
    /// namespace, then the empty namespace, preferring a common type to an entity type at each step.
    mutating func resolve(_ reference: TypeReference, in namespace: [String], as kind: ReferenceKind)
        -> QualifiedType?
    {
        var candidates = [reference.name]
        if reference.name.namespace.isEmpty && !namespace.isEmpty {
            candidates = [Name(reference.name.basename, namespace: namespace), reference.name]
        }
        for candidate in candidates {
            if kind.allowsCommon && commonDefinitions[candidate] != nil { return .common(candidate) }
            if kind.allowsEntity && (entityDeclarations[candidate] != nil || actionEntityTypes.contains(candidate)) {
                return .entity(candidate)
            }
        }
        let help =
            candidates.count == 1
            ? "`\(candidates[0])` has not been declared \(kind.phrase)"
            : "neither `\(candidates[0])` nor `\(candidates[1])` refers to anything that has been declared "
                + kind.phrase
        errors.append(Diagnostic("failed to resolve type: `\(reference.name)`", at: reference.span, help: help))
        return nil
    }

    /// Resolves every name in a type; `nil` (with errors recorded) when some name does not resolve.
    mutating func qualify(_ type: UnresolvedType, in namespace: [String]) -> QualifiedType? {
        switch type {
        case .bool: return .bool
        case .long: return .long
        case .string: return .string
        case .set(let element): return qualify(element, in: namespace).map { .set($0) }
        case .record(let attributes):
            // A repeated attribute keeps its last declaration, in the place of that declaration.
            var last: [String: Int] = [:]
            for (index, attribute) in attributes.enumerated() { last[attribute.name] = index }
            var result: [(name: String, type: QualifiedType, isRequired: Bool)] = []
            var failed = false
            for (index, attribute) in attributes.enumerated() {
                guard let type = qualify(attribute.type, in: namespace) else {
                    failed = true
                    continue
                }
                if last[attribute.name] == index { result.append((attribute.name, type, attribute.isRequired)) }
            }
            return failed ? nil : .record(result)
        case .entity(let reference): return resolve(reference, in: namespace, as: .entity)
        case .common(let reference): return resolve(reference, in: namespace, as: .common)
        case .entityOrCommon(let reference): return resolve(reference, in: namespace, as: .commonOrEntity)
        case .extension(let name, let span):
            guard SchemaNames.extensionTypes.contains(name) else {
                let known = SchemaNames.extensionTypes.map { "`\($0)`" }.joined(separator: ", ")
                errors.append(Diagnostic("unknown extension type `\(name)`", at: span, help: "known: \(known)"))
                return nil
            }
            return .extension(name)
        }
    }
}
