extension Policy {
    /// Reads a policy or template in Cedar's JSON policy format (the "EST"), accepting what Rust Cedar 4.x accepts.
    ///
    /// Errors name the JSON path of the problem (`conditions[0].body.left`) and what was expected there. A
    /// value-less annotation (`null`) becomes the value `""`, as in Rust.
    public init(json: JSONValue, id: String) throws(Diagnostics) {
        do throws(Diagnostic) {
            self = try PolicyJSONDecoder.policy(JSONCursor(json), id: id)
        } catch {
            throw Diagnostics([error])
        }
    }
}

enum PolicyJSONDecoder {
    static func policy(_ cursor: JSONCursor, id: String) throws(Diagnostic) -> Policy {
        let object = try cursor.object("a policy object with `effect`, `principal`, `action`, `resource`, `conditions`")
        try cursor.rejectUnknownKeys(
            object, allowed: ["effect", "principal", "action", "resource", "conditions", "annotations"])
        let effectCursor = try cursor.required("effect", in: object)
        guard let effect = Effect(rawValue: try effectCursor.string("`permit` or `forbid`")) else {
            throw effectCursor.mismatch("`\"permit\"` or `\"forbid\"`")
        }
        let principal = try ScopeJSONDecoder.scope(try cursor.required("principal", in: object), slot: .principal)
        let action = try ScopeJSONDecoder.action(try cursor.required("action", in: object))
        let resource = try ScopeJSONDecoder.scope(try cursor.required("resource", in: object), slot: .resource)
        let conditionsCursor = try cursor.required("conditions", in: object)
        var conditions: [Condition] = []
        for (index, element) in try conditionsCursor.array("an array of conditions").enumerated() {
            conditions.append(try condition(conditionsCursor.element(index, element)))
        }
        var annotations: [Annotation] = []
        if let annotationsCursor = cursor.optional("annotations", in: object) {
            let members = try annotationsCursor.object("an object mapping annotation names to strings")
            for (key, value) in members.members {
                let here = annotationsCursor.child(key, value)
                guard CedarIdentifier.isShaped(key) else {
                    throw here.error("`\(key)` is not a valid annotation name (an identifier such as `id`)")
                }
                switch value {
                case .string(let text): annotations.append(Annotation(key: key, value: text))
                case .null: annotations.append(Annotation(key: key, value: "", hasValue: false))
                default: throw here.mismatch("an annotation value (a string or null)")
                }
            }
        }
        return Policy(
            id: id, effect: effect, annotations: annotations, principal: principal, action: action,
            resource: resource, conditions: conditions)
    }

    private static func condition(_ cursor: JSONCursor) throws(Diagnostic) -> Condition {
        let object = try cursor.object("a condition `{\"kind\": \"when\", \"body\": …}`")
        try cursor.rejectUnknownKeys(object, allowed: ["kind", "body"])
        let kindCursor = try cursor.required("kind", in: object)
        guard let kind = Condition.Kind(rawValue: try kindCursor.string("`when` or `unless`")) else {
            throw kindCursor.mismatch("`\"when\"` or `\"unless\"`")
        }
        let body = try ExprJSONDecoder.decode(try cursor.required("body", in: object), clause: kind.rawValue)
        return Condition(kind, body)
    }
}
