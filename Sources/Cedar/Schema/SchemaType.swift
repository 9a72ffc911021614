/// A type in a schema, with common types already resolved.
public indirect enum SchemaType: Hashable, Sendable {
    case bool
    case long
    case string
    case entity(Name)
    case set(SchemaType)
    case record(RecordType)
    /// An extension type: `decimal`, `ipaddr`, `datetime` or `duration`.
    case `extension`(String)
}

/// A record type: named attributes, each required or optional.
public struct RecordType: Hashable, Sendable {
    /// The attributes by name.
    public var attributes: [String: AttributeType]

    /// A record type with `attributes` (none by default).
    public init(_ attributes: [String: AttributeType] = [:]) { self.attributes = attributes }
}

/// The declared type of an attribute, and whether it must be present.
public struct AttributeType: Hashable, Sendable {
    /// The attribute's type.
    public var type: SchemaType
    /// Whether every value of the record must have the attribute.
    public var isRequired: Bool

    /// An attribute of `type`, required by default.
    public init(_ type: SchemaType, isRequired: Bool = true) {
        self.type = type
        self.isRequired = isRequired
    }
}
