/// The static type the validator assigns to an expression, mirroring Rust Cedar's validator `Type`.
///
/// Besides the schema types, it has the bottom type `never`, the singleton boolean types `True`/`False`,
/// least upper bounds of several entity types, the type of any entity, and the type of action entities.
indirect enum ValidatorType: Hashable, Sendable {
    /// The bottom type, a subtype of every type (the element type of `[]`).
    case never
    case bool(BoolType)
    case long
    case string
    /// A set; `nil` element type means "a set of anything" (only used as an expected type).
    case set(ValidatorType?)
    case record(RecordShape)
    /// One or more entity types (more than one only outside strict mode).
    case entity(EntityLUB)
    /// Any entity whatsoever (only used as an expected type in strict mode).
    case anyEntity
    /// An action entity of the action entity type `name`, with the action's attributes.
    case action(name: Name, attributes: [String: AttributeInfo])
    case `extension`(String)

    static let anyBool = ValidatorType.bool(.anyBool)
    static let anyRecord = ValidatorType.record(RecordShape(attributes: [:], isOpen: true))
    static let anySet = ValidatorType.set(nil)

    static func singleton(_ value: Bool) -> ValidatorType { .bool(value ? .alwaysTrue : .alwaysFalse) }
    static func entity(_ name: Name) -> ValidatorType { .entity(EntityLUB(name)) }

    /// The validator type of a schema type; records from a schema are closed.
    init(_ schemaType: SchemaType) {
        switch schemaType {
        case .bool: self = .anyBool
        case .long: self = .long
        case .string: self = .string
        case .entity(let name): self = .entity(name)
        case .set(let element): self = .set(ValidatorType(element))
        case .record(let record): self = .record(RecordShape(record))
        case .extension(let name): self = .extension(name)
        }
    }
}

/// The three boolean types: any boolean, and the singleton types of `true` and `false`.
enum BoolType: Hashable, Sendable {
    case anyBool, alwaysTrue, alwaysFalse
}

/// An attribute of a record or entity type.
struct AttributeInfo: Hashable, Sendable {
    var type: ValidatorType
    var isRequired: Bool

    init(_ type: ValidatorType, isRequired: Bool = true) {
        self.type = type
        self.isRequired = isRequired
    }
}

/// The attributes of a record type and whether values may have attributes beyond them.
struct RecordShape: Hashable, Sendable {
    var attributes: [String: AttributeInfo]
    var isOpen: Bool

    init(attributes: [String: AttributeInfo], isOpen: Bool = false) {
        self.attributes = attributes
        self.isOpen = isOpen
    }

    /// The closed record type of a schema record type.
    init(_ record: RecordType) {
        var attributes: [String: AttributeInfo] = [:]
        for (name, attribute) in record.attributes {
            attributes[name] = AttributeInfo(ValidatorType(attribute.type), isRequired: attribute.isRequired)
        }
        self.init(attributes: attributes)
    }
}

/// A non-empty set of entity types: the least upper bound of those types.
struct EntityLUB: Hashable, Sendable {
    private(set) var types: Set<Name>

    init(_ name: Name) { types = [name] }
    init(union a: EntityLUB, _ b: EntityLUB) { types = a.types.union(b.types) }

    /// The entity type, when the bound is a single type.
    var single: Name? { types.count == 1 ? types.first : nil }
    var sorted: [Name] { types.sorted() }
}

extension ValidatorType: CustomStringConvertible {
    /// The type as Rust Cedar's validator prints it in error messages.
    var description: String {
        switch self {
        case .never: "__cedar::internal::Never"
        case .bool(.anyBool): "Bool"
        case .bool(.alwaysTrue): "__cedar::internal::True"
        case .bool(.alwaysFalse): "__cedar::internal::False"
        case .long: "Long"
        case .string: "String"
        case .set(let element): "Set<\(element?.description ?? "__cedar::internal::Any")>"
        case .record(let shape):
            (shape.isOpen ? "__cedar::internal::OpenRecord" : "")
                + "{"
                + shape.attributes.keys.sorted().map { key in
                    let attribute = shape.attributes[key]!
                    return "\(key)\(attribute.isRequired ? "" : "?"): \(attribute.type),"
                }.joined()
                + "}"
        case .entity(let lub):
            lub.single.map(\.description)
                ?? "__cedar::internal::Union<\(lub.sorted.map(\.description).joined(separator: ", "))>"
        case .anyEntity: "__cedar::internal::AnyEntity"
        case .action(let name, _): name.description
        case .extension(let name): name
        }
    }
}
