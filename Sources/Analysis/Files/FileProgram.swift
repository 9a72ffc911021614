/// What a program does to the files on its command line, as data: the option syntax, which operands are files,
/// and which options change the effect. Programs too irregular for this (cp, tar, dd, …) have their own readers.
struct FileProgram: Sendable {
    enum Effect: Sendable {
        case read, write, delete
    }

    var syntax: ProgramOptionSyntax
    /// What happens to the file operands.
    var effect: Effect
    /// Operands before the files that are not files: the pattern of `grep`, the script of `sed`, the mode of
    /// `chmod`.
    var leadingNonFiles = 0
    /// Options that supply the leading operands instead (`grep -e`, `sed -f`, `chmod --reference`).
    var leadingSuppliedBy: Set<String> = [] { didSet { leadingSuppliedByIndex = OptionNameIndex(leadingSuppliedBy) } }
    /// Options that mean the leading operand is absent (`chmod -x file`: the mode is written as an option).
    var leadingAsOption: Set<String> = [] { didSet { leadingAsOptionIndex = OptionNameIndex(leadingAsOption) } }
    /// First operands that are subcommands, not files (`yq eval`).
    var subcommands: Set<String> = []
    var recursiveOptions: Set<String> = [] { didSet { recursiveEntries = OptionEntries(recursiveOptions) } }
    /// Recursive whatever the options (`rg`, `ag`, `ack`).
    var recursiveByDefault = false
    /// The path a recursive search covers when no file operand is given (`rg x` searches `.`).
    var defaultRecursivePath: String?
    /// Options whose value (the last of two, for `jq --slurpfile name file`) is a file read or written.
    var readOptions: Set<String> = []
    var writeOptions: Set<String> = []
    /// Options that make a reader edit its files in place (`sed -i`). `name=value` entries match only that value
    /// (`awk -i inplace`).
    var inPlaceOptions: Set<String> = [] { didSet { inPlaceEntries = OptionEntries(inPlaceOptions) } }
    /// Options that make an editor read-only (`vim -R`).
    var readOnlyOptions: Set<String> = []
    /// The second file operand is an output (`uniq in out`, `xxd in out`).
    var secondFileIsOutput = false
    /// BSD `sed -i ''` / `sed -i .bak`: a bare `-i` followed by an empty or `.suffix` word takes it as the suffix.
    var takesSeparateInPlaceSuffix = false
    /// Operands `name=value` are variable assignments, not files (awk).
    var skipsAssignments = false
    /// Operands after `ProgramOptionSyntax.endsOptions` are arguments, not files (`jq --args`).
    var argumentsAfterEndOfOptions = false

    /// `recursiveOptions` and `inPlaceOptions` split once into names and required values, for `hasAny`.
    private(set) var recursiveEntries = OptionEntries([])
    private(set) var inPlaceEntries = OptionEntries([])

    /// Options as `hasAny` reads them: plain names, and `name=value` entries (the option with that value).
    struct OptionEntries: Sendable {
        var plain: OptionNameIndex
        var withValue: [(name: String, value: Substring)]

        init(_ options: Set<String>) {
            var plain: Set<String> = []
            var withValue: [(name: String, value: Substring)] = []
            for entry in options {
                guard let equals = entry.utf8.firstIndex(of: UInt8(ascii: "=")) else {
                    plain.insert(entry)
                    continue
                }
                withValue.append((String(entry[..<equals]), entry[entry.index(after: equals)...]))
            }
            self.plain = OptionNameIndex(plain)
            self.withValue = withValue
        }
    }

    /// `leadingSuppliedBy` and `leadingAsOption` with their short options as letters, for `ScannedArguments.has`.
    private(set) var leadingSuppliedByIndex = OptionNameIndex([])
    private(set) var leadingAsOptionIndex = OptionNameIndex([])

    init(_ effect: Effect, syntax: ProgramOptionSyntax = ProgramOptionSyntax()) {
        self.effect = effect
        self.syntax = syntax
    }

    /// A copy with `change` applied: lets the table read as data.
    func with(_ change: (inout FileProgram) -> Void) -> FileProgram {
        var copy = self
        change(&copy)
        return copy
    }
}
