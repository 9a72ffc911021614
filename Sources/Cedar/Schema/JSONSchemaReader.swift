/// Reads the JSON schema format into an `UnresolvedSchema`, accepting exactly the documents Rust Cedar 4.x's
/// `json_schema.rs` deserializers accept (unknown fields rejected, required fields enforced).
///
/// JSON values carry no positions, so problems name the path to the offending value instead.
struct JSONSchemaReader {
    private let file: String?

    private init(file: String?) { self.file = file }

    static func read(_ json: JSONValue, file: String?) throws(Diagnostic) -> UnresolvedSchema {
        try JSONSchemaReader(file: file).readSchema(json)
    }

    private func problem(_ message: String, at path: String, help: String? = nil) -> Diagnostic {
        let place = file.map { "\($0): " } ?? ""
        return Diagnostic("\(place)in `\(path)`: \(message)", help: help)
    }

    private func object(_ value: JSONValue, at path: String, _ what: String) throws(Diagnostic) -> JSONObject {
        guard let object = value.object else {
            throw problem("expected \(what) (an object), found \(value.kindName)", at: path)
        }
        return object
    }

    /// A struct-shaped value: an object, or (as serde accepts for derived structs) an array giving the fields
    /// positionally, in declaration order.
    private func fields(_ value: JSONValue, _ names: [String], at path: String, _ what: String) throws(Diagnostic)
        -> JSONObject
    {
        if let items = value.array {
            guard items.count <= names.count else {
                throw problem("invalid length \(items.count), expected \(what) with \(names.count) elements", at: path)
            }
            return JSONObject(Array(zip(names, items)).map { (key: $0.0, value: $0.1) })
        }
        return try object(value, at: path, what)
    }

    private func checkFields(_ object: JSONObject, allowed: [String], at path: String) throws(Diagnostic) {
        for key in object.keys where !allowed.contains(key) {
            let list = allowed.map { "`\($0)`" }.joined(separator: ", ")
            throw problem("unknown field `\(key)`, expected one of \(list)", at: path)
        }
    }

    private func string(_ value: JSONValue, at path: String, _ what: String) throws(Diagnostic) -> String {
        guard let text = value.string else {
            throw problem("expected \(what) (a string), found \(value.kindName)", at: path)
        }
        return text
    }

    private func array(_ value: JSONValue, at path: String, _ what: String) throws(Diagnostic) -> [JSONValue] {
        guard let items = value.array else {
            throw problem("expected \(what) (an array), found \(value.kindName)", at: path)
        }
        return items
    }

    private func name(_ value: JSONValue, at path: String, _ what: String) throws(Diagnostic) -> TypeReference {
        let text = try string(value, at: path, what)
        guard let name = NormalizedName.name(text, allowingCedarNamespace: true) else {
            throw problem(
                "invalid \(what) `\(text)`", at: path,
                help: "write identifiers separated by `::`, without spaces, none of them reserved")
        }
        return TypeReference(name: name, span: nil)
    }

    /// A declared identifier (entity or common type name): not reserved, not `__cedar`.
    private func declaredIdentifier(_ text: String, at path: String, _ what: String) throws(Diagnostic) {
        guard CedarIdentifier.isUsable(text) else {
            throw problem("invalid \(what) `\(text)`: expected an identifier that is not reserved", at: path)
        }
        if text == CedarIdentifier.cedarNamespace {
            throw problem("use of the reserved `__cedar` namespace", at: path)
        }
    }

    private func checkAnnotations(_ value: JSONValue, at path: String) throws(Diagnostic) {
        let annotations = try object(value, at: path, "annotations")
        for (key, value) in annotations.members {
            guard CedarIdentifier.isShaped(key) else {
                throw problem("invalid annotation name `\(key)`", at: path)
            }
            if case .null = value { continue }
            _ = try string(value, at: "\(path).\(key)", "an annotation value")
        }
    }

    // MARK: Schema and namespaces

    private func readSchema(_ json: JSONValue) throws(Diagnostic) -> UnresolvedSchema {
        let root = try object(json, at: "<root>", "a map from namespace names to namespace definitions")
        var schema = UnresolvedSchema()
        for (key, value) in root.members {
            var path: [String] = []
            if !key.isEmpty {
                guard let name = NormalizedName.name(key, allowingCedarNamespace: true) else {
                    throw problem("invalid namespace `\(key)`", at: key)
                }
                path = name.namespace + [name.basename]
                if path.contains(CedarIdentifier.cedarNamespace) {
                    throw problem("use of the reserved `__cedar` namespace", at: key)
                }
            }
            schema.namespaces.append(try readNamespace(value, path: path, key: key))
        }
        return schema
    }

    private func readNamespace(_ value: JSONValue, path: [String], key: String) throws(Diagnostic)
        -> UnresolvedNamespace
    {
        let where_ = key.isEmpty ? "\"\"" : key
        let names = ["commonTypes", "entityTypes", "actions", "annotations"]
        let object = try fields(value, names, at: where_, "a namespace definition")
        try checkFields(object, allowed: names, at: where_)
        var namespace = UnresolvedNamespace(path: path)
        if let annotations = object["annotations"] {
            try checkAnnotations(annotations, at: "\(where_).annotations")
            if key.isEmpty, annotations.object?.members.isEmpty == false {
                throw problem("annotations are not allowed on the empty namespace", at: where_)
            }
        }
        if let common = object["commonTypes"] {
            let types = try self.object(common, at: "\(where_).commonTypes", "common type definitions")
            for (name, definition) in types.members {
                let at = "\(where_).commonTypes.\(name)"
                try declaredIdentifier(name, at: at, "common type name")
                if SchemaNames.reservedCommonTypeNames.contains(name) {
                    throw problem(
                        "this is reserved and cannot be the basename of a common-type declaration: \(name)", at: at)
                }
                let type = try readType(definition, at: at, extraFields: ["annotations"])
                namespace.commonTypes.append(UnresolvedCommonType(name: name, type: type, span: nil))
            }
        }
        guard let entities = object["entityTypes"] else { throw problem("missing field `entityTypes`", at: where_) }
        for (name, definition) in try self.object(entities, at: "\(where_).entityTypes", "entity type definitions")
            .members
        {
            let at = "\(where_).entityTypes.\(name)"
            try declaredIdentifier(name, at: at, "entity type name")
            namespace.entityTypes.append(try readEntityType(definition, name: name, at: at))
        }
        guard let actions = object["actions"] else { throw problem("missing field `actions`", at: where_) }
        for (name, definition) in try self.object(actions, at: "\(where_).actions", "action definitions").members {
            namespace.actions.append(try readAction(definition, name: name, at: "\(where_).actions.\(name)"))
        }
        return namespace
    }

    // MARK: Entity types and actions

    private func readEntityType(_ value: JSONValue, name: String, at path: String) throws(Diagnostic)
        -> UnresolvedEntityType
    {
        let names = ["memberOfTypes", "shape", "tags", "enum", "annotations"]
        let object = try fields(value, names, at: path, "an entity type definition")
        try checkFields(object, allowed: names, at: path)
        if let annotations = object["annotations"] { try checkAnnotations(annotations, at: "\(path).annotations") }
        if let choices = object["enum"] {
            let unexpected = ["memberOfTypes", "shape", "tags"].filter { object[$0] != nil }
            guard unexpected.isEmpty else {
                throw problem("unexpected field: \(unexpected.joined(separator: ", "))", at: path)
            }
            let items = try array(choices, at: "\(path).enum", "the entity ids")
            guard !items.isEmpty else { throw problem("an enumerated entity type needs at least one id", at: path) }
            var ids: [String] = []
            for item in items { ids.append(try string(item, at: "\(path).enum", "an entity id")) }
            return UnresolvedEntityType(name: name, kind: .enumerated(ids), span: nil)
        }
        var parents: [TypeReference] = []
        if let memberOf = object["memberOfTypes"] {
            for item in try array(memberOf, at: "\(path).memberOfTypes", "entity type names") {
                parents.append(try self.name(item, at: "\(path).memberOfTypes", "entity type"))
            }
        }
        let shape = try object["shape"].map { (v) throws(Diagnostic) in try readType(v, at: "\(path).shape") }
        let tags = try object["tags"].map { (v) throws(Diagnostic) in try readType(v, at: "\(path).tags") }
        return UnresolvedEntityType(
            name: name, kind: .standard(memberOf: parents, shape: shape ?? .record([]), tags: tags), span: nil)
    }

    private func readAction(_ value: JSONValue, name: String, at path: String) throws(Diagnostic) -> UnresolvedAction {
        let names = ["attributes", "appliesTo", "memberOf", "annotations"]
        let object = try fields(value, names, at: path, "an action definition")
        try checkFields(object, allowed: names, at: path)
        if let annotations = object["annotations"] { try checkAnnotations(annotations, at: "\(path).annotations") }
        if let attributes = object["attributes"], attributes != .null {
            _ = try self.object(attributes, at: "\(path).attributes", "action attributes")
            throw problem(
                "unsupported feature used in schema: action attributes", at: path,
                help: "Cedar 4 does not support attributes on actions; remove `attributes`")
        }
        var parents: [ActionReference] = []
        if let memberOf = object["memberOf"], memberOf != .null {
            for item in try array(memberOf, at: "\(path).memberOf", "action references") {
                let at = "\(path).memberOf"
                let reference = try fields(item, ["id", "type"], at: at, "an action reference")
                try checkFields(reference, allowed: ["id", "type"], at: at)
                guard let id = reference["id"] else { throw problem("missing field `id`", at: at) }
                let type = try reference["type"].flatMap { $0 == .null ? nil : $0 }.map { (v) throws(Diagnostic) in
                    try self.name(v, at: "\(at).type", "action type").name
                }
                parents.append(ActionReference(type: type, id: try string(id, at: "\(at).id", "an action id")))
            }
        }
        var appliesTo: UnresolvedAction.AppliesTo?
        if let spec = object["appliesTo"], spec != .null {
            let at = "\(path).appliesTo"
            let names = ["resourceTypes", "principalTypes", "context"]
            let fields = try self.fields(spec, names, at: at, "an appliesTo specification")
            try checkFields(fields, allowed: names, at: at)
            func types(_ key: String) throws(Diagnostic) -> [TypeReference] {
                guard let list = fields[key] else { throw problem("missing field `\(key)`", at: at) }
                var result: [TypeReference] = []
                for item in try array(list, at: "\(at).\(key)", "entity type names") {
                    result.append(try self.name(item, at: "\(at).\(key)", "entity type"))
                }
                return result
            }
            let resources = try types("resourceTypes")
            let principals = try types("principalTypes")
            let context = try fields["context"].map { (v) throws(Diagnostic) in
                try readType(v, at: "\(at).context")
            }
            appliesTo = .init(principals: principals, resources: resources, context: context ?? .record([]))
        }
        return UnresolvedAction(name: name, memberOf: parents, appliesTo: appliesTo, span: nil)
    }

    // MARK: Types

    private static let typeFields = ["type", "element", "attributes", "additionalAttributes", "name"]

    /// A JSON type; `extraFields` are the other keys its position allows (`required`, `annotations`).
    private func readType(_ value: JSONValue, at path: String, extraFields: [String] = []) throws(Diagnostic)
        -> UnresolvedType
    {
        let object = try object(value, at: path, "a type")
        try checkFields(object, allowed: Self.typeFields + extraFields, at: path)
        if let annotations = object["annotations"], extraFields.contains("annotations") {
            try checkAnnotations(annotations, at: "\(path).annotations")
        }
        guard let typeValue = object["type"] else { throw problem("missing field `type`", at: path) }
        let typeName = try string(typeValue, at: "\(path).type", "a type name")
        func forbid(_ fields: [String], expected: [String]) throws(Diagnostic) {
            for field in fields where object[field] != nil {
                let list = expected.isEmpty ? "there are no fields" : expected.map { "`\($0)`" }.joined(separator: ", ")
                throw problem("unknown field `\(field)`, expected \(list)", at: path)
            }
        }
        func required(_ field: String) throws(Diagnostic) -> JSONValue {
            guard let value = object[field] else { throw problem("missing field `\(field)`", at: path) }
            return value
        }
        switch typeName {
        case "String", "Long", "Boolean":
            try forbid(["element", "attributes", "additionalAttributes", "name"], expected: [])
            return typeName == "String" ? .string : typeName == "Long" ? .long : .bool
        case "Set":
            try forbid(["attributes", "additionalAttributes", "name"], expected: ["element"])
            return .set(try readType(try required("element"), at: "\(path).element"))
        case "Record":
            try forbid(["element", "name"], expected: ["attributes", "additionalAttributes"])
            let attributes = try self.object(try required("attributes"), at: "\(path).attributes", "attributes")
            if let open = object["additionalAttributes"] {
                guard case .bool(let isOpen) = open else {
                    throw problem("expected a boolean, found \(open.kindName)", at: "\(path).additionalAttributes")
                }
                if isOpen {
                    throw problem(
                        "unsupported feature used in schema: records with `additionalAttributes`", at: path)
                }
            }
            var result: [UnresolvedAttribute] = []
            for (name, attribute) in attributes.members {
                let at = "\(path).attributes.\(name)"
                let type = try readType(attribute, at: at, extraFields: ["required", "annotations"])
                var isRequired = true
                if let flag = attribute.object?["required"] {
                    guard case .bool(let value) = flag else {
                        throw problem("expected a boolean, found \(flag.kindName)", at: "\(at).required")
                    }
                    isRequired = value
                }
                result.append(UnresolvedAttribute(name: name, type: type, isRequired: isRequired))
            }
            return .record(result)
        case "Entity", "EntityOrCommon":
            try forbid(["element", "attributes", "additionalAttributes"], expected: ["name"])
            let reference = try name(try required("name"), at: "\(path).name", "entity type")
            return typeName == "Entity" ? .entity(reference) : .entityOrCommon(reference)
        case "Extension":
            try forbid(["element", "attributes", "additionalAttributes"], expected: ["name"])
            let extensionName = try string(try required("name"), at: "\(path).name", "an extension type name")
            guard CedarIdentifier.isUsable(extensionName) else {
                throw problem("invalid extension type `\(extensionName)`", at: path)
            }
            return .extension(extensionName, span: nil)
        default:
            try forbid(["element", "attributes", "additionalAttributes", "name"], expected: [])
            guard let reference = NormalizedName.name(typeName, allowingCedarNamespace: true) else {
                throw problem("invalid common type `\(typeName)`", at: path)
            }
            return .common(TypeReference(name: reference, span: nil))
        }
    }
}
