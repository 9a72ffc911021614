/// Expands common types into their definitions: orders them so that each is expanded after the common types
/// it mentions (rejecting cycles, as Rust's `CommonTypeResolver` does), then inlines them.
///
/// Work is iterative over the common types and recursive only over one written type, so hostile chains of
/// common types cannot exhaust the stack; expanded types deeper than `SchemaLimits.maximumTypeDepth` are refused.
struct CommonTypeExpander {
    struct Failure: Error {
        var message: String
    }

    let definitions: [Name: SchemaResolver.CommonDefinition]
    let qualified: [Name: QualifiedType]
    private var expanded: [Name: (type: SchemaType, depth: Int)] = [:]

    init(definitions: [Name: SchemaResolver.CommonDefinition], qualified: [Name: QualifiedType]) {
        self.definitions = definitions
        self.qualified = qualified
        for (name, definition) in definitions {
            if case .builtin(let type) = definition { expanded[name] = (type, 0) }
        }
    }

    /// Expands every declared common type (used or not), or reports a cycle or an over-deep type.
    mutating func expandAll() throws(Diagnostics) {
        let names = qualified.keys.sortedForSchema(by: { $0 })
        var waitingOn: [Name: Int] = [:]
        var dependents: [Name: [Name]] = [:]
        for name in names {
            let references = qualified[name]!.commonReferences.filter { qualified[$0] != nil }
            waitingOn[name] = references.count
            for reference in references { dependents[reference, default: []].append(name) }
        }
        var ready = names.filter { waitingOn[$0] == 0 }.reversed() as [Name]
        var order: [Name] = []
        while let name = ready.popLast() {
            order.append(name)
            for dependent in dependents[name] ?? [] {
                waitingOn[dependent]! -= 1
                if waitingOn[dependent] == 0 { ready.append(dependent) }
            }
        }
        if order.count < names.count {
            let done = Set(order)
            let culprit = names.first { !done.contains($0) }!
            throw Diagnostics([
                Diagnostic("cycle in common type references containing `\(culprit)`", at: span(of: culprit))
            ])
        }
        for name in order {
            do {
                expanded[name] = try expandWithDepth(qualified[name]!)
            } catch {
                throw Diagnostics([Diagnostic("in common type `\(name)`: \(error.message)", at: span(of: name))])
            }
        }
    }

    private func span(of name: Name) -> SourceSpan? {
        if case .declared(_, _, let span) = definitions[name] { return span }
        return nil
    }

    /// `type` with every common type replaced by its expansion.
    func expand(_ type: QualifiedType) throws(Failure) -> SchemaType { try expandWithDepth(type).type }

    private func expandWithDepth(_ type: QualifiedType) throws(Failure) -> (type: SchemaType, depth: Int) {
        let result: (type: SchemaType, depth: Int)
        switch type {
        case .bool: result = (.bool, 0)
        case .long: result = (.long, 0)
        case .string: result = (.string, 0)
        case .entity(let name): result = (.entity(name), 0)
        case .extension(let name): result = (.extension(name), 0)
        case .common(let name):
            guard let known = expanded[name] else { throw Failure(message: "common type `\(name)` is not defined") }
            result = known
        case .set(let element):
            let inner = try expandWithDepth(element)
            result = (.set(inner.type), inner.depth + 1)
        case .record(let attributes):
            var record = RecordType()
            var depth = 0
            for attribute in attributes {
                let inner = try expandWithDepth(attribute.type)
                record.attributes[attribute.name] = AttributeType(inner.type, isRequired: attribute.isRequired)
                depth = max(depth, inner.depth)
            }
            result = (.record(record), depth + 1)
        }
        if result.depth > SchemaLimits.maximumTypeDepth {
            throw Failure(message: "types are nested too deeply (more than \(SchemaLimits.maximumTypeDepth) levels)")
        }
        return result
    }
}
