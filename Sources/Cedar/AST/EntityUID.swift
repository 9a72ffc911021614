/// The unique identifier of an entity: its type and its id, written `Type::"id"`.
public struct EntityUID: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The entity type, such as `User` or `Photos::Album`.
    public var type: Name
    /// The id within the type: any string.
    public var id: String

    /// The uid `type::"id"`.
    public init(type: Name, id: String) {
        self.type = type
        self.id = id
    }

    public var description: String { "\(type)::\(CedarString.quoted(id))" }

    public static func < (lhs: EntityUID, rhs: EntityUID) -> Bool {
        lhs.type != rhs.type ? lhs.type < rhs.type : lhs.id < rhs.id
    }
}
