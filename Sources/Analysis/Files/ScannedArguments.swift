/// A command line split into options (with their values) and operands, by an `ProgramOptionSyntax`.
struct ScannedArguments: Sendable {
    struct Option: Sendable {
        /// As written, without any attached value: `-n`, `--lines`, `+G`.
        var name: String
        var values: [ShellWord]
        /// Which group it belongs to (groups are separated by `ProgramOptionSyntax.separators`, e.g. `curl --next`).
        var group = 0
        var value: ShellWord? { values.first }
    }

    var options: [Option] = []
    /// Operands in order, `-` (standard input) included.
    var operands: [ShellWord] = []
    /// The group of each operand, parallel to `operands`.
    var operandGroups: [Int] = []
    /// The number of groups (1 unless a separator was given).
    var groupCount = 1
    /// True when option names were resolved against a complete list (`ProgramOptionSyntax.flags`): match them exactly.
    private var namesAreResolved = false
    /// True when a dynamic word stood where an option could (`rm $FLAGS x`): it may expand to options.
    var mayHaveDynamicOptions = false
    /// How many operands came before an option in `ProgramOptionSyntax.endsOptions` (`jq --args`); nil when none did.
    var operandCountAtEndOfOptions: Int?

    /// Scans `words` (the arguments, without the program).
    init(_ words: some Sequence<ShellWord>, syntax: ProgramOptionSyntax) {
        var remaining = Array(words)[...]
        namesAreResolved = syntax.flags != nil
        var optionsEnded = false
        // The first bytes decide most words: compared as bytes, not with `hasPrefix`, for every word of every command.
        let dash = UInt8(ascii: "-")
        let plus = UInt8(ascii: "+")
        while let word = remaining.popFirst() {
            let text = word.text
            let bytes = text.utf8
            let first = bytes.first
            let isOption = (first == dash && bytes.count > 1) || (syntax.plusIsOption && first == plus)
            if optionsEnded || !isOption {
                if !optionsEnded, !word.isStatic, first == UInt8(ascii: "$") || first == UInt8(ascii: "`") {
                    mayHaveDynamicOptions = true
                }
                operands.append(word)
                operandGroups.append(groupCount - 1)
                if !syntax.permutes { optionsEnded = true }
                continue
            }
            let isLong = first == dash && bytes.dropFirst().first == dash
            if isLong && bytes.count == 2 {
                optionsEnded = true
                continue
            }
            if first == plus {
                options.append(Option(name: text, values: [], group: groupCount - 1))
                continue
            }
            if isLong || (!syntax.singleDashLong.isEmpty && syntax.singleDashLong.contains(text)) {
                scanLong(word, remaining: &remaining, syntax: syntax)
            } else {
                scanShort(word, remaining: &remaining, syntax: syntax)
            }
            if !syntax.separators.isEmpty, let last = options.last, last.group == groupCount - 1,
                syntax.separators.contains(last.name)
            {
                groupCount += 1
            }
            if !syntax.endsOptions.isEmpty, let last = options.last, syntax.endsOptions.contains(last.name) {
                optionsEnded = true
                operandCountAtEndOfOptions = operands.count
            }
        }
    }

    private mutating func scanLong(
        _ word: ShellWord, remaining: inout ArraySlice<ShellWord>, syntax: ProgramOptionSyntax
    ) {
        let text = word.text
        if let equals = text.firstIndex(of: "=") {
            let value = ShellWord(
                String(text[text.index(after: equals)...]), isStatic: word.isStatic, hasGlob: word.hasGlob)
            let name = syntax.resolvedLongName(String(text[..<equals]))
            options.append(Option(name: name, values: [value], group: groupCount - 1))
            return
        }
        var values: [ShellWord] = []
        let name = syntax.resolvedLongName(text)
        let count = syntax.twoValued.contains(name) ? 2 : syntax.valued.contains(name) ? 1 : 0
        for _ in 0..<count {
            guard let value = remaining.popFirst() else { break }
            values.append(value)
        }
        options.append(Option(name: name, values: values, group: groupCount - 1))
    }

    private mutating func scanShort(
        _ word: ShellWord, remaining: inout ArraySlice<ShellWord>, syntax: ProgramOptionSyntax
    ) {
        let letters = word.text.dropFirst()
        var index = letters.startIndex
        while index < letters.endIndex {
            let name = "-" + String(letters[index])
            let rest = letters[letters.index(after: index)...]
            if syntax.valued.contains(name) || syntax.optionalAttached.contains(name) {
                if !rest.isEmpty {
                    let value = ShellWord(String(rest), isStatic: word.isStatic, hasGlob: word.hasGlob)
                    options.append(Option(name: name, values: [value], group: groupCount - 1))
                } else if syntax.valued.contains(name), let value = remaining.popFirst() {
                    options.append(Option(name: name, values: [value], group: groupCount - 1))
                } else {
                    options.append(Option(name: name, values: [], group: groupCount - 1))
                }
                return
            }
            options.append(Option(name: name, values: [], group: groupCount - 1))
            if syntax.separators.contains(name) { groupCount += 1 }
            index = letters.index(after: index)
        }
    }

    /// True when any of `names` was given. A long name also matches its abbreviations (GNU getopt accepts
    /// unambiguous prefixes: `rm --rec` is `rm --recursive`); for programs whose options are not all known, any
    /// prefix matches, the cautious reading.
    func has(_ names: Set<String>) -> Bool {
        !names.isEmpty && options.containsInPlace { matches($0.name, names) }
    }

    /// True when the option `name` was given (abbreviations included, as `has(_:)`).
    func has(option name: String) -> Bool {
        options.containsInPlace { option in
            option.name == name
                || (!namesAreResolved && option.name.hasPrefix("--") && option.name.count >= 3 && name.hasPrefix("--")
                    && name.hasPrefix(option.name))
        }
    }

    /// The values of every option among `names`, in order.
    func values(of names: Set<String>) -> [ShellWord] {
        var values: [ShellWord] = []
        guard !names.isEmpty else { return values }
        for index in options.indices where matches(options[index].name, names) {
            values.append(contentsOf: options[index].values)
        }
        return values
    }

    private func matches(_ given: String, _ names: Set<String>) -> Bool {
        namesAreResolved ? names.contains(given) : Self.matches(given, names)
    }

    static func matches(_ given: String, _ names: Set<String>) -> Bool {
        if names.contains(given) { return true }
        guard given.hasPrefix("--"), given.count >= 3 else { return false }
        return names.contains { $0.hasPrefix("--") && $0.hasPrefix(given) }
    }
}
