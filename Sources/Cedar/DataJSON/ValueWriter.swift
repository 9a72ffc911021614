/// Writes Cedar values in Rust Cedar's JSON output format.
enum ValueWriter {
    static let reservedKeys: Set<String> = ["__entity", "__extn", "__expr"]

    /// This recurses once per level of nesting, so everything but the recursion is in other functions, keeping
    /// the frame small.
    static func write(_ value: Value) throws(Diagnostic) -> JSONValue {
        switch value {
        case .set(let elements):
            var written: [(text: String, json: JSONValue)] = []
            for element in elements {
                let json = try write(element)
                written.append((json.serialized(), json))
            }
            return .array(written.sorted { $0.text < $1.text }.map(\.json))
        case .record(let record):
            try checkKeys(record)
            var members: [(key: String, value: JSONValue)] = []
            for (key, value) in record.sorted(by: { $0.key < $1.key }) { members.append((key, try write(value))) }
            return .object(JSONObject(members))
        default:
            return writeScalar(value)
        }
    }

    private static func checkKeys(_ record: [String: Value]) throws(Diagnostic) {
        if let reserved = record.keys.sorted().first(where: reservedKeys.contains) {
            throw Diagnostic(
                "record uses reserved key `\(reserved)`",
                help: "records with the keys `__entity`, `__extn` or `__expr` cannot be written in Cedar's JSON "
                    + "format")
        }
    }

    private static func writeScalar(_ value: Value) -> JSONValue {
        switch value {
        case .bool(let b): return .bool(b)
        case .long(let n): return .number(String(n))
        case .string(let s): return .string(s)
        case .entity(let uid): return .object(JSONObject([("__entity", ValueJSON.json(for: uid))]))
        case .decimal(let d): return extensionCall("decimal", .string(d.cedarText))
        case .ipaddr(let ip): return extensionCall("ip", .string(ip.cedarText))
        case .duration(let d): return extensionCall("duration", .string(d.cedarText))
        case .datetime(let d):
            let text = d.cedarText
            guard text.hasPrefix("+") || text.hasPrefix("-") else { return extensionCall("datetime", .string(text)) }
            // Outside years 0000-9999 `datetime("…")` cannot read the text back: write the epoch plus an offset,
            // as Rust Cedar does for computed instants.
            let epoch = extensionCall("datetime", .string("1970-01-01"))
            let offset = extensionCall("duration", .string("\(d.milliseconds)ms"))
            return extensionCall("offset", arguments: [epoch, offset])
        case .set, .record:
            return .null
        }
    }

    private static func extensionCall(_ function: String, _ argument: JSONValue) -> JSONValue {
        .object(JSONObject([("__extn", .object(JSONObject([("fn", .string(function)), ("arg", argument)])))]))
    }

    private static func extensionCall(_ function: String, arguments: [JSONValue]) -> JSONValue {
        .object(
            JSONObject([("__extn", .object(JSONObject([("fn", .string(function)), ("args", .array(arguments))])))]))
    }
}
