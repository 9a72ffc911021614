/// One pack's rules indexed by action kind and, for `shell.exec`, by program name, so an action is tested only
/// against the handful of rules that could apply to it.
struct PackIndex: Sendable {
    /// One rule as the exec index holds it: a class, so that walking the index borrows rather than copies.
    final class ExecEntry: Sendable {
        let rule: Int
        /// The rule's conditions that name the program.
        let conditions: [ExecMatcher]
        let exceptions: [ExecMatcher]

        init(rule: Int, conditions: [ExecMatcher], exceptions: [ExecMatcher]) {
            self.rule = rule
            self.conditions = conditions
            self.exceptions = exceptions
        }
    }

    /// Rules of one program that read its arguments the same way.
    struct SyntaxGroup: Sendable {
        var syntax: ProgramSyntax
        /// In ascending rule order.
        var rules: [ExecEntry]
    }

    private let findingTemplates: [Finding]
    private let rules: [Rule]
    private let execIndex: [String: [SyntaxGroup]]
    private let kindIndex: [String: [Int]]

    var ruleCount: Int { rules.count }

    init(pack: RulePack) {
        var rules: [Rule] = []
        var templates: [Finding] = []
        // Groups are keyed by the extra value options, not by the syntax itself: hashing a syntax's option sets
        // for every rule made building the index cost a millisecond.
        var groups: [String: [String: Int]] = [:]
        var execIndex: [String: [SyntaxGroup]] = [:]
        var kindIndex: [String: [Int]] = [:]
        for rule in pack.rules {
            let index = rules.count
            rules.append(rule)
            templates.append(
                Finding(
                    rule: rule.id, category: rule.category, flags: rule.flags, message: rule.message,
                    alternative: rule.alternative, actionIndex: 0))
            let execExceptions = rule.exceptions.compactMap { if case .exec(let m) = $0 { m } else { nil } }
            // Per program, the rule's conditions grouped by how they read arguments (in condition order).
            var perProgram: [(program: String, key: String, matchers: [ExecMatcher], extra: Set<String>)] = []
            for condition in rule.conditions {
                guard case .exec(let matcher) = condition else { continue }
                let key = matcher.optionsWithValue.sorted().joined(separator: " ")
                for program in matcher.programs {
                    if let at = perProgram.firstIndex(where: { $0.program == program && $0.key == key }) {
                        perProgram[at].matchers.append(matcher)
                    } else {
                        perProgram.append((program, key, [matcher], matcher.optionsWithValue))
                    }
                }
            }
            for entry in perProgram {
                let slot: Int
                if let existing = groups[entry.program]?[entry.key] {
                    slot = existing
                } else {
                    let syntax = pack.syntax(of: entry.program).adding(optionsWithValue: entry.extra)
                    slot = execIndex[entry.program, default: []].count
                    execIndex[entry.program, default: []].append(SyntaxGroup(syntax: syntax, rules: []))
                    groups[entry.program, default: [:]][entry.key] = slot
                }
                execIndex[entry.program]![slot].rules.append(
                    ExecEntry(rule: index, conditions: entry.matchers, exceptions: execExceptions))
            }
            for kind in rule.actionKinds where kind != "shell.exec" {
                kindIndex[kind, default: []].append(index)
            }
        }
        self.rules = rules
        self.findingTemplates = templates
        self.execIndex = execIndex
        self.kindIndex = kindIndex
    }

    /// Appends the findings of this pack's rules for `action` to `findings`. `program` is the program key of an
    /// exec action.
    func findings(for action: Action, program: String, at index: Int, into findings: inout [Finding]) {
        var matched: [Int] = []
        if case .exec(let command) = action {
            guard let groups = execIndex[program] else { return }
            for group in groups {
                let arguments = CommandArguments(command, syntax: group.syntax)
                for entry in group.rules
                where entry.conditions.contains(where: { $0.matches(program: program, arguments, generous: true) })
                    && !entry.exceptions.contains(where: { $0.matches(program: program, arguments, generous: false) })
                {
                    matched.append(entry.rule)
                }
            }
            if groups.count > 1 {
                matched.sort()
                matched = matched.enumerated().filter { $0.offset == 0 || matched[$0.offset - 1] != $0.element }
                    .map(\.element)
            }
        } else {
            guard let candidates = kindIndex[action.kind] else { return }
            let path: NormalizedPath
            switch action {
            case .fileRead(let access), .fileWrite(let access), .fileDelete(let access):
                path = NormalizedPath(access.path)
            case .http(let request): path = NormalizedPath(request.path)
            default: path = .none
            }
            for ruleIndex in candidates {
                let rule = rules[ruleIndex]
                if rule.conditions.contains(where: { $0.matches(action, path: path) })
                    && !rule.exceptions.contains(where: { $0.matches(action, path: path) })
                {
                    matched.append(ruleIndex)
                }
            }
        }
        for ruleIndex in matched {
            var finding = findingTemplates[ruleIndex]
            finding.actionIndex = index
            findings.append(finding)
        }
    }

}
