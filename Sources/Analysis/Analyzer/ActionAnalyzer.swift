/// Turns raw agent input into normalized actions, the rules they match, and what could not be analyzed.
///
/// Pure and deterministic: no I/O, no clock, no randomness; bounded by `limits` (work beyond them is reported as
/// opaque, never silently skipped). Safe to share between threads.
public struct ActionAnalyzer: Sendable {
    public let limits: AnalysisLimits
    let classifier: Classifier
    let secrets: SecretScanner

    /// An analyzer with `packs` (default: the packs Warden ships) and `limits` (default: `AnalysisLimits.default`).
    public init(packs: [RulePack] = RulePack.builtIn, limits: AnalysisLimits = .default) {
        self.limits = limits
        self.classifier = Classifier(packs: packs)
        self.secrets = SecretScanner()
    }

    /// Analyzes shell text (one command line or a whole script) as bash would run it.
    public func analyze(shell source: String) -> ActionAnalysis {
        var walk = ExecutionWalk(limits: limits)
        walk.run(script: source, wrappers: [], depth: 0)
        return classify(walk.actions, opaqueReasons: walk.opaqueReasons)
    }

    /// Classifies actions an enforcement point already knows (a Read tool's file, a fetch tool's URL, an MCP
    /// tool's SQL argument), as if a shell command had produced them.
    public func analyze(actions: [Action]) -> ActionAnalysis {
        classify(actions, opaqueReasons: [])
    }

    private func classify(_ actions: [Action], opaqueReasons: [OpaqueReason]) -> ActionAnalysis {
        var findings: [Finding] = []
        var seen = Set<Finding>()
        func add(_ finding: Finding) {
            if seen.insert(finding).inserted { findings.append(finding) }
        }
        var scans = SecretFindings.ScanCache()
        for (index, action) in actions.enumerated() {
            for finding in classifier.findings(for: action, at: index) { add(finding) }
            for finding in SecretFindings.findings(for: action, at: index, scanner: secrets, cache: &scans) {
                add(finding)
            }
        }
        var reasons: [OpaqueReason] = []
        var seenReasons = Set<OpaqueReason>()
        for reason in opaqueReasons where seenReasons.insert(reason).inserted { reasons.append(reason) }
        return ActionAnalysis(actions: actions, findings: findings, opaqueReasons: reasons)
    }
}
