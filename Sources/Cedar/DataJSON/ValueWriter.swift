/// Writes Cedar values in Rust Cedar's JSON output format.
enum ValueWriter {
    static let reservedKeys: Set<String> = ["__entity", "__extn", "__expr"]

    static func write(_ value: Value) throws(Diagnostic) -> JSONValue {
        switch value {
        case .bool(let b): return .bool(b)
        case .long(let n): return .number(String(n))
        case .string(let s): return .string(s)
        case .entity(let uid): return .object(JSONObject([("__entity", ValueJSON.json(for: uid))]))
        case .set(let elements):
            var written: [(text: String, json: JSONValue)] = []
            for element in elements {
                let json = try write(element)
                written.append((json.serialized(), json))
            }
            return .array(written.sorted { $0.text < $1.text }.map(\.json))
        case .record(let record):
            if let reserved = record.keys.sorted().first(where: reservedKeys.contains) {
                throw Diagnostic(
                    "record uses reserved key `\(reserved)`",
                    help: "records with the keys `__entity`, `__extn` or `__expr` cannot be written in Cedar's JSON "
                        + "format")
            }
            var members: [(key: String, value: JSONValue)] = []
            for key in record.keys.sorted() { members.append((key, try write(record[key]!))) }
            return .object(JSONObject(members))
        case .decimal(let d): return extensionCall("decimal", ExtensionText.decimal(d))
        case .ipaddr(let ip): return extensionCall("ip", ExtensionText.ipaddr(ip))
        case .datetime(let d): return extensionCall("datetime", ExtensionText.datetime(d))
        case .duration(let d): return extensionCall("duration", ExtensionText.duration(d))
        }
    }

    private static func extensionCall(_ function: String, _ argument: String) -> JSONValue {
        .object(JSONObject([("__extn", .object(JSONObject([("fn", .string(function)), ("arg", .string(argument))])))]))
    }
}
