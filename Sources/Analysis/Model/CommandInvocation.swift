/// A simple command that would execute: the unit every deriver, unwrapper and rule looks at.
public struct CommandInvocation: Hashable, Sendable {
    /// argv after quote removal; `words[0]` is the program as written (`/usr/bin/rm`, `rm` for `\rm` or `"rm"`).
    public var words: [ShellWord] {
        didSet { program = Self.programName(words) }
    }
    /// The program's name, resolved: the last path component (`/usr/bin/rm` → `rm`). Kept with `words` because
    /// every deriver and every rule asks for it.
    public private(set) var program: String
    public var assignments: [ShellAssignment]
    public var redirections: [Redirection]
    public var standardInput: StandardInput
    /// The commands this one was found inside, outermost first, as short labels: `["sudo", "bash -c"]`.
    public var wrappers: [String]
    /// The source text of this command (for messages), at most a few hundred characters.
    public var source: String
    /// True when the command may not run although the input does: after `&&` or `||`, in a branch, loop or case
    /// body, in a function body, in the background.
    public var isConditional: Bool

    public init(
        words: [ShellWord], assignments: [ShellAssignment] = [], redirections: [Redirection] = [],
        standardInput: StandardInput = .inherited, wrappers: [String] = [], source: String = "",
        isConditional: Bool = false
    ) {
        self.words = words
        self.program = Self.programName(words)
        self.assignments = assignments
        self.redirections = redirections
        self.standardInput = standardInput
        self.wrappers = wrappers
        self.source = source
        self.isConditional = isConditional
    }

    /// The program as written: `/usr/bin/rm`, `./deploy.sh`, `rm`. Empty for an assignment-only command.
    public var programPath: String { words.first?.text ?? "" }

    private static func programName(_ words: [ShellWord]) -> String {
        guard let path = words.first?.text else { return "" }
        let bytes = path.utf8
        guard let slash = bytes.lastIndex(of: UInt8(ascii: "/")) else { return path }
        return String(path[bytes.index(after: slash)...])
    }

    /// True when the program is known before execution.
    public var hasStaticProgram: Bool { words.first?.isStatic ?? true }

    /// The arguments' texts (argv without the program).
    public var arguments: [String] { words.dropFirst().map(\.text) }
}
