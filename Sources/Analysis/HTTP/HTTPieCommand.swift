import Cedar

/// httpie (`http`, `https`) and xh (`xh`, `xhs`): `[flags] [METHOD] URL [items]`. Data items make a JSON
/// object (a form with `--form`), the method defaults to GET, or POST when data is sent (items, `--raw`,
/// standard input). `:3000/x` is `localhost:3000/x`; `https` and `xhs` default to the https scheme.
enum HTTPieCommand {
    private static let syntax = ProgramOptionSyntax(valued: [
        "-a", "--auth", "-A", "--auth-type", "-o", "--output", "--session", "--session-read-only", "--verify",
        "--cert", "--cert-key", "--cert-key-pass", "--ssl", "--ciphers", "--proxy", "--timeout", "--max-redirects",
        "--pretty", "-s", "--style", "-p", "--print", "-P", "--history-print", "--format-options",
        "--response-charset", "--response-mime", "--boundary", "--default-scheme", "--max-headers", "--raw",
        "--bearer", "--http-version", "--resolve", "--interface", "--unix-socket", "--generate", "--curl",
    ])

    static func derive(_ command: CommandInvocation) -> Derivation {
        let program = command.program
        let scanned = ScannedArguments(command.words.dropFirst(), syntax: syntax)
        var actions: [Action] = []
        var reasons: [OpaqueReason] = []
        var positionals = scanned.operands[...]
        guard !positionals.isEmpty else { return Derivation() }
        var draft = RequestDraft(via: program)
        draft.defaultScheme = program.hasSuffix("s") || scanned.has(["--https"]) ? "https" : "http"
        if let scheme = scanned.values(of: ["--default-scheme"]).last { draft.defaultScheme = scheme.text.lowercased() }
        // argparse: with two or more positionals the first is the method when it is letters only.
        if positionals.count >= 2, let first = positionals.first, first.isStatic,
            first.text.allSatisfy({ $0.isASCII && $0.isLetter })
        {
            draft.method = first
            positionals = positionals.dropFirst()
        }
        guard let urlWord = positionals.popFirst() else { return Derivation() }
        let url = Self.expandingLocalhostShorthand(urlWord)

        var fields: [(key: String, value: JSONValue)] = []
        var formPairs: [String] = []
        var bodyIsStatic = true
        var hasData = false
        var queryIsStatic = true
        for word in positionals {
            guard let item = HTTPieItem.parse(word.text) else {
                reasons.append(OpaqueReason(.parseError, "`\(word.text)` is not a \(program) request item"))
                continue
            }
            switch item.kind {
            case .header, .emptyHeader:
                draft.headers.append(HTTPHeader(name: item.key, value: item.value))
            case .query:
                draft.queryAdditions.append(URLQuery.encode(item.key) + "=" + URLQuery.encode(item.value))
                queryIsStatic = queryIsStatic && word.isStatic
            case .data:
                hasData = true
                bodyIsStatic = bodyIsStatic && word.isStatic
                fields.append((item.key, .string(item.value)))
                formPairs.append(URLQuery.encode(item.key) + "=" + URLQuery.encode(item.value))
            case .json:
                hasData = true
                bodyIsStatic = bodyIsStatic && word.isStatic
                let value = (try? JSONParser.parse(item.value)) ?? .string(item.value)
                fields.append((item.key, value))
                formPairs.append(URLQuery.encode(item.key) + "=" + URLQuery.encode(item.value))
            case .dataFile, .jsonFile, .upload:
                hasData = true
                bodyIsStatic = false
                let file = ShellWord(item.value, isStatic: word.isStatic, hasGlob: word.hasGlob)
                actions.append(.fileRead(FileAccess(file, via: program)))
                fields.append((item.key, .string("@" + item.value)))
                formPairs.append(URLQuery.encode(item.key) + "=@" + item.value)
            }
        }
        draft.queryAdditionsAreStatic = queryIsStatic
        for option in scanned.options {
            switch option.name {
            case "-a", "--auth", "--bearer":
                draft.headers.append(HTTPHeader(name: "Authorization", value: "<redacted>"))
            case "-o", "--output":
                if let file = option.value, !file.isStandardStream {
                    actions.append(.fileWrite(FileAccess(file, via: program)))
                }
            default: continue
            }
        }
        if let raw = scanned.values(of: ["--raw"]).last {
            draft.body = .text(raw.text, isStatic: raw.isStatic)
        } else if hasData {
            let isForm = scanned.has(["-f", "--form", "--multipart"])
            let text = isForm ? formPairs.joined(separator: "&") : JSONValue.object(JSONObject(fields)).serialized()
            draft.body = .text(text, isStatic: bodyIsStatic)
            if !isForm, !draft.headers.contains(where: { $0.name.lowercased() == "content-type" }) {
                draft.headers.append(HTTPHeader(name: "Content-Type", value: "application/json"))
            }
        } else if !scanned.has(["-I", "--ignore-stdin"]) {
            switch command.standardInput {
            case .inherited: break
            case .text(let text): draft.body = .text(text, isStatic: true)
            case .template(let text): draft.body = .text(text, isStatic: false)
            case .file(let path): draft.body = .file(path)
            case .dynamic: draft.body = .unknown
            }
        }
        if draft.body.isPresent { draft.impliedMethod = "POST" }
        // `--offline` builds and prints the request without sending it.
        guard !scanned.has(["--offline"]) else { return Derivation(actions: actions, opaqueReasons: reasons) }
        let (request, requestReasons) = draft.request(to: url)
        actions.append(.http(request))
        reasons += requestReasons
        return Derivation(actions: actions, opaqueReasons: reasons)
    }

    /// `:3000/x` → `localhost:3000/x`, `:/x` → `localhost/x`, `:` → `localhost`.
    static func expandingLocalhostShorthand(_ word: ShellWord) -> ShellWord {
        guard word.text.hasPrefix(":") else { return word }
        let rest = word.text.dropFirst()
        if rest.first?.isNumber == true { return ShellWord("localhost:" + rest, isStatic: word.isStatic) }
        return ShellWord("localhost" + rest, isStatic: word.isStatic)
    }
}
