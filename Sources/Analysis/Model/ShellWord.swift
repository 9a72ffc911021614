/// One word of a command line after quote removal, as the shell would pass it to the program.
public struct ShellWord: Hashable, Sendable, CustomStringConvertible {
    /// The value after quote removal. Parts known only at run time (`$VAR`, `$(…)`, `$((…))`) appear as
    /// their source text, e.g. `rm -rf "$DIR/x"` has the word `$DIR/x` with `isStatic == false`.
    public var text: String
    /// True when the value is fully known before execution: no parameter expansion, substitution or arithmetic.
    public var isStatic: Bool
    /// True when the word holds unquoted glob characters (`*`, `?`, `[…]`) the shell would expand.
    public var hasGlob: Bool

    public init(_ text: String, isStatic: Bool = true, hasGlob: Bool = false) {
        self.text = text
        self.isStatic = isStatic
        self.hasGlob = hasGlob
    }

    public var description: String { text }
}

/// `NAME=value` before a command (`FOO=1 cmd`) or on its own (`FOO=1`).
public struct ShellAssignment: Hashable, Sendable {
    public var name: String
    public var value: ShellWord

    public init(name: String, value: ShellWord) {
        self.name = name
        self.value = value
    }
}

/// A redirection of a command: `> out`, `2>> log`, `< in`, `<> f`, `>&2`, `&> all`.
public struct Redirection: Hashable, Sendable {
    public enum Operation: String, Hashable, Sendable {
        /// `<`
        case read
        /// `>`, `>|`, `&>`
        case write
        /// `>>`, `&>>`
        case append
        /// `<>`
        case readWrite
        /// `>&N`, `<&N`, `>&-`: a file descriptor copy or close, not a file.
        case duplicate
    }

    /// The file descriptor redirected (0 for `<`, 1 for `>`, the explicit number otherwise). `&>` uses 1.
    public var descriptor: Int
    public var operation: Operation
    /// The target file (or descriptor text for `.duplicate`).
    public var target: ShellWord

    public init(descriptor: Int, operation: Operation, target: ShellWord) {
        self.descriptor = descriptor
        self.operation = operation
        self.target = target
    }
}

/// Where a command's standard input comes from, as far as the analysis can tell.
public enum StandardInput: Hashable, Sendable {
    /// Nothing redirected: the caller's stdin.
    case inherited
    /// Text known statically: a heredoc, a herestring, or the output of a pipeline stage that only prints
    /// literal text (`echo`, `printf`, `cat <<EOF`). Whether it is data or code depends on the program reading it.
    case text(String)
    /// Text known except for expansions, which appear as their source text: an unquoted heredoc or herestring
    /// with `$VAR` or `$(…)`. As code it is dynamic (the values become code); as data its known part can be read.
    case template(String)
    /// Text known only at run time: a pipe from another program (its name given), a herestring of `$VAR`.
    case dynamic(source: String)
    /// `< path`.
    case file(ShellWord)
}
