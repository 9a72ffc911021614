import Cedar

extension ActionAnalysis {
    /// The analysis as JSON, the shape `warden explain --format json` prints and audit records embed:
    /// `{"flags": […], "actions": […], "findings": [{"rule", "category", "flags", "message", "alternative",
    /// "action"}], "opaque_reasons": [{"kind", "message"}]}`. Every string passes through `redact`, so a
    /// credential in the input never reaches the output.
    public func json(redact: @escaping (String) -> String = SecretScanner().redact) -> JSONValue {
        let text: (String) -> JSONValue = { .string(redact($0)) }
        return .object(
            JSONObject([
                ("flags", .array(flags.sorted().map { .string($0.rawValue) })),
                ("actions", .array(actions.map { $0.json(text) })),
                (
                    "findings",
                    .array(
                        findings.map { finding in
                            .object(
                                JSONObject([
                                    ("rule", .string(finding.rule)),
                                    ("category", .string(finding.category)),
                                    ("flags", .array(finding.flags.sorted().map { .string($0.rawValue) })),
                                    ("message", text(finding.message)),
                                    ("alternative", text(finding.alternative)),
                                    ("action", .number(String(finding.actionIndex))),
                                ]))
                        })
                ),
                (
                    "opaque_reasons",
                    .array(
                        opaqueReasons.map { reason in
                            .object(
                                JSONObject([("kind", .string(reason.kind.rawValue)), ("message", text(reason.message))])
                            )
                        })
                ),
            ]))
    }
}

extension Action {
    func json(_ text: (String) -> JSONValue) -> JSONValue {
        var members: [(key: String, value: JSONValue)] = [("action", .string(kind))]
        switch self {
        case .exec(let command):
            members += [
                ("program", text(command.program)),
                ("path", text(command.programPath)),
                ("argv", .array(command.words.map { text($0.text) })),
            ]
            let dynamic = command.words.indices.filter { !command.words[$0].isStatic }
            if !dynamic.isEmpty { members.append(("dynamic_words", .array(dynamic.map { .number(String($0)) }))) }
            if !command.assignments.isEmpty {
                members.append(
                    (
                        "assignments",
                        .object(JSONObject(command.assignments.map { ($0.name, text($0.value.text)) }))
                    ))
            }
            if !command.wrappers.isEmpty { members.append(("wrappers", .array(command.wrappers.map(text)))) }
            switch command.standardInput {
            case .inherited: break
            case .text: members.append(("stdin", .string("text")))
            case .template: members.append(("stdin", .string("template")))
            case .dynamic(let source): members.append(("stdin", .string("output of \(source)")))
            case .file(let path): members.append(("stdin", text("file \(path.text)")))
            }
        case .fileRead(let access), .fileWrite(let access), .fileDelete(let access):
            members += [
                ("path", text(access.path)), ("static", .bool(access.isStatic)),
                ("recursive", .bool(access.isRecursive)), ("via", .string(access.via)),
            ]
        case .http(let request):
            members += [
                ("method", text(request.method)), ("url", text(request.url)), ("host", text(request.host)),
                ("path", text(request.path)), ("static", .bool(request.isStatic)), ("via", .string(request.via)),
            ]
            if !request.headers.isEmpty {
                members.append(
                    (
                        "headers",
                        .array(
                            request.headers.map { header in
                                .object(JSONObject([("name", text(header.name)), ("value", text(header.value))]))
                            })
                    ))
            }
            switch request.body {
            case .none: break
            case .text(let body): members.append(("body", text(body)))
            case .file(let path): members.append(("body_file", text(path)))
            case .dynamic: members.append(("body", .string("(known at run time)")))
            }
            if !request.graphQL.isEmpty {
                members.append(
                    (
                        "graphql",
                        .array(
                            request.graphQL.map { operation in
                                var fields: [(key: String, value: JSONValue)] = [("operation", .string(operation.type))]
                                if let name = operation.name { fields.append(("name", text(name))) }
                                fields.append(("fields", .array(operation.rootFields.map(text))))
                                return .object(JSONObject(fields))
                            })
                    ))
            }
        case .sql(let statement):
            members += [("statement", .string(statement.kind))]
            if let objectType = statement.objectType { members.append(("object_type", .string(objectType))) }
            members += [
                ("targets", .array(statement.targets.map(text))), ("has_where", .bool(statement.hasWhereClause)),
                ("text", text(statement.text)), ("via", .string(statement.via)),
            ]
        case .datastore(let command):
            members += [("store", .string(command.store)), ("command", text(command.command))]
            if let target = command.target { members.append(("target", text(target))) }
            members += [("text", text(command.text)), ("via", .string(command.via))]
        }
        return .object(JSONObject(members))
    }
}
