/// One pack's rules indexed by action kind and, for `shell.exec`, by program name, so an action is tested only
/// against the handful of rules that could apply to it.
struct PackIndex: Sendable {
    /// One rule as an index holds it: a class, so that walking the index borrows rather than copies the matchers.
    final class Entry<Matcher: Sendable>: Sendable {
        let rule: Int
        /// The rule's conditions (for the exec index, those that name the program).
        let conditions: [Matcher]
        let exceptions: [Matcher]

        init(rule: Int, conditions: [Matcher], exceptions: [Matcher]) {
            self.rule = rule
            self.conditions = conditions
            self.exceptions = exceptions
        }
    }

    /// Rules of one program that read its arguments the same way.
    struct SyntaxGroup: Sendable {
        var syntax: ProgramSyntax
        /// In ascending rule order.
        var rules: [Entry<ExecMatcher>]
    }

    /// Per rule, in pack order, its finding with the action index to fill in.
    private let findingTemplates: [Finding]
    private let execIndex: [String: [SyntaxGroup]]
    private let kindIndex: [String: [Entry<ActionMatcher>]]

    var ruleCount: Int { findingTemplates.count }

    init(pack: RulePack) {
        var templates: [Finding] = []
        // Groups are keyed by the extra value options, not by the syntax itself: hashing a syntax's option sets
        // for every rule made building the index cost a millisecond.
        var groups: [String: [String: Int]] = [:]
        var execIndex: [String: [SyntaxGroup]] = [:]
        var kindIndex: [String: [Entry<ActionMatcher>]] = [:]
        for rule in pack.rules {
            let index = templates.count
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
                    Entry(rule: index, conditions: entry.matchers, exceptions: execExceptions))
            }
            let kindEntry = Entry(rule: index, conditions: rule.conditions, exceptions: rule.exceptions)
            for kind in rule.actionKinds where kind != "shell.exec" {
                kindIndex[kind, default: []].append(kindEntry)
            }
        }
        self.findingTemplates = templates
        self.execIndex = execIndex
        self.kindIndex = kindIndex
    }

    /// Appends the findings of this pack's rules for `action` to `findings`. `program` is the program key of an
    /// exec action; `path` the file or URL path of other actions, normalized once for every pack.
    func findings(
        for action: Action, program: String, path: NormalizedPath, at index: Int, into findings: inout [Finding]
    ) {
        var matched: [Int] = []
        if case .exec(let command) = action {
            guard let groups = execIndex[program] else { return }
            for group in groups {
                let arguments = CommandArguments(command, syntax: group.syntax)
                for entry in group.rules
                where entry.conditions.containsInPlace(where: {
                    $0.matches(program: program, arguments, generous: true)
                })
                    && !entry.exceptions.containsInPlace(where: {
                        $0.matches(program: program, arguments, generous: false)
                    })
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
            for entry in candidates
            where entry.conditions.containsInPlace(where: { $0.matches(action, path: path) })
                && !entry.exceptions.containsInPlace(where: { $0.matches(action, path: path) })
            {
                matched.append(entry.rule)
            }
        }
        for ruleIndex in matched {
            var finding = findingTemplates[ruleIndex]
            finding.actionIndex = index
            findings.append(finding)
        }
    }

}
