/// A type whose every name has been resolved to a fully-qualified entity type or common type,
/// but whose common types are not yet expanded.
indirect enum QualifiedType {
    case bool
    case long
    case string
    case set(QualifiedType)
    case record([(name: String, type: QualifiedType, isRequired: Bool)])
    case entity(Name)
    case common(Name)
    case `extension`(String)

    /// The common types this type mentions directly (not through other common types).
    var commonReferences: Set<Name> {
        var found: Set<Name> = []
        var pending = [self]
        while let type = pending.popLast() {
            switch type {
            case .common(let name): found.insert(name)
            case .set(let element): pending.append(element)
            case .record(let attributes): pending += attributes.map(\.type)
            case .bool, .long, .string, .entity, .extension: break
            }
        }
        return found
    }
}

/// Which kinds of declaration a name in a given position may denote.
enum ReferenceKind {
    case entity
    case common
    case commonOrEntity

    var allowsCommon: Bool { self != .entity }
    var allowsEntity: Bool { self != .common }

    var phrase: String {
        switch self {
        case .entity: "as an entity type"
        case .common: "as a common type"
        case .commonOrEntity: "as a common or entity type"
        }
    }
}
