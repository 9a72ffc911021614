/// How a program reads its command line: which options take a value. Per-program data, so the scanner is shared.
/// Options are written as on the command line: `-n`, `--lines`.
struct ProgramOptionSyntax: Sendable {
    /// Options that take a value: a short one attached (`-n5`) or as the next word (`-n 5`), a long one as
    /// `--lines=5` or `--lines 5`.
    var valued: Set<String> { didSet { index() } }
    /// Short options whose value is optional and can only be attached (`sed -i.bak`, `sed -i`).
    var optionalAttached: Set<String> = [] { didSet { index() } }
    /// Long options that take two words (`jq --arg name value`).
    var twoValued: Set<String> = [] { didSet { index() } }
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
    var flags: Set<String>? = nil { didSet { index() } }
    /// Options that start a new group of options and operands (`curl --next`).
    var separators: Set<String> = [] { didSet { index() } }

    /// The letters of the short options in `valued`, `optionalAttached` and `separators` (`-n` → `n`), so that
    /// scanning `-rn` tests bits instead of hashing `-r` and `-n`. Exact only when `shortLettersAreExact`.
    private(set) var valuedLetters = ByteSet()
    private(set) var optionalAttachedLetters = ByteSet()
    private(set) var separatorLetters = ByteSet()
    /// True when those sets hold only ASCII names: a non-ASCII name could equal `-x` by canonical equivalence
    /// without having its bytes, so then the scanner asks the sets themselves.
    private(set) var shortLettersAreExact = true
    /// The long names of `valued`, `twoValued` and `flags`, each once: the candidates of `resolvedLongName`.
    private var longNames: [String] = []

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
        index()
    }

    private mutating func index() {
        var exact = true
        func letters(_ names: Set<String>) -> ByteSet {
            var letters = ByteSet()
            for name in names {
                guard name.utf8.allSatisfy({ $0 < 0x80 }) else {
                    exact = false
                    continue
                }
                var bytes = name.utf8.makeIterator()
                if bytes.next() == UInt8(ascii: "-"), let letter = bytes.next(), bytes.next() == nil {
                    letters.insert(letter)
                }
            }
            return letters
        }
        valuedLetters = letters(valued)
        optionalAttachedLetters = letters(optionalAttached)
        separatorLetters = letters(separators)
        shortLettersAreExact = exact
        longNames = Array(valued.union(twoValued).union(flags ?? []).filter { $0.hasPrefix("--") })
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
        // Only names starting with `--` can have `name` as a prefix: `longNames` holds just those.
        var match: String?
        for candidate in longNames where candidate.hasPrefix(name) {
            guard match == nil else { return name }
            match = candidate
        }
        return match ?? name
    }
}
