/// mongosh and the legacy mongo shell: `--eval CODE` (repeatable), script files (`*.js` operands, `--file`),
/// or code on standard input.
enum MongoShell {
    static let options = ClientOptionSpec(
        shortWithValue: ["u", "f"],
        longWithValue: [
            "host", "port", "username", "authenticationDatabase", "authenticationMechanism", "eval", "file",
            "tlsCAFile", "tlsCertificateKeyFile", "tlsCertificateKeyFilePassword", "tlsCRLFile",
            "tlsDisabledProtocols", "apiVersion", "awsAccessKeyId", "awsSecretAccessKey", "awsSessionToken",
            "gssapiServiceName", "sspiHostnameCanonicalization", "sspiRealmOverride", "browser", "keyVaultNamespace",
            "kmsURL", "csfleLibraryPath", "cryptSharedLibPath", "oidcFlows", "oidcRedirectUri", "sslCAFile",
            "sslPEMKeyFile", "sslPEMKeyPassword", "sslCRLFile", "db", "gssapiHostName", "jsonp",
        ])

    static func derive(_ command: CommandInvocation) -> Derivation {
        let via = command.program
        var words = Array(command.words.dropFirst())
        // `-p` / `--password` take a value unless another option or nothing follows (then they prompt).
        var index = 0
        while index < words.count {
            let text = words[index].text
            if text == "-p" || text == "--password" {
                let next = index + 1 < words.count ? words[index + 1].text : "-"
                words.removeSubrange(index...(next.hasPrefix("-") || next.hasSuffix(".js") ? index : index + 1))
                continue
            }
            index += 1
        }
        let arguments = ClientArguments(words, spec: options)
        var files = arguments.values(of: ["f", "file"])
        var address: ShellWord?
        for operand in arguments.operands {
            if operand.text.hasSuffix(".js") {
                files.append(operand)
            } else if address == nil {
                address = operand
            }
        }
        var shell = MongoShellCode(via: via, command: command, connectionDatabase: database(in: address))
        let code = arguments.values(of: ["eval"])
        var derivation = Derivation()
        for word in code {
            shell.read(word.text)
            if !word.isStatic {
                derivation.opaqueReasons.append(
                    OpaqueReason(
                        .dynamicCode, "\(via) runs code built at run time (`\(String(word.text.prefix(120)))`)"))
            }
        }
        for file in files {
            derivation.opaqueReasons.append(OpaqueReason(.scriptFile, "\(via) runs the script `\(file.text)`"))
        }
        if code.isEmpty && files.isEmpty {
            switch command.standardInput {
            case .inherited:
                break
            case .text(let text):
                shell.read(text)
            case .template(let text):
                shell.read(text)
                derivation.opaqueReasons.append(
                    OpaqueReason(
                        .dynamicCode, "the \(via) code on standard input contains expansions known only at run time"))
            case .file(let path):
                derivation.opaqueReasons.append(
                    OpaqueReason(.scriptFile, "\(via) runs the script `\(path.text)` (standard input)"))
            case .dynamic(let source):
                derivation.opaqueReasons.append(
                    OpaqueReason(.unknownCode, "\(via) runs code read from the output of `\(source)`"))
            }
        }
        let read = shell.derivation
        return Derivation(
            actions: read.actions, commands: read.commands, scripts: read.scripts,
            opaqueReasons: read.opaqueReasons + derivation.opaqueReasons)
    }

    /// The database a connection address names: `mongodb://h/prod?x=1` → `prod`, `h:27017/prod` → `prod`, `prod`.
    private static func database(in address: ShellWord?) -> String? {
        guard let address, address.isStatic else { return nil }
        let text = address.text
        if text.contains("://") {
            guard let url = ParsedURL.parse(text) else { return nil }
            let name = url.path.dropFirst()
            return name.isEmpty ? nil : String(name)
        }
        if let slash = text.lastIndex(of: "/") {
            let name = text[text.index(after: slash)...]
            return name.isEmpty ? nil : String(name)
        }
        return text.contains(":") ? nil : text
    }
}
