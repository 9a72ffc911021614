/// Whether subtyping and least upper bounds follow Cedar's strict rules (no entity-type unions, no
/// width subtyping of records) or the permissive ones, which the validator still uses to check that
/// an operand is "some entity" or "some record".
enum TypingMode: Sendable {
    case strict, permissive

    var isStrict: Bool { self == .strict }
}

/// Why two types have no least upper bound, for the error's help text.
enum LUBFailure: Error, Sendable {
    case none, entityType, entityRecord, recordWidth, attributeQualifier

    var help: String? {
        switch self {
        case .none: nil
        case .entityType:
            "different entity types are never compatible even when their attributes would be compatible"
        case .entityRecord:
            "entity and record types are never compatible even when their attributes would be compatible"
        case .recordWidth: "for record types to be compatible, every attribute must be present in both records"
        case .attributeQualifier:
            "for record types to be compatible, an attribute must be required in both or optional in both"
        }
    }
}

extension ValidatorType {
    /// Whether every value of `self` is a value of `other`.
    func isSubtype(of other: ValidatorType, mode: TypingMode) -> Bool {
        switch (self, other) {
        case (.never, _): return true
        case (.bool(let a), .bool(let b)): return b == .anyBool || a == b
        case (.long, .long), (.string, .string): return true
        case (.set(let a), .set(let b)):
            guard let b else { return true }
            guard let a else { return false }
            return a.isSubtype(of: b, mode: mode)
        case (.record(let a), .record(let b)):
            guard !a.isOpen || b.isOpen else { return false }
            if b.isOpen && !mode.isStrict && a.hasAttributes(subtyping: b, mode: mode) { return true }
            return Set(a.attributes.keys) == Set(b.attributes.keys) && a.hasAttributes(subtyping: b, mode: mode)
        case (.action, .action): return self == other
        case (.entity(let a), .entity(let b)): return mode.isStrict ? a == b : a.types.isSubset(of: b.types)
        case (.anyEntity, .anyEntity): return true
        case (.entity, .anyEntity), (.action, .anyEntity): return !mode.isStrict
        case (.extension(let a), .extension(let b)): return a == b
        default: return false
        }
    }

    /// The least upper bound of two types, or why there is none.
    static func leastUpperBound(
        _ a: ValidatorType, _ b: ValidatorType, mode: TypingMode
    ) -> Result<ValidatorType, LUBFailure> {
        if a.isSubtype(of: b, mode: mode) { return .success(b) }
        if b.isSubtype(of: a, mode: mode) { return .success(a) }
        switch (a, b) {
        case (.bool, .bool): return .success(.anyBool)
        case (.set(nil), .set), (.set, .set(nil)): return .success(.anySet)
        case (.set(let x?), .set(let y?)): return leastUpperBound(x, y, mode: mode).map { .set($0) }
        case (.record(let x), .record(let y)):
            let attributes: [String: AttributeInfo]
            switch RecordShape.attributesLUB(x, y, mode: mode) {
            case .success(let value): attributes = value
            case .failure(let failure): return .failure(failure)
            }
            let isOpen =
                x.isOpen || y.isOpen
                || Set(attributes.keys) != Set(x.attributes.keys).union(y.attributes.keys)
            return .success(.record(RecordShape(attributes: attributes, isOpen: isOpen)))
        case (.action(let n1, let a1), .action(let n2, let a2)):
            if n1 == n2 {
                return RecordShape.attributesLUB(
                    RecordShape(attributes: a1), RecordShape(attributes: a2), mode: .strict
                ).map { .action(name: n1, attributes: $0) }
            }
            return mode.isStrict ? .failure(.entityType) : .success(.anyEntity)
        case (.entity(let x), .entity(let y)):
            return mode.isStrict && x != y ? .failure(.entityType) : .success(.entity(EntityLUB(union: x, y)))
        case (.anyEntity, .entity), (.entity, .anyEntity), (.anyEntity, .action), (.action, .anyEntity),
            (.action, .entity), (.entity, .action):
            return mode.isStrict ? .failure(.entityType) : .success(.anyEntity)
        case (.anyEntity, .record), (.record, .anyEntity), (.entity, .record), (.record, .entity),
            (.action, .record), (.record, .action):
            return .failure(.entityRecord)
        default: return .failure(.none)
        }
    }

    /// The least upper bound of all `types` (`never` for none).
    static func leastUpperBound(
        of types: some Sequence<ValidatorType>, mode: TypingMode
    ) -> Result<ValidatorType, LUBFailure> {
        var lub = ValidatorType.never
        for type in types {
            switch leastUpperBound(lub, type, mode: mode) {
            case .success(let next): lub = next
            case .failure(let failure): return .failure(failure)
            }
        }
        return .success(lub)
    }

    /// Whether no value has both types; conservative: only entity types are ever disjoint.
    static func areDisjoint(_ a: ValidatorType, _ b: ValidatorType) -> Bool {
        guard let x = a.entityTypes, let y = b.entityTypes else { return false }
        return x.isDisjoint(with: y)
    }

    /// The entity types of an entity or action type.
    var entityTypes: Set<Name>? {
        switch self {
        case .entity(let lub): lub.types
        case .action(let name, _): [name]
        default: nil
        }
    }
}

extension RecordShape {
    /// Every attribute of `other` is in `self`, with a subtype and a compatible qualifier.
    func hasAttributes(subtyping other: RecordShape, mode: TypingMode) -> Bool {
        other.attributes.allSatisfy { key, theirs in
            guard let mine = attributes[key] else { return false }
            let qualifierOK =
                mode.isStrict ? mine.isRequired == theirs.isRequired : mine.isRequired || !theirs.isRequired
            return qualifierOK && mine.type.isSubtype(of: theirs.type, mode: mode)
        }
    }

    /// The attributes of the least upper bound of two records: in strict mode both need the same keys;
    /// in permissive mode only the common attributes that have an upper bound are kept.
    static func attributesLUB(
        _ a: RecordShape, _ b: RecordShape, mode: TypingMode
    ) -> Result<[String: AttributeInfo], LUBFailure> {
        if mode.isStrict && Set(a.attributes.keys) != Set(b.attributes.keys) { return .failure(.recordWidth) }
        var result: [String: AttributeInfo] = [:]
        for key in a.attributes.keys.sorted() {
            let x = a.attributes[key]!
            guard let y = b.attributes[key] else {
                if mode.isStrict { return .failure(.recordWidth) }
                continue
            }
            switch ValidatorType.leastUpperBound(x.type, y.type, mode: mode) {
            case .success(let type):
                if mode.isStrict && x.isRequired != y.isRequired {
                    return .failure(.attributeQualifier)
                }
                result[key] = AttributeInfo(type, isRequired: x.isRequired && y.isRequired)
            case .failure(let failure):
                if mode.isStrict { return .failure(failure) }
            }
        }
        return .success(result)
    }
}
