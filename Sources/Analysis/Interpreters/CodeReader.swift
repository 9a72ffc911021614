/// Reads interpreter code for the effects of well-known APIs: file deletions and writes, processes, HTTP
/// requests; and reports what it cannot follow (dynamic code, non-literal arguments) as opaque. Code that uses
/// none of these derives nothing at all.
struct CodeReader {
    let language: CodeLanguage
    /// `python`, `node`, `ruby`, …: the `via` of actions and the start of wrapper labels.
    let via: String
    /// The command the code runs in; inner commands extend its wrappers.
    let command: CommandInvocation
    private(set) var derivation = Derivation()
    /// PHP: the method a `curl_setopt($ch, CURLOPT_CUSTOMREQUEST, "…")` (or `CURLOPT_POST`) sets for curl handles.
    private var curlMethod: String?
    /// How many more bytes of string literals may be read as request payloads: nested calls see the same
    /// literals again, and this keeps the total linear in the input.
    private var payloadBudget = 262_144

    init(language: CodeLanguage, via: String, command: CommandInvocation) {
        self.language = language
        self.via = via
        self.command = command
    }

    /// Reads `code`.
    mutating func read(_ code: String) {
        let scan = CodeTokenizer.scan(code, language: language)
        if scan.exceededDepth {
            derivation.opaqueReasons.append(
                OpaqueReason(.limitExceeded, "\(via) code nests interpolations too deeply to analyze"))
        }
        let tokens = scan.tokens
        let calls = CodeCalls(tokens, language: language)
        var names = CodeNames(tokens: tokens, language: language)
        names.learn(from: calls)
        let table = CodeAPIs.table(for: language)
        let methods = CodeAPIs.methods(for: language)
        if language == .php {
            for call in calls.calls where call.name == "curl_setopt" && call.arguments.count >= 3 {
                let option = call.arguments[1].first?.text
                if option == "CURLOPT_CUSTOMREQUEST" {
                    curlMethod = call.string(at: 2)?.uppercased() ?? "UNKNOWN"
                } else if option == "CURLOPT_POST", curlMethod == nil {
                    curlMethod = "POST"
                }
            }
        }
        for call in calls.calls {
            let name = names.resolve(
                call.components, receiver: call.receiverComponents, receiverArguments: call.receiverArguments)
            if let effect = table[name] ?? names.fallback(for: call.components, in: table) {
                apply(effect, to: call, name: name)
            } else if call.components.count > 1 || call.receiverComponents != nil,
                let effect = methods[call.last]
            {
                apply(effect, to: call, name: name)
            } else if Self.dynamicMethods(language).contains(call.last), call.components.count > 1 {
                opaque(.interpreterCode, "\(via) code calls `\(call.name)`, which can run any method or code")
            } else if language == .php || language == .perl, call.components.first?.hasPrefix("$") == true,
                call.components.count == 1
            {
                opaque(.interpreterCode, "\(via) code calls the function named by the variable `\(call.name)`")
            }
        }
        for reference in calls.references {
            let name = names.resolve(reference, receiver: nil, receiverArguments: nil)
            guard reference.count > 1 || language == .python, let effect = table[name] else { continue }
            if case .dynamic(let construct) = effect {
                opaque(.interpreterCode, "\(via) code uses `\(construct)`")
            } else if reference.count > 1 {
                opaque(.interpreterCode, "\(via) code refers to `\(name)` without calling it directly")
            }
        }
        if language == .python, let dunder = Self.firstIntrospection(calls) {
            opaque(.interpreterCode, "\(via) code reaches `\(dunder)`, which can lead to any function")
        }
        for member in calls.dynamicMembers where names.isSensitive(member) {
            opaque(
                .interpreterCode,
                "\(via) code looks up a member of `\(member.joined(separator: "."))` by a computed name")
        }
        readLibraries(tokens, calls: calls)
        if language == .php { readIncludes(tokens) }
        if language == .javascript { readShellTemplates(tokens) }
        for token in tokens where token.kind == .command {
            shell(text: token.text, isStatic: !token.isInterpolated, label: "backticks")
        }
    }

    /// Client libraries Warden does not model make the code opaque; the literal SQL their handles run
    /// (`cursor.execute("DROP TABLE t")`) is read as SQL all the same.
    private mutating func readLibraries(_ tokens: [CodeToken], calls: CodeCalls) {
        var seen: Set<String> = []
        var dialect: SQLDialect?
        for module in UnmodeledLibraries.imported(tokens, calls: calls, language: language) {
            guard let library = UnmodeledLibraries.match(module, language: language), seen.insert(library).inserted
            else { continue }
            dialect = dialect ?? UnmodeledLibraries.sqlDialect(of: library)
            opaque(
                .interpreterCode,
                "\(via) code uses the `\(module)` client library, whose effects (on databases, clouds or remote "
                    + "hosts) Warden does not model")
        }
        guard let dialect else { return }
        for call in calls.calls
        where call.components.count > 1 && UnmodeledLibraries.sqlMethods.contains(call.last) {
            guard let text = call.string(at: 0), !text.isEmpty else { continue }
            let sql = SQLScriptReader.read(text, dialect: dialect, via: via)
            derivation.actions += sql.actions
            derivation.scripts += sql.scripts
            for reason in sql.opaqueReasons { opaque(reason.kind, reason.message) }
        }
    }

    /// Bun's and zx's shell tagged templates: `` Bun.$`rm -rf x` ``, `` $`ls` ``.
    private mutating func readShellTemplates(_ tokens: [CodeToken]) {
        for place in tokens.indices.dropLast() where tokens[place].kind == .identifier && tokens[place].text == "$" {
            let next = tokens[place + 1]
            let isMember = place >= 2 && tokens[place - 1].isPunctuation(".")
            guard !isMember || tokens[place - 2].text == "Bun" else { continue }
            let label = isMember ? "Bun.$" : "$"
            if next.kind == .string {
                shell(text: next.text, isStatic: !next.isInterpolated, label: label)
            } else if !["(", ")", ".", "=", ",", ";", ":", "}", "]"].contains(where: next.isPunctuation) {
                // A template that starts with an interpolation: its code's tokens come before the template.
                opaque(.dynamicArgument, "\(via) `\(label)` runs a command built at run time")
            }
        }
    }

    /// PHP `include 'x.php';` and `require_once $f;` written as statements, without parentheses.
    private mutating func readIncludes(_ tokens: [CodeToken]) {
        let statements: Set<String> = ["include", "include_once", "require", "require_once"]
        for place in tokens.indices.dropLast() where tokens[place].kind == .identifier {
            guard statements.contains(tokens[place].text), place == 0 || !tokens[place - 1].isPunctuation("->")
            else { continue }
            let next = tokens[place + 1]
            if next.kind == .string, !next.isInterpolated {
                opaque(
                    .scriptFile, "\(via) code loads the local file `\(next.text)`, which runs code Warden does not see")
            } else if !next.isPunctuation("(") {
                opaque(.interpreterCode, "\(via) code uses `\(tokens[place].text)`, which Warden does not analyze")
            }
        }
    }

    /// Python introspection (`__builtins__`, `__dict__`, `__subclasses__`, …) that can reach any function by name.
    private static func firstIntrospection(_ calls: CodeCalls) -> String? {
        let harmless: Set<String> = ["__name__", "__file__", "__main__", "__init__", "__version__", "__doc__"]
        let chains = calls.calls.lazy.map(\.components) + calls.references.lazy
        for chain in chains {
            for component in chain where component.count > 4 && component.hasPrefix("__") && component.hasSuffix("__") {
                if !harmless.contains(component) && component != "__import__" { return component }
            }
        }
        return nil
    }

    private static func dynamicMethods(_ language: CodeLanguage) -> Set<String> {
        switch language {
        case .ruby: ["send", "public_send", "__send__", "instance_eval", "class_eval", "module_eval", "const_get"]
        case .javascript: ["constructor"]
        default: []
        }
    }

    /// Constructs that are fine with a literal argument: `require "json"`, `eval { … }` (Perl blocks).
    private static let fineWithLiteral: Set<String> = [
        "require", "load", "include", "include_once", "require_once", "do", "eval",
    ]

    // MARK: Effects

    private mutating func apply(_ effect: CodeEffect, to call: CodeCall, name: String) {
        let via = self.via
        switch effect {
        case .deletes(let path, let recursive):
            file(call, argument: path, via: name) {
                .fileDelete(FileAccess(path: $0, isStatic: $1, isRecursive: recursive, via: via))
            }
        case .writes(let path):
            file(call, argument: path, via: name) { .fileWrite(FileAccess(path: $0, isStatic: $1, via: via)) }
        case .reads(let path):
            read(call, argument: path, name: name)
        case .receiverReads:
            if let first = call.receiverArguments?.first, let path = CodeCalls.literal(first) {
                derivation.actions.append(.fileRead(FileAccess(path: path, via: via)))
            }
        case .opens(let path, let mode):
            open(call, path: path, mode: mode, name: name)
        case .receiverDeletes(let recursive):
            receiverFile(call, name: name) {
                .fileDelete(FileAccess(path: $0, isStatic: $1, isRecursive: recursive, via: via))
            }
        case .receiverWrites:
            receiverFile(call, name: name) { .fileWrite(FileAccess(path: $0, isStatic: $1, via: via)) }
        case .shell(let index):
            run(call, argument: index, name: name)
        case .process(let program, let arguments):
            process(call, program: program, arguments: arguments, name: name)
        case .http(let method, let url):
            http(call, method: method, url: url, name: name)
        case .httpWithMethod(let method, let url):
            let methodName = call.string(at: method)?.uppercased()
            if methodName == nil {
                opaque(.dynamicArgument, "\(via) `\(name)` uses an HTTP method known only at run time")
            }
            http(call, method: methodName ?? "UNKNOWN", url: url, name: name)
        case .httpWithOptions(let url):
            httpWithOptions(call, url: url, name: name)
        case .dynamic(let construct):
            if construct == "setTimeout" || construct == "setInterval",
                call.arguments.first?.first?.kind != .string
            {
                return
            }
            if let module = call.string(at: 0), call.last == "require_relative" || Self.isLocalFile(module) {
                opaque(.scriptFile, "\(via) code loads the local file `\(module)`, which runs code Warden does not see")
                return
            }
            if Self.fineWithLiteral.contains(call.last) {
                if call.string(at: 0) != nil { return }
                if language == .perl, call.arguments.first?.first?.isPunctuation("{") == true { return }
                if language == .perl, call.last == "require", call.arguments.first?.first?.kind == .identifier {
                    return
                }
            }
            opaque(.interpreterCode, "\(via) code uses `\(construct)`, which Warden does not analyze")
        }
    }

    /// A file read: a literal path is a read of that path; a file descriptor (`readFileSync(0)`) is none; any
    /// other argument a read of a path known only at run time.
    private mutating func read(_ call: CodeCall, argument: Int, name: String) {
        guard argument < call.arguments.count else { return }
        let tokens = call.arguments[argument]
        if let path = CodeCalls.literal(tokens) {
            if language == .php, path.contains("://") {
                http(call, method: "GET", url: argument, name: name)
            } else {
                derivation.actions.append(.fileRead(FileAccess(path: path, via: via)))
            }
        } else if tokens.count == 1, tokens.first?.kind == .number {
            return
        } else if !tokens.isEmpty {
            derivation.actions.append(.fileRead(FileAccess(path: Self.source(tokens), isStatic: false, via: via)))
        }
    }

    /// A module or file name that names a file of the project rather than an installed library.
    static func isLocalFile(_ module: String) -> Bool {
        module.hasPrefix("./") || module.hasPrefix("../") || module.hasPrefix("/") || module.hasPrefix("~/")
            || module.hasPrefix("file:") || module == "." || module == ".."
            || [".js", ".mjs", ".cjs", ".ts", ".rb", ".pl", ".pm", ".php", ".py"].contains(where: module.hasSuffix)
    }

    private mutating func file(
        _ call: CodeCall, argument: Int, via name: String, action: (String, Bool) -> Action
    ) {
        guard argument < call.arguments.count else { return }
        if let path = call.string(at: argument) {
            derivation.actions.append(action(path, true))
        } else {
            let source = Self.source(call.arguments[argument])
            derivation.actions.append(action(source, false))
            opaque(.dynamicArgument, "\(via) `\(name)` acts on a path known only at run time (`\(source)`)")
        }
    }

    private mutating func receiverFile(_ call: CodeCall, name: String, action: (String, Bool) -> Action) {
        if let receiver = call.receiverArguments, let first = receiver.first, let path = CodeCalls.literal(first) {
            derivation.actions.append(action(path, true))
        } else {
            derivation.actions.append(action(call.receiverComponents?.joined(separator: ".") ?? call.name, false))
            opaque(.dynamicArgument, "\(via) `\(name)` acts on a path known only at run time")
        }
    }

    private mutating func open(_ call: CodeCall, path pathIndex: Int, mode modeIndex: Int, name: String) {
        var pathIndex = pathIndex
        var mode = call.string(at: modeIndex) ?? ""
        if language == .perl {
            // open(FH, EXPR) or open(FH, MODE, PATH).
            if call.arguments.count >= 3 {
                pathIndex = 2
            } else {
                mode = ""
            }
        }
        guard pathIndex < call.arguments.count else { return }
        guard var path = call.string(at: pathIndex) else {
            let source = Self.source(call.arguments[pathIndex])
            if Self.writes(mode) || mode.contains("|") || language == .perl || language == .ruby {
                opaque(.dynamicArgument, "\(via) `\(name)` opens a path known only at run time (`\(source)`)")
            } else {
                derivation.actions.append(.fileRead(FileAccess(path: source, isStatic: false, via: via)))
            }
            return
        }
        if language == .perl || language == .ruby {
            let trimmed = path.trimmingWhitespace
            if mode.contains("|") || trimmed.hasPrefix("|") || trimmed.hasSuffix("|") {
                var commandText = Substring(trimmed)
                if commandText.hasPrefix("|") { commandText = commandText.dropFirst() }
                if commandText.hasSuffix("|") { commandText = commandText.dropLast() }
                shell(text: String(commandText.trimmingWhitespace), isStatic: true, label: name)
                return
            }
            if mode.isEmpty, let first = trimmed.first, first == ">" || first == "+" || first == "<" {
                let prefix = trimmed.prefix { "+<>&".contains($0) }
                mode = String(prefix)
                path = String(trimmed.dropFirst(prefix.count).trimmingWhitespace)
            }
        }
        if Self.writes(mode) {
            derivation.actions.append(.fileWrite(FileAccess(path: path, via: via)))
        } else {
            derivation.actions.append(.fileRead(FileAccess(path: path, via: via)))
        }
    }

    private static func writes(_ mode: String) -> Bool {
        mode.contains("w") || mode.contains("a") || mode.contains("x") || mode.contains("+") || mode.contains(">")
    }

    private mutating func run(_ call: CodeCall, argument: Int, name: String) {
        guard argument < call.arguments.count else { return }
        let tokens = call.arguments[argument]
        if let text = call.string(at: argument) {
            // Ruby `system("rm", "-rf", x)` and Perl `system("rm", …)` with several arguments run an argv.
            if call.arguments.count > 1,
                language == .ruby || language == .perl || language == .php && name == "proc_open"
            {
                inner(call.arguments.map { Self.word($0) }, name: name)
            } else {
                shell(text: text, isStatic: true, label: name)
            }
        } else if tokens.first?.isPunctuation("[") == true, let elements = CodeCalls.listElements(tokens) {
            inner(elements.map { Self.word($0) }, name: name)
        } else {
            let source = Self.source(tokens)
            opaque(.dynamicArgument, "\(via) `\(name)` runs a command known only at run time (`\(source)`)")
        }
    }

    private mutating func process(_ call: CodeCall, program: Int, arguments: Int?, name: String) {
        guard program < call.arguments.count else { return }
        let programTokens = call.arguments[program]
        if programTokens.first?.isPunctuation("{") == true {
            // Deno.run({cmd: ["rm", "-rf", "x"]}), Bun.spawn({cmd: […]})
            guard let list = CodeCall.keywordList("cmd", in: programTokens), let elements = CodeCalls.listElements(list)
            else {
                opaque(.dynamicArgument, "\(via) `\(name)` runs a command known only at run time")
                return
            }
            inner(elements.map { Self.word($0) }, name: name)
            return
        }
        if CodeCalls.literal(programTokens) == nil, programTokens.first?.isPunctuation("[") == true {
            guard let elements = CodeCalls.listElements(programTokens) else {
                opaque(.dynamicArgument, "\(via) `\(name)` runs a command known only at run time")
                return
            }
            inner(elements.map { Self.word($0) }, name: name)
            return
        }
        var words = [Self.word(programTokens)]
        if let arguments, arguments < call.arguments.count {
            let list = call.arguments[arguments]
            if list.first?.isPunctuation("[") == true {
                guard let elements = CodeCalls.listElements(list) else {
                    opaque(.dynamicArgument, "\(via) `\(name)` runs a command with arguments known only at run time")
                    return
                }
                words += elements.map { Self.word($0) }
            } else if let options = list.first, options.isPunctuation("{") {
                // Deno.Command("rm", {args: […]}) is handled by the keyword search below.
            } else {
                words.append(Self.word(list))
            }
        } else if arguments == nil {
            for argument in call.arguments.dropFirst(program + 1) {
                guard argument.first?.isPunctuation("{") == true else {
                    words.append(Self.word(argument))
                    continue
                }
                // new Deno.Command("terraform", {args: ["destroy"]})
                guard let list = CodeCall.keywordList("args", in: argument) else {
                    if CodeCall.hasKey("args", in: argument) {
                        opaque(
                            .dynamicArgument, "\(via) `\(name)` runs a command with arguments known only at run time")
                    }
                    continue
                }
                guard let elements = CodeCalls.listElements(list) else {
                    opaque(.dynamicArgument, "\(via) `\(name)` runs a command with arguments known only at run time")
                    return
                }
                words += elements.map { Self.word($0) }
            }
        }
        inner(words, name: name)
    }

    private mutating func inner(_ words: [ShellWord], name: String) {
        guard !words.isEmpty else { return }
        var inner = CommandInvocation(
            words: words, wrappers: command.wrappers + ["\(via) \(name)"],
            source: words.map(\.text).joined(separator: " "))
        inner.standardInput = .inherited
        derivation.commands.append(inner)
    }

    private mutating func shell(text: String, isStatic: Bool, label: String) {
        guard isStatic else {
            opaque(.dynamicArgument, "\(via) `\(label)` runs a command built at run time (`\(text)`)")
            return
        }
        derivation.scripts.append(EmbeddedScript(text, wrapper: "\(via) \(label)"))
    }

    private mutating func http(_ call: CodeCall, method: String, url urlIndex: Int, name: String) {
        guard urlIndex < call.arguments.count else { return }
        let tokens = call.arguments[urlIndex]
        guard let url = CodeCalls.literal(tokens) else {
            let source = Self.source(tokens)
            derivation.actions.append(
                .http(HTTPRequest(method: method, url: source, host: "", path: "/", isStatic: false, via: via)))
            opaque(.dynamicArgument, "\(via) `\(name)` sends a request to a URL known only at run time (`\(source)`)")
            return
        }
        let parsed = ParsedURL.parse(url)
        var request = HTTPRequest(
            method: method, url: url, host: parsed?.host ?? "", path: parsed?.path ?? "/",
            isStatic: method != "UNKNOWN", via: via)
        readPayload(call, url: urlIndex, into: &request)
        derivation.actions.append(.http(request))
    }

    /// The body and GraphQL operations of a request built in code: a literal `data=`/`body:` is the body; any
    /// string literal among the other arguments that is a GraphQL document, or a JSON GraphQL request, gives its
    /// operations (`json={"query": "mutation { … }"}`, `body: JSON.stringify({query: "…"})`).
    private mutating func readPayload(_ call: CodeCall, url urlIndex: Int, into request: inout HTTPRequest) {
        if let text = call.keywordString("data") ?? call.keywordString("body") ?? call.keywordString("content") {
            request.body = .text(text)
        }
        var documents = 0
        for (index, argument) in call.arguments.enumerated() where index != urlIndex {
            let tokens = argument.prefix(CodeCalls.maximumArgumentTokens)
            for place in tokens.indices where tokens[place].kind == .string && !tokens[place].isInterpolated {
                let text = tokens[place].text
                let isKey = place + 1 < tokens.endIndex && tokens[place + 1].isPunctuation(":")
                guard !isKey, text.contains("{"), documents < Self.maximumDocuments, text.utf8.count <= payloadBudget
                else { continue }
                payloadBudget -= text.utf8.count
                switch GraphQLRequestBody.read(body: text, contentType: nil, path: request.path) {
                case .notGraphQL:
                    continue
                case .operations(let operations):
                    documents += 1
                    request.graphQL += operations
                    if request.body == .none { request.body = .text(text) }
                case .unreadable(let reason):
                    documents += 1
                    opaque(reason.kind, "\(via) request: \(reason.message)")
                }
            }
        }
    }

    /// How many GraphQL documents one call's arguments are read for.
    private static let maximumDocuments = 8

    /// `fetch(url, {method})`, `urlopen(Request(url, method=…))`, `file_get_contents(url)`, `curl_init(url)`.
    private mutating func httpWithOptions(_ call: CodeCall, url urlIndex: Int, name: String) {
        guard urlIndex < call.arguments.count else { return }
        let tokens = call.arguments[urlIndex]
        if let url = CodeCalls.literal(tokens), language == .php, !url.contains("://") {
            // file_get_contents("config.php") reads a file.
            if name == "file_get_contents" { derivation.actions.append(.fileRead(FileAccess(path: url, via: via))) }
            return
        }
        // A nested `Request(…)` (`urlopen(Request(url, method=…))`) is a call of its own, analyzed there.
        let head = Array(tokens.prefix(8))
        if head.indices.dropLast().contains(where: { head[$0].text == "Request" && head[$0 + 1].isPunctuation("(") }) {
            return
        }
        var method = call.keywordString("method")?.uppercased()
        if name == "curl_init" { method = curlMethod }
        http(call, method: method ?? "GET", url: urlIndex, name: name)
    }

    private mutating func opaque(_ kind: OpaqueReason.Kind, _ message: String) {
        let reason = OpaqueReason(kind, message)
        if !derivation.opaqueReasons.contains(reason) { derivation.opaqueReasons.append(reason) }
    }

    // MARK: Text

    private static func word(_ tokens: ArraySlice<CodeToken>) -> ShellWord {
        if let text = CodeCalls.literal(tokens) { return ShellWord(text) }
        return ShellWord(source(tokens), isStatic: false)
    }

    /// An argument's tokens as short source-like text for messages.
    static func source(_ tokens: ArraySlice<CodeToken>) -> String {
        var text = ""
        for token in tokens.prefix(24) {
            switch token.kind {
            case .string: text += "\"\(token.text)\""
            case .command: text += "`\(token.text)`"
            default: text += token.text
            }
        }
        if tokens.count > 24 { text += "…" }
        return String(text.prefix(200))
    }
}
