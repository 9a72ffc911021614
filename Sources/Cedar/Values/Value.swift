/// A Cedar value: the result of evaluating an expression, an entity attribute, a context field.
public indirect enum Value: Hashable, Sendable {
    case bool(Bool)
    case long(Int64)
    case string(String)
    case entity(EntityUID)
    /// A set; equality is set equality.
    case set(Set<Value>)
    /// A record; equality is equality of all fields.
    case record([String: Value])
    case decimal(CedarDecimal)
    case ipaddr(IPAddr)
    case datetime(CedarDatetime)
    case duration(CedarDuration)
}

extension Value {
    /// The name of the value's type, as Cedar error messages say it (`bool`, `long`, `string`, …).
    public var typeName: String {
        switch self {
        case .bool: "bool"
        case .long: "long"
        case .string: "string"
        case .entity(let uid): "(entity of type `\(uid.type)`)"
        case .set: "set"
        case .record: "record"
        case .decimal: "decimal"
        case .ipaddr: "ipaddr"
        case .datetime: "datetime"
        case .duration: "duration"
        }
    }
}
