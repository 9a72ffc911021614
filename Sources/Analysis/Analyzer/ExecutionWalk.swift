/// Follows what a shell input executes: each simple command, then what each command runs in turn (wrappers,
/// `sh -c`, interpreters), to the unwrap depth bound, collecting actions and opaque reasons on the way.
struct ExecutionWalk {
    let limits: AnalysisLimits
    private(set) var actions: [Action] = []
    private(set) var opaqueReasons: [OpaqueReason] = []
    private var commandCount = 0
    private var writtenScripts = WrittenScripts()
    private var reportedCommandLimit = false

    /// Everything that learns from a command, in the order their actions are listed.
    private static let derivers: [@Sendable (CommandInvocation) -> Derivation?] = [
        CommandUnwrapping.derive, CodeValues.derive, InterpreterCode.derive, FileEffects.derive,
        HTTPClients.derive, DatabaseClients.derive, DatastoreClients.derive,
    ]

    init(limits: AnalysisLimits) { self.limits = limits }

    /// `conditional`: the script runs only if its enclosing command does, which may not happen.
    mutating func run(script: String, wrappers: [String], depth: Int, conditional: Bool = false) {
        guard depth <= limits.maximumUnwrapDepth else {
            opaqueReasons.append(nestingLimitReason(wrappers))
            return
        }
        let extraction = ShellAnalysis.extract(script, limits: limits)
        opaqueReasons.append(contentsOf: extraction.opaqueReasons)
        for var command in extraction.commands {
            if !wrappers.isEmpty { command.wrappers = wrappers + command.wrappers }
            if conditional { command.isConditional = true }
            run(command: command, depth: depth)
        }
    }

    mutating func run(command: CommandInvocation, depth: Int) {
        commandCount += 1
        guard commandCount <= limits.maximumCommands else {
            if !reportedCommandLimit {
                reportedCommandLimit = true
                opaqueReasons.append(
                    OpaqueReason(.limitExceeded, "more than \(limits.maximumCommands) commands in one input"))
            }
            return
        }
        if !command.words.isEmpty {
            guard command.hasStaticProgram else {
                opaqueReasons.append(
                    OpaqueReason(
                        .dynamicProgram, "the program `\(command.programPath)` is only known at run time"))
                return
            }
            actions.append(.exec(command))
        }
        // Input redirected on an enclosing compound command (`while read l; do …; done < .env`) reaches the
        // commands inside as their standard input without a redirection of their own: it is still a read.
        if case .file(let source) = command.standardInput,
            !command.redirections.contains(where: { $0.operation == .read && $0.target == source })
        {
            actions.append(.fileRead(FileAccess(path: source.text, isStatic: source.isStatic, via: "redirection")))
        }
        // A script this input wrote with known content is read as that content (the exec action above keeps the
        // command as written).
        let derived = writtenScripts.inlined(command) ?? command
        var ownActions: [Action] = []
        for derive in Self.derivers {
            guard let derivation = derive(derived) else { continue }
            actions.append(contentsOf: derivation.actions)
            // Kept only while some written script is known: they can only make it forget one.
            if writtenScripts.isTracking { ownActions.append(contentsOf: derivation.actions) }
            opaqueReasons.append(contentsOf: derivation.opaqueReasons)
            for inner in derivation.commands {
                guard depth < limits.maximumUnwrapDepth else {
                    opaqueReasons.append(nestingLimitReason(inner.wrappers))
                    continue
                }
                run(command: inner, depth: depth + 1)
            }
            for script in derivation.scripts {
                run(
                    script: script.text, wrappers: command.wrappers + [script.wrapper], depth: depth + 1,
                    conditional: command.isConditional)
            }
        }
        writtenScripts.record(command, actions: ownActions[...])
    }

    private func nestingLimitReason(_ wrappers: [String]) -> OpaqueReason {
        OpaqueReason(
            .limitExceeded,
            "commands nested more than \(limits.maximumUnwrapDepth) levels deep (\(wrappers.joined(separator: " → ")))")
    }
}
