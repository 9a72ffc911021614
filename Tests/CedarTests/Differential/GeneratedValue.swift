import Cedar

/// A value the generator places in entities, contexts and policy literals, renderable as Cedar text,
/// as Cedar JSON, and (when the generator knows it exactly) as the engine's `Value`.
indirect enum GeneratedValue {
    case bool(Bool)
    case long(Int64)
    case string(String)
    case entity(EntityUID)
    case set([GeneratedValue])
    case record([(key: String, value: GeneratedValue)])
    /// An extension value: constructor name, argument text, and the exact value when the generator knows it.
    case ext(function: String, argument: String, known: Value?)

    /// The value as a Cedar expression.
    var cedarText: String {
        switch self {
        case .bool(let b): String(b)
        case .long(let n): n < 0 ? "(\(n))" : String(n)
        case .string(let s): Self.cedarQuoted(s)
        case .entity(let uid): Self.cedarText(uid)
        case .set(let items): "[" + items.map(\.cedarText).joined(separator: ", ") + "]"
        case .record(let fields):
            "{" + fields.map { "\(Self.cedarQuoted($0.key)): \($0.value.cedarText)" }.joined(separator: ", ") + "}"
        case .ext(let function, let argument, _): "\(function)(\(Self.cedarQuoted(argument)))"
        }
    }

    /// The value in Cedar's entity/context JSON format (explicit `__entity` and `__extn` escapes).
    var jsonText: String {
        switch self {
        case .bool(let b): String(b)
        case .long(let n): String(n)
        case .string(let s): Self.jsonQuoted(s)
        case .entity(let uid): "{\"__entity\": \(Self.jsonText(uid))}"
        case .set(let items): "[" + items.map(\.jsonText).joined(separator: ", ") + "]"
        case .record(let fields):
            "{" + fields.map { "\(Self.jsonQuoted($0.key)): \($0.value.jsonText)" }.joined(separator: ", ") + "}"
        case .ext(let function, let argument, _):
            "{\"__extn\": {\"fn\": \(Self.jsonQuoted(function)), \"arg\": \(Self.jsonQuoted(argument))}}"
        }
    }

    /// The engine value, or nil when the generator does not model it exactly (e.g. IP addresses).
    var value: Value? {
        switch self {
        case .bool(let b): return .bool(b)
        case .long(let n): return .long(n)
        case .string(let s): return .string(s)
        case .entity(let uid): return .entity(uid)
        case .set(let items):
            var result: Set<Value> = []
            for item in items {
                guard let v = item.value else { return nil }
                result.insert(v)
            }
            return .set(result)
        case .record(let fields):
            var result: [String: Value] = [:]
            for field in fields {
                guard let v = field.value.value else { return nil }
                result[field.key] = v
            }
            return .record(result)
        case .ext(_, _, let known): return known
        }
    }

    static func cedarText(_ uid: EntityUID) -> String { "\(uid.type)::\(cedarQuoted(uid.id))" }

    static func jsonText(_ uid: EntityUID) -> String {
        "{\"type\": \(jsonQuoted(uid.type.description)), \"id\": \(jsonQuoted(uid.id))}"
    }

    /// A Cedar string literal (the generator's own escaping, independent of the engine's).
    static func cedarQuoted(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// A JSON string literal: JSON is only the carrier here, so the repository's writer does it.
    static func jsonQuoted(_ s: String) -> String { JSONValue.string(s).serialized() }
}
