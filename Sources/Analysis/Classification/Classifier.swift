/// Matches actions against rule packs.
///
/// Each pack's rules are indexed by action kind and, for `shell.exec`, by program name, so an action is tested
/// only against the handful of rules that could apply to it. Warden's own packs are read from their JSON only
/// when an action needs them (a `git` command loads the git pack, not the cloud pack), once per process.
/// Findings come in pack order, then rule order.
public struct Classifier: Sendable {
    private enum Source: Sendable {
        case loaded(PackIndex)
        case builtIn(BuiltInPack)
    }

    private let sources: [Source]
    /// For each program key and action kind, the sources whose rules may apply, in pack order.
    private let sourcesByProgram: [String: [Int]]
    private let sourcesByKind: [String: [Int]]

    /// A classifier for `packs` (default: the packs Warden ships). Rule ids should be unique across the packs;
    /// when two rules share an id, both still report.
    public init(packs: [RulePack] = RulePack.builtIn) {
        var sources: [Source] = []
        var byProgram: [String: [Int]] = [:]
        var byKind: [String: [Int]] = [:]
        for pack in packs {
            let scope: PackScope
            if case .builtIn(let builtIn) = pack.storage {
                sources.append(.builtIn(builtIn))
                scope = builtIn.scope
            } else {
                sources.append(.loaded(PackIndex(pack: pack)))
                scope = pack.scope
            }
            for program in scope.programs { byProgram[program, default: []].append(sources.count - 1) }
            for kind in scope.kinds { byKind[kind, default: []].append(sources.count - 1) }
        }
        self.sources = sources
        self.sourcesByProgram = byProgram
        self.sourcesByKind = byKind
    }

    /// The number of rules (loading every built-in pack).
    public var ruleCount: Int {
        sources.reduce(0) { count, source in
            switch source {
            case .loaded(let index): count + index.ruleCount
            case .builtIn(let pack): count + pack.index.ruleCount
            }
        }
    }

    /// The rules `action` (at `index` in the analysis) matches.
    public func findings(for action: Action, at index: Int) -> [Finding] {
        var findings: [Finding] = []
        if case .exec(let command) = action {
            if HelpRequest.isHelp(command) { return [] }
            collect(for: action, program: Self.programKey(command.program), at: index, into: &findings)
            if let inner = PackageRunner.command(in: command) {
                collect(for: .exec(inner), program: Self.programKey(inner.program), at: index, into: &findings)
            }
        } else {
            collect(for: action, program: "", at: index, into: &findings)
        }
        return findings
    }

    private func collect(for action: Action, program: String, at index: Int, into findings: inout [Finding]) {
        let isExec = if case .exec = action { true } else { false }
        guard let candidates = isExec ? sourcesByProgram[program] : sourcesByKind[action.kind] else { return }
        // Normalized once for every pack that tests it.
        let path: NormalizedPath
        switch action {
        case .fileRead(let access), .fileWrite(let access), .fileDelete(let access): path = NormalizedPath(access.path)
        case .http(let request): path = NormalizedPath(request.path)
        default: path = .none
        }
        for source in candidates {
            switch sources[source] {
            case .loaded(let pack):
                pack.findings(for: action, program: program, path: path, at: index, into: &findings)
            case .builtIn(let pack):
                pack.index.findings(for: action, program: program, path: path, at: index, into: &findings)
            }
        }
    }

    /// How a program name is looked up: lower-cased (on macOS and Windows file systems `GIT` runs `git`) and
    /// without a Windows `.exe` suffix.
    static func programKey(_ program: String) -> String {
        // Most names are already keys: lower-case ASCII without `.exe`. Checked on bytes, with no new string.
        let bytes = program.utf8
        let isLowerASCII = !bytes.contains { ($0 >= 0x41 && $0 <= 0x5A) || $0 >= 0x80 }
        if isLowerASCII && !bytes.reversed().starts(with: "exe.".utf8) { return program }
        var key = program.lowercased()
        if key.hasSuffix(".exe") { key.removeLast(4) }
        return key
    }
}
