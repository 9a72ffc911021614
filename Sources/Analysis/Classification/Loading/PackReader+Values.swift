import Cedar

/// Reading primitive values and text tests, reporting every mismatch with its path.
extension PackReader {
    /// What a text test's glob forms mean: globs over text (`*.railway.app`) or over normalized paths.
    enum GlobStyle {
        case text
        case path
    }

    static let textTestKeys = ["equals", "prefix", "suffix", "contains", "word", "glob", "ignoreCase", "not"]

    mutating func object(_ value: JSONValue, at path: JSONPath, allowed: [String], what: String) -> JSONObject? {
        guard case .object(let object) = value else {
            report(path, "expected \(what) (an object), found \(found(value))")
            return nil
        }
        for key in object.keys where !allowed.contains(key) {
            report(
                path.key(key), "unknown key `\(key)` in \(what)",
                help: "the keys allowed here are: \(allowed.map { "`\($0)`" }.joined(separator: ", "))", atKey: true)
        }
        return object
    }

    mutating func string(_ value: JSONValue, at path: JSONPath, what: String) -> String? {
        guard case .string(let text) = value else {
            report(path, "expected \(what) (a string), found \(found(value))")
            return nil
        }
        return text
    }

    /// A string that must not be empty or span lines (messages, alternatives, ids).
    mutating func line(_ value: JSONValue, at path: JSONPath, what: String) -> String? {
        guard let text = string(value, at: path, what: what) else { return nil }
        if text.allSatisfy({ $0 == " " || $0 == "\t" }) {
            report(path, "\(what) is empty")
            return nil
        }
        if text.contains(where: \.isNewline) {
            report(path, "\(what) must be one line")
            return nil
        }
        return text
    }

    mutating func bool(_ value: JSONValue, at path: JSONPath, what: String) -> Bool? {
        guard case .bool(let flag) = value else {
            report(path, "expected \(what) (true or false), found \(found(value))")
            return nil
        }
        return flag
    }

    mutating func integer(_ value: JSONValue, at path: JSONPath, what: String) -> Int? {
        guard let number = value.int64, let int = Int(exactly: number), abs(int) < 1000 else {
            report(path, "expected \(what) (an integer), found \(found(value))")
            return nil
        }
        return int
    }

    /// A string or a list of strings, none empty.
    mutating func strings(_ value: JSONValue, at path: JSONPath, what: String) -> [String]? {
        let items: [(JSONValue, JSONPath)]
        switch value {
        case .string: items = [(value, path)]
        case .array(let array): items = array.enumerated().map { ($0.element, path.index($0.offset)) }
        default:
            report(path, "expected \(what) (a string or a list of strings), found \(found(value))")
            return nil
        }
        var result: [String] = []
        var ok = true
        for (item, itemPath) in items {
            guard case .string(let text) = item else {
                report(itemPath, "expected \(what) (a string), found \(found(item))")
                ok = false
                continue
            }
            if text.isEmpty {
                report(itemPath, "empty string in \(what)")
                ok = false
                continue
            }
            result.append(text)
        }
        if case .array(let array) = value, array.isEmpty {
            report(path, "empty list of \(what)")
            return nil
        }
        return ok ? result : nil
    }

    /// A text test: a glob or list of globs, or an object of forms (`equals`, `prefix`, `suffix`, `contains`,
    /// `word`, `glob`, `ignoreCase`, `not`). `extraKeys` are keys the caller reads from the same object.
    mutating func textTest(
        _ value: JSONValue, at path: JSONPath, style: GlobStyle, extraKeys: [String] = [], depth: Int = 0,
        ignoresCase: Bool = false
    ) -> TextTest? {
        var test = TextTest()
        test.ignoresCase = ignoresCase
        test.isPath = style == .path
        if case .object = value {
        } else {
            guard let patterns = strings(value, at: path, what: "glob patterns") else { return nil }
            let forms = ignoresCase ? patterns.map { $0.lowercased() } : patterns
            return addGlobs(forms, to: &test, at: path, style: style) ? test : nil
        }
        guard let object = self.object(value, at: path, allowed: Self.textTestKeys + extraKeys, what: "a text test")
        else { return nil }
        var ok = true
        if let flag = object["ignoreCase"] {
            test.ignoresCase = bool(flag, at: path.key("ignoreCase"), what: "`ignoreCase`") ?? false
        }
        func lowered(_ values: [String]) -> [String] { test.ignoresCase ? values.map { $0.lowercased() } : values }
        for (key, value) in object.members {
            let keyPath = path.key(key)
            switch key {
            case "equals", "prefix", "suffix", "contains", "word":
                guard let values = strings(value, at: keyPath, what: "`\(key)` values") else {
                    ok = false
                    continue
                }
                switch key {
                case "equals":
                    test.equals = lowered(values).map { style == .path ? PathNormalization.normalize($0) : $0 }
                case "prefix": test.prefixes = lowered(values)
                case "suffix": test.suffixes = lowered(values)
                case "contains": test.substrings = lowered(values)
                default: test.words = lowered(values)
                }
            case "glob":
                guard let values = strings(value, at: keyPath, what: "glob patterns"),
                    addGlobs(lowered(values), to: &test, at: keyPath, style: style)
                else {
                    ok = false
                    continue
                }
            case "not":
                guard depth < 4 else {
                    report(keyPath, "`not` nested more than 4 deep")
                    ok = false
                    continue
                }
                guard
                    let excluded = textTest(
                        value, at: keyPath, style: style, depth: depth + 1, ignoresCase: test.ignoresCase)
                else {
                    ok = false
                    continue
                }
                test.exclusions = [excluded]
            default:
                break
            }
        }
        return ok ? test : nil
    }

    private mutating func addGlobs(_ patterns: [String], to test: inout TextTest, at path: JSONPath, style: GlobStyle)
        -> Bool
    {
        var ok = true
        for (n, pattern) in patterns.enumerated() {
            let itemPath = patterns.count > 1 ? path.index(n) : path
            if pattern.contains("[") || pattern.contains("]") {
                report(
                    itemPath, "bad glob `\(pattern)`: character classes (`[…]`) are not supported",
                    help: "list the alternatives, or use `equals` for a literal `[`")
                ok = false
                continue
            }
            switch style {
            case .text:
                test.globs.append(Glob(pattern))
            case .path:
                guard let glob = PathGlob(pattern) else {
                    report(
                        itemPath, "bad glob `\(pattern)`: `**` must be a whole path segment (`/etc/**`, `**/.git`)")
                    ok = false
                    continue
                }
                test.pathGlobs.append(glob)
            }
        }
        return ok
    }

    func found(_ value: JSONValue) -> String {
        switch value {
        case .string(let text): text.count <= 40 ? "the string \"\(text)\"" : "a string"
        case .number(let text): "the number \(text)"
        case .bool(let flag): "`\(flag)`"
        default: value.kindName
        }
    }
}
