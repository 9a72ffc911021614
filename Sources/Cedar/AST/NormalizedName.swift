/// Cedar's identifier rules, as the JSON formats and the schema formats check them.
enum CedarIdentifier {
    /// Words that cannot be identifiers in a name.
    static let reservedWords: Set<String> = ["true", "false", "if", "then", "else", "in", "is", "like", "has"]

    /// The namespace Cedar reserves for its built-in types.
    static let cedarNamespace = "__cedar"

    /// Whether `text` matches `[_a-zA-Z][_a-zA-Z0-9]*`, reserved words included.
    static func isShaped(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, isStart(first) else { return false }
        return text.unicodeScalars.allSatisfy { isStart($0) || ("0"..."9").contains($0) }
    }

    /// Whether `text` is a usable identifier: identifier-shaped and not a reserved word.
    static func isUsable(_ text: String) -> Bool {
        isShaped(text) && !reservedWords.contains(text)
    }

    private static func isStart(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "_" || ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
    }
}

/// Reads entity type, extension function and schema type names as Cedar's JSON formats require them
/// (Rust's `from_normalized_str`): normalized (`A::B`, no spaces or comments), made of usable identifiers.
enum NormalizedName {
    /// The name `text` spells, or a sentence saying why it is not a valid normalized name. The reserved
    /// `__cedar` namespace is refused unless `allowingCedarNamespace` (schemas may write `__cedar::String`).
    static func parse(_ text: String, allowingCedarNamespace: Bool = false) -> Result<Name, NameProblem> {
        guard !text.isEmpty else { return .failure(NameProblem("it is empty")) }
        let name = Name(qualified: text)
        let parts = name.namespace + [name.basename]
        for part in parts {
            if let problem = identifierProblem(part) { return .failure(NameProblem(problem)) }
        }
        if !allowingCedarNamespace, parts.contains(CedarIdentifier.cedarNamespace) {
            return .failure(NameProblem("the `__cedar` namespace is reserved"))
        }
        return .success(name)
    }

    /// The name `text` spells, or nil when it is not a valid normalized name; see `parse(_:allowingCedarNamespace:)`.
    static func name(_ text: String, allowingCedarNamespace: Bool = false) -> Name? {
        guard case .success(let name) = parse(text, allowingCedarNamespace: allowingCedarNamespace) else { return nil }
        return name
    }

    private static func identifierProblem(_ part: String) -> String? {
        guard !part.isEmpty else { return "it has an empty path component" }
        guard CedarIdentifier.isShaped(part) else {
            return "`\(part)` is not an identifier (letters, digits and `_`, not starting with a digit)"
        }
        if CedarIdentifier.reservedWords.contains(part) { return "`\(part)` is a reserved word" }
        return nil
    }
}

/// Why a string is not a valid normalized Cedar name.
struct NameProblem: Error {
    var reason: String
    init(_ reason: String) { self.reason = reason }
}
