/// awk, gawk, mawk: the commands an awk program runs (`system("…")`, `print | "cmd"`, `"cmd" | getline`). The files
/// it reads and writes are the file-effects part's concern.
enum AwkProgram {
    static let options = ClientOptionSpec(
        shortWithValue: ["F", "v", "f", "e", "i", "l", "E"],
        longWithValue: [
            "field-separator", "assign", "file", "source", "include", "load", "exec", "dump-variables", "profile",
            "pretty-print",
        ],
        optionsAfterOperands: false)

    static func derive(_ command: CommandInvocation) -> Derivation {
        let arguments = ClientArguments(command.words.dropFirst(), spec: options)
        var run = InterpreterRun(command, language: .awk, via: "awk")
        var derivation = Derivation()
        for file in arguments.values(of: ["f", "file", "i", "include", "E", "exec"]) { run.scriptFile(file) }
        for library in arguments.values(of: ["l", "load"]) {
            run.opaque(.unknownCode, "awk loads the extension `\(library.text)`")
        }
        var programs = arguments.values(of: ["e", "source"])
        if programs.isEmpty && !arguments.has(["f", "file", "E", "exec"]), let program = arguments.operands.first {
            programs = [program]
        }
        derivation = run.derivation
        for program in programs {
            read(program, via: command.program, into: &derivation)
        }
        return derivation
    }

    private static func read(_ program: ShellWord, via: String, into derivation: inout Derivation) {
        if !program.isStatic {
            derivation.opaqueReasons.append(
                OpaqueReason(.dynamicCode, "\(via) runs a program built at run time (`\(program.text)`)"))
        }
        let tokens = CodeTokenizer.tokenize(program.text, language: .awk)
        func command(_ token: CodeToken?, label: String) {
            if let token, token.kind == .string, !token.isInterpolated {
                derivation.scripts.append(EmbeddedScript(token.text, wrapper: "\(via) \(label)"))
            } else {
                derivation.opaqueReasons.append(
                    OpaqueReason(.dynamicArgument, "\(via) `\(label)` runs a command built at run time"))
            }
        }
        for place in tokens.indices {
            let token = tokens[place]
            if token.kind == .identifier, token.text == "system", place + 1 < tokens.count,
                tokens[place + 1].isPunctuation("(")
            {
                let isLiteral = place + 3 < tokens.count && tokens[place + 3].isPunctuation(")")
                command(isLiteral ? tokens[place + 2] : nil, label: "system")
                continue
            }
            guard token.isPunctuation("|") else { continue }
            let previous = place > 0 ? tokens[place - 1] : nil
            var next = place + 1 < tokens.count ? tokens[place + 1] : nil
            if previous?.isPunctuation("|") == true || next?.isPunctuation("|") == true { continue }
            if next?.isPunctuation("&") == true { next = place + 2 < tokens.count ? tokens[place + 2] : nil }
            if next?.text == "getline" {
                command(previous, label: "| getline")
            } else {
                command(next, label: "print |")
            }
        }
    }
}
