/// Rust Cedar's request validation (`ValidatorSchema::validate_request`).
struct RequestValidation {
    var schema: Schema

    func check(_ request: Request) throws(Diagnostic) {
        let conformance = EntityConformance(schema: schema)
        guard schema.entityTypes[request.principal.type] != nil else {
            throw Diagnostic("principal type `\(request.principal.type)` is not declared in the schema")
        }
        try conformance.checkEnumerated(request.principal)
        guard schema.entityTypes[request.resource.type] != nil else {
            throw Diagnostic("resource type `\(request.resource.type)` is not declared in the schema")
        }
        try conformance.checkEnumerated(request.resource)
        guard let action = schema.actions[request.action] else {
            throw Diagnostic("request's action `\(request.action)` is not declared in the schema")
        }
        let principals = action.appliesTo?.principalTypes ?? []
        guard principals.contains(request.principal.type) else {
            throw Diagnostic(
                "principal type `\(request.principal.type)` is not valid for `\(request.action)`",
                help: validTypesHelp(principals, role: "principal", action: request.action))
        }
        let resources = action.appliesTo?.resourceTypes ?? []
        guard resources.contains(request.resource.type) else {
            throw Diagnostic(
                "resource type `\(request.resource.type)` is not valid for `\(request.action)`",
                help: validTypesHelp(resources, role: "resource", action: request.action))
        }
        let context = Value.record(request.context)
        for reference in TypeCheck.entityReferences(in: context) { try conformance.checkEnumerated(reference) }
        let expected = SchemaType.record(action.appliesTo?.context ?? RecordType())
        if let problem = TypeCheck.problem(context, against: expected) {
            throw Diagnostic("context is not valid for `\(request.action)`: \(problem)")
        }
    }

    private func validTypesHelp(_ types: Set<Name>, role: String, action: EntityUID) -> String {
        guard !types.isEmpty else { return "no \(role) types are valid for `\(action)`" }
        return "valid \(role) types for `\(action)`: " + types.sorted().map { "`\($0)`" }.joined(separator: ", ")
    }
}
