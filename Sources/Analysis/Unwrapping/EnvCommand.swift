/// `env [-i] [-u NAME] [-C DIR] [-S STRING] [NAME=VALUE…] [COMMAND [ARG…]]`.
enum EnvCommand {
    /// How many nested `-S` strings are followed (GNU env accepts `-S` inside a split string).
    private static let maximumSplits = 4

    static func derive(_ command: CommandInvocation) -> Derivation {
        guard let wrapper = PrefixWrapper.byName["env"] else { return .nothing }
        var words = Array(command.words.dropFirst())
        var options: [ParsedOption] = []
        var operands: [ShellWord] = []
        for round in 0... {
            let scan = wrapper.syntax.scan(words)
            if let unknown = scan.unknownOption {
                return Derivation(opaqueReasons: [UnwrapMessage.unknownOption(unknown, of: "env", in: command)])
            }
            options += scan.options
            let strings = scan.values("-S", "--split-string")
            guard !strings.isEmpty else {
                operands = scan.operands
                break
            }
            guard strings.allStatic else {
                return .opaque(
                    .dynamicProgram,
                    "`env -S` splits a string known only at run time into the command (`\(command.quoted)`)")
            }
            guard round < maximumSplits else {
                return .opaque(.limitExceeded, "`env -S` nested more than \(maximumSplits) times (`\(command.quoted)`)")
            }
            // The split words take the place of the option; options already read stay read.
            words = strings.flatMap { splitString($0.text) } + scan.operands
        }
        if options.contains(where: { wrapper.runsNothingWith.contains($0.name) }) { return .nothing }
        var clearsEnvironment = options.contains { $0.name == "-i" || $0.name == "--ignore-environment" }
        // A lone `-` is an old spelling of `-i`.
        if let first = operands.first, first.isStatic, first.text == "-" {
            clearsEnvironment = true
            operands.removeFirst()
        }
        let unset = Set(options.filter { $0.name == "-u" || $0.name == "--unset" }.compactMap { $0.value?.text })
        var assignments = clearsEnvironment ? [] : command.assignments.filter { !unset.contains($0.name) }
        let (rest, added) = leadingAssignments(operands[...])
        for assignment in added {
            assignments.removeAll { $0.name == assignment.name }
            assignments.append(assignment)
        }
        guard !rest.isEmpty else { return .nothing }
        return .running(command.inner(Array(rest), label: "env", assignments: assignments))
    }

    /// The `NAME=VALUE` words at the start of `words` (as `env` and `sudo` read them), and the words after them.
    static func leadingAssignments(
        _ words: ArraySlice<ShellWord>
    ) -> (rest: ArraySlice<ShellWord>, assignments: [ShellAssignment]) {
        var rest = words
        var assignments: [ShellAssignment] = []
        while let word = rest.first, let equals = word.text.firstIndex(of: "="), equals != word.text.startIndex,
            word.isStatic || isName(word.text[..<equals])
        {
            rest = rest.dropFirst()
            let value = ShellWord(String(word.text[word.text.index(after: equals)...]), isStatic: word.isStatic)
            assignments.append(ShellAssignment(name: String(word.text[..<equals]), value: value))
        }
        return (rest, assignments)
    }

    /// Whether `text` is a variable name: then, in a word built at run time, the `NAME=` before the expansion is
    /// literal and the word is an assignment (`env FOO=$(cat f) cmd`).
    private static func isName(_ text: Substring) -> Bool {
        guard let first = text.first, !first.isASCIIDigit else { return false }
        return text.allSatisfy { $0 == "_" || ($0.isASCII && ($0.isLetter || $0.isNumber)) }
    }

    /// Splits an `env -S` string into words as GNU env does: blanks separate, single quotes are literal, double
    /// quotes allow backslash escapes, `\_` is a separator, `\c` ends the string, `${NAME}` expands at run time
    /// (such a word is not static).
    static func splitString(_ text: String) -> [ShellWord] {
        var words: [ShellWord] = []
        var current = ""
        var inWord = false
        var isStatic = true
        var quote: Character?
        var characters = text[...]
        func finish() {
            if inWord { words.append(ShellWord(current, isStatic: isStatic)) }
            current = ""
            inWord = false
            isStatic = true
        }
        while let character = characters.first {
            characters = characters.dropFirst()
            switch (quote, character) {
            case ("'", "'"), ("\"", "\""):
                quote = nil
            case ("'", _):
                current.append(character)
            case (nil, " "), (nil, "\t"), (nil, "\n"):
                finish()
            case (nil, "'"), (nil, "\""):
                quote = character
                inWord = true
            case (nil, "#") where !inWord:
                characters = characters.drop { $0 != "\n" }
            case (_, "\\"):
                guard let escaped = characters.first else { break }
                characters = characters.dropFirst()
                switch escaped {
                case "c": characters = ""
                case "_" where quote == nil: finish()
                case "_": current.append(" ")
                case "n": current.append("\n")
                case "t": current.append("\t")
                default: current.append(escaped)
                }
                if escaped != "c", escaped != "_" || quote != nil { inWord = true }
            case (_, "$"):
                isStatic = false
                current.append(character)
                inWord = true
            default:
                current.append(character)
                inWord = true
            }
        }
        finish()
        return words
    }
}
