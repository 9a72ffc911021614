/// Files an input writes with known content and then runs: `cat > deploy.sh <<'EOF' … EOF; bash deploy.sh`, a
/// Python script written through a heredoc and run with `python3`, `./run.sh` after `chmod +x`. Agents write and run
/// scripts this way all the time; without this, the script's content would be "unknown" although it is right there.
///
/// Only exact knowledge counts: a file written with `>` from literal text (a quoted heredoc, `echo`/`printf` with
/// static arguments), looked up by its normalized path. Any other write to it (appending, `sed -i`, `cp`), and any
/// change of directory for relative paths, forgets it; the run is then a script file of unknown content again.
struct WrittenScripts {
    private var contents: [String: String] = [:]

    /// Whether some file's content is known (until then, commands' file actions need not be collected).
    var isTracking: Bool { !contents.isEmpty }

    /// Interpreters whose inline-code option runs the script text, by program name.
    private static let inlineCodeOptions: [String: String] = [
        "python": "-c", "python3": "-c", "python2": "-c", "node": "-e", "nodejs": "-e", "ruby": "-e", "perl": "-e",
    ]
    /// Programs whose content changes nothing in a file's text.
    private static let metadataWriters: Set<String> = ["chmod", "chown", "chgrp", "touch"]
    /// Programs that write no file except those their derived actions name: between a script's writing and its
    /// run, any other program (`tar x`, `git checkout`, `make`, an interpreter) may have replaced it, so everything
    /// known is forgotten.
    private static let knownEffects: Set<String> = [
        "cat", "echo", "printf", "tee", "chmod", "chown", "chgrp", "touch", "mkdir", "ls", "pwd", "cd", "pushd",
        "popd", "test", "[", "true", "false", ":", "grep", "head", "tail", "wc", "which", "type", "command", "export",
        "sleep", "date", "sort", "uniq", "cut", "stat", "file", "rm", "cp", "mv", "sed",
    ]

    /// `command` with a run of a known script replaced by the same program given the script's text
    /// (`bash FILE args` → `bash -c TEXT FILE args`, `python3 FILE` → `python3 -c TEXT`, `./FILE` by its `#!` line,
    /// `source FILE` → `eval TEXT`); nil when it runs no known script.
    func inlined(_ command: CommandInvocation) -> CommandInvocation? {
        guard !contents.isEmpty, command.hasStaticProgram, let program = command.words.first else { return nil }
        let name = command.program
        if let text = known(program) {
            guard let interpreter = Self.interpreter(of: text) else { return nil }
            return replacing(
                command,
                with: [ShellWord(interpreter.program), ShellWord(interpreter.option), ShellWord(text)]
                    + (interpreter.option == "-c" && ShellCode.shells.contains(interpreter.program) ? [program] : [])
                    + command.words.dropFirst())
        }
        guard command.words.count >= 2, let text = known(command.words[1]) else { return nil }
        if name == "source" || name == "." {
            return replacing(command, with: [ShellWord("eval"), ShellWord(text)])
        }
        if ShellCode.shells.contains(name) {
            return replacing(command, with: [program, ShellWord("-c"), ShellWord(text)] + command.words.dropFirst())
        }
        if let option = Self.inlineCodeOptions[name] {
            return replacing(command, with: [program, ShellWord(option), ShellWord(text)] + command.words.dropFirst(2))
        }
        return nil
    }

    /// Learns from one command and the actions derived from it: forgets files it writes or moves away from,
    /// remembers a file it writes with known content.
    mutating func record(_ command: CommandInvocation, actions: ArraySlice<Action>) {
        guard !contents.isEmpty || command.redirections.contains(where: { $0.operation == .write }) else { return }
        if !command.words.isEmpty && !(command.hasStaticProgram && Self.knownEffects.contains(command.program)) {
            contents = [:]
            return
        }
        if ["cd", "pushd", "popd"].contains(command.program) {
            contents = contents.filter { $0.key.hasPrefix("/") }
        }
        for action in actions {
            switch action {
            case .fileWrite(let access), .fileDelete(let access):
                if case .fileWrite = action, Self.metadataWriters.contains(access.via) { continue }
                // A write to a path known only at run time, or to a whole tree, may be to any known file.
                guard access.isStatic, !access.isRecursive else {
                    contents = [:]
                    return
                }
                contents[PathNormalization.normalize(access.path)] = nil
            default: continue
            }
        }
        // A write that may not happen leaves the file as it was, which is not known.
        guard !command.isConditional,
            let target = command.redirections.last(where: { $0.descriptor == 1 && $0.operation == .write })?.target,
            target.isStatic, !target.hasGlob, !target.text.hasPrefix("/dev/"), !target.text.hasPrefix("/proc/")
        else { return }
        var printer = command
        printer.redirections.removeAll { $0.descriptor == 1 }
        if case .text(let text) = ShellStaticOutput.of(printer) {
            contents[PathNormalization.normalize(target.text)] = text
        }
    }

    private func known(_ word: ShellWord) -> String? {
        guard word.isStatic, !word.hasGlob else { return nil }
        return contents[PathNormalization.normalize(word.text)]
    }

    private func replacing(_ command: CommandInvocation, with words: [ShellWord]) -> CommandInvocation {
        var inlined = command
        inlined.words = words
        return inlined
    }

    /// The program and inline-code option that run `text` as its `#!` line says (a shell without one); nil for an
    /// interpreter without an inline-code option here.
    private static func interpreter(of text: String) -> (program: String, option: String)? {
        guard text.hasPrefix("#!") else { return ("sh", "-c") }
        let line = text.dropFirst(2).prefix { $0 != "\n" }
        var words = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        guard let first = words.first else { return ("sh", "-c") }
        var program = String(first.split(separator: "/").last ?? "")
        if program == "env" {
            words.removeFirst()
            words.removeAll { $0.hasPrefix("-") }
            guard let named = words.first else { return nil }
            program = named
        }
        if ShellCode.shells.contains(program) { return (program, "-c") }
        if let option = inlineCodeOptions[program] { return (program, option) }
        return nil
    }
}
