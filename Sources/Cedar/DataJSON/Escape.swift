/// The reserved single-key objects of Cedar's JSON value format.
enum Escape: Equatable {
    /// `{"__entity": {"type": …, "id": …}}`
    case entity(type: String, id: String)
    /// `{"__extn": {"fn": …, "arg": …}}` or `{"__extn": {"fn": …, "args": […]}}`
    case `extension`(ExtensionCall)
    /// `{"__expr": "…"}`, no longer supported.
    case expression

    /// An extension function call as written in JSON.
    struct ExtensionCall: Equatable {
        var function: String
        var arguments: [JSONValue]

        /// Reads `{"fn": "name", "arg": value}` (preferred when both are given) or `{"fn": "name", "args": [...]}`.
        init?(_ object: JSONObject) {
            guard let function = object["fn"]?.string else { return nil }
            if let argument = object["arg"] {
                self.init(function: function, arguments: [argument])
            } else if let arguments = object["args"]?.array {
                self.init(function: function, arguments: arguments)
            } else {
                return nil
            }
        }

        init(function: String, arguments: [JSONValue]) {
            self.function = function
            self.arguments = arguments
        }
    }

    /// The escape `object` is, or `nil` when it is an ordinary record. As in Rust Cedar, an object with any
    /// other key besides the escape, or whose escape content has the wrong shape, is a record.
    static func classify(_ object: JSONObject) -> Escape? {
        guard object.members.count == 1, let (key, value) = object.members.first else { return nil }
        switch key {
        case "__entity":
            guard case .object(let inner) = value, let type = inner["type"]?.string, let id = inner["id"]?.string
            else { return nil }
            return .entity(type: type, id: id)
        case "__extn":
            guard case .object(let inner) = value, let call = ExtensionCall(inner) else { return nil }
            return .extension(call)
        case "__expr":
            guard case .string = value else { return nil }
            return .expression
        default:
            return nil
        }
    }
}
