/// Everything analysis learned about one input: the actions it would perform, the rules they match, and what
/// could not be analyzed.
public struct ActionAnalysis: Hashable, Sendable {
    public var actions: [Action]
    public var findings: [Finding]
    public var opaqueReasons: [OpaqueReason]

    public init(actions: [Action] = [], findings: [Finding] = [], opaqueReasons: [OpaqueReason] = []) {
        self.actions = actions
        self.findings = findings
        self.opaqueReasons = opaqueReasons
    }

    /// The union of the findings' flags, plus `opaque` when anything could not be analyzed.
    public var flags: Set<Flag> {
        var flags = Set(findings.flatMap(\.flags))
        if !opaqueReasons.isEmpty { flags.insert(.opaque) }
        return flags
    }
}

/// What one analysis step (an unwrapper, an interpreter reader, a client deriver) learned about one command.
public struct Derivation: Hashable, Sendable {
    /// Actions the command performs itself (a file `rm` deletes, the request `curl` sends).
    public var actions: [Action]
    /// Commands the command runs with a known argv: `sudo rm -rf /` → `rm -rf /`; `find … -exec rm {} \;` → `rm`.
    public var commands: [CommandInvocation]
    /// Shell text the command runs: `bash -c TEXT`, `ssh host TEXT`, `eval TEXT`, python `os.system("TEXT")`,
    /// a literal piped into `sh`. Analyzed recursively as shell.
    public var scripts: [EmbeddedScript]
    public var opaqueReasons: [OpaqueReason]

    public init(
        actions: [Action] = [], commands: [CommandInvocation] = [], scripts: [EmbeddedScript] = [],
        opaqueReasons: [OpaqueReason] = []
    ) {
        self.actions = actions
        self.commands = commands
        self.scripts = scripts
        self.opaqueReasons = opaqueReasons
    }

    public var isEmpty: Bool { actions.isEmpty && commands.isEmpty && scripts.isEmpty && opaqueReasons.isEmpty }
}

/// Shell code found inside another command, with the wrapper label it was found under.
public struct EmbeddedScript: Hashable, Sendable {
    public var text: String
    /// A short label for the wrapper: `bash -c`, `ssh prod-1`, `eval`, `python os.system`.
    public var wrapper: String

    public init(_ text: String, wrapper: String) {
        self.text = text
        self.wrapper = wrapper
    }
}
