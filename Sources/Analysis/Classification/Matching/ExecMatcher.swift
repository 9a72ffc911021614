/// A test on a `shell.exec` action: program, subcommand, flags, operands, option values.
struct ExecMatcher: Hashable, Sendable {
    /// A test on a positional word or argument, at a position or anywhere.
    struct PositionalTest: Hashable, Sendable {
        /// 0-based; negative counts from the end (-1 is the last). Nil: any position.
        var position: Int?
        var text: TextTest
    }

    /// A test on the value of an option (`-X DELETE`, `--method=DELETE`, `--replicas 0`).
    struct OptionTest: Hashable, Sendable {
        var names: [String]
        var value: TextTest
    }

    /// Program names (basenames). Empty in an `unless` entry: the rule's programs.
    var programs: [String] = []
    /// Alternative word sequences that must lead the positional words (`["s3", "rm"]`).
    var subcommands: [[String]] = []
    var anyFlags: [String] = []
    var allFlags: [String] = []
    var noFlags: [String] = []
    /// Tests on the operands (positional words after the subcommand); every test must hold.
    var operandTests: [PositionalTest] = []
    /// Tests on the raw argument words (options included); every test must hold.
    var wordTests: [PositionalTest] = []
    /// Tests on option values; every test must hold.
    var optionTests: [OptionTest] = []
    /// Options that take a value for this matcher, on top of the pack's program syntax.
    var optionsWithValue: Set<String> = []

    /// `generous`: read abbreviations as the flags they could stand for (true for `match`, false for `unless`).
    /// `program` is the command's program name as the classifier indexes it.
    func matches(program: String, _ arguments: CommandArguments, generous: Bool) -> Bool {
        if !programs.isEmpty && !programs.contains(program) { return false }
        let positionals = arguments.positionals
        var operands = positionals[...]
        if !subcommands.isEmpty {
            guard let leading = subcommands.first(where: { Self.leads($0, positionals) }) else { return false }
            operands = positionals.dropFirst(leading.count)
        }
        if !anyFlags.isEmpty && !anyFlags.containsInPlace(where: { arguments.has(flag: $0, generous: generous) }) {
            return false
        }
        if !allFlags.allSatisfy({ arguments.has(flag: $0, generous: generous) }) { return false }
        if noFlags.containsInPlace(where: { arguments.has(flag: $0, generous: !generous) }) { return false }
        for test in operandTests where !Self.holds(test, in: operands) { return false }
        for test in wordTests where !Self.holds(test, in: arguments.words[...]) { return false }
        for test in optionTests where !arguments.values(of: test.names).contains(where: test.value.matches) {
            return false
        }
        return true
    }

    private static func leads(_ sequence: [String], _ words: [String]) -> Bool {
        guard sequence.count <= words.count else { return false }
        for index in sequence.indices where sequence[index] != words[index] { return false }
        return true
    }

    private static func holds(_ test: PositionalTest, in values: ArraySlice<String>) -> Bool {
        guard let position = test.position else { return values.contains(where: test.text.matches) }
        let index = position >= 0 ? values.startIndex + position : values.endIndex + position
        guard index >= values.startIndex && index < values.endIndex else { return false }
        return test.text.matches(values[index])
    }
}
