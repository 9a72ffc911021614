/// Which options of a command-line client take a value, so that its options and operands can be told apart the
/// way the client itself does (`psql -h db -c SQL name` vs `psql -c SQL name`).
struct ClientOptionSpec: Sendable {
    /// Single-letter options followed by a value, attached (`-cSQL`) or as the next word (`-c SQL`).
    var shortWithValue: Set<Character>
    /// Single-letter options whose value can only be attached (`mysql -pSECRET`; `-p` alone prompts).
    var shortWithAttachedValue: Set<Character> = []
    /// Single-letter options whose value is the digits attached to them (`perl -l0 -ne` is `-l0`, `-n`, `-e`).
    var shortWithAttachedDigits: Set<Character> = []
    /// Long options (without `--`) followed by a value, as `--name=value` or `--name value`.
    var longWithValue: Set<String>
    /// Whether options may follow operands (GNU style). When false, the first operand ends the options.
    var optionsAfterOperands: Bool = true
    /// Long options that some clients spell with one dash (`sqlite3 -cmd X`, `sqlcmd -Q`).
    var singleDashLong: Set<String> = []
}

/// One option as the client reads it: `name` is the letter (`c`) or the long name (`command`).
struct ClientOption: Sendable {
    var name: String
    var value: ShellWord?
    /// Whether the option was written with `--` (or as a single-dash long option).
    var isLong: Bool
}

/// A client's argv split into options (in order) and operands.
struct ClientArguments: Sendable {
    var options: [ClientOption] = []
    var operands: [ShellWord] = []

    /// Splits `words` (argv without the program) by `spec`.
    init(_ words: some Collection<ShellWord>, spec: ClientOptionSpec) {
        var iterator = Array(words)[...]
        var optionsEnded = false
        while let word = iterator.popFirst() {
            let text = word.text
            if optionsEnded || text == "-" || !text.hasPrefix("-") {
                operands.append(word)
                if !spec.optionsAfterOperands { optionsEnded = true }
                continue
            }
            if text == "--" {
                optionsEnded = true
                continue
            }
            if text.hasPrefix("--") || spec.singleDashLong.contains(String(text.dropFirst())) {
                let body = text.hasPrefix("--") ? text.dropFirst(2) : text.dropFirst()
                if let equals = body.firstIndex(of: "=") {
                    let value = ShellWord(
                        String(body[body.index(after: equals)...]), isStatic: word.isStatic, hasGlob: word.hasGlob)
                    options.append(ClientOption(name: String(body[..<equals]), value: value, isLong: true))
                } else if spec.longWithValue.contains(String(body)) {
                    options.append(ClientOption(name: String(body), value: iterator.popFirst(), isLong: true))
                } else {
                    options.append(ClientOption(name: String(body), value: nil, isLong: true))
                }
                continue
            }
            var letters = text.dropFirst()
            while let letter = letters.first {
                letters = letters.dropFirst()
                if spec.shortWithValue.contains(letter) {
                    let value =
                        letters.isEmpty
                        ? iterator.popFirst()
                        : ShellWord(String(letters), isStatic: word.isStatic, hasGlob: word.hasGlob)
                    options.append(ClientOption(name: String(letter), value: value, isLong: false))
                    break
                }
                if spec.shortWithAttachedDigits.contains(letter) {
                    let digits = letters.prefix { $0.isNumber }
                    letters = letters.dropFirst(digits.count)
                    let value = digits.isEmpty ? nil : ShellWord(String(digits))
                    options.append(ClientOption(name: String(letter), value: value, isLong: false))
                    continue
                }
                if spec.shortWithAttachedValue.contains(letter) {
                    let value =
                        letters.isEmpty
                        ? nil : ShellWord(String(letters), isStatic: word.isStatic, hasGlob: word.hasGlob)
                    options.append(ClientOption(name: String(letter), value: value, isLong: false))
                    break
                }
                options.append(ClientOption(name: String(letter), value: nil, isLong: false))
            }
        }
    }

    /// The values of the options named by any of `names` (letters or long names), in order.
    func values(of names: Set<String>) -> [ShellWord] {
        options.compactMap { names.contains($0.name) ? $0.value : nil }
    }

    /// Whether any option named by `names` is present.
    func has(_ names: Set<String>) -> Bool {
        options.contains { names.contains($0.name) }
    }
}
