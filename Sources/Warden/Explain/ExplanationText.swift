import Analysis

/// The human format of `warden explain`: a verdict line, one line per finding (with the safer alternative
/// under it), the opaque reasons, then the actions.
struct ExplanationText {
    let analysis: ActionAnalysis
    let redact = SecretScanner().redact

    var rendered: String {
        var out = ""
        let flags = analysis.flags.sorted().map(\.rawValue)
        if analysis.findings.isEmpty && analysis.opaqueReasons.isEmpty {
            out += "no findings: nothing destructive, irreversible or opaque\n"
        } else {
            out += "flags: \(flags.isEmpty ? "none (findings below)" : flags.joined(separator: ", "))\n"
        }
        for finding in analysis.findings {
            let findingFlags = finding.flags.sorted().map(\.rawValue).joined(separator: ", ")
            let label = findingFlags.isEmpty ? finding.category : "\(finding.category); \(findingFlags)"
            out += "✗ \(finding.rule) [\(label)]: \(redact(finding.message))\n"
            out += "    instead: \(redact(finding.alternative))\n"
        }
        for reason in analysis.opaqueReasons {
            out += "? opaque (\(reason.kind)): \(redact(reason.message))\n"
        }
        if !analysis.actions.isEmpty {
            out += "actions:\n"
            for (index, action) in analysis.actions.enumerated() {
                out += "  \(index). \(action.kind) \(redact(summary(of: action)))\n"
            }
        }
        return out
    }

    private func summary(of action: Action) -> String {
        switch action {
        case .exec(let command):
            var text = command.words.map(\.text).joined(separator: " ")
            if !command.wrappers.isEmpty { text += "  (via \(command.wrappers.joined(separator: " → ")))" }
            return text
        case .fileRead(let access), .fileWrite(let access), .fileDelete(let access):
            var notes = ["via \(access.via)"]
            if access.isRecursive { notes.append("recursive") }
            if !access.isStatic { notes.append("known at run time") }
            return "\(access.path)  (\(notes.joined(separator: ", ")))"
        case .http(let request):
            var text = "\(request.method) \(request.url)"
            for operation in request.graphQL {
                text += "  [GraphQL \(operation.type)\(operation.name.map { " \($0)" } ?? ""): "
                text += operation.rootFields.joined(separator: ", ") + "]"
            }
            return text + "  (via \(request.via))"
        case .sql(let statement):
            return
                "\(statement.kind)\(statement.objectType.map { " \($0)" } ?? "") \(statement.text)  (via \(statement.via))"
        case .datastore(let command):
            return "\(command.store) \(command.command)\(command.target.map { " \($0)" } ?? "")  (via \(command.via))"
        }
    }
}
