extension Request {
    /// A request whose context is given in JSON (`nil` for the empty context), read schema-directed when a
    /// schema is given (see `ContextJSON.context(from:action:schema:)`). The request itself is not validated;
    /// call `validate(against:)` for that.
    public init(
        principal: EntityUID, action: EntityUID, resource: EntityUID, contextJSON: JSONValue?, schema: Schema?
    ) throws(Diagnostics) {
        var context: [String: Value] = [:]
        if let contextJSON {
            do {
                context = try ContextJSON.context(from: contextJSON, action: action, schema: schema)
            } catch {
                throw Diagnostics([error])
            }
        }
        self.init(principal: principal, action: action, resource: resource, context: context)
    }

    /// Checks the request against a schema as Rust Cedar's request validation does: the principal and
    /// resource types are declared (and their ids listed, for enumerated types), the action is declared and
    /// applies to those types, and the context has the action's declared context type.
    public func validate(against schema: Schema) throws(Diagnostics) {
        do {
            try RequestValidation(schema: schema).check(self)
        } catch {
            throw Diagnostics([error])
        }
    }
}
