import Cedar

/// Fuzz checks on the Cedar schema format and Cedar's JSON schema format.
enum SchemaChecks {
    static func cedarSchema(_ text: String) {
        guard let schema = try? Schema(cedarSchema: text) else { return }
        printings(of: schema, input: text)
    }

    static func jsonSchema(_ text: String) {
        guard let schema = try? Schema(json: text) else { return }
        printings(of: schema, input: text)
    }

    /// A schema printed in either format parses back to the same schema.
    private static func printings(of schema: Schema, input: String) {
        let text = schema.cedarSchemaText()
        do {
            let back = try Schema(cedarSchema: text)
            guard same(back, schema) else {
                failure("a printed schema parses to a different schema", input: input, text)
            }
        } catch {
            failure("a printed schema does not parse", input: input, text, error.description)
        }
        let json = schema.jsonSchema().serialized(pretty: true)
        do {
            let back = try Schema(json: json)
            guard same(back, schema) else { failure("a schema through JSON changed", input: input, json) }
        } catch {
            failure("a schema written as JSON does not read back", input: input, json, error.description)
        }
    }

    private static func same(_ a: Schema, _ b: Schema) -> Bool {
        a.entityTypes == b.entityTypes && a.actions == b.actions
    }
}
