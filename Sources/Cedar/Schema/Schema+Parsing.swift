extension Schema {
    /// Parses and resolves a schema in the human-readable `.cedarschema` format, exactly as Rust Cedar 4.x does.
    ///
    /// Declarations outside any `namespace` block belong to the empty namespace. Annotations are accepted and
    /// ignored. Every error names where it is (`file:line:column`) and what was expected.
    /// - Parameter file: the name shown in diagnostics.
    public init(cedarSchema source: String, file: String? = nil) throws(Diagnostics) {
        let unresolved = try CedarSchemaParser.parse(source, file: file)
        self = try SchemaResolver.resolve(unresolved)
    }

    /// Parses and resolves a schema in Cedar's JSON schema format (namespace names as top-level keys).
    /// - Parameter file: the name shown in diagnostics.
    public init(json: String, file: String? = nil) throws(Diagnostics) {
        let value: JSONValue
        do { value = try JSONParser.parse(json, file: file) } catch { throw Diagnostics([error]) }
        let unresolved: UnresolvedSchema
        do { unresolved = try JSONSchemaReader.read(value, file: file) } catch { throw Diagnostics([error]) }
        self = try SchemaResolver.resolve(unresolved)
    }
}
