/// curl: one request per URL, with the method, headers and body its options give; files it reads and writes.
enum CurlCommand {
    private enum Role {
        case method, data(DataKind), json, form(interpretsFiles: Bool), get, head, upload, header
        case namedHeader(String), authorization, cookie, url, urlQuery, requestTarget, defaultScheme, config
        case output, writesFile, readsFile, netrc, remoteName, outputDirectory, globOff, connectTo
    }

    private enum DataKind {
        /// `-d`: `@file` reads a file, newlines stripped.
        case ascii
        /// `--data-binary`: `@file` reads a file as is.
        case binary
        /// `--data-raw`: no `@` meaning.
        case raw
        /// `--data-urlencode`: `[name]=content`, `[name]@file`, encoded.
        case urlEncode
    }

    private static let roles: [String: Role] = [
        "-X": .method, "--request": .method,
        "-d": .data(.ascii), "--data": .data(.ascii), "--data-ascii": .data(.ascii), "--data-binary": .data(.binary),
        "--data-raw": .data(.raw), "--data-urlencode": .data(.urlEncode), "--json": .json,
        "-F": .form(interpretsFiles: true), "--form": .form(interpretsFiles: true),
        "--form-string": .form(interpretsFiles: false),
        "-G": .get, "--get": .get, "-I": .head, "--head": .head, "-T": .upload, "--upload-file": .upload,
        "-H": .header, "--header": .header, "-A": .namedHeader("User-Agent"),
        "--user-agent": .namedHeader("User-Agent"),
        "-e": .namedHeader("Referer"), "--referer": .namedHeader("Referer"),
        "-u": .authorization, "--user": .authorization, "--oauth2-bearer": .authorization,
        "-b": .cookie, "--cookie": .cookie, "--url": .url, "--url-query": .urlQuery,
        "--request-target": .requestTarget, "--proto-default": .defaultScheme, "-K": .config, "--config": .config,
        "-o": .output, "--output": .output, "-D": .writesFile, "--dump-header": .writesFile,
        "-c": .writesFile, "--cookie-jar": .writesFile, "--trace": .writesFile, "--trace-ascii": .writesFile,
        "--stderr": .writesFile, "--etag-save": .writesFile, "--libcurl": .writesFile,
        "--netrc-file": .readsFile, "--etag-compare": .readsFile, "--key": .readsFile, "--proxy-key": .readsFile,
        "-n": .netrc, "--netrc": .netrc, "--netrc-optional": .netrc,
        "-O": .remoteName, "--remote-name": .remoteName, "--remote-name-all": .remoteName,
        "--output-dir": .outputDirectory, "-g": .globOff, "--globoff": .globOff, "--connect-to": .connectTo,
    ]

    static func derive(_ command: CommandInvocation) -> Derivation {
        var reasons: [OpaqueReason] = []
        let words = splicingConfig(Array(command.words.dropFirst()), command.standardInput)
        let scanned = ScannedArguments(words, syntax: CurlSyntax.syntax)
        var actions: [Action] = []
        var readers = Array(repeating: GroupReader(standardInput: command.standardInput), count: scanned.groupCount)
        for option in scanned.options { readers[option.group].read(option) }
        for (operand, group) in zip(scanned.operands, scanned.operandGroups) { readers[group].urls.append(operand) }
        for reader in readers {
            actions += reader.fileActions
            for output in reader.outputs where !output.isStandardStream && !RedirectionEffects.isStreamDevice(output) {
                var path = output
                if let directory = reader.outputDirectory, !output.text.hasPrefix("/") {
                    path.text = (directory.text.hasSuffix("/") ? directory.text : directory.text + "/") + output.text
                    path.isStatic = path.isStatic && directory.isStatic
                }
                actions.append(.fileWrite(FileAccess(path, via: "curl")))
            }
            reasons += reader.reasons
            let draft = reader.draft()
            for url in reader.urls {
                let (request, requestReasons) = draft.request(to: url, globs: !reader.globOff)
                actions.append(.http(request))
                reasons += requestReasons
                if reader.savesRemoteName, let name = request.path.split(separator: "/").last {
                    let directory =
                        reader.outputDirectory.map { $0.text.hasSuffix("/") ? $0.text : $0.text + "/" } ?? ""
                    actions.append(
                        .fileWrite(FileAccess(path: directory + name, isStatic: request.isStatic, via: "curl -O")))
                }
            }
        }
        return Derivation(actions: actions, opaqueReasons: reasons)
    }

    /// `curl -K -` with a known standard input: the config text's options in place of `-K -`.
    private static func splicingConfig(_ words: [ShellWord], _ input: StandardInput) -> [ShellWord] {
        let text: String
        let isStatic: Bool
        switch input {
        case .text(let known): (text, isStatic) = (known, true)
        case .template(let known): (text, isStatic) = (known, false)
        default: return words
        }
        var result: [ShellWord] = []
        var index = words.startIndex
        while index < words.endIndex {
            let word = words[index]
            let next = index + 1 < words.endIndex ? words[index + 1] : nil
            if word.text == "-K-" || word.text == "--config=-" {
                result += CurlConfigText.words(text, isStatic: isStatic)
            } else if word.text == "-K" || CurlSyntax.syntax.resolvedLongName(word.text) == "--config",
                next?.isStandardStream == true
            {
                result += CurlConfigText.words(text, isStatic: isStatic)
                index += 1
            } else {
                result.append(word)
            }
            index += 1
        }
        return result
    }

    /// The state of one group of options (curl's `--next` starts a new one).
    private struct GroupReader {
        let standardInput: StandardInput
        var urls: [ShellWord] = []
        var method: ShellWord?
        var dataPieces: [RequestDraft.Body] = []
        var jsonPieces: [RequestDraft.Body] = []
        var formFields: [(name: String, value: ShellWord, fromFile: Bool)] = []
        var isGet = false
        var isHead = false
        var upload: ShellWord?
        var headers: [HTTPHeader] = []
        var urlQueries: [ShellWord] = []
        var requestTarget: ShellWord?
        var defaultScheme = "http"
        var savesRemoteName = false
        var outputDirectory: ShellWord?
        var globOff = false
        var connectsTo: [ShellWord] = []
        /// `-o FILE`, written under `--output-dir` when relative.
        var outputs: [ShellWord] = []
        var fileActions: [Action] = []
        var reasons: [OpaqueReason] = []

        init(standardInput: StandardInput) { self.standardInput = standardInput }

        mutating func read(_ option: ScannedArguments.Option) {
            var name = option.name
            var value = option.value
            if name.hasPrefix("--expand-") {
                // curl 8.3 `--expand-data '{{TOKEN}}'`: `{{name}}` is replaced by a variable at run time.
                name = "--" + name.dropFirst("--expand-".count)
                if let text = value?.text, text.containsBytes("{{") { value?.isStatic = false }
            }
            guard let role = CurlCommand.roles[name] else { return }
            switch role {
            case .globOff: globOff = true
            case .get: isGet = true
            case .head: isHead = true
            case .netrc: fileActions.append(.fileRead(FileAccess(path: "~/.netrc", via: "curl --netrc")))
            case .remoteName: savesRemoteName = true
            default:
                guard let value else { return }
                read(role, value)
            }
        }

        private mutating func read(_ role: Role, _ value: ShellWord) {
            switch role {
            case .method: method = value
            case .data(let kind): dataPieces.append(dataPiece(kind, value))
            case .json: jsonPieces.append(dataPiece(.binary, value))
            case .form(let interpretsFiles): readFormField(value, interpretsFiles: interpretsFiles)
            case .upload:
                upload = value
                if !value.isStandardStream { fileActions.append(.fileRead(FileAccess(value, via: "curl"))) }
            case .header: readHeader(value)
            case .namedHeader(let header): headers.append(HTTPHeader(name: header, value: value.text))
            case .authorization: headers.append(HTTPHeader(name: "Authorization", value: "<redacted>"))
            case .cookie:
                if value.text.containsBytes("=") {
                    headers.append(HTTPHeader(name: "Cookie", value: "<redacted>"))
                } else if !value.isStandardStream {
                    fileActions.append(.fileRead(FileAccess(value, via: "curl")))
                }
            case .url: urls.append(value)
            case .urlQuery: urlQueries.append(value)
            case .requestTarget: requestTarget = value
            case .defaultScheme: defaultScheme = value.text.lowercased()
            case .config:
                if !value.isStandardStream { fileActions.append(.fileRead(FileAccess(value, via: "curl"))) }
                reasons.append(
                    OpaqueReason(
                        .unknownCode,
                        "curl reads more options (possibly the URL, method and body) from the config file `\(value.text)`"
                    ))
            case .output:
                outputs.append(value)
            case .writesFile:
                if !value.isStandardStream, !RedirectionEffects.isStreamDevice(value) {
                    fileActions.append(.fileWrite(FileAccess(value, via: "curl")))
                }
            case .readsFile:
                fileActions.append(.fileRead(FileAccess(value, via: "curl")))
            case .outputDirectory: outputDirectory = value
            case .connectTo: connectsTo.append(value)
            case .globOff, .get, .head, .netrc, .remoteName: break
            }
        }

        private mutating func dataPiece(_ kind: DataKind, _ value: ShellWord) -> RequestDraft.Body {
            let text = value.text
            switch kind {
            case .raw:
                return .text(text, isStatic: value.isStatic)
            case .ascii, .binary:
                guard text.hasPrefix("@") else { return .text(text, isStatic: value.isStatic) }
                let file = ShellWord(String(text.dropFirst()), isStatic: value.isStatic, hasGlob: value.hasGlob)
                return fileContent(file, stripsNewlines: kind == .ascii)
            case .urlEncode:
                // `content`, `=content`, `name=content`, `@file`, `name@file`.
                if let equals = text.firstIndex(of: "="),
                    text.firstIndex(of: "@").map({ equals < $0 }) ?? true
                {
                    let name = text[..<equals]
                    let encoded = URLQuery.encode(text[text.index(after: equals)...])
                    return .text(name.isEmpty ? encoded : "\(name)=\(encoded)", isStatic: value.isStatic)
                }
                if let at = text.firstIndex(of: "@") {
                    let file = ShellWord(String(text[text.index(after: at)...]), isStatic: value.isStatic)
                    if case .text(let content, let isStatic) = fileContent(file, stripsNewlines: false) {
                        let name = text[..<at]
                        let encoded = URLQuery.encode(content)
                        return .text(name.isEmpty ? encoded : "\(name)=\(encoded)", isStatic: isStatic)
                    }
                    return fileContent(file, stripsNewlines: false)
                }
                return .text(URLQuery.encode(text), isStatic: value.isStatic)
            }
        }

        /// The content of `@file`: standard input when it is `-` and known, else a file read at run time.
        private mutating func fileContent(_ file: ShellWord, stripsNewlines: Bool) -> RequestDraft.Body {
            let standardInputPaths: Set<String> = ["-", "/dev/stdin", "/dev/fd/0", "/proc/self/fd/0"]
            guard file.isStatic, standardInputPaths.contains(file.text) else {
                fileActions.append(.fileRead(FileAccess(file, via: "curl")))
                return .file(file)
            }
            switch standardInput {
            case .text(let text):
                return .text(stripsNewlines ? text.filter { $0 != "\n" && $0 != "\r" } : text, isStatic: true)
            case .template(let text):
                return .text(stripsNewlines ? text.filter { $0 != "\n" && $0 != "\r" } : text, isStatic: false)
            case .file(let path): return .file(path)
            case .dynamic, .inherited: return .unknown
            }
        }

        private mutating func readFormField(_ value: ShellWord, interpretsFiles: Bool) {
            let text = value.text
            guard let equals = text.firstIndex(of: "=") else { return }
            let name = String(text[..<equals])
            var content = String(text[text.index(after: equals)...])
            var fromFile = false
            if interpretsFiles, let first = content.first, first == "@" || first == "<" {
                content.removeFirst()
                if let semicolon = content.firstIndex(of: ";") { content = String(content[..<semicolon]) }
                fromFile = true
                let file = ShellWord(content, isStatic: value.isStatic, hasGlob: value.hasGlob)
                if !file.isStandardStream { fileActions.append(.fileRead(FileAccess(file, via: "curl"))) }
            }
            formFields.append((name, ShellWord(content, isStatic: value.isStatic), fromFile))
        }

        private mutating func readHeader(_ value: ShellWord) {
            let text = value.text
            if text.hasPrefix("@") {
                let file = ShellWord(String(text.dropFirst()), isStatic: value.isStatic)
                if !file.isStandardStream { fileActions.append(.fileRead(FileAccess(file, via: "curl"))) }
                return
            }
            guard let separator = text.firstIndex(where: { $0 == ":" || $0 == ";" }) else { return }
            let name = String(text[..<separator].trimmingWhitespace)
            let headerValue = String(text[text.index(after: separator)...].trimmingWhitespace)
            headers.append(HTTPHeader(name: name, value: headerValue))
        }

        func draft() -> RequestDraft {
            var draft = RequestDraft(via: "curl")
            draft.defaultScheme = defaultScheme
            draft.method = method
            draft.headers = headers
            draft.pathOverride = requestTarget
            draft.connectsTo = connectsTo
            let hasData = !dataPieces.isEmpty || !jsonPieces.isEmpty
            if !jsonPieces.isEmpty {
                for (name, value) in [("Content-Type", "application/json"), ("Accept", "application/json")]
                where !headers.contains(where: { $0.name.lowercased() == name.lowercased() }) {
                    draft.headers.append(HTTPHeader(name: name, value: value))
                }
            }
            let body = Self.joined(dataPieces, separator: "&")
            let json = Self.joined(jsonPieces, separator: "")
            let combined: RequestDraft.Body =
                jsonPieces.isEmpty ? body : dataPieces.isEmpty ? json : Self.joined([body, json], separator: "&")
            for query in urlQueries {
                draft.queryAdditions.append(query.text.hasPrefix("+") ? String(query.text.dropFirst()) : query.text)
                if !query.isStatic { draft.queryAdditionsAreStatic = false }
            }
            if isGet, hasData {
                switch combined {
                case .text(let text, let isStatic):
                    draft.queryAdditions.append(text)
                    if !isStatic { draft.queryAdditionsAreStatic = false }
                default: draft.queryAdditionsAreStatic = false
                }
            } else if hasData {
                draft.body = combined
            } else if !formFields.isEmpty {
                draft.body = .text(
                    formFields.map { "\($0.name)=\($0.fromFile ? "@" : "")\($0.value.text)" }.joined(separator: "&"),
                    isStatic: formFields.allSatisfy(\.value.isStatic))
                draft.graphQLBody = formGraphQLBody()
            } else if let upload {
                draft.body = upload.isStandardStream ? stdinBody() : .file(upload)
            }
            if isHead {
                draft.impliedMethod = "HEAD"
            } else if isGet {
                draft.impliedMethod = "GET"
            } else if upload != nil {
                draft.impliedMethod = "PUT"
            } else if hasData || !formFields.isEmpty {
                draft.impliedMethod = "POST"
            }
            return draft
        }

        private func stdinBody() -> RequestDraft.Body {
            switch standardInput {
            case .text(let text): .text(text, isStatic: true)
            case .template(let text): .text(text, isStatic: false)
            case .file(let path): .file(path)
            case .dynamic, .inherited: .unknown
            }
        }

        /// A multipart GraphQL request (the `operations` field of the multipart request spec, or a `query`
        /// field) as the JSON a GraphQL server reads.
        private func formGraphQLBody() -> RequestDraft.Body? {
            if let operations = formFields.last(where: { $0.name == "operations" }) {
                return operations.fromFile
                    ? .file(operations.value) : .text(operations.value.text, isStatic: operations.value.isStatic)
            }
            if let query = formFields.last(where: { $0.name == "query" }) {
                if query.fromFile { return .file(query.value) }
                return .text("query=" + URLQuery.encode(query.value.text), isStatic: query.value.isStatic)
            }
            return nil
        }

        private static func joined(_ pieces: [RequestDraft.Body], separator: String) -> RequestDraft.Body {
            var texts: [String] = []
            var isStatic = true
            for piece in pieces {
                switch piece {
                case .none: continue
                case .text(let text, let pieceIsStatic):
                    texts.append(text)
                    isStatic = isStatic && pieceIsStatic
                case .file, .unknown: return piece
                }
            }
            return texts.isEmpty && pieces.isEmpty
                ? .none : .text(texts.joined(separator: separator), isStatic: isStatic)
        }
    }
}
