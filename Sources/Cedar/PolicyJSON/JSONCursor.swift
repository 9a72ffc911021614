/// A JSON value together with its path in the document (`staticPolicies.policy0.conditions[0].body`), so that
/// every error says where the problem is.
struct JSONCursor {
    let value: JSONValue
    /// Path components, already written (`staticPolicies`, `.policy0`, `[0]`).
    let path: String

    init(_ value: JSONValue, path: String = "") {
        self.value = value
        self.path = path
    }

    /// The path as users read it; the document itself is `the top level`.
    var location: String { path.isEmpty ? "the top level" : "`\(path)`" }

    func childPath(_ key: String) -> String {
        let simple =
            !key.isEmpty
            && key.unicodeScalars.allSatisfy {
                $0 == "_" || $0 == "?" || ("a"..."z").contains($0)
                    || ("A"..."Z").contains($0) || ("0"..."9").contains($0)
            }
        let component = simple ? key : "[\(CedarString.quoted(key))]"
        if path.isEmpty { return component }
        return simple ? "\(path).\(component)" : path + component
    }

    func child(_ key: String, _ value: JSONValue) -> JSONCursor { JSONCursor(value, path: childPath(key)) }

    func element(_ index: Int, _ value: JSONValue) -> JSONCursor { JSONCursor(value, path: "\(path)[\(index)]") }

    func error(_ message: String) -> Diagnostic {
        Diagnostic("invalid policy JSON at \(location): \(message)")
    }

    /// An error saying what was expected here and what was found instead.
    func mismatch(_ expected: String) -> Diagnostic {
        error("expected \(expected), found \(found)")
    }

    /// The value as an error message names it: strings, numbers and booleans with their text.
    var found: String {
        switch value {
        case .string(let s): "the string \(CedarString.quoted(s))"
        case .number(let n): "the number `\(n)`"
        case .bool(let b): "`\(b)`"
        default: value.kindName
        }
    }

    func object(_ expected: String) throws(Diagnostic) -> JSONObject {
        guard case .object(let object) = value else { throw mismatch(expected) }
        return object
    }

    func array(_ expected: String) throws(Diagnostic) -> [JSONValue] {
        guard case .array(let array) = value else { throw mismatch(expected) }
        return array
    }

    func string(_ expected: String) throws(Diagnostic) -> String {
        guard case .string(let string) = value else { throw mismatch(expected) }
        return string
    }

    /// The member `key` of `object` (this cursor's value), or an error naming the missing key.
    func required(_ key: String, in object: JSONObject) throws(Diagnostic) -> JSONCursor {
        guard let member = object[key] else { throw error("missing the required key `\(key)`") }
        return child(key, member)
    }

    func optional(_ key: String, in object: JSONObject) -> JSONCursor? {
        object[key].map { child(key, $0) }
    }

    /// Rejects keys other than `allowed`, as Rust's `deny_unknown_fields` does.
    func rejectUnknownKeys(_ object: JSONObject, allowed: [String]) throws(Diagnostic) {
        for key in object.keys where !allowed.contains(key) {
            let list = allowed.map { "`\($0)`" }.joined(separator: ", ")
            throw error("unknown key `\(key)`, expected one of \(list)")
        }
    }
}
