/// Type names in error messages, written as Rust Cedar writes its schema types.
enum TypeText {
    static func describe(_ type: SchemaType) -> String {
        switch type {
        case .bool: return "bool"
        case .long: return "long"
        case .string: return "string"
        case .entity(let name): return "`\(name)`"
        case .set(let element): return "(set of \(describe(element)))"
        case .extension(let name): return name
        case .record(let record):
            guard !record.attributes.isEmpty else { return "empty record" }
            let fields = record.attributes.keys.sorted().map { key in
                let attribute = record.attributes[key]!
                return "\(CedarString.quoted(key)) => (\(attribute.isRequired ? "required" : "optional")) "
                    + describe(attribute.type)
            }
            return "record with attributes: {\(fields.joined(separator: ", "))}"
        }
    }

    /// The type of a value, as Rust Cedar infers it for messages (record attributes are all optional).
    static func describe(_ value: Value) -> String {
        switch value {
        case .bool: return "bool"
        case .long: return "long"
        case .string: return "string"
        case .entity(let uid): return "`\(uid.type)`"
        case .set(let elements):
            guard let first = elements.min(by: { $0.hashValue < $1.hashValue }) else { return "empty-set" }
            return "(set of \(describe(first)))"
        case .record(let record):
            guard !record.isEmpty else { return "empty record" }
            let fields = record.keys.sorted().map { "\(CedarString.quoted($0)) => (optional) \(describe(record[$0]!))" }
            return "record with attributes: {\(fields.joined(separator: ", "))}"
        case .decimal: return "decimal"
        case .ipaddr: return "ipaddr"
        case .datetime: return "datetime"
        case .duration: return "duration"
        }
    }
}
