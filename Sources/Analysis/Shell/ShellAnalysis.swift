/// The simple commands a shell input would execute, in execution order, nested ones (substitutions, compound
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
    /// Parses `source` as bash and lists every simple command that would execute, in execution order (the
    /// commands of a word's substitutions before the command). Never throws: a parse error or an exceeded limit
    /// is an opaque reason, and then no command is listed.
    public static func extract(_ source: String, limits: AnalysisLimits = .default) -> ShellExtraction {
        let script: ShellSyntax.Script
        do {
            script = try ShellParser.parse(source, limits: limits)
        } catch {
            return ShellExtraction(opaqueReasons: [error.opaqueReason])
        }
        return extract(script, limits: limits)
    }

    /// The simple commands of an already parsed script.
    public static func extract(_ script: ShellSyntax.Script, limits: AnalysisLimits = .default) -> ShellExtraction {
        var extractor = ShellCommandExtractor(
            heredocs: script.heredocs, maximumBraceDepth: max(1, limits.maximumNestingDepth))
        extractor.walk(script.body, input: .inherited)
        return ShellExtraction(commands: extractor.commands)
    }
}
