/// The syntax tree of a bash input, as `ShellParser` builds it: a script is a list of and-or lists of pipelines of
/// commands; commands hold words, and words are made of parts (literal text, quotes, expansions, substitutions).
/// Nothing is expanded here: a word keeps its parts, and `ShellWords` turns them into argv words.
public enum ShellSyntax {
    /// A whole input. Heredoc bodies live in `heredocs`, referred to by index from their redirections (a body is
    /// read only at the end of the line that opened it, after the command holding it is built).
    public struct Script: Hashable, Sendable {
        public var body: List
        public var heredocs: [Heredoc]

        public init(body: List, heredocs: [Heredoc] = []) {
            self.body = body
            self.heredocs = heredocs
        }
    }

    /// Commands run one after another (`;`, newline) or in the background (`&`).
    public struct List: Hashable, Sendable {
        public var items: [ListItem]

        public init(items: [ListItem] = []) { self.items = items }
    }

    public struct ListItem: Hashable, Sendable {
        public var andOr: AndOr
        /// Ended by `&`.
        public var isBackground: Bool

        public init(andOr: AndOr, isBackground: Bool = false) {
            self.andOr = andOr
            self.isBackground = isBackground
        }
    }

    /// Pipelines joined by `&&` and `||`; `operators.count == pipelines.count - 1`.
    public struct AndOr: Hashable, Sendable {
        public var pipelines: [Pipeline]
        public var operators: [AndOrOperator]

        public init(pipelines: [Pipeline], operators: [AndOrOperator] = []) {
            self.pipelines = pipelines
            self.operators = operators
        }
    }

    public enum AndOrOperator: String, Hashable, Sendable {
        case and = "&&"
        case or = "||"
    }

    /// Commands joined by `|` or `|&`, optionally negated (`!`) or timed (`time`).
    public struct Pipeline: Hashable, Sendable {
        public var commands: [Command]
        public var isNegated: Bool
        public var isTimed: Bool
        /// For each `|` between stages: true when it is `|&` (standard error piped too).
        public var pipesStandardError: [Bool]

        public init(
            commands: [Command], isNegated: Bool = false, isTimed: Bool = false, pipesStandardError: [Bool] = []
        ) {
            self.commands = commands
            self.isNegated = isNegated
            self.isTimed = isTimed
            self.pipesStandardError = pipesStandardError
        }
    }

    /// One command with the redirections that apply to all of it.
    public struct Command: Hashable, Sendable {
        public var kind: CommandKind
        /// For a simple command, its redirections in order; for a compound command, the ones after it
        /// (`{ …; } > out`, `while …; done < in`).
        public var redirects: [Redirect]

        public init(kind: CommandKind, redirects: [Redirect] = []) {
            self.kind = kind
            self.redirects = redirects
        }
    }

    /// Only the cases that hold a `Command` are boxed (`indirect`): the others reach nested syntax through arrays
    /// already, and boxing every simple command would cost an allocation per command.
    public enum CommandKind: Hashable, Sendable {
        case simple(SimpleCommand)
        /// `( list )`
        case subshell(List)
        /// `{ list; }`
        case braceGroup(List)
        /// `if c; then …; elif c; then …; else …; fi`
        case ifClause(branches: [ConditionalBranch], elseBody: List?)
        /// `while c; do …; done`, or `until` when `isUntil`.
        case loop(isUntil: Bool, condition: List, body: List)
        /// `for name in words; do …; done` (`words` nil without `in`: the positional parameters), or `select`.
        case forLoop(variable: String, words: [Word]?, body: List, isSelect: Bool)
        /// `for (( init; condition; update )); do …; done`; `header` is the text between the parentheses.
        case arithmeticFor(header: Word, body: List)
        /// `case subject in pattern) …;; esac`
        case caseClause(subject: Word, items: [CaseItem])
        /// `name() body` or `function name body`.
        indirect case functionDefinition(name: String, body: Command)
        /// `[[ … ]]`, as its words (operators included).
        case conditional(words: [Word])
        /// `(( expression ))`
        case arithmetic(Word)
        /// `coproc [name] command`
        indirect case coprocess(name: String?, body: Command)
    }

    public struct ConditionalBranch: Hashable, Sendable {
        public var condition: List
        public var body: List

        public init(condition: List, body: List) {
            self.condition = condition
            self.body = body
        }
    }

    public struct CaseItem: Hashable, Sendable {
        public var patterns: [Word]
        public var body: List
        /// `;;`, `;&` or `;;&` (empty for the last item without one).
        public var terminator: String

        public init(patterns: [Word], body: List, terminator: String) {
            self.patterns = patterns
            self.body = body
            self.terminator = terminator
        }
    }

    /// Assignments and words of a command that is not compound; its redirections are in `Command.redirects`.
    public struct SimpleCommand: Hashable, Sendable {
        public var assignments: [Assignment]
        public var words: [Word]
        /// The command's text as written (heredoc bodies excluded).
        public var source: String

        public init(assignments: [Assignment] = [], words: [Word] = [], source: String = "") {
            self.assignments = assignments
            self.words = words
            self.source = source
        }
    }

    /// `name=value`, `name+=value`, `name[i]=value` or an array `name=(a b)`.
    public struct Assignment: Hashable, Sendable {
        /// The variable name, with its subscript when there is one (`a[1]`).
        public var name: String
        public var isAppend: Bool
        public var value: Value

        public enum Value: Hashable, Sendable {
            case scalar(Word)
            case array([Word])
        }

        public init(name: String, isAppend: Bool = false, value: Value) {
            self.name = name
            self.isAppend = isAppend
            self.value = value
        }
    }

    /// A word as written: its parts, before any expansion.
    public struct Word: Hashable, Sendable {
        public var parts: [WordPart]
        /// The word's text as written.
        public var source: String

        public init(parts: [WordPart], source: String) {
            self.parts = parts
            self.source = source
        }
    }

    /// Text parts are stored inline (a word's parts are built and destroyed by the thousand); the two large cases
    /// are boxed so that every part stays small.
    public enum WordPart: Hashable, Sendable {
        /// Unquoted text (subject to brace expansion and globbing).
        case literal(String)
        /// Characters quoted by a backslash (the backslash removed).
        case escaped(String)
        /// `'…'`, its content.
        case singleQuoted(String)
        /// `$'…'`, its content with the escapes decoded.
        case ansiCQuoted(String)
        /// `"…"`; inside, `.literal` parts are quoted text.
        case doubleQuoted([WordPart])
        /// `$"…"` (translated at run time; the text is the untranslated one).
        case localeQuoted([WordPart])
        /// `$name`, `${name…}`.
        indirect case parameter(ParameterExpansion)
        /// `$(…)` or `` `…` ``.
        case commandSubstitution(List, source: String)
        /// `<(…)` (`isInput`) or `>(…)`.
        case processSubstitution(List, isInput: Bool, source: String)
        /// `$((…))` or `$[…]`, the expression as a word of its own.
        indirect case arithmetic(Word, source: String)
    }

    /// `$name` or `${…}`; `operand` is everything after the name inside the braces (`:-default`, `//a/b`, `[i]`),
    /// where nested expansions and substitutions are found.
    public struct ParameterExpansion: Hashable, Sendable {
        public var name: String
        public var operand: Word?
        public var source: String

        public init(name: String, operand: Word? = nil, source: String) {
            self.name = name
            self.operand = operand
            self.source = source
        }
    }

    public struct Redirect: Hashable, Sendable {
        /// The explicit descriptor (`2>`); nil for the operator's default.
        public var descriptor: Int?
        /// The variable of `{name}>file`, which receives a new descriptor.
        public var descriptorVariable: String?
        public var operation: RedirectOperator
        public var target: RedirectTarget

        public init(
            descriptor: Int? = nil, descriptorVariable: String? = nil, operation: RedirectOperator,
            target: RedirectTarget
        ) {
            self.descriptor = descriptor
            self.descriptorVariable = descriptorVariable
            self.operation = operation
            self.target = target
        }
    }

    public enum RedirectOperator: String, Hashable, Sendable {
        case read = "<"
        case write = ">"
        case append = ">>"
        case readWrite = "<>"
        case clobber = ">|"
        case writeAll = "&>"
        case appendAll = "&>>"
        case duplicateInput = "<&"
        case duplicateOutput = ">&"
        case heredoc = "<<"
        case heredocStrippingTabs = "<<-"
        case herestring = "<<<"
    }

    public enum RedirectTarget: Hashable, Sendable {
        case word(Word)
        /// An index into `Script.heredocs`.
        case heredoc(Int)
    }

    /// A here-document: its delimiter and body.
    public struct Heredoc: Hashable, Sendable {
        public var delimiter: String
        /// True when the delimiter was quoted: the body is literal, without expansions.
        public var isQuoted: Bool
        public var stripsTabs: Bool
        /// The body (lines up to the delimiter line, each ending in a newline). Without quoting it holds the
        /// expansions and substitutions the shell performs; quoted, it is one literal part.
        public var body: Word

        public init(delimiter: String, isQuoted: Bool, stripsTabs: Bool, body: Word) {
            self.delimiter = delimiter
            self.isQuoted = isQuoted
            self.stripsTabs = stripsTabs
            self.body = body
        }
    }
}
