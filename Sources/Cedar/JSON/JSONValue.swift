/// A JSON document, as Cedar's JSON formats (entities, requests, schemas, policies) read and write it.
///
/// Objects keep their keys in order; numbers keep their text so integers are never rounded through `Double`.
public indirect enum JSONValue: Hashable, Sendable {
    case null
    case bool(Bool)
    /// A number, as written (`12`, `-3`, `1.5e3`).
    case number(String)
    case string(String)
    case array([JSONValue])
    case object(JSONObject)

    /// The value as a 64-bit integer when it is an integer literal in range.
    public var int64: Int64? {
        if case .number(let text) = self { return Int64(text) }
        return nil
    }

    /// The value as a string, when it is one.
    public var string: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    /// The value as an object, when it is one.
    public var object: JSONObject? {
        if case .object(let o) = self { return o }
        return nil
    }

    /// The value as an array, when it is one.
    public var array: [JSONValue]? {
        if case .array(let a) = self { return a }
        return nil
    }

    /// A short name of the JSON kind, for error messages.
    public var kindName: String {
        switch self {
        case .null: "null"
        case .bool: "a boolean"
        case .number: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }
}

/// A JSON object: members in document order, keys unique (the parser rejects duplicates).
public struct JSONObject: Hashable, Sendable {
    /// The members in document order.
    public var members: [(key: String, value: JSONValue)]

    /// An object with `members` (none by default); the keys should be unique.
    public init(_ members: [(key: String, value: JSONValue)] = []) { self.members = members }

    /// The value of the member `key`; setting `nil` removes the member, setting a new key appends it. Linear in the number of members.
    public subscript(key: String) -> JSONValue? {
        get { members.first { $0.key == key }?.value }
        set {
            if let index = members.firstIndex(where: { $0.key == key }) {
                if let newValue { members[index].value = newValue } else { members.remove(at: index) }
            } else if let newValue {
                members.append((key, newValue))
            }
        }
    }

    /// The keys in document order.
    public var keys: [String] { members.map(\.key) }

    public static func == (lhs: JSONObject, rhs: JSONObject) -> Bool {
        lhs.members.count == rhs.members.count
            && zip(lhs.members, rhs.members).allSatisfy { $0.key == $1.key && $0.value == $1.value }
    }

    public func hash(into hasher: inout Hasher) {
        for (key, value) in members {
            hasher.combine(key)
            hasher.combine(value)
        }
    }
}
