/// How a program reads its command line: which options take a value. Per-program data, so the scanner is shared.
/// Options are written as on the command line: `-n`, `--lines`.
struct ProgramOptionSyntax: Sendable {
    /// Options that take a value: a short one attached (`-n5`) or as the next word (`-n 5`), a long one as
    /// `--lines=5` or `--lines 5`.
    var valued: Set<String>
    /// Short options whose value is optional and can only be attached (`sed -i.bak`, `sed -i`).
    var optionalAttached: Set<String> = []
    /// Long options that take two words (`jq --arg name value`).
    var twoValued: Set<String> = []
    /// Options whose presence ends option parsing: every later word is an operand (`jq --args`).
    var endsOptions: Set<String> = []
    /// GNU argument permutation: options may follow operands (`rm file -rf`). False for programs that stop at
    /// their first operand (awk, the first word of which is the program).
    var permutes = true
    /// Words starting with `+` are options (`less +G`, `vim +10`).
    var plusIsOption = false
    /// Single-dash long options as find or dd-like tools use (`-name`): never split into letters.
    var singleDashLong: Set<String> = []
    /// Long options that take no value. When given, long options are resolved the way getopt and curl do: an
    /// unambiguous prefix of a known option (`--req` for `--request`) stands for it, and scanned under its full
    /// name. Without it, only exact names are known.
    var flags: Set<String>? = nil
    /// Options that start a new group of options and operands (`curl --next`).
    var separators: Set<String> = []

    init(
        valued: Set<String> = [], optionalAttached: Set<String> = [], twoValued: Set<String> = [],
        endsOptions: Set<String> = [], permutes: Bool = true, plusIsOption: Bool = false,
        singleDashLong: Set<String> = [], flags: Set<String>? = nil, separators: Set<String> = []
    ) {
        self.flags = flags
        self.separators = separators
        self.valued = valued
        self.optionalAttached = optionalAttached
        self.twoValued = twoValued
        self.endsOptions = endsOptions
        self.permutes = permutes
        self.plusIsOption = plusIsOption
        self.singleDashLong = singleDashLong
    }

    /// The full name of the long option `name` (without any `=value`): itself when known exactly, the only known
    /// option it is a prefix of, or itself when unknown or ambiguous.
    ///
    /// Without a complete list, an unambiguous prefix of an option known to take a value stands for it
    /// (`sort --out FILE`): taking a flag for a valued option would hide the word after it.
    func resolvedLongName(_ name: String) -> String {
        guard name.hasPrefix("--"), name.count > 2 else { return name }
        if valued.contains(name) || twoValued.contains(name) || flags?.contains(name) == true { return name }
        guard name.count >= 4 || flags != nil else { return name }
        var match: String?
        for candidate in valued.union(twoValued).union(flags ?? []) where candidate.hasPrefix(name) {
            guard match == nil else { return name }
            match = candidate
        }
        return match ?? name
    }
}
