/// Where in an entities or context document a value was being read, for error messages.
enum JSONPlace: Sendable {
    case entityAttribute(EntityUID, String)
    case entityTag(EntityUID, String)
    case entityParents(EntityUID)
    case entityUID
    case context
    case value

    /// The phrase that starts an error message, as Rust Cedar words it.
    var phrase: String {
        switch self {
        case .entityAttribute(let uid, let attribute): "in attribute `\(attribute)` on `\(uid)`"
        case .entityTag(let uid, let tag): "in tag `\(tag)` on `\(uid)`"
        case .entityParents(let uid): "in parents field of `\(uid)`"
        case .entityUID: "in uid field of <unknown entity>"
        case .context: "while parsing context"
        case .value: "in a JSON value"
        }
    }
}

/// Short renderings of JSON and Cedar values for error messages: echoed only while short, so that long
/// (possibly sensitive) data never ends up in a log.
enum Brief {
    static let limit = 40

    static func json(_ value: JSONValue) -> String {
        let text = value.serialized()
        return text.count <= limit ? "`\(text)`" : value.kindName
    }

    static func value(_ value: Value) -> String {
        if let json = try? ValueJSON.json(for: value) {
            let text = json.serialized()
            if text.count <= limit { return "`\(text)`" }
        }
        return "a \(value.typeName) value"
    }
}
