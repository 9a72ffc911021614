/// `find [-H|-L|-P] [-D OPTS] [-OLEVEL] [ROOT…] [EXPRESSION]`: the commands of `-exec`, `-execdir`, `-ok` and
/// `-okdir`, the trees `-delete` removes, and the files `-fprint` and its kin write.
enum FindCommand {
    /// Primaries whose next word is their argument (so a `-exec` there is a name, not an action).
    private static let oneArgument: Set<String> = [
        "-amin", "-anewer", "-atime", "-cmin", "-cnewer", "-ctime", "-context", "-fstype", "-gid", "-group",
        "-ilname", "-iname", "-inum", "-ipath", "-iregex", "-iwholename", "-links", "-lname", "-mmin", "-mtime",
        "-name", "-newer", "-path", "-perm", "-regex", "-samefile", "-size", "-type", "-uid", "-used", "-user",
        "-wholename", "-xtype", "-maxdepth", "-mindepth", "-regextype", "-files0-from", "-printf", "-fprint",
        "-fprint0", "-fls",
    ]
    private static let executing: Set<String> = ["-exec", "-execdir", "-ok", "-okdir"]
    private static let writing: Set<String> = ["-fprint", "-fprint0", "-fls", "-fprintf"]

    static func derive(_ command: CommandInvocation) -> Derivation {
        var rest = command.words.dropFirst()
        // Leading options: -H -L -P, -D debugopts, -O3.
        while let word = rest.first, word.isStatic {
            if ["-H", "-L", "-P"].contains(word.text) || (word.text.hasPrefix("-O") && word.text.count > 2) {
                rest = rest.dropFirst()
            } else if word.text == "-D" {
                rest = rest.dropFirst(2)
            } else {
                break
            }
        }
        var roots: [ShellWord] = []
        while let word = rest.first, !startsExpression(word) {
            roots.append(word)
            rest = rest.dropFirst()
        }
        if roots.isEmpty { roots = [ShellWord(".")] }
        var derivation = Derivation()
        var filter = DeletionFilter()
        while let word = rest.first {
            rest = rest.dropFirst()
            guard word.isStatic else { continue }
            let primary = word.text
            filter.read(primary, argument: rest.first)
            if executing.contains(primary) {
                guard let end = terminator(of: rest) else {
                    return Derivation(
                        opaqueReasons: [
                            OpaqueReason(
                                .unknownWrapper,
                                "`find \(primary)` has no terminating `;` or `+`, so the command it runs is unknown (`\(command.quoted)`)"
                            )
                        ])
                }
                // A bare `{}` stands for the paths the filter so far lets through (`./**/*.pyc`), as `-delete` reads
                // them; otherwise, and inside a longer word, for a path known only at run time.
                let found = roots.count == 1 ? filter.foundPath(under: roots[0]) : nil
                let words = rest[..<end].map { word in
                    if word.isStatic, word.text == "{}", let found { return found }
                    return containsBraces(word.text)
                        ? ShellWord(word.text, isStatic: false, hasGlob: word.hasGlob) : word
                }
                rest = rest[rest.index(after: end)...]
                guard !words.isEmpty else {
                    derivation.opaqueReasons.append(UnwrapMessage.missingCommand("find \(primary)", in: command))
                    continue
                }
                derivation.commands.append(command.inner(Array(words), label: "find \(primary)"))
            } else if primary == "-delete" {
                for root in roots {
                    derivation.actions.append(.fileDelete(filter.deletion(under: root)))
                }
            } else if writing.contains(primary), let file = rest.first {
                derivation.actions.append(
                    .fileWrite(FileAccess(path: file.text, isStatic: file.isStatic, via: "find \(primary)")))
                rest = rest.dropFirst(primary == "-fprintf" ? 2 : 1)
            } else if oneArgument.contains(primary) || primary.hasPrefix("-newer") {
                rest = rest.dropFirst()
            }
        }
        return derivation
    }

    /// Whether `text` contains `{}`, which find replaces with the path it found.
    static func containsBraces(_ text: String) -> Bool {
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if previous == UInt8(ascii: "{"), byte == UInt8(ascii: "}") { return true }
            previous = byte
        }
        return false
    }

    /// Whether `word` begins find's expression rather than naming a starting point.
    private static func startsExpression(_ word: ShellWord) -> Bool {
        guard word.isStatic else { return false }
        let text = word.text
        return (text.hasPrefix("-") && text != "-") || ["(", ")", "!", ","].contains(text)
    }

    /// The index of the `;` (or of the `+` right after `{}`) that ends an `-exec` command.
    private static func terminator(of words: ArraySlice<ShellWord>) -> ArraySlice<ShellWord>.Index? {
        var previous: ShellWord?
        for index in words.indices {
            let word = words[index]
            if word.isStatic, word.text == ";" { return index }
            if word.isStatic, word.text == "+", let previous, previous.isStatic, previous.text == "{}" { return index }
            previous = word
        }
        return nil
    }

    /// What `-delete` removes: the whole tree under a root, or, when the expression so far is a plain conjunction
    /// with a name test (`-name '*.pyc'`), only the files that match it. A pattern matching every name (`*`), an
    /// alternative (`-o`, `,`) or a negation (`!`, `-not`) leaves the whole tree.
    struct DeletionFilter {
        private static let nameTests: Set<String> = [
            "-name", "-iname", "-path", "-ipath", "-regex", "-iregex", "-wholename", "-iwholename",
        ]
        private var pattern: String?
        private var widened = false
        /// `-path` and `-wholename` patterns describe whole paths; `-name` and `-regex`, what is under the root.
        private var isWholePath = false

        mutating func read(_ primary: String, argument: ShellWord?) {
            if ["-o", "-or", ",", "!", "-not"].contains(primary) {
                widened = true
            } else if Self.nameTests.contains(primary), let argument, argument.isStatic, pattern == nil {
                let text = argument.text
                if Self.namesSomething(text) {
                    pattern = text
                    isWholePath = primary.hasSuffix("path") || primary.hasSuffix("wholename")
                }
            }
        }

        /// Whether a glob or regular expression has a literal character beyond wildcards, dots and classes:
        /// `*.pyc` and `.DS_Store` do; `*`, `*.*`, `.*`, `?*`, `[a-z]*` and `.+` match (nearly) every name.
        static func namesSomething(_ pattern: String) -> Bool {
            var inClass = false
            for character in pattern {
                if inClass {
                    if character == "]" { inClass = false }
                } else if character == "[" {
                    inClass = true
                } else if !"*?.+^$\\()|{}0123456789,".contains(character) {
                    return true
                }
            }
            return false
        }

        /// The paths a filtered expression lets through under `root`, as a glob (`./**/*.pyc`); nil when the
        /// filter is not a plain name test, or under `/`.
        func foundPath(under root: ShellWord) -> ShellWord? {
            let isRoot = !root.text.isEmpty && root.text.allSatisfy { $0 == "/" }
            guard let pattern, !widened, !isRoot, root.isStatic, !root.hasGlob else { return nil }
            let base = root.text.hasSuffix("/") ? String(root.text.dropLast()) : root.text
            return ShellWord(isWholePath ? pattern : base + "/**/" + pattern, isStatic: false, hasGlob: true)
        }

        func deletion(under root: ShellWord) -> FileAccess {
            let isStatic = root.isStatic && !root.hasGlob
            // Under `/` even a filtered deletion reaches system files (`-name '*.conf'`): the whole tree.
            let isRoot = !root.text.isEmpty && root.text.allSatisfy { $0 == "/" }
            guard let pattern, !widened, !isRoot else {
                return FileAccess(path: root.text, isStatic: isStatic, isRecursive: true, via: "find -delete")
            }
            let base = root.text.hasSuffix("/") ? String(root.text.dropLast()) : root.text
            return FileAccess(
                path: isWholePath ? pattern : base + "/**/" + pattern, isStatic: false, isRecursive: false,
                via: "find -delete")
        }
    }
}
