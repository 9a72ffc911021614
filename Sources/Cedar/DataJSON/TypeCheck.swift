/// Whether a value has a schema type, as Rust Cedar checks entity attributes, tags and request contexts:
/// sets are homogeneous with elements of the declared type (the empty set has every set type), records have
/// every required attribute and no undeclared one, entity references have exactly the declared entity type.
enum TypeCheck {
    static func conforms(_ value: Value, to type: SchemaType) -> Bool {
        switch (value, type) {
        case (.bool, .bool), (.long, .long), (.string, .string): return true
        case (.entity(let uid), .entity(let name)): return uid.type == name
        case (.set(let elements), .set(let elementType)):
            return elements.allSatisfy { conforms($0, to: elementType) }
        case (.record(let record), .record(let recordType)):
            for (name, attribute) in recordType.attributes where attribute.isRequired && record[name] == nil {
                return false
            }
            return record.allSatisfy { name, member in
                guard let attribute = recordType.attributes[name] else { return false }
                return conforms(member, to: attribute.type)
            }
        case (.decimal, .extension(let name)): return name == "decimal"
        case (.ipaddr, .extension(let name)): return name == "ipaddr"
        case (.datetime, .extension(let name)): return name == "datetime"
        case (.duration, .extension(let name)): return name == "duration"
        default: return false
        }
    }

    /// A sentence explaining where `value` first departs from `type`, or `nil` when it conforms.
    static func problem(_ value: Value, against type: SchemaType, path: String = "") -> String? {
        switch (value, type) {
        case (.set(let elements), .set(let elementType)):
            for element in elements.sorted(by: { TypeText.describe($0) < TypeText.describe($1) }) {
                if let problem = problem(element, against: elementType, path: path + "[element]") { return problem }
            }
            return nil
        case (.record(let record), .record(let recordType)):
            for name in recordType.attributes.keys.sorted()
            where recordType.attributes[name]!.isRequired && record[name] == nil {
                return "\(place(path))the required attribute `\(name)` is missing"
            }
            for name in record.keys.sorted() {
                guard let attribute = recordType.attributes[name] else {
                    return "\(place(path))the attribute `\(name)` is not declared"
                }
                let inner = path.isEmpty ? name : "\(path).\(name)"
                if let problem = problem(record[name]!, against: attribute.type, path: inner) { return problem }
            }
            return nil
        default:
            guard !conforms(value, to: type) else { return nil }
            return "\(place(path))expected type \(TypeText.describe(type)), but found type \(TypeText.describe(value))"
        }
    }

    private static func place(_ path: String) -> String { path.isEmpty ? "" : "at `\(path)`, " }

    /// Every entity reference inside `value`, for the enumerated-id check.
    static func entityReferences(in value: Value) -> [EntityUID] {
        switch value {
        case .entity(let uid): return [uid]
        case .set(let elements): return elements.flatMap(entityReferences(in:))
        case .record(let record): return record.keys.sorted().flatMap { entityReferences(in: record[$0]!) }
        default: return []
        }
    }
}
