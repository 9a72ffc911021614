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
    public var attributes: [String: AttributeType]

    public init(_ attributes: [String: AttributeType] = [:]) { self.attributes = attributes }
}

public struct AttributeType: Hashable, Sendable {
    public var type: SchemaType
    public var isRequired: Bool

    public init(_ type: SchemaType, isRequired: Bool = true) {
        self.type = type
        self.isRequired = isRequired
    }
}
