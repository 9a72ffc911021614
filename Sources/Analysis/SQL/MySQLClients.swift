/// mysql and mariadb (the clients), and mysqladmin.
enum MySQLClients {
    static let mysqlOptions = ClientOptionSpec(
        shortWithValue: ["e", "D", "h", "P", "u", "S", "O", "T"],
        shortWithAttachedValue: ["p"],
        longWithValue: [
            "execute", "database", "host", "port", "user", "socket", "defaults-file", "defaults-extra-file",
            "defaults-group-suffix", "login-path", "init-command", "default-character-set", "protocol", "ssl-ca",
            "ssl-capath", "ssl-cert", "ssl-cipher", "ssl-key", "ssl-crl", "ssl-crlpath", "ssl-mode", "tls-version",
            "tls-ciphersuites", "tee", "pager", "connect-timeout", "max-allowed-packet", "net-buffer-length",
            "select-limit", "max-join-size", "delimiter", "prompt", "plugin-dir", "default-auth",
            "character-sets-dir", "bind-address", "server-public-key-path", "load-data-local-dir",
            "compression-algorithms", "zstd-compression-level", "histignore", "local-infile", "shared-memory-base-name",
            "authentication-oci-client-config-profile", "oci-config-file", "plugin-authentication-kerberos-client-mode",
            "dns-srv-name", "network-namespace", "fido-register-factor", "register-factor", "password1", "password2",
            "password3", "ssl-fips-mode", "ssl-session-data",
        ])

    /// `mysql [OPTIONS] [DATABASE]`: `-e SQL` (standard input ignored), `--init-command`, or standard input.
    static func mysql(_ command: CommandInvocation) -> Derivation {
        let arguments = ClientArguments(command.words.dropFirst(), spec: mysqlOptions)
        var run = SQLClientRun(command, via: command.program, dialect: .mysql)
        var executes = false
        for option in arguments.options {
            switch option.name {
            case "e", "execute":
                executes = true
                run.sql(option.value)
            case "init-command":
                run.sql(option.value)
            case "pager":
                if let value = option.value { run.shellCommand(value, label: "--pager") }
            default:
                break
            }
        }
        if !executes { run.standardInput() }
        return run.derivation
    }

    static let adminOptions = ClientOptionSpec(
        shortWithValue: ["h", "P", "u", "S", "c", "i", "O", "w"],
        shortWithAttachedValue: ["p"],
        longWithValue: [
            "host", "port", "user", "socket", "count", "sleep", "defaults-file", "defaults-extra-file", "login-path",
            "default-character-set", "protocol", "ssl-ca", "ssl-cert", "ssl-key", "ssl-mode", "connect-timeout",
            "shutdown-timeout", "wait", "plugin-dir", "default-auth",
        ])

    /// `mysqladmin [OPTIONS] COMMAND [ARG]...`: `drop DB` is `DROP DATABASE`, `shutdown` stops the server.
    static func admin(_ command: CommandInvocation) -> Derivation {
        let arguments = ClientArguments(command.words.dropFirst(), spec: adminOptions)
        var run = SQLClientRun(command, via: "mysqladmin", dialect: .mysql)
        var operands = arguments.operands[...]
        while let verb = operands.popFirst() {
            switch verb.text.lowercased() {
            case "drop":
                if let name = operands.popFirst() {
                    run.statement(kind: "DROP", objectType: "DATABASE", targets: [name])
                }
            case "create":
                if let name = operands.popFirst() {
                    run.statement(kind: "CREATE", objectType: "DATABASE", targets: [name])
                }
            case "shutdown":
                run.statement(kind: "SHUTDOWN", targets: [])
            case "kill":
                if let ids = operands.popFirst() { run.statement(kind: "KILL", targets: [ids]) }
            case "password", "old-password":
                _ = operands.popFirst()
            default:
                break
            }
        }
        return run.derivation
    }
}
