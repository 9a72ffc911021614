/// The JSON forms of literal values inside policies: `{"Value": …}` expressions and `{"type", "id"}` entities.
enum LiteralJSON {
    /// `{"type": "User", "id": "alice"}`, as scope constraints and template links write entities.
    static func entityReference(_ uid: EntityUID) -> JSONValue {
        .object(JSONObject([("type", .string(uid.type.description)), ("id", .string(uid.id))]))
    }

    /// A literal as an expression. Booleans, integers, strings and entities become `{"Value": …}`; sets and records
    /// become `Set`/`Record` expressions, and extension values calls of their constructors, which evaluate to them.
    static func expression(_ value: Value) -> JSONValue {
        switch value {
        case .bool(let b): return ExprJSONEncoder.single("Value", .bool(b))
        case .long(let n): return ExprJSONEncoder.single("Value", .number(String(n)))
        case .string(let s): return ExprJSONEncoder.single("Value", .string(s))
        case .entity(let uid):
            return ExprJSONEncoder.single("Value", ExprJSONEncoder.single("__entity", entityReference(uid)))
        case .set(let elements):
            // Sets have no order; sort by the written form so output is deterministic.
            let written = elements.map(expression).sorted { $0.serialized() < $1.serialized() }
            return ExprJSONEncoder.single("Set", .array(written))
        case .record(let fields):
            let pairs = fields.map { (key: $0.key, value: $0.value) }
            return ExprJSONEncoder.single(
                "Record",
                .object(JSONObject(ExprJSONEncoder.sortedUnique(pairs).map { ($0.key, expression($0.value)) })))
        case .decimal(let d): return call("decimal", decimalText(d))
        case .ipaddr(let ip): return call("ip", ipText(ip))
        case .duration(let d): return call("duration", "\(d.milliseconds)ms")
        case .datetime(let t):
            return ExprJSONEncoder.single(
                "offset", .array([call("datetime", "1970-01-01"), call("duration", "\(t.milliseconds)ms")]))
        }
    }

    private static func call(_ function: String, _ argument: String) -> JSONValue {
        ExprJSONEncoder.single(function, .array([ExprJSONEncoder.single("Value", .string(argument))]))
    }

    private static func decimalText(_ d: CedarDecimal) -> String {
        let magnitude = d.scaled.magnitude
        let fraction = String(magnitude % 10_000)
        let padded = String(repeating: "0", count: 4 - fraction.count) + fraction
        return (d.scaled < 0 ? "-" : "") + "\(magnitude / 10_000).\(padded)"
    }

    private static func ipText(_ ip: IPAddr) -> String {
        if ip.isIPv4 {
            let bits = UInt32(truncatingIfNeeded: ip.address)
            let octets = [24, 16, 8, 0].map { String((bits >> UInt32($0)) & 0xFF) }
            return octets.joined(separator: ".") + "/\(ip.prefixLength)"
        }
        let groups = stride(from: 112, through: 0, by: -16).map {
            String(UInt16(truncatingIfNeeded: ip.address >> UInt128($0)), radix: 16)
        }
        return groups.joined(separator: ":") + "/\(ip.prefixLength)"
    }
}
