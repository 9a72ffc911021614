/// A schema as written, before name resolution: what both the `.cedarschema` and the JSON readers produce,
/// and what `SchemaResolver` turns into a `Schema`.
struct UnresolvedSchema {
    var namespaces: [UnresolvedNamespace] = []
}

/// A name used to refer to a type or action, with where it was written (when known).
struct TypeReference {
    var name: Name
    var span: SourceSpan?
}

/// A type as written: references are not yet resolved and common types not yet expanded.
indirect enum UnresolvedType {
    case bool
    case long
    case string
    case set(UnresolvedType)
    /// Attributes in written order; a later attribute replaces an earlier one with the same name.
    case record([UnresolvedAttribute])
    /// A name that must denote an entity type (JSON `"type": "Entity"`, `memberOfTypes`, `appliesTo`).
    case entity(TypeReference)
    /// A name that must denote a common type (JSON `"type": "<name>"`, `context: Name`).
    case common(TypeReference)
    /// A name that may denote a common type or an entity type (human format, JSON `EntityOrCommon`).
    case entityOrCommon(TypeReference)
    /// JSON `"type": "Extension"` with its `name`.
    case `extension`(String, span: SourceSpan?)
}

struct UnresolvedAttribute {
    var name: String
    var type: UnresolvedType
    var isRequired: Bool
}

struct UnresolvedCommonType {
    var name: String
    var type: UnresolvedType
    var span: SourceSpan?
}

struct UnresolvedEntityType {
    enum Kind {
        case standard(memberOf: [TypeReference], shape: UnresolvedType, tags: UnresolvedType?)
        case enumerated([String])
    }

    var name: String
    var kind: Kind
    var span: SourceSpan?
}

/// A reference to an action group: its id and, when written, its type (`Action` otherwise).
struct ActionReference {
    var type: Name?
    var id: String
    var span: SourceSpan?
}

struct UnresolvedAction {
    struct AppliesTo {
        var principals: [TypeReference]
        var resources: [TypeReference]
        var context: UnresolvedType
    }

    var name: String
    var memberOf: [ActionReference]
    var appliesTo: AppliesTo?
    var span: SourceSpan?
}

/// The declarations of one namespace; `path` is empty for the empty namespace.
struct UnresolvedNamespace {
    var path: [String]
    var commonTypes: [UnresolvedCommonType] = []
    var entityTypes: [UnresolvedEntityType] = []
    var actions: [UnresolvedAction] = []
    var span: SourceSpan?
}
