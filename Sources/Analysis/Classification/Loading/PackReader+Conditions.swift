import Cedar

/// The family of actions a condition tests; one rule's conditions and exceptions share it.
enum MatcherFamily: String {
    case exec = "shell.exec"
    case file = "file actions"
    case http = "http.request"
    case sql = "sql.exec"
    case datastore = "datastore.exec"

    static func of(kind: String) -> MatcherFamily? {
        switch kind {
        case "shell.exec": .exec
        case "file.read", "file.write", "file.delete": .file
        case "http.request": .http
        case "sql.exec": .sql
        case "datastore.exec": .datastore
        default: nil
        }
    }

    static let kinds = [
        "shell.exec", "file.read", "file.write", "file.delete", "http.request", "sql.exec", "datastore.exec",
    ]

    var keys: [String] {
        switch self {
        case .exec: ["program", "subcommand", "flags", "operand", "word", "option", "optionsWithValue"]
        case .file: ["path", "recursive", "static", "via"]
        case .http: ["method", "host", "path", "url", "graphql", "unreadableBody", "via"]
        case .sql: ["kind", "objectType", "hasWhereClause", "target", "text", "via"]
        case .datastore: ["store", "command", "target", "hasEmptyFilter", "text", "via"]
        }
    }
}

/// Reading `match` conditions and `unless` exceptions.
extension PackReader {
    mutating func readCondition(_ value: JSONValue, at path: JSONPath) -> (ActionMatcher, Set<String>, MatcherFamily)? {
        guard case .object(let object) = value else {
            report(path, "expected a condition (an object with `action`), found \(found(value))")
            return nil
        }
        guard let actionValue = object["action"] else {
            report(path, "missing `action`: the kind of action the condition tests (`shell.exec`, `file.delete`, …)")
            return nil
        }
        guard let kinds = strings(actionValue, at: path.key("action"), what: "action kinds") else { return nil }
        var family: MatcherFamily?
        for (n, kind) in kinds.enumerated() {
            let kindPath = kinds.count > 1 ? path.key("action").index(n) : path.key("action")
            guard let kindFamily = MatcherFamily.of(kind: kind) else {
                report(
                    kindPath, "unknown action kind `\(kind)`",
                    help: "the kinds are \(MatcherFamily.kinds.map { "`\($0)`" }.joined(separator: ", "))")
                return nil
            }
            if let family, family != kindFamily {
                report(kindPath, "one condition cannot test both \(family.rawValue) and \(kindFamily.rawValue)")
                return nil
            }
            family = kindFamily
        }
        guard let family else { return nil }
        guard
            let matcher = readMatcher(
                object, at: path, family: family, kinds: Set(kinds), allowed: ["action"] + family.keys,
                isException: false)
        else { return nil }
        return (matcher, Set(kinds), family)
    }

    /// An `unless` entry. It tests the family of the rule's conditions; a rule whose conditions test several
    /// families needs `action` in each exception.
    mutating func readException(_ value: JSONValue, at path: JSONPath, families: [MatcherFamily]) -> ActionMatcher? {
        guard case .object(let object) = value else {
            report(path, "expected an exception (an object), found \(found(value))")
            return nil
        }
        guard let actionValue = object["action"] else {
            guard families.count == 1, let family = families.first else {
                report(
                    path,
                    "this rule tests several kinds of actions: say which one the exception is for with `action`")
                return nil
            }
            return readMatcher(
                object, at: path, family: family, kinds: [], allowed: family.keys.filter { $0 != "optionsWithValue" },
                isException: true)
        }
        guard let kinds = strings(actionValue, at: path.key("action"), what: "action kinds") else { return nil }
        let kindFamilies = kinds.map(MatcherFamily.of(kind:))
        guard let family = kindFamilies.first ?? nil, kindFamilies.allSatisfy({ $0 == family }),
            families.contains(family)
        else {
            report(path.key("action"), "an exception must test one kind of action the rule's `match` tests")
            return nil
        }
        return readMatcher(
            object, at: path, family: family, kinds: Set(kinds),
            allowed: ["action"] + family.keys.filter { $0 != "optionsWithValue" }, isException: true)
    }

    private mutating func readMatcher(
        _ object: JSONObject, at path: JSONPath, family: MatcherFamily, kinds: Set<String>, allowed: [String],
        isException: Bool
    ) -> ActionMatcher? {
        let what = isException ? "an exception on \(family.rawValue)" : "a \(family.rawValue) condition"
        guard self.object(.object(object), at: path, allowed: allowed, what: what) != nil else { return nil }
        let before = problems.count
        let matcher: ActionMatcher
        switch family {
        case .exec: matcher = .exec(readExec(object, at: path, isException: isException))
        case .file: matcher = .file(readFile(object, at: path, kinds: kinds))
        case .http: matcher = .http(readHTTP(object, at: path))
        case .sql: matcher = .sql(readSQL(object, at: path))
        case .datastore: matcher = .datastore(readDatastore(object, at: path))
        }
        return problems.count == before ? matcher : nil
    }

    private mutating func readExec(_ object: JSONObject, at path: JSONPath, isException: Bool) -> ExecMatcher {
        var matcher = ExecMatcher()
        if let value = object["program"] {
            matcher.programs = strings(value, at: path.key("program"), what: "program names") ?? []
            for (n, program) in matcher.programs.enumerated() where program.contains("/") {
                report(
                    matcher.programs.count > 1 ? path.key("program").index(n) : path.key("program"),
                    "program `\(program)` contains `/`: rules name programs by their basename (`rm`, not `/bin/rm`)")
            }
            matcher.programs = matcher.programs.map(Classifier.programKey)
        } else if !isException {
            report(path, "missing `program`: the programs (basenames) the condition applies to")
        }
        if let value = object["subcommand"],
            let sequences = strings(value, at: path.key("subcommand"), what: "subcommands")
        {
            matcher.subcommands = sequences.map { $0.split(separator: " ").map(String.init) }
        }
        if let value = object["flags"] { readFlagTests(value, at: path.key("flags"), into: &matcher) }
        if let value = object["operand"] { matcher.operandTests = readPositionalTests(value, at: path.key("operand")) }
        if let value = object["word"] { matcher.wordTests = readPositionalTests(value, at: path.key("word")) }
        if let value = object["option"] {
            for (item, itemPath) in listedTests(value, at: path.key("option")) {
                guard case .object(let fields) = item, let names = fields["name"] else {
                    report(itemPath, "expected an option test (an object with `name`), found \(found(item))")
                    continue
                }
                guard let optionNames = strings(names, at: itemPath.key("name"), what: "option names"),
                    let test = textTest(item, at: itemPath, style: .text, extraKeys: ["name"])
                else { continue }
                matcher.optionTests.append(.init(names: optionNames, value: test))
            }
        }
        if let value = object["optionsWithValue"],
            let options = strings(value, at: path.key("optionsWithValue"), what: "option names")
        {
            matcher.optionsWithValue = Set(options)
        }
        return matcher
    }

    private mutating func readFlagTests(_ value: JSONValue, at path: JSONPath, into matcher: inout ExecMatcher) {
        func checked(_ value: JSONValue, _ path: JSONPath) -> [String] {
            guard let flags = strings(value, at: path, what: "flags") else { return [] }
            for (n, flag) in flags.enumerated() where !flag.hasPrefix("-") || flag == "-" {
                report(flags.count > 1 ? path.index(n) : path, "flag `\(flag)` does not start with `-`")
            }
            return flags
        }
        if case .object(let object) = value {
            guard self.object(value, at: path, allowed: ["any", "all", "none"], what: "a flag test") != nil else {
                return
            }
            if let any = object["any"] { matcher.anyFlags = checked(any, path.key("any")) }
            if let all = object["all"] { matcher.allFlags = checked(all, path.key("all")) }
            if let none = object["none"] { matcher.noFlags = checked(none, path.key("none")) }
        } else {
            matcher.anyFlags = checked(value, path)
        }
    }

    /// One test object, or a list of them (every one must hold). A bare string or list of strings is one test.
    private mutating func listedTests(_ value: JSONValue, at path: JSONPath) -> [(JSONValue, JSONPath)] {
        if case .array(let items) = value, items.contains(where: { if case .object = $0 { true } else { false } }) {
            return items.enumerated().map { ($0.element, path.index($0.offset)) }
        }
        return [(value, path)]
    }

    private mutating func readPositionalTests(_ value: JSONValue, at path: JSONPath) -> [ExecMatcher.PositionalTest] {
        var tests: [ExecMatcher.PositionalTest] = []
        for (item, itemPath) in listedTests(value, at: path) {
            guard let test = textTest(item, at: itemPath, style: .text, extraKeys: ["position"]) else { continue }
            var position: Int?
            if case .object(let fields) = item, let value = fields["position"] {
                position = integer(value, at: itemPath.key("position"), what: "a position")
            }
            tests.append(.init(position: position, text: test))
        }
        return tests
    }

    private mutating func optionalTest(_ object: JSONObject, _ key: String, at path: JSONPath, style: GlobStyle)
        -> TextTest?
    {
        guard let value = object[key] else { return nil }
        return textTest(value, at: path.key(key), style: style)
    }

    private mutating func optionalBool(_ object: JSONObject, _ key: String, at path: JSONPath) -> Bool? {
        guard let value = object[key] else { return nil }
        return bool(value, at: path.key(key), what: "`\(key)`")
    }

    private mutating func upperCased(_ object: JSONObject, _ key: String, at path: JSONPath) -> [String] {
        guard let value = object[key] else { return [] }
        return (strings(value, at: path.key(key), what: "`\(key)` values") ?? []).map { $0.uppercased() }
    }

    private mutating func readFile(_ object: JSONObject, at path: JSONPath, kinds: Set<String>) -> FileMatcher {
        FileMatcher(
            kinds: kinds, path: optionalTest(object, "path", at: path, style: .path),
            isRecursive: optionalBool(object, "recursive", at: path),
            isStatic: optionalBool(object, "static", at: path),
            via: optionalTest(object, "via", at: path, style: .text))
    }

    private mutating func readHTTP(_ object: JSONObject, at path: JSONPath) -> HTTPMatcher {
        var matcher = HTTPMatcher()
        matcher.methods = upperCased(object, "method", at: path)
        if let value = object["host"] {
            matcher.host = textTest(value, at: path.key("host"), style: .text, ignoresCase: true)
        }
        matcher.path = optionalTest(object, "path", at: path, style: .path)
        matcher.url = optionalTest(object, "url", at: path, style: .text)
        matcher.via = optionalTest(object, "via", at: path, style: .text)
        matcher.hasUnreadableBody = optionalBool(object, "unreadableBody", at: path)
        if let value = object["graphql"] {
            let graphPath = path.key("graphql")
            if let fields = self.object(value, at: graphPath, allowed: ["operation", "field"], what: "a GraphQL test") {
                var test = HTTPMatcher.GraphQLTest()
                if let types = fields["operation"] {
                    test.types = strings(types, at: graphPath.key("operation"), what: "operation types") ?? []
                    for (n, type) in test.types.enumerated()
                    where !["query", "mutation", "subscription"].contains(type) {
                        report(
                            test.types.count > 1 ? graphPath.key("operation").index(n) : graphPath.key("operation"),
                            "unknown GraphQL operation type `\(type)`",
                            help: "use `query`, `mutation` or `subscription`")
                    }
                }
                test.field = optionalTest(fields, "field", at: graphPath, style: .text)
                matcher.graphQL = test
            }
        }
        return matcher
    }

    private mutating func readSQL(_ object: JSONObject, at path: JSONPath) -> SQLMatcher {
        SQLMatcher(
            kinds: upperCased(object, "kind", at: path), objectTypes: upperCased(object, "objectType", at: path),
            hasWhereClause: optionalBool(object, "hasWhereClause", at: path),
            target: optionalTest(object, "target", at: path, style: .text),
            text: optionalTest(object, "text", at: path, style: .text),
            via: optionalTest(object, "via", at: path, style: .text))
    }

    private mutating func readDatastore(_ object: JSONObject, at path: JSONPath) -> DatastoreMatcher {
        DatastoreMatcher(
            stores: (object["store"].flatMap { strings($0, at: path.key("store"), what: "stores") } ?? []),
            command: optionalTest(object, "command", at: path, style: .text),
            target: optionalTest(object, "target", at: path, style: .text),
            hasEmptyFilter: optionalBool(object, "hasEmptyFilter", at: path),
            text: optionalTest(object, "text", at: path, style: .text),
            via: optionalTest(object, "via", at: path, style: .text))
    }
}
