/// cp, mv, install and ln: sources and one destination (the last operand, or `-t DIR`).
enum CopyEffects {
    private static let syntax = ProgramOptionSyntax(valued: [
        "-t", "--target-directory", "-S", "--suffix", "-m", "--mode", "-o", "--owner", "-g", "--group",
        "--strip-program",
    ])

    static func actions(_ program: String, _ arguments: ArraySlice<ShellWord>) -> [Action] {
        let scanned = ScannedArguments(arguments, syntax: program == "install" ? syntax : copySyntax)
        let isRecursive =
            program == "cp"
            && (scanned.mayHaveDynamicOptions || scanned.has(["-r", "-R", "-a", "--recursive", "--archive"]))
        if program == "install", scanned.has(["-d", "--directory"]) {
            return scanned.operands.map { .fileWrite(FileAccess($0, via: program)) }
        }
        var sources = scanned.operands[...]
        let destination: ShellWord?
        if let directory = scanned.values(of: ["-t", "--target-directory"]).last {
            destination = directory
        } else if sources.count >= 2 {
            destination = sources.popLast()
        } else if program == "ln", let only = sources.first {
            // `ln -s /a/b` makes the link `b` in the working directory.
            let name = only.text.split(separator: "/").last.map(String.init) ?? only.text
            destination = ShellWord(name, isStatic: only.isStatic, hasGlob: only.hasGlob)
        } else {
            destination = nil
        }
        var actions: [Action] = []
        if program != "ln" {
            for source in sources {
                actions.append(.fileRead(FileAccess(source, isRecursive: isRecursive, via: program)))
                if program == "mv" { actions.append(.fileDelete(FileAccess(source, via: program))) }
            }
        }
        if let destination {
            actions.append(.fileWrite(FileAccess(destination, isRecursive: isRecursive, via: program)))
        }
        return actions
    }

    private static let copySyntax = ProgramOptionSyntax(valued: ["-t", "--target-directory", "-S", "--suffix"])
}
