extension PolicySet {
    /// The policy set in Cedar's JSON policy-set format, as Rust Cedar 4.x writes it:
    /// `{"templates": {id: policy}, "staticPolicies": {id: policy}, "templateLinks": [{"templateId", "newId",
    /// "values": {"?principal": {"type", "id"}}}]}`. Linked policies appear only as template links.
    public func jsonRepresentation() -> JSONValue {
        let statics = policies.filter { links[$0.id] == nil }
        let linked = policies.compactMap { policy in links[policy.id].map { (policy.id, $0) } }
        return .object(
            JSONObject([
                ("templates", .object(JSONObject(templates.map { ($0.id, $0.jsonRepresentation()) }))),
                ("staticPolicies", .object(JSONObject(statics.map { ($0.id, $0.jsonRepresentation()) }))),
                (
                    "templateLinks",
                    .array(
                        linked.map { id, link in
                            let values = [SlotID.principal, .resource].compactMap { slot in
                                link.values[slot].map { (slot.rawValue, LiteralJSON.entityReference($0)) }
                            }
                            return .object(
                                JSONObject([
                                    ("templateId", .string(link.templateID)), ("newId", .string(id)),
                                    ("values", .object(JSONObject(values))),
                                ]))
                        })
                ),
            ]))
    }

    /// Reads a policy set from JSON text in Cedar's JSON policy-set format. All three keys (`staticPolicies`,
    /// `templates`, `templateLinks`) are required, as in Rust. Errors carry the line and column for malformed JSON,
    /// and otherwise the JSON path of the problem (`staticPolicies.policy0.conditions[0].body`).
    public init(json text: String) throws(Diagnostics) {
        let value: JSONValue
        do throws(Diagnostic) {
            value = try JSONParser.parse(text)
        } catch {
            throw Diagnostics([error])
        }
        try self.init(json: value)
    }

    /// Reads a policy set from an already parsed JSON document in Cedar's JSON policy-set format.
    public init(json: JSONValue) throws(Diagnostics) {
        do throws(Diagnostic) {
            self = try PolicySetJSONDecoder.policySet(JSONCursor(json))
        } catch {
            throw Diagnostics([error])
        }
    }
}

enum PolicySetJSONDecoder {
    static func policySet(_ cursor: JSONCursor) throws(Diagnostic) -> PolicySet {
        let object = try cursor.object("a policy set object with `staticPolicies`, `templates` and `templateLinks`")
        try cursor.rejectUnknownKeys(object, allowed: ["staticPolicies", "templates", "templateLinks"])
        var set = PolicySet()
        // Rust adds templates, then static policies, then links.
        let templates = try cursor.required("templates", in: object)
        for (id, value) in try templates.object("an object mapping template ids to templates").members {
            let here = templates.child(id, value)
            let template = try PolicyJSONDecoder.policy(here, id: id)
            do throws(Diagnostic) { try set.addTemplate(template) } catch { throw here.error(error.message) }
        }
        let statics = try cursor.required("staticPolicies", in: object)
        for (id, value) in try statics.object("an object mapping policy ids to policies").members {
            let here = statics.child(id, value)
            let policy = try PolicyJSONDecoder.policy(here, id: id)
            guard !policy.isTemplate else {
                throw here.error("a static policy cannot contain slots; put `\(id)` under `templates`")
            }
            do throws(Diagnostic) { try set.add(policy) } catch { throw here.error(error.message) }
        }
        let links = try cursor.required("templateLinks", in: object)
        for (index, value) in try links.array("an array of template links").enumerated() {
            try link(links.element(index, value), into: &set)
        }
        return set
    }

    private static func link(_ cursor: JSONCursor, into set: inout PolicySet) throws(Diagnostic) {
        let object = try cursor.object("a template link `{\"templateId\", \"newId\", \"values\"}`")
        try cursor.rejectUnknownKeys(object, allowed: ["templateId", "newId", "values"])
        let templateID = try cursor.required("templateId", in: object).string("a template id (a string)")
        let newID = try cursor.required("newId", in: object).string("a policy id (a string)")
        let valuesCursor = try cursor.required("values", in: object)
        var values: [SlotID: EntityUID] = [:]
        for (key, value) in try valuesCursor.object("an object mapping slots to entities").members {
            let here = valuesCursor.child(key, value)
            guard let slot = SlotID(rawValue: key) else {
                throw here.error("`\(key)` is not a slot; expected `?principal` or `?resource`")
            }
            values[slot] = try LiteralJSONDecoder.entityUID(here)
        }
        do throws(Diagnostic) {
            try set.link(templateID: templateID, newID: newID, values: values)
        } catch {
            throw cursor.error(error.message)
        }
    }
}
