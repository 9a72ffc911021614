/// `python [OPTIONS] (-c CODE | -m MODULE | SCRIPT | -) [ARG]...`, also python3, python3.12, pypy3.
enum PythonInterpreter {
    /// Modules that run Python code given as arguments (`python -m timeit 'os.system(…)'`) or a script.
    private static let codeRunningModules: Set<String> = ["cProfile", "profile", "pdb", "trace", "runpy", "code"]

    static func isPython(_ program: String) -> Bool {
        InterpreterCode.hasVersionSuffix(program, after: "python")
            || InterpreterCode.hasVersionSuffix(program, after: "pypy")
    }

    static func derive(_ command: CommandInvocation) -> Derivation {
        var run = InterpreterRun(command, language: .python, via: "python")
        var words = command.words.dropFirst()
        while let word = words.popFirst() {
            let text = word.text
            guard text.hasPrefix("-"), text != "-" else {
                if text == "-" { run.standardInput() } else { run.scriptFile(word) }
                return run.derivation
            }
            if text == "--" {
                if let script = words.popFirst() { run.scriptFile(script) } else { run.standardInput() }
                return run.derivation
            }
            if text.hasPrefix("--") {
                if text == "--check-hash-based-pycs" { _ = words.popFirst() }
                continue
            }
            var letters = text.dropFirst()
            while let letter = letters.popFirst() {
                guard "cmWX".contains(letter) else { continue }
                let value = letters.isEmpty ? words.popFirst() : ShellWord(String(letters), isStatic: word.isStatic)
                letters = ""
                // The first -c or -m ends Python's options: what follows is the program's argv.
                if letter == "c" {
                    run.code(value)
                    return run.derivation
                }
                if letter == "m" {
                    if let value { module(value, arguments: Array(words), run: &run) }
                    return run.derivation
                }
            }
        }
        run.standardInput()
        return run.derivation
    }

    private static func module(_ module: ShellWord, arguments: [ShellWord], run: inout InterpreterRun) {
        if module.text == "timeit" {
            // `python -m timeit [-s SETUP] STATEMENT…`: setup and statements are Python code.
            let timeit = ClientArguments(
                arguments,
                spec: ClientOptionSpec(
                    shortWithValue: ["n", "r", "s", "u"], longWithValue: ["number", "repeat", "setup", "unit"]))
            run.code(timeit.values(of: ["s", "setup"]) + timeit.operands)
        } else if codeRunningModules.contains(module.text) {
            run.opaque(.scriptFile, "python -m \(module.text) runs code Warden does not see")
        } else if !module.isStatic {
            run.opaque(.dynamicCode, "python runs a module known only at run time (`\(module.text)`)")
        }
    }
}
