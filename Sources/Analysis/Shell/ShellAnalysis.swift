// CONTRACT STUB — replaced by the shell parser (issue 3, part 1).

/// The simple commands a shell input would execute, in source order, nested ones (substitutions, compound
/// commands, function bodies) included, plus what could not be analyzed.
public struct ShellExtraction: Hashable, Sendable {
    public var commands: [CommandInvocation]
    public var opaqueReasons: [OpaqueReason]

    public init(commands: [CommandInvocation] = [], opaqueReasons: [OpaqueReason] = []) {
        self.commands = commands
        self.opaqueReasons = opaqueReasons
    }
}

public enum ShellAnalysis {
    /// Parses `source` as bash and lists every simple command that would execute. Never throws: a parse error or
    /// an exceeded limit is an opaque reason.
    public static func extract(_ source: String, limits: AnalysisLimits = .default) -> ShellExtraction {
        ShellExtraction(opaqueReasons: [OpaqueReason(.parseError, "the shell parser is not implemented yet")])
    }
}
