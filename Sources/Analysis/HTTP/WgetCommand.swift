/// wget: one request per URL. `--method`, `--body-data`/`--body-file`, `--post-data`/`--post-file` (POST),
/// `--header`; `-O FILE` is also a file write. URLs read from a file (`-i FILE`) and wgetrc commands that are
/// not understood (`-e …`) are opaque.
enum WgetCommand {
    static func derive(_ command: CommandInvocation) -> Derivation {
        let scanned = ScannedArguments(command.words.dropFirst(), syntax: WgetSyntax.syntax)
        var draft = RequestDraft(via: "wget")
        var urls = scanned.operands
        var actions: [Action] = []
        var reasons: [OpaqueReason] = []
        var hasAuthorization = false
        for option in scanned.options {
            guard var value = option.value else { continue }
            var name = option.name
            if name == "-e" || name == "--execute" {
                // A wgetrc command, `key = value`: the keys that shape the request map to their options.
                guard let (key, setting) = wgetrcCommand(value.text), let mapped = wgetrcOptions[key] else {
                    if let (key, _) = wgetrcCommand(value.text), harmlessWgetrcKeys.contains(key) { continue }
                    reasons.append(
                        OpaqueReason(
                            .unknownCode, "wget runs the wgetrc command `\(value.text)`, which Warden does not read"))
                    continue
                }
                name = mapped
                value = ShellWord(setting, isStatic: value.isStatic)
            }
            switch name {
            case "--method": draft.method = value
            case "--body-data", "--post-data": draft.body = .text(value.text, isStatic: value.isStatic)
            case "--body-file", "--post-file":
                draft.body = .file(value)
                if !value.isStandardStream { actions.append(.fileRead(FileAccess(value, via: "wget"))) }
            case "--header":
                if let colon = value.text.firstIndex(of: ":") {
                    draft.headers.append(
                        HTTPHeader(
                            name: String(value.text[..<colon].trimmingWhitespace),
                            value: String(value.text[value.text.index(after: colon)...].trimmingWhitespace)))
                }
            case "--user", "--password", "--http-user", "--http-password":
                if !hasAuthorization { draft.headers.append(HTTPHeader(name: "Authorization", value: "<redacted>")) }
                hasAuthorization = true
            case "-O", "--output-document", "-o", "--output-file", "-a", "--append-output", "--save-cookies",
                "--rejected-log", "--warc-file":
                if !value.isStandardStream, !RedirectionEffects.isStreamDevice(value) {
                    actions.append(.fileWrite(FileAccess(value, via: "wget")))
                }
            case "--load-cookies", "--ca-certificate", "--certificate", "--private-key":
                actions.append(.fileRead(FileAccess(value, via: "wget")))
            case "-i", "--input-file":
                if value.isStandardStream, case .text(let text) = command.standardInput {
                    urls += text.split(whereSeparator: \.isNewline).map { ShellWord(String($0.trimmingWhitespace)) }
                        .filter { !$0.text.isEmpty }
                } else {
                    if !value.isStandardStream { actions.append(.fileRead(FileAccess(value, via: "wget"))) }
                    reasons.append(
                        OpaqueReason(.unknownCode, "wget reads the URLs to fetch from `\(value.text)` at run time"))
                }
            case "--config":
                actions.append(.fileRead(FileAccess(value, via: "wget")))
                reasons.append(
                    OpaqueReason(.unknownCode, "wget reads more settings from the config file `\(value.text)`"))
            default: continue
            }
        }
        // `--post-data` is a POST; a body without `--method` is taken the same way (the cautious reading).
        if draft.body.isPresent { draft.impliedMethod = "POST" }
        let prefix = scanned.values(of: ["-P", "--directory-prefix"]).last
        let savesPages = !scanned.has(["-O", "--output-document", "--spider"])
        let recursive = scanned.has(["-r", "--recursive", "-m", "--mirror", "-p", "--page-requisites"])
        for url in urls {
            let (request, requestReasons) = draft.request(to: url)
            actions.append(.http(request))
            reasons += requestReasons
            guard savesPages else { continue }
            // Without -O, wget saves the page under its own name (in -P DIR), or a tree of pages with -r.
            let directory = prefix.map { $0.text.hasSuffix("/") ? $0.text : $0.text + "/" } ?? ""
            let isStatic = request.isStatic && (prefix?.isStatic ?? true)
            if recursive {
                let root = prefix?.text ?? "."
                actions.append(.fileWrite(FileAccess(path: root, isStatic: isStatic, isRecursive: true, via: "wget")))
            } else {
                let name = request.path.split(separator: "/").last.map(String.init) ?? "index.html"
                actions.append(.fileWrite(FileAccess(path: directory + name, isStatic: isStatic, via: "wget")))
            }
        }
        return Derivation(actions: actions, opaqueReasons: reasons)
    }

    /// `method = DELETE` → (`method`, `DELETE`); keys compare without case, `_` and `-` as wget does.
    private static func wgetrcCommand(_ text: String) -> (key: String, value: String)? {
        guard let equals = text.firstIndex(of: "=") else { return nil }
        let key = text[..<equals].lowercased().filter { $0 != "_" && $0 != "-" && $0 != " " && $0 != "\t" }
        return (key, String(text[text.index(after: equals)...].trimmingWhitespace))
    }

    private static let wgetrcOptions: [String: String] = [
        "method": "--method", "bodydata": "--body-data", "bodyfile": "--body-file", "postdata": "--post-data",
        "postfile": "--post-file", "header": "--header", "outputdocument": "--output-document",
        "input": "--input-file", "user": "--user", "password": "--password", "httpuser": "--http-user",
        "httppassword": "--http-password", "loadcookies": "--load-cookies", "savecookies": "--save-cookies",
    ]

    private static let harmlessWgetrcKeys: Set<String> = [
        "robots", "checkcertificate", "tries", "timeout", "wait", "verbose", "quiet", "progress", "useproxy",
        "httpproxy", "httpsproxy", "noproxy", "showprogress", "continue", "timestamping", "recursive", "reclevel",
        "noparent", "convertlinks", "pagerequisites", "adjustextension", "useragent", "retryconnrefused",
        "maxredirect", "serverresponse", "dirprefix", "limitrate", "waitretry", "inet4only", "inet6only",
    ]
}

extension RequestDraft.Body {
    var isPresent: Bool {
        if case .none = self { return false }
        return true
    }
}
