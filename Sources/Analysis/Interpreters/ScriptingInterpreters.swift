/// ruby, perl and php: code given with `-e`/`-E`/`-r`, a script file, or standard input; `-i` edits files in place.
enum ScriptingInterpreters {
    static let rubyOptions = ClientOptionSpec(
        shortWithValue: ["e", "r", "I", "C", "E"],
        shortWithAttachedValue: ["i", "F", "x", "W", "K", "T"],
        shortWithAttachedDigits: ["0"],
        longWithValue: ["encoding", "external-encoding", "internal-encoding"],
        optionsAfterOperands: false)

    static let perlOptions = ClientOptionSpec(
        shortWithValue: ["e", "E", "I"],
        shortWithAttachedValue: ["i", "M", "m", "F", "x", "C", "d", "D", "V"],
        shortWithAttachedDigits: ["l", "0"],
        longWithValue: [],
        optionsAfterOperands: false)

    static let phpOptions = ClientOptionSpec(
        shortWithValue: ["r", "B", "R", "E", "F", "f", "d", "c", "z", "S", "t"],
        longWithValue: ["define", "php-ini", "zend-extension", "rf", "rc", "re", "rz", "ri"],
        optionsAfterOperands: false)

    /// `ruby [OPTIONS] [-e CODE]... [SCRIPT | FILE...]` and `perl [OPTIONS] [-e CODE]... [SCRIPT | FILE...]`.
    static func rubyOrPerl(_ command: CommandInvocation, language: CodeLanguage) -> Derivation {
        let via = language == .ruby ? "ruby" : "perl"
        let arguments = ClientArguments(
            command.words.dropFirst(), spec: language == .ruby ? rubyOptions : perlOptions)
        var run = InterpreterRun(command, language: language, via: via)
        if language == .ruby {
            for library in arguments.values(of: ["r"]) where library.text.hasPrefix(".") || library.text.hasPrefix("/")
            {
                run.scriptFile(library)
            }
        }
        let code = arguments.values(of: ["e", "E"])
        var files = arguments.operands[...]
        if !code.isEmpty {
            run.code(code)
        } else if let script = files.popFirst(), script.text != "-" {
            run.scriptFile(script)
        } else {
            run.standardInput()
        }
        if arguments.has(["i"]) { run.inPlaceEdits(files) }
        return run.derivation
    }

    /// `php [OPTIONS] [-r CODE | -f FILE | FILE | -B/-R/-E CODE]`; `php -l` only checks syntax.
    static func php(_ command: CommandInvocation) -> Derivation? {
        let arguments = ClientArguments(command.words.dropFirst(), spec: phpOptions)
        var run = InterpreterRun(command, language: .php, via: "php")
        if arguments.has(["l", "syntax-check", "v", "version", "h", "help", "i", "info", "m", "modules"]) {
            return run.derivation
        }
        let code = arguments.values(of: ["r", "B", "R", "E"])
        if !code.isEmpty {
            run.code(code)
        } else if let file = arguments.values(of: ["f", "F"]).first ?? arguments.operands.first {
            if file.text == "-" { run.standardInput() } else { run.scriptFile(file) }
        } else if arguments.has(["S"]) {
            return run.derivation
        } else {
            run.standardInput()
        }
        return run.derivation
    }
}
