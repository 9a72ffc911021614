/// Names with special meaning in schemas (identifier rules are `CedarIdentifier`'s).
enum SchemaNames {
    /// Basenames a common type may not have (Rust `CommonTypeId::is_reserved_schema_keyword`).
    static let reservedCommonTypeNames: Set<String> = [
        "Bool", "Boolean", "Entity", "Extension", "Long", "Record", "Set", "String",
    ]

    /// The extension types every schema may use by their bare names.
    static let extensionTypes: [String] = ["ipaddr", "decimal", "datetime", "duration"]

    /// The primitive type names usable bare (and as `__cedar::…`) in the human format.
    static let primitiveTypes: [(String, SchemaType)] = [("Bool", .bool), ("Long", .long), ("String", .string)]
}

/// Bounds that keep schema processing from exhausting the stack on hostile input.
enum SchemaLimits {
    /// Deepest nesting of `Set`s and records accepted, when written and after common types are expanded.
    static let maximumTypeDepth = 128
}
