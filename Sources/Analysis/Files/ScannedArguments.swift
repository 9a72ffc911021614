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
        self.init(Array(words)[...], syntax: syntax)
    }

    /// Scans `words` (the arguments, without the program), without copying them.
    init(_ words: ArraySlice<ShellWord>, syntax: ProgramOptionSyntax) {
        var remaining = words
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
        guard syntax.shortLettersAreExact, word.text.isSimpleASCII else {
            scanShortCharacters(word, remaining: &remaining, syntax: syntax)
            return
        }
        // Each byte is a letter here (see `isSimpleASCII`), and the letter sets stand for the option sets.
        let text = word.text
        let bytes = text.utf8
        var index = bytes.index(after: bytes.startIndex)
        while index < bytes.endIndex {
            let letter = bytes[index]
            let name = Self.shortNames[Int(letter)]
            let next = bytes.index(after: index)
            let isValued = syntax.valuedLetters.contains(letter)
            if isValued || syntax.optionalAttachedLetters.contains(letter) {
                appendTakingValue(name, attached: text[next...], isValued: isValued, of: word, remaining: &remaining)
                return
            }
            options.append(Option(name: name, values: [], group: groupCount - 1))
            if syntax.separatorLetters.contains(letter) { groupCount += 1 }
            index = next
        }
    }

    /// The short option `name` that takes a value: the rest of its word when there is one (`-n5`, `sed -i.bak`),
    /// else, when the value is required, the next word (`-n 5`).
    private mutating func appendTakingValue(
        _ name: String, attached: Substring, isValued: Bool, of word: ShellWord, remaining: inout ArraySlice<ShellWord>
    ) {
        var values: [ShellWord] = []
        if !attached.isEmpty {
            values = [ShellWord(String(attached), isStatic: word.isStatic, hasGlob: word.hasGlob)]
        } else if isValued, let value = remaining.popFirst() {
            values = [value]
        }
        options.append(Option(name: name, values: values, group: groupCount - 1))
    }

    /// `-x` for every ASCII `x`, made once rather than for every option letter of every command.
    private static let shortNames: [String] = (0..<128).map { "-" + String(UnicodeScalar(UInt8($0))) }

    /// `scanShort` for any text, letter by letter (`Character`).
    private mutating func scanShortCharacters(
        _ word: ShellWord, remaining: inout ArraySlice<ShellWord>, syntax: ProgramOptionSyntax
    ) {
        let letters = word.text.dropFirst()
        var index = letters.startIndex
        while index < letters.endIndex {
            let name = "-" + String(letters[index])
            let rest = letters[letters.index(after: index)...]
            let isValued = syntax.valued.contains(name)
            if isValued || syntax.optionalAttached.contains(name) {
                appendTakingValue(name, attached: rest, isValued: isValued, of: word, remaining: &remaining)
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

    /// `has(index.names)`, testing a bit rather than hashing for each short option like `-r`.
    func has(_ index: OptionNameIndex) -> Bool {
        guard !index.names.isEmpty else { return false }
        return options.containsInPlace { option in
            if let letter = index.shortLetter(option.name) { return index.shortLetters.contains(letter) }
            return matches(option.name, index.names)
        }
    }

    /// True when the option `name` was given (abbreviations included, as `has(_:)`).
    func has(option name: String) -> Bool {
        options.containsInPlace { matches($0.name, option: name) }
    }

    /// True when the option `name` was given (abbreviations included) with a value that passes `test`.
    func has(option name: String, withValue test: (ShellWord) -> Bool) -> Bool {
        options.containsInPlace { matches($0.name, option: name) && $0.values.contains(where: test) }
    }

    /// The values of every option among `names`, in order.
    func values(of names: Set<String>) -> [ShellWord] {
        var values: [ShellWord] = []
        guard !names.isEmpty else { return values }
        for option in options where !option.values.isEmpty && matches(option.name, names) {
            values += option.values
        }
        return values
    }

    private func matches(_ given: String, _ names: Set<String>) -> Bool {
        namesAreResolved ? names.contains(given) : Self.matches(given, names)
    }

    /// `matches(given, [name])`, without making the set.
    private func matches(_ given: String, option name: String) -> Bool {
        given == name || (!namesAreResolved && Self.isLongOptionName(given) && name.hasPrefix(given))
    }

    static func matches(_ given: String, _ names: Set<String>) -> Bool {
        if names.contains(given) { return true }
        guard isLongOptionName(given) else { return false }
        return names.contains { $0.hasPrefix("--") && $0.hasPrefix(given) }
    }

    /// `text.hasPrefix("--") && text.count >= 3`, on bytes when they decide it: most option names are short ones.
    static func isLongOptionName(_ text: String) -> Bool {
        var bytes = text.utf8.makeIterator()
        // The first two characters are `-` only if the first two bytes are.
        guard bytes.next() == UInt8(ascii: "-"), bytes.next() == UInt8(ascii: "-") else { return false }
        guard let third = bytes.next() else { return false }
        // An ASCII byte starts a new character: the first two are `-` and a third exists.
        if third < 0x80 { return true }
        return text.hasPrefix("--") && text.count >= 3
    }
}

/// A set of option names with its short options (`-x`) also as letters.
struct OptionNameIndex: Sendable {
    let names: Set<String>
    let shortLetters: ByteSet
    /// True when every name is ASCII: a non-ASCII one could equal `-x` by canonical equivalence, not by bytes.
    private let isExact: Bool

    init(_ names: Set<String>) {
        self.names = names
        var letters = ByteSet()
        for name in names {
            var bytes = name.utf8.makeIterator()
            if bytes.next() == UInt8(ascii: "-"), let letter = bytes.next(), letter < 0x80, bytes.next() == nil {
                letters.insert(letter)
            }
        }
        shortLetters = letters
        isExact = names.allSatisfy { $0.utf8.allSatisfy { $0 < 0x80 } }
    }

    /// The letter of `given` when it is `-x` with an ASCII `x` other than `-` and the letters decide membership:
    /// such a name matches only itself (it is no long option, no abbreviation).
    func shortLetter(_ given: String) -> UInt8? {
        guard isExact else { return nil }
        let bytes = given.utf8
        guard bytes.count == 2, bytes.first == UInt8(ascii: "-"), let letter = bytes.last, letter < 0x80,
            letter != UInt8(ascii: "-")
        else { return nil }
        return letter
    }
}
