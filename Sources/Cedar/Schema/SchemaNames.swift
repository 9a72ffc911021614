/// Names with special meaning in schemas, and the identifier rules both schema formats share.
enum SchemaNames {
    /// Basenames a common type may not have (Rust `CommonTypeId::is_reserved_schema_keyword`).
    static let reservedCommonTypeNames: Set<String> = [
        "Bool", "Boolean", "Entity", "Extension", "Long", "Record", "Set", "String",
    ]

    /// Identifiers Cedar reserves: they cannot name anything in a schema.
    static let reservedIdentifiers: Set<String> = ["true", "false", "if", "then", "else", "in", "is", "like", "has"]

    /// The extension types every schema may use by their bare names.
    static let extensionTypes: [String] = ["ipaddr", "decimal", "datetime", "duration"]

    /// The primitive type names usable bare (and as `__cedar::…`) in the human format.
    static let primitiveTypes: [(String, SchemaType)] = [("Bool", .bool), ("Long", .long), ("String", .string)]

    /// The reserved namespace of built-in types.
    static let cedarNamespace = "__cedar"

    /// Whether `text` matches `[_a-zA-Z][_a-zA-Z0-9]*`.
    static func isIdentifierShaped(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first else { return false }
        func isStart(_ s: Unicode.Scalar) -> Bool { s == "_" || ("a"..."z").contains(s) || ("A"..."Z").contains(s) }
        return isStart(first) && text.unicodeScalars.allSatisfy { isStart($0) || ("0"..."9").contains($0) }
    }

    /// Whether `text` is a usable identifier: identifier-shaped and not reserved.
    static func isIdentifier(_ text: String) -> Bool {
        isIdentifierShaped(text) && !reservedIdentifiers.contains(text)
    }

    /// Parses `A::B::C` as a name whose every component is an identifier, without spaces (a normalized name).
    static func parseNormalizedName(_ text: String) -> Name? {
        let name = Name(qualified: text)
        guard (name.namespace + [name.basename]).allSatisfy(isIdentifier) else { return nil }
        return name
    }
}

/// Bounds that keep schema processing from exhausting the stack on hostile input.
enum SchemaLimits {
    /// Deepest nesting of `Set`s and records accepted, when written and after common types are expanded.
    static let maximumTypeDepth = 128
}
