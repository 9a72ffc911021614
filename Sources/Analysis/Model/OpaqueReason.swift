/// Why part of an input could not be analyzed. Warden never guesses: every opaque part is reported, and an
/// analysis with any opaque reason carries the `opaque` flag.
public struct OpaqueReason: Hashable, Sendable, CustomStringConvertible {
    /// What kind of construct defeated the analysis.
    public struct Kind: Hashable, Sendable, RawRepresentable, CustomStringConvertible {
        public var rawValue: String
        public init(rawValue: String) { self.rawValue = rawValue }
        public var description: String { rawValue }

        /// The shell text does not parse.
        public static let parseError = Kind(rawValue: "parse-error")
        /// A variable, substitution or other expansion decides which program runs.
        public static let dynamicProgram = Kind(rawValue: "dynamic-program")
        /// Code built at run time: `eval "$x"`, `sh -c "$cmd"`, `python -c "$code"`.
        public static let dynamicCode = Kind(rawValue: "dynamic-code")
        /// A shell or interpreter reads code whose text Warden does not have (a pipe from a program, a file).
        public static let unknownCode = Kind(rawValue: "unknown-code")
        /// A script file is executed (`bash deploy.sh`, `./run`, `source env.sh`): its content is unknown here.
        public static let scriptFile = Kind(rawValue: "script-file")
        /// A wrapper that runs another command could not be unwrapped (unknown options, missing command).
        public static let unknownWrapper = Kind(rawValue: "unknown-wrapper")
        /// Interpreter code that uses APIs Warden does not understand for process, file or network effects.
        public static let interpreterCode = Kind(rawValue: "interpreter-code")
        /// The input exceeds a size, nesting-depth or work limit.
        public static let limitExceeded = Kind(rawValue: "limit-exceeded")
        /// An argument that matters (a URL, a path, a SQL text) is only known at run time.
        public static let dynamicArgument = Kind(rawValue: "dynamic-argument")
    }

    public var kind: Kind
    /// A sentence for humans: what was not understood, quoting the construct.
    public var message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String { "\(kind): \(message)" }
}
