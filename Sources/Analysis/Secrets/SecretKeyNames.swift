/// What a name says about the value assigned to it: `DB_PASSWORD`, `apiKey`, `"client_secret"`, `Authorization`.
enum SecretKeyKind: Sendable {
    /// A password or passphrase: short human-chosen values count.
    case password
    /// A token, API key, client secret or other machine-generated credential.
    case secret
    /// An HTTP `Authorization` header: the value starts with its scheme (`Bearer`, `Basic`, `token`).
    case authorization
}

/// Splits names into lower-case words and decides whether they name a credential.
enum SecretKeyNames {
    static let passwordWords: Set<String> = ["password", "passwd", "pwd", "pass", "passphrase", "passcode", "pword"]
    static let secretWords: Set<String> = [
        "secret", "secrets", "token", "apikey", "secretkey", "accesskey", "privatekey", "credential", "credentials",
        "creds", "auth", "bearer", "authtoken", "accesstoken", "refreshtoken", "clientsecret", "signingkey",
        "encryptionkey", "masterkey", "sessionkey", "apitoken", "xapikey", "secretaccesskey", "appsecret",
    ]
    /// Words before `key` that make it a credential (`api_key`, `signing-key`), unlike `primary_key` or `sort_key`.
    static let keyQualifiers: Set<String> = [
        "api", "access", "secret", "private", "signing", "encryption", "master", "auth", "client", "app", "service",
        "account", "subscription", "license", "session", "admin", "root", "shared", "consumer", "webhook", "x",
        "hmac", "jwt", "crypt", "cipher", "storage", "deploy",
    ]
    /// Last words that make the name about something other than the credential's value.
    static let describingWords: Set<String> = [
        "id", "ids", "name", "names", "file", "files", "path", "paths", "dir", "url", "uri", "endpoint", "host",
        "type", "length", "len", "size", "count", "hint", "field", "label", "prompt", "placeholder", "header", "env",
        "var", "variable", "ttl", "expiry", "expires", "expiration", "expire", "at", "limit", "version", "enabled",
        "required", "policy", "regex", "pattern", "user", "username", "email", "format", "mode", "prefix", "suffix",
        "method", "kind", "source", "min", "max", "timeout", "provider", "store", "manager", "hash", "digest",
        "reset", "strength", "confirmation", "confirm", "rotation", "arn", "ref", "location", "lifetime", "duration",
        "age", "validity", "changed", "updated", "created", "input", "param", "parameter", "encoding", "algorithm",
        "alg", "scope", "scopes", "audience", "issuer", "usage", "generator", "backend", "class", "handler", "helper",
        "schema", "rules", "rule", "regexp", "validator", "validation", "len", "display", "visible", "mask", "masked",
        "command", "cmd", "script", "fingerprint", "policy", "template", "list", "map", "set", "index", "position",
        "range", "budget", "error", "errors", "message", "status", "state", "flag", "option", "options",
        "encryption", "authentication", "complexity", "requirements", "storage", "lookup", "callback", "request",
    ]

    /// Whether the name contains one of the fragments every credential name contains (`pass`, `pwd`, `pword`,
    /// `secret`, `token`, `key`, `auth`, `cred`, `bearer`): a cheap test before splitting the name into words.
    static func mayNameCredential(_ text: ScanText, _ range: Range<Int>) -> Bool {
        var index = range.lowerBound
        while index < range.upperBound {
            let matched: Bool
            switch ScanText.lowercased(text[index]) {
            case UInt8(ascii: "p"):
                matched =
                    text.hasIgnoringCase("pass", at: index, within: range)
                    || text.hasIgnoringCase("pwd", at: index, within: range)
                    || text.hasIgnoringCase("pword", at: index, within: range)
            case UInt8(ascii: "s"): matched = text.hasIgnoringCase("secret", at: index, within: range)
            case UInt8(ascii: "t"): matched = text.hasIgnoringCase("token", at: index, within: range)
            case UInt8(ascii: "k"): matched = text.hasIgnoringCase("key", at: index, within: range)
            case UInt8(ascii: "a"): matched = text.hasIgnoringCase("auth", at: index, within: range)
            case UInt8(ascii: "c"): matched = text.hasIgnoringCase("cred", at: index, within: range)
            case UInt8(ascii: "b"): matched = text.hasIgnoringCase("bearer", at: index, within: range)
            default: matched = false
            }
            if matched { return true }
            index += 1
        }
        return false
    }

    /// The kind of credential `name` (the bytes of `range`) names, or nil when it names none.
    static func kind(of text: ScanText, _ range: Range<Int>) -> SecretKeyKind? {
        guard mayNameCredential(text, range) else { return nil }
        return kind(of: words(text, range))
    }

    /// The kind of credential a name split into `words` names, or nil when it names none.
    static func kind(of words: [String]) -> SecretKeyKind? {
        guard let last = words.last else { return nil }
        if describingWords.contains(last) { return nil }
        if words.count == 1 && last == "authorization" || words.suffix(2) == ["proxy", "authorization"] {
            return .authorization
        }
        var kind: SecretKeyKind? = nil
        for (index, word) in words.enumerated() {
            if passwordWords.contains(word) || word.hasSuffix("password") || word.hasSuffix("passwd") {
                return .password
            }
            if secretWords.contains(word) || word.hasSuffix("secret") || word.hasSuffix("token")
                || (word == "key" && index > 0 && keyQualifiers.contains(words[index - 1]))
            {
                kind = .secret
            }
        }
        return kind
    }

    /// The lower-case words of a name: split at `_`, `-`, `.`, spaces and camel-case humps (`apiKey`, `APIKey`).
    static func words(_ text: ScanText, _ range: Range<Int>) -> [String] {
        var words: [String] = []
        var current: [UInt8] = []
        func flush() {
            if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
            current.removeAll(keepingCapacity: true)
        }
        for index in range {
            let byte = text[index]
            guard ByteSet.alphanumeric.contains(byte) else {
                flush()
                continue
            }
            if ByteSet.upper.contains(byte), index > range.lowerBound {
                let previous = text[index - 1]
                let next = index + 1 < range.upperBound ? text[index + 1] : 0
                if ByteSet.lower.contains(previous) || ByteSet.digits.contains(previous)
                    || (ByteSet.upper.contains(previous) && ByteSet.lower.contains(next))
                {
                    flush()
                }
            }
            current.append(ScanText.lowercased(byte))
        }
        flush()
        return words
    }
}
