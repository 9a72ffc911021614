/// A command's arguments read with a `ProgramSyntax`: options (short clusters split into letters), the
/// positional words (subcommands and operands) and whether `--` ended the options.
struct CommandArguments {
    struct Option {
        /// `--force`, `-f` (one letter of a cluster), `-destroy`; without any `=value`.
        var name: String
        /// The value given with `=`, attached to a short option (`-XDELETE`), or the next word for an option
        /// that takes one; nil when none.
        var value: String?
        /// True when `name` is one letter taken out of a cluster such as `-rf`.
        var isClustered: Bool
    }

    /// The arguments (argv without the program).
    let words: [String]
    private(set) var options: [Option] = []
    /// Positional words in order: subcommands, then operands.
    private(set) var positionals: [String] = []
    private(set) var hasEndOfOptions = false
    let syntax: ProgramSyntax

    init(_ command: CommandInvocation, syntax: ProgramSyntax) {
        self.syntax = syntax
        self.words = command.arguments
        var index = 0
        while index < words.count {
            let word = words[index]
            index += 1
            if hasEndOfOptions || word == "-" || !word.hasPrefix("-") {
                positionals.append(word)
                continue
            }
            if word == "--" {
                hasEndOfOptions = true
                continue
            }
            if let equals = word.firstIndex(of: "="), word.hasPrefix("--") || !syntax.clustersShortOptions {
                options.append(
                    Option(
                        name: String(word[..<equals]), value: String(word[word.index(after: equals)...]),
                        isClustered: false))
                continue
            }
            if word.hasPrefix("--") || !syntax.clustersShortOptions || syntax.optionsWithValue.contains(word) {
                var value: String?
                if syntax.optionsWithValue.contains(word), index < words.count {
                    value = words[index]
                    index += 1
                }
                options.append(Option(name: word, value: value, isClustered: false))
                continue
            }
            // A cluster of short options: each letter is an option until one that takes a value, which takes
            // the rest of the word (`-XDELETE`) or the next word.
            let letters = word.unicodeScalars.dropFirst()
            var position = letters.startIndex
            while position < letters.endIndex {
                let name = "-" + String(letters[position])
                position = letters.index(after: position)
                if syntax.optionsWithValue.contains(name) {
                    var value: String?
                    if position < letters.endIndex {
                        // `-X=DELETE` is `-X DELETE` for cobra/pflag programs (kubectl, gh, helm).
                        var rest = letters[position...]
                        if rest.first == "=" && position == letters.index(after: letters.startIndex) {
                            rest = rest.dropFirst()
                        }
                        value = String(String.UnicodeScalarView(rest))
                    } else if index < words.count {
                        value = words[index]
                        index += 1
                    }
                    options.append(Option(name: name, value: value, isClustered: letters.count > 1))
                    break
                }
                options.append(Option(name: name, value: nil, isClustered: letters.count > 1))
            }
        }
    }

    /// Whether the flag `flag` (`--force`, `-f`, `-destroy`, or `--` itself) was given. `generous` also accepts
    /// an abbreviated long option when the syntax allows abbreviations.
    func has(flag: String, generous: Bool) -> Bool {
        if flag == "--" { return hasEndOfOptions }
        for option in options {
            if option.name == flag { return true }
            if generous, syntax.abbreviatesLongOptions, flag.hasPrefix("--"), option.name.hasPrefix("--"),
                option.name.count >= 4, flag.hasPrefix(option.name)
            {
                return true
            }
        }
        return false
    }

    /// The values given to any of `names` (an option without a value gives the empty string).
    func values(of names: [String]) -> [String] {
        var values: [String] = []
        for option in options where names.contains(option.name) { values.append(option.value ?? "") }
        // A short option written with its value attached but not declared as taking one: `-XDELETE` read as
        // a cluster. Recover it when the rule names the short option.
        for name in names where name.count == 2 && name.hasPrefix("-") && syntax.clustersShortOptions {
            for word in words
            where word.count > 2 && word.hasPrefix(name) && !word.hasPrefix("--")
                && !syntax.optionsWithValue.contains(name)
            {
                values.append(String(word.dropFirst(2)))
            }
        }
        return values
    }
}
