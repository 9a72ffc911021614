/// Cedar identifier and name syntax, as the JSON formats check it (Rust's `from_normalized_str`).
enum CedarIdentifier {
    /// Words that cannot be identifiers in names.
    static let reserved: Set<String> = ["true", "false", "if", "then", "else", "in", "is", "like", "has"]

    /// `[_a-zA-Z][_a-zA-Z0-9]*`, keywords included.
    static func isValidAnyIdentifier(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, first == "_" || isLetter(first) else { return false }
        return text.unicodeScalars.allSatisfy { $0 == "_" || isLetter($0) || ("0"..."9").contains($0) }
    }

    /// A name such as `User` or `Photos::Album`, written without spaces, or nil when it is not one.
    static func name(_ text: String) -> Name? {
        let name = Name(qualified: text)
        let parts = name.namespace + [name.basename]
        let valid = parts.allSatisfy { isValidAnyIdentifier($0) && !reserved.contains($0) && $0 != "__cedar" }
        return valid ? name : nil
    }

    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
    }
}
