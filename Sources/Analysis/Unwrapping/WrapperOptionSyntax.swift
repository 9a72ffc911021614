/// How a program reads its options, as data: which options are plain flags, which take a value, and whether
/// options may still follow operands (GNU getopt permutes; `sudo`, `env`, `timeout` stop at the first operand).
///
/// Options are named with their dashes: `-u`, `--user`. Long options may be abbreviated to any unambiguous prefix,
/// as GNU `getopt_long` allows (`timeout --sig=KILL`).
struct WrapperOptionSyntax: Sendable {
    /// Short options without a value: `"iEH"` for `-i`, `-E`, `-H`.
    let shortFlags: Set<Character>
    /// Short options that take a value, attached (`-uroot`) or as the next word (`-u root`).
    let shortValued: Set<Character>
    /// Short options whose value is optional and must be attached (`xargs -i{}`, `script -tFILE`).
    let shortOptional: Set<Character>
    /// Long options without a value (names without the dashes).
    let longFlags: Set<String>
    /// Long options that take a value, as `--name=value` or `--name value`.
    let longValued: Set<String>
    /// Long options whose value is optional and only given with `=` (`--preserve-env=PATH`).
    let longOptional: Set<String>
    /// Options may follow operands (GNU argument permutation); otherwise the first operand ends the options.
    let permutes: Bool
    /// A dash followed by digits is an option of its own (`nice -5`, `nice --10`), not a cluster of flags.
    let numericOption: Bool
    /// Every long option name, for resolving abbreviations.
    let longOptions: Set<String>

    init(
        flags: String = "", valued: String = "", optional: String = "", long: [String] = [],
        longValued: [String] = [], longOptional: [String] = [], permutes: Bool = false, numericOption: Bool = false
    ) {
        self.shortFlags = Set(flags)
        self.shortValued = Set(valued)
        self.shortOptional = Set(optional)
        self.longFlags = Set(long)
        self.longValued = Set(longValued)
        self.longOptional = Set(longOptional)
        self.permutes = permutes
        self.numericOption = numericOption
        self.longOptions = Set(long).union(longValued).union(longOptional)
    }
}

/// One option as read from a command line: its canonical name (`-u`, `--user`) and value when it has one.
struct ParsedOption: Hashable, Sendable {
    var name: String
    var value: ShellWord?
}

/// The options and operands of a command line, or the option that could not be read.
struct OptionScan: Sendable {
    var options: [ParsedOption] = []
    /// The operands in order. Without permutation: every word from the first operand on, options included.
    var operands: [ShellWord] = []
    /// The first option the syntax does not know (or a valued option missing its value), as written.
    var unknownOption: String?
    /// Whether `--` ended the options.
    var endedByDoubleDash = false
    /// The index in `operands` of the first operand after `--`, when `--` ended the options.
    var afterDoubleDash: Int?

    func has(_ names: String...) -> Bool { options.contains { names.contains($0.name) } }

    /// The value of the last occurrence of any of `names`.
    func value(_ names: String...) -> ShellWord? { options.last { names.contains($0.name) }?.value }

    func values(_ names: String...) -> [ShellWord] { options.filter { names.contains($0.name) }.compactMap(\.value) }
}

extension WrapperOptionSyntax {
    /// Reads `words` (the arguments, without the program) as options and operands.
    func scan<Words: Collection<ShellWord>>(_ words: Words) -> OptionScan {
        var scan = OptionScan()
        var rest = Array(words)[...]
        while let word = rest.first {
            rest = rest.dropFirst()
            let text = word.text
            if !word.isStatic || !text.hasPrefix("-") || text == "-" {
                guard permutes else {
                    scan.operands = [word] + Array(rest)
                    return scan
                }
                scan.operands.append(word)
                continue
            }
            if text == "--" {
                scan.endedByDoubleDash = true
                scan.afterDoubleDash = scan.operands.count
                scan.operands.append(contentsOf: rest)
                return scan
            }
            if text.hasPrefix("--") {
                if numericOption, text.dropFirst(2).allSatisfy(\.isASCIIDigit) {
                    scan.options.append(ParsedOption(name: text, value: nil))
                    continue
                }
                guard readLong(String(text.dropFirst(2)), from: &rest, into: &scan) else { return scan }
                continue
            }
            if numericOption, text.dropFirst().allSatisfy(\.isASCIIDigit) {
                scan.options.append(ParsedOption(name: text, value: nil))
                continue
            }
            guard readCluster(text.dropFirst(), from: &rest, into: &scan) else { return scan }
        }
        return scan
    }

    private func readLong(_ body: String, from rest: inout ArraySlice<ShellWord>, into scan: inout OptionScan) -> Bool {
        let name: Substring
        let attached: Substring?
        if let equals = body.firstIndex(of: "=") {
            name = body[..<equals]
            attached = body[body.index(after: equals)...]
        } else {
            name = body[...]
            attached = nil
        }
        guard let resolved = resolveLong(name) else {
            scan.unknownOption = "--\(body)"
            return false
        }
        let canonical = "--\(resolved)"
        if longValued.contains(resolved) {
            if let attached {
                scan.options.append(ParsedOption(name: canonical, value: ShellWord(String(attached))))
            } else if let next = rest.first {
                rest = rest.dropFirst()
                scan.options.append(ParsedOption(name: canonical, value: next))
            } else {
                scan.unknownOption = "--\(body)"
                return false
            }
        } else if longOptional.contains(resolved) {
            scan.options.append(ParsedOption(name: canonical, value: attached.map { ShellWord(String($0)) }))
        } else {
            // A flag takes no value, except the boolean spellings Go and Python tools accept (`--rm=false`).
            if let attached, !["true", "false", "1", "0"].contains(attached.lowercased()) {
                scan.unknownOption = "--\(body)"
                return false
            }
            guard attached.map({ ["false", "0"].contains($0.lowercased()) }) != true else { return true }
            scan.options.append(ParsedOption(name: canonical, value: nil))
        }
        return true
    }

    /// The full long option `name` stands for: itself, or the only long option it is a prefix of.
    private func resolveLong(_ name: Substring) -> String? {
        if longOptions.contains(String(name)) { return String(name) }
        guard !name.isEmpty else { return nil }
        var match: String?
        for option in longOptions where option.hasPrefix(name) {
            guard match == nil else { return nil }  // ambiguous
            match = option
        }
        return match
    }

    private func readCluster(
        _ cluster: Substring, from rest: inout ArraySlice<ShellWord>, into scan: inout OptionScan
    ) -> Bool {
        var index = cluster.startIndex
        while index < cluster.endIndex {
            let letter = cluster[index]
            let after = cluster.index(after: index)
            let name = "-\(letter)"
            if shortFlags.contains(letter) {
                scan.options.append(ParsedOption(name: name, value: nil))
            } else if shortValued.contains(letter) {
                if after < cluster.endIndex {
                    scan.options.append(ParsedOption(name: name, value: ShellWord(String(cluster[after...]))))
                } else if let next = rest.first {
                    rest = rest.dropFirst()
                    scan.options.append(ParsedOption(name: name, value: next))
                } else {
                    scan.unknownOption = name
                    return false
                }
                return true
            } else if shortOptional.contains(letter) {
                let value = after < cluster.endIndex ? ShellWord(String(cluster[after...])) : nil
                scan.options.append(ParsedOption(name: name, value: value))
                return true
            } else {
                scan.unknownOption = "-\(cluster)"
                return false
            }
            index = after
        }
        return true
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
