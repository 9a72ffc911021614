/// Credentials assigned to a name that says so, in the syntaxes agents read: env files and shell
/// (`export API_TOKEN=…`), YAML (`password: …`), JSON (`"client_secret": "…"`), TOML and code (`apiKey = '…'`,
/// `token := "…"`, `secret => "…"`), command-line flags (`--password …`, `--token=…`), query strings
/// (`?api_key=…`), HTTP headers (`Authorization: Bearer …`) and `.netrc` lines.
///
/// The value must look generated — long enough, varied enough (Shannon entropy), several character classes — and
/// must not be a placeholder, a reference (`${VAR}`, `process.env.X`), a code expression or a word. Values whose
/// name and shape identify a service (`RAILWAY_TOKEN=<uuid>`) get that service's rule id (`KeyedRules`).
///
/// A class, shared by every scan, for the same reason as `TokenMatcher`.
final class SecretAssignments: Sendable {
    static let keyCharacters = ByteSet.alphanumeric + ByteSet("_.-")
    static let maximumKey = 64
    static let maximumValue = 1024
    static let valueEnd = ByteSet.whitespace + ByteSet("\"'`,;&)]}<>|")
    static let schemes: Set<[UInt8]> = Set(["bearer", "basic", "token", "bot", "apikey"].map { Array($0.utf8) })
    static let credentialCharacters = ByteSet.base64URL + ByteSet(".~+/=:")
    static let netrcKeywords = [Array("password".utf8), Array("passwd".utf8)]
    static let netrcMentions = [Array("machine ".utf8), Array("login ".utf8)]

    private let keyed: [(rule: KeyedRule, mentions: [[UInt8]])]

    init(rules: [KeyedRule]) {
        keyed = rules.map { ($0, $0.lineMentions.map { Array($0.utf8) }) }
    }

    static let standard = SecretAssignments(rules: KeyedRules.all)

    /// The candidate whose separator is at `index`, with its priority: 2 for a keyed rule, 1 for a generic one.
    ///
    /// Separators: `=`, `:` (also `:=`, `=>`), the space after a `--flag`, `-u`/`--user` or a `.netrc` keyword,
    /// the `,` between a quoted name and a quoted value (`define('DB_PASSWORD', '…')`) and the `>` of an XML element
    /// (`<password>…</password>`).
    func match(in text: ScanText, separatorAt index: Int) -> (match: SecretMatch, priority: Int)? {
        guard let site = Self.site(in: text, separatorAt: index) else { return nil }
        let separator = text[index]
        if separator == UInt8(ascii: " "), let password = Self.userOption(in: text, site) {
            return (SecretMatch(rule: "generic-password", range: password), 1)
        }
        guard SecretKeyNames.mayNameCredential(text, site.key) else { return nil }
        let words = SecretKeyNames.words(text, site.key)
        guard let kind = SecretKeyNames.kind(of: words) else { return nil }
        var start = site.valueStart
        while start < text.count, start - site.valueStart < 16, ByteSet.horizontalSpace.contains(text[start]) {
            start += 1
        }
        switch separator {
        case UInt8(ascii: " ") where site.dashes < 2:
            // `password value` without a flag's dashes counts only in a .netrc entry.
            guard kind == .password, Self.followsNetrcMachine(text, site.key.lowerBound) else { return nil }
        case UInt8(ascii: ","):
            guard site.quotedKey,
                text.byte(at: start) == UInt8(ascii: "'") || text.byte(at: start) == UInt8(ascii: "\"")
            else { return nil }
        default:
            break
        }
        let value: Range<Int>
        if separator == UInt8(ascii: ">") {
            guard let element = Self.elementText(in: text, from: start) else { return nil }
            value = element
        } else if kind == .authorization {
            guard let credential = Self.authorizationCredential(in: text, from: start) else { return nil }
            value = credential
        } else {
            guard let parsed = Self.value(in: text, from: start) else { return nil }
            value = parsed
        }
        guard !value.isEmpty, !SecretValues.isPlaceholderValue(text, value) else { return nil }
        for (rule, mentions) in keyed where rule.value.matches(text, value) {
            guard rule.nameWords.allSatisfy(words.contains) else { continue }
            if !mentions.isEmpty, !text.lineMentions(mentions, around: site.key.lowerBound..<value.upperBound) {
                continue
            }
            return (SecretMatch(rule: rule.id, range: value), 2)
        }
        guard Self.looksGenerated(text, value, kind: kind) else { return nil }
        let rule =
            switch kind {
            case .password: "generic-password"
            case .secret: "generic-secret"
            case .authorization: "authorization-header"
            }
        return (SecretMatch(rule: rule, range: value), 1)
    }

    /// The password of `-u user:password` or `--user user:password` (curl, httpie and others).
    private static func userOption(in text: ScanText, _ site: AssignmentSite) -> Range<Int>? {
        let name = site.key.map { text[$0] }
        guard (site.dashes == 1 && name == [UInt8(ascii: "u")]) || (site.dashes == 2 && name == Array("user".utf8)),
            let value = value(in: text, from: site.valueStart, allowingColons: true)
        else { return nil }
        guard let colon = value.first(where: { text[$0] == UInt8(ascii: ":") }) else { return nil }
        let password = (colon + 1)..<value.upperBound
        guard !password.isEmpty, !SecretValues.isPlaceholderValue(text, password),
            looksGenerated(text, password, kind: .password)
        else { return nil }
        return password
    }

    /// The text of an XML element up to its closing tag (`<password>…</password>`).
    private static func elementText(in text: ScanText, from start: Int) -> Range<Int>? {
        var position = start
        let limit = min(text.count, start + maximumValue)
        while position < limit, text[position] != UInt8(ascii: "<") {
            if ByteSet.whitespace.contains(text[position]) || text[position] >= 0x80 { return nil }
            position += 1
        }
        guard text.byte(at: position) == UInt8(ascii: "<"), text.byte(at: position + 1) == UInt8(ascii: "/") else {
            return nil
        }
        return start..<position
    }

    /// Whether a `machine` or `login` keyword comes shortly before `index`, as in a `.netrc` entry.
    private static func followsNetrcMachine(_ text: ScanText, _ index: Int) -> Bool {
        let window = max(0, index - 256)..<index
        return netrcMentions.contains { text.containsIgnoringCase($0, in: window) }
    }

    /// Where an assignment's parts are.
    struct AssignmentSite {
        /// The name, without quotes and leading dashes.
        var key: Range<Int>
        /// Where the value may start (after the separator).
        var valueStart: Int
        /// How many dashes preceded the name (`--token` has 2).
        var dashes: Int
        /// Whether the name was in quotes.
        var quotedKey: Bool
    }

    /// The name before the separator at `index` and where the value may start.
    private static func site(in text: ScanText, separatorAt index: Int) -> AssignmentSite? {
        let separator = text[index]
        let previous = text.byte(at: index - 1)
        let next = text.byte(at: index + 1)
        var valueStart = index + 1
        var keyEnd = index
        switch separator {
        case UInt8(ascii: "="):
            if previous == UInt8(ascii: "=") || previous == UInt8(ascii: "!") || previous == UInt8(ascii: "<")
                || previous == UInt8(ascii: ">") || previous == UInt8(ascii: ":") || next == UInt8(ascii: "=")
            {
                return nil
            }
            if next == UInt8(ascii: ">") { valueStart += 1 }
        case UInt8(ascii: ":"):
            if previous == UInt8(ascii: ":") || next == UInt8(ascii: ":") { return nil }
            if next == UInt8(ascii: "/"), text.byte(at: index + 2) == UInt8(ascii: "/") { return nil }
            if next == UInt8(ascii: "=") { valueStart += 1 }
        case UInt8(ascii: " "), UInt8(ascii: ">"):  // after a flag or a .netrc keyword; an XML start tag
            guard ByteSet.word.contains(previous) else { return nil }
        default:  // `,` after a quoted name
            break
        }
        let spaced = separator != UInt8(ascii: " ") && separator != UInt8(ascii: ">")
        if separator == UInt8(ascii: "=") {
            // Conditional assignments: `TOKEN ?= …` (make), `ENV['KEY'] ||= …` (Ruby), `x ??= …` (JS).
            while keyEnd > 0, index - keyEnd < 3, ByteSet.conditionalAssignment.contains(text[keyEnd - 1]) {
                keyEnd -= 1
            }
        }
        if spaced {
            while keyEnd > 0, index - keyEnd < 8, ByteSet.horizontalSpace.contains(text[keyEnd - 1]) { keyEnd -= 1 }
        }
        if separator == UInt8(ascii: "="), text.byte(at: keyEnd - 1) == UInt8(ascii: "]"),
            text.byte(at: keyEnd - 2) == UInt8(ascii: "'") || text.byte(at: keyEnd - 2) == UInt8(ascii: "\"")
        {
            keyEnd -= 1  // `ENV['API_SECRET'] = …`: the name is the quoted subscript
        }
        var keyStart = keyEnd
        let quote = text.byte(at: keyEnd - 1)
        let quotedKey = spaced && (quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'"))
        if quotedKey {
            keyEnd -= 1
            keyStart = keyEnd
            while keyStart > 0, keyEnd - keyStart <= maximumKey, text[keyStart - 1] != quote,
                text[keyStart - 1] != 0x0A
            {
                keyStart -= 1
            }
            guard keyStart > 0, text[keyStart - 1] == quote else { return nil }
            // `,` pairs a name and a value only as a call's first two arguments: `define('DB_PASSWORD', '…')`.
            if separator == UInt8(ascii: ","), text.byte(at: keyStart - 2) != UInt8(ascii: "(") { return nil }
        } else {
            if separator == UInt8(ascii: ",") { return nil }
            while keyStart > 0, keyEnd - keyStart <= maximumKey, keyCharacters.contains(text[keyStart - 1]) {
                keyStart -= 1
            }
            if separator == UInt8(ascii: ">"), text.byte(at: keyStart - 1) != UInt8(ascii: "<") { return nil }
        }
        var dashes = 0
        while keyStart < keyEnd, text[keyStart] == UInt8(ascii: "-") {
            keyStart += 1
            dashes += 1
        }
        guard keyStart < keyEnd, keyEnd - keyStart <= maximumKey else { return nil }
        // A space separates a name from its value only after a flag (`--token …`, `-u …`) or in `.netrc`.
        if separator == UInt8(ascii: " "), dashes == 0,
            !netrcKeywords.contains(where: { keyEnd - keyStart == $0.count && text.has($0, at: keyStart) })
        {
            return nil
        }
        return AssignmentSite(key: keyStart..<keyEnd, valueStart: valueStart, dashes: dashes, quotedKey: quotedKey)
    }

    /// A quoted or bare value starting at `start`; nil when it is not a literal (unterminated, code, multi-line).
    private static func value(in text: ScanText, from start: Int, allowingColons: Bool = false) -> Range<Int>? {
        guard start < text.count else { return nil }
        let first = text[start]
        if first == UInt8(ascii: "\"") || first == UInt8(ascii: "'") || first == UInt8(ascii: "`") {
            var position = start + 1
            let limit = min(text.count, position + maximumValue)
            while position < limit {
                let byte = text[position]
                if byte == first { return (start + 1)..<position }
                if byte == 0x0A || byte >= 0x80 || byte == UInt8(ascii: " ") { return nil }
                position += byte == UInt8(ascii: "\\") ? 2 : 1
            }
            return nil
        }
        var position = start
        let limit = min(text.count, start + maximumValue)
        while position < limit {
            let byte = text[position]
            if byte >= 0x80 || valueEnd.contains(byte) || (byte == UInt8(ascii: ":") && !allowingColons) { break }
            if byte == UInt8(ascii: "(") || byte == UInt8(ascii: "[") || byte == UInt8(ascii: "{") { return nil }
            if byte == UInt8(ascii: "=") {
                var padding = position
                while padding < limit, text[padding] == UInt8(ascii: "=") { padding += 1 }
                if padding == text.count || valueEnd.contains(text[padding]) { position = padding }
                break
            }
            position += 1
        }
        guard position < limit || position == text.count else { return nil }
        let value = start..<position
        return isCodeReference(text, value) ? nil : value
    }

    /// The credential after an `Authorization` header's scheme (`Bearer abc…` → `abc…`).
    private static func authorizationCredential(in text: ScanText, from start: Int) -> Range<Int>? {
        var position = start
        if text.byte(at: position) == UInt8(ascii: "\"") || text.byte(at: position) == UInt8(ascii: "'") {
            position += 1
        }
        let schemeLength = text.run(of: .letters, from: position, limit: 8)
        guard schemes.contains((position..<(position + schemeLength)).map { ScanText.lowercased(text[$0]) }),
            text.byte(at: position + schemeLength) == UInt8(ascii: " ")
        else { return nil }
        position += schemeLength
        while ByteSet.horizontalSpace.contains(text.byte(at: position)) { position += 1 }
        let length = text.run(of: credentialCharacters, from: position, limit: maximumValue + 1)
        guard length <= maximumValue else { return nil }
        return position..<(position + length)
    }

    /// Whether a bare value is a name in code rather than a literal: `config.db.password`, `request_token`,
    /// `dbPassword`.
    private static func isCodeReference(_ text: ScanText, _ value: Range<Int>) -> Bool {
        guard let first = value.first, ByteSet.letters.contains(text[first]) || text[first] == UInt8(ascii: "_")
        else { return false }
        var hasDot = false
        var hasUnderscore = false
        var hasDigit = false
        var hasUpper = false
        for index in value {
            let byte = text[index]
            if byte == UInt8(ascii: ".") {
                hasDot = true
            } else if byte == UInt8(ascii: "_") {
                hasUnderscore = true
            } else if ByteSet.digits.contains(byte) {
                hasDigit = true
            } else if ByteSet.upper.contains(byte) {
                hasUpper = true
            } else if !ByteSet.lower.contains(byte) {
                return false
            }
        }
        if hasDot { return true }
        if hasDigit { return false }
        return hasUnderscore || ByteSet.lower.contains(text[first]) || !hasUpper
    }

    /// Whether `value` looks generated enough for a credential of `kind`.
    static func looksGenerated(_ text: ScanText, _ value: Range<Int>, kind: SecretKeyKind) -> Bool {
        let length = value.count
        let entropy = ShannonEntropy.bitsPerByte(text, value)
        var classes = (lower: false, upper: false, digit: false, other: false)
        for index in value {
            let byte = text[index]
            if ByteSet.lower.contains(byte) {
                classes.lower = true
            } else if ByteSet.upper.contains(byte) {
                classes.upper = true
            } else if ByteSet.digits.contains(byte) {
                classes.digit = true
            } else {
                classes.other = true
            }
        }
        let classCount = [classes.lower, classes.upper, classes.digit, classes.other].filter { $0 }.count
        switch kind {
        case .password:
            return length >= 6 && entropy >= 2.0 && (classCount >= 2 || (length >= 12 && entropy >= 3.0))
        case .secret:
            return length >= 12 && entropy >= 3.0 && (classCount >= 2 || (length >= 20 && entropy >= 3.5))
        case .authorization:
            return length >= 8 && entropy >= 2.5
        }
    }
}
