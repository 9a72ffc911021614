/// How a program reads its options, as far as rules need to know to find its subcommand, flags and operands.
/// Declared per program in a pack (`"programs": {"git": {…}}`).
struct ProgramSyntax: Hashable, Sendable {
    /// Options that take the next word as their value (`git -C dir`, `kubectl -n prod`): that word is neither a
    /// subcommand nor an operand. An `=` value (`--namespace=prod`) is recognized for every long option anyway.
    var optionsWithValue: Set<String> = []
    /// Whether `-rf` means `-r -f` (POSIX utilities, getopt, cobra). False for programs with single-dash long
    /// options (`terraform -destroy`, `find -name`). Default true.
    var clustersShortOptions = true
    /// Whether a unique prefix of a long option is accepted (`git push --forc`, as git's option parser does).
    /// Abbreviations make a rule match; they never excuse one (`unless` needs the option spelled out). Default false.
    var abbreviatesLongOptions = false

    /// The syntax of a program no pack describes.
    static let standard = ProgramSyntax()

    /// This syntax with `other`'s value options added.
    func adding(optionsWithValue extra: Set<String>) -> ProgramSyntax {
        var syntax = self
        syntax.optionsWithValue.formUnion(extra)
        return syntax
    }
}
