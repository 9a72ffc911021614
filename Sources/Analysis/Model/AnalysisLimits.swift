/// Hard bounds on the work analysis does. Input beyond them is reported as opaque (`limit-exceeded`), never
/// analyzed partially in silence, never a crash or a hang.
public struct AnalysisLimits: Hashable, Sendable {
    /// Largest input accepted, in UTF-8 bytes. Default 1 MiB.
    public var maximumInputBytes: Int
    /// Deepest syntactic nesting (subshells, substitutions, compound commands, quotes within substitutions).
    /// Default 64.
    public var maximumNestingDepth: Int
    /// Deepest chain of commands that run other commands (`sudo env bash -c "…"` is three). Default 8.
    public var maximumUnwrapDepth: Int
    /// Most simple commands analyzed in one input, all nesting included. Default 10,000.
    public var maximumCommands: Int

    public init(
        maximumInputBytes: Int = 1 << 20, maximumNestingDepth: Int = 64, maximumUnwrapDepth: Int = 8,
        maximumCommands: Int = 10_000
    ) {
        self.maximumInputBytes = maximumInputBytes
        self.maximumNestingDepth = maximumNestingDepth
        self.maximumUnwrapDepth = maximumUnwrapDepth
        self.maximumCommands = maximumCommands
    }

    public static let `default` = AnalysisLimits()
}
