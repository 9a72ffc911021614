import Cedar

/// Reads a rule pack from parsed JSON, checking it against the pack format and collecting every problem with
/// its path (`rules[3].match.program`). `RulePack.load` turns the problems into located diagnostics.
struct PackReader {
    struct Problem {
        var path: JSONPath
        var message: String
        var help: String?
        /// Point at the member's key rather than its value (unknown keys).
        var atKey: Bool
    }

    private(set) var problems: [Problem] = []

    mutating func report(_ path: JSONPath, _ message: String, help: String? = nil, atKey: Bool = false) {
        problems.append(Problem(path: path, message: message, help: help, atKey: atKey))
    }

    static let packKeys = ["pack", "description", "programs", "rules"]
    static let ruleKeys = ["id", "category", "flags", "message", "alternative", "match", "unless"]
    static let programKeys = ["optionsWithValue", "clustersShortOptions", "abbreviatesLongOptions"]

    mutating func readPack(_ value: JSONValue) -> RulePack? {
        let root = JSONPath.root
        guard let object = object(value, at: root, allowed: Self.packKeys, what: "a rule pack") else { return nil }
        var name = ""
        if let value = object["pack"] {
            name = line(value, at: root.key("pack"), what: "the pack name") ?? ""
        } else {
            report(root, "missing `pack`: the pack's name")
        }
        var description = ""
        if let value = object["description"] {
            description = string(value, at: root.key("description"), what: "the description") ?? ""
        }
        var programs: [String: ProgramSyntax] = [:]
        if let value = object["programs"] {
            programs = readPrograms(value, at: root.key("programs"))
        }
        var rules: [Rule] = []
        guard let rulesValue = object["rules"] else {
            report(root, "missing `rules`: the list of rules")
            return nil
        }
        guard case .array(let items) = rulesValue else {
            report(root.key("rules"), "expected the list of rules (an array), found \(found(rulesValue))")
            return nil
        }
        var firstIndexOfID: [String: Int] = [:]
        for (n, item) in items.enumerated() {
            let path = root.key("rules").index(n)
            guard let rule = readRule(item, at: path) else { continue }
            if let first = firstIndexOfID[rule.id] {
                report(path.key("id"), "duplicate rule id `\(rule.id)` (first used by rules[\(first)])")
                continue
            }
            firstIndexOfID[rule.id] = n
            rules.append(rule)
        }
        return RulePack(name: name, description: description, rules: rules, programs: programs)
    }

    private mutating func readPrograms(_ value: JSONValue, at path: JSONPath) -> [String: ProgramSyntax] {
        guard case .object(let object) = value else {
            report(path, "expected program descriptions (an object keyed by program name), found \(found(value))")
            return [:]
        }
        var programs: [String: ProgramSyntax] = [:]
        for (program, description) in object.members {
            let programPath = path.key(program)
            guard let fields = self.object(description, at: programPath, allowed: Self.programKeys, what: "a program")
            else { continue }
            var syntax = ProgramSyntax()
            if let value = fields["optionsWithValue"],
                let options = strings(value, at: programPath.key("optionsWithValue"), what: "option names")
            {
                for (n, option) in options.enumerated() where !option.hasPrefix("-") {
                    report(programPath.key("optionsWithValue").index(n), "option `\(option)` does not start with `-`")
                }
                syntax.optionsWithValue = Set(options)
            }
            if let value = fields["clustersShortOptions"] {
                syntax.clustersShortOptions =
                    bool(value, at: programPath.key("clustersShortOptions"), what: "`clustersShortOptions`") ?? true
            }
            if let value = fields["abbreviatesLongOptions"] {
                syntax.abbreviatesLongOptions =
                    bool(value, at: programPath.key("abbreviatesLongOptions"), what: "`abbreviatesLongOptions`")
                    ?? false
            }
            programs[Classifier.programKey(program)] = syntax
        }
        return programs
    }

    private mutating func readRule(_ value: JSONValue, at path: JSONPath) -> Rule? {
        guard let object = object(value, at: path, allowed: Self.ruleKeys, what: "a rule") else { return nil }
        let problemsBefore = problems.count
        func required(_ key: String, _ what: String) -> JSONValue? {
            if let value = object[key] { return value }
            report(path, "missing `\(key)`: \(what)")
            return nil
        }
        let id = required("id", "the rule's id").flatMap { readID($0, at: path.key("id")) }
        let category = required("category", "the rule's category").flatMap {
            readCategory($0, at: path.key("category"))
        }
        let flags = required("flags", "the rule's flags (may be empty)").flatMap {
            readFlags($0, at: path.key("flags"))
        }
        let message = required("message", "one line saying what the action does").flatMap {
            line($0, at: path.key("message"), what: "the message")
        }
        let alternative = required("alternative", "one line with a safer way").flatMap {
            line($0, at: path.key("alternative"), what: "the alternative")
        }
        var conditions: [ActionMatcher] = []
        var kinds: Set<String> = []
        var families: [MatcherFamily] = []
        if let match = required("match", "the condition (or list of conditions) the rule matches") {
            for (item, itemPath) in listed(match, at: path.key("match")) {
                guard let (matcher, itemKinds, family) = readCondition(item, at: itemPath) else { continue }
                if !families.contains(family) { families.append(family) }
                kinds.formUnion(itemKinds)
                conditions.append(matcher)
            }
        }
        var exceptions: [ActionMatcher] = []
        if let unless = object["unless"], !families.isEmpty {
            for (item, itemPath) in listed(unless, at: path.key("unless")) {
                if let matcher = readException(item, at: itemPath, families: families) { exceptions.append(matcher) }
            }
        }
        guard problems.count == problemsBefore, let id, let category, let flags, let message, let alternative,
            !conditions.isEmpty
        else { return nil }
        return Rule(
            id: id, category: category, flags: flags, message: message, alternative: alternative,
            actionKinds: kinds, conditions: conditions, exceptions: exceptions)
    }

    /// An object, or a list of objects, as (value, path) pairs.
    private mutating func listed(_ value: JSONValue, at path: JSONPath) -> [(JSONValue, JSONPath)] {
        if case .array(let items) = value {
            if items.isEmpty { report(path, "empty list of conditions") }
            return items.enumerated().map { ($0.element, path.index($0.offset)) }
        }
        return [(value, path)]
    }

    private mutating func readID(_ value: JSONValue, at path: JSONPath) -> String? {
        guard let id = string(value, at: path, what: "the rule id") else { return nil }
        let parts = id.split(separator: ".", omittingEmptySubsequences: false)
        let valid =
            !id.isEmpty
            && parts.allSatisfy { part in
                !part.isEmpty && part.first != "-" && part.last != "-"
                    && part.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
            }
        guard valid else {
            report(
                path, "bad rule id `\(id)`: ids are dotted lower-case words (letters, digits, `-`)",
                help: "for example `git.push.force`")
            return nil
        }
        return id
    }

    private mutating func readCategory(_ value: JSONValue, at path: JSONPath) -> String? {
        guard let category = line(value, at: path, what: "the category") else { return nil }
        guard category.allSatisfy({ ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }) else {
            report(path, "bad category `\(category)`: categories are lower-case words joined by `-`")
            return nil
        }
        return category
    }

    private mutating func readFlags(_ value: JSONValue, at path: JSONPath) -> Set<Flag>? {
        guard case .array(let items) = value else {
            report(path, "expected the rule's flags (a list of strings, possibly empty), found \(found(value))")
            return nil
        }
        var flags: Set<Flag> = []
        for (n, item) in items.enumerated() {
            guard let name = string(item, at: path.index(n), what: "a flag") else { continue }
            if name == Flag.opaque.rawValue {
                report(
                    path.index(n), "`opaque` is not a rule's verdict: Warden adds it when it cannot analyze an action",
                    help: "use `destructive` or `irreversible`")
            } else if let flag = Flag(rawValue: name) {
                flags.insert(flag)
            } else {
                report(path.index(n), "unknown flag `\(name)`", help: "the flags are `destructive` and `irreversible`")
            }
        }
        return flags
    }
}
