/// redis-cli and its forks (valkey-cli, keydb-cli): the command in the operands, or one command per line on
/// standard input. Passwords (`-a`, `--pass`, `-u redis://:pw@…`, `AUTH pw`) are never copied into actions.
enum RedisClient {
    static let options = ClientOptionSpec(
        shortWithValue: ["h", "p", "s", "a", "u", "r", "i", "n", "d", "D", "X", "t"],
        longWithValue: [
            "user", "pass", "sni", "cacert", "cacertdir", "tls-ciphers", "tls-ciphersuites", "cert", "key",
            "show-pushes", "lru-test", "rdb", "functions-rdb", "pipe-timeout", "memkeys-samples", "pattern", "count",
            "quoted-pattern", "intrinsic-latency", "eval", "cluster", "cluster-replicas",
            "cluster-search-multiple-owners",
            "cluster-from", "cluster-to", "cluster-slots", "cluster-timeout", "cluster-pipeline", "cluster-weight",
            "cluster-threshold", "cluster-replace", "cluster-yes", "keystats-samples", "top",
        ])

    /// Commands that take a subcommand: `CONFIG SET`, `SCRIPT FLUSH`, `FUNCTION FLUSH`, `CLUSTER RESET`, `ACL DELUSER`.
    static let containerCommands: Set<String> = [
        "ACL", "CLIENT", "CLUSTER", "COMMAND", "CONFIG", "FUNCTION", "MEMORY", "MODULE", "OBJECT", "PUBSUB", "SCRIPT",
        "SLOWLOG", "XINFO", "XGROUP", "LATENCY",
    ]

    /// Commands whose arguments carry credentials.
    static let credentialCommands: Set<String> = ["AUTH", "HELLO", "MIGRATE"]

    static func derive(_ command: CommandInvocation) -> Derivation {
        let via = command.program
        let arguments = ClientArguments(command.words.dropFirst(), spec: options)
        var derivation = Derivation()
        if let script = arguments.values(of: ["eval"]).first {
            derivation.opaqueReasons.append(
                OpaqueReason(.scriptFile, "\(via) --eval runs the Lua script in the file `\(script.text)`"))
        }
        var operands = arguments.operands
        if let cluster = arguments.values(of: ["cluster"]).first {
            guard cluster.text.lowercased() == "call" else {
                let words = [ShellWord("CLUSTER"), cluster] + operands
                append(words, via: via, into: &derivation)
                return derivation
            }
            operands = Array(operands.dropFirst())
        }
        if !operands.isEmpty {
            append(operands, via: via, into: &derivation)
        } else if arguments.values(of: ["eval"]).isEmpty {
            standardInput(command.standardInput, via: via, into: &derivation)
        }
        return derivation
    }

    private static func standardInput(_ input: StandardInput, via: String, into derivation: inout Derivation) {
        switch input {
        case .inherited:
            break
        case .text(let text), .template(let text):
            for line in text.split(whereSeparator: \.isNewline) {
                let words = RedisLine.words(line)
                if !words.isEmpty { append(words.map { ShellWord($0) }, via: via, into: &derivation) }
            }
            if case .template = input {
                derivation.opaqueReasons.append(
                    OpaqueReason(
                        .dynamicArgument, "the commands given to \(via) contain expansions known only at run time"))
            }
        case .file(let path):
            derivation.opaqueReasons.append(
                OpaqueReason(.scriptFile, "\(via) runs the commands in the file `\(path.text)` (standard input)"))
        case .dynamic(let source):
            derivation.opaqueReasons.append(
                OpaqueReason(.unknownCode, "\(via) runs commands read from the output of `\(source)`"))
        }
    }

    /// One command from its words: `DEL key`, `CONFIG SET dir /tmp`, `EVAL "…" 0`.
    private static func append(_ words: [ShellWord], via: String, into derivation: inout Derivation) {
        guard let first = words.first else { return }
        guard first.isStatic else {
            derivation.opaqueReasons.append(
                OpaqueReason(.dynamicArgument, "\(via) runs a command known only at run time (`\(first.text)`)"))
            return
        }
        var name = first.text.uppercased()
        var rest = words.dropFirst()
        if containerCommands.contains(name), let sub = rest.first {
            name += " " + sub.text.uppercased()
            rest = rest.dropFirst()
        }
        let text =
            credentialCommands.contains(name)
            ? first.text : words.map { quotedIfNeeded($0.text) }.joined(separator: " ")
        let target = credentialCommands.contains(name) ? nil : rest.first?.text
        derivation.actions.append(
            .datastore(DatastoreCommand(store: "redis", command: name, target: target, text: text, via: via)))
        if name == "EVAL" || name == "EVAL_RO" {
            luaScript(rest.first, via: via, into: &derivation)
        } else if ["EVALSHA", "EVALSHA_RO", "FCALL", "FCALL_RO", "SCRIPT LOAD", "FUNCTION LOAD"].contains(name) {
            derivation.opaqueReasons.append(
                OpaqueReason(.interpreterCode, "\(via) `\(name)` runs a server-side script Warden does not see"))
        }
    }

    /// The commands a Lua script passes to `redis.call` / `redis.pcall` with literal names; opaque otherwise.
    private static func luaScript(_ script: ShellWord?, via: String, into derivation: inout Derivation) {
        guard let script, script.isStatic else {
            derivation.opaqueReasons.append(
                OpaqueReason(.dynamicCode, "\(via) `EVAL` runs a Lua script known only at run time"))
            return
        }
        let calls = RedisLine.luaCalls(script.text)
        for call in calls.commands {
            derivation.actions.append(
                .datastore(
                    DatastoreCommand(
                        store: "redis", command: call.name.uppercased(), target: call.key, text: script.text, via: via))
            )
        }
        if calls.hasDynamicCall {
            derivation.opaqueReasons.append(
                OpaqueReason(.interpreterCode, "\(via) `EVAL` script calls commands whose names are not literal"))
        }
    }

    private static func quotedIfNeeded(_ word: String) -> String {
        guard word.isEmpty || word.contains(where: { $0 == " " || $0 == "\"" || $0 == "'" || $0 == "\n" }) else {
            return word
        }
        return "\"" + word.replacingAll("\\", with: "\\\\").replacingAll("\"", with: "\\\"") + "\""
    }
}

fileprivate extension String {
    /// The text with every occurrence of `target` replaced (stdlib only, linear).
    func replacingAll(_ target: Character, with replacement: String) -> String {
        var result = ""
        result.reserveCapacity(utf8.count)
        for character in self {
            if character == target { result += replacement } else { result.append(character) }
        }
        return result
    }
}
