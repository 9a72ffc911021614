/// The allowlist: values that have a secret's place or shape but are placeholders, references or words.
///
/// Agents read documentation, examples and test fixtures all day; a detector that fires on `password: changeme`,
/// `token: ${GITHUB_TOKEN}` or `AKIAIOSFODNN7EXAMPLE` blocks them for nothing.
enum SecretValues {
    /// Lower-case fragments that mark a value as a placeholder wherever they occur in it.
    static let placeholderFragments: [[UInt8]] = [
        "example", "changeme", "change_me", "change-me", "changethis", "placeholder", "dummy", "sample", "redacted",
        "your_", "your-", "yourtoken", "yourkey", "yoursecret", "yourpassword", "xxxx", "****", "....", "${", "{{",
        "}}", "%(", "<", ">", "todo", "fixme", "replace", "insert", "fake", "test", "mock", "notreal", "not_real",
        "not-real", "not_a_real", "invalid", "foobar", "lorem", "secret_here", "token_here", "key_here", "here>",
        "abcdef", "123456", "qwerty", "letmein", "password1", "passw0rd", "p@ssw0rd", "s3cr3t", "hunter2",
    ].map { Array($0.utf8) }

    /// Lower-case fragments that mark a prefixed token's body as a placeholder.
    static let tokenPlaceholderFragments: [[UInt8]] = [
        "example", "xxxx", "placeholder", "dummy", "redacted", "your", "0000000", "1234567", "abcdefg",
    ].map { Array($0.utf8) }

    /// Whole values (compared lower-case) that are words, types or references rather than secrets.
    static let words: Set<[UInt8]> = Set(
        [
            "true", "false", "null", "none", "nil", "undefined", "required", "optional", "string", "str", "bool",
            "boolean", "int", "integer", "number", "object", "any", "password", "passwd", "secret", "secrets", "token",
            "tokens", "hidden", "empty", "default", "env", "unset", "disabled", "enabled", "yes", "no", "on", "off",
            "bearer", "basic", "text", "value", "masked", "sensitive", "secure", "inherit", "auto", "generated",
        ].map { Array($0.utf8) })

    /// Whether the body of a prefixed token is a placeholder: a known filler, too few distinct characters, or too
    /// little entropy for a generated credential.
    static func isPlaceholderToken(_ text: ScanText, _ body: Range<Int>) -> Bool {
        if containsFragment(text, body, tokenPlaceholderFragments) { return true }
        if body.count >= 12, ShannonEntropy.distinctBytes(text, body) <= 6 { return true }
        return body.count >= 16 && ShannonEntropy.bitsPerByte(text, body) < 2.6
    }

    /// Whether a value assigned to a secret-looking name is a placeholder, a reference or a word.
    static func isPlaceholderValue(_ text: ScanText, _ value: Range<Int>) -> Bool {
        guard let first = value.first.map({ text[$0] }) else { return true }
        switch first {
        case UInt8(ascii: "$"), UInt8(ascii: "%"), UInt8(ascii: "@"), UInt8(ascii: "&"), UInt8(ascii: "*"):
            return true  // $VAR, ${VAR}, $(cmd), %VAR%, @Value, &anchor, *alias / ***
        case UInt8(ascii: "/"), UInt8(ascii: "~"):
            return true  // a path
        case UInt8(ascii: "."):
            return text.byte(at: value.lowerBound + 1) == UInt8(ascii: "/")
                || text.byte(at: value.lowerBound + 1) == UInt8(ascii: ".")
        default:
            break
        }
        if isWord(text, value) { return true }
        if containsFragment(text, value, placeholderFragments) { return true }
        if value.count >= 6, ShannonEntropy.distinctBytes(text, value) <= 3 { return true }
        return looksLikeFileName(text, value)
    }

    /// Whether `value`, lower-cased, is one of `words`.
    static func isWord(_ text: ScanText, _ value: Range<Int>) -> Bool {
        guard value.count <= 12 else { return false }
        return words.contains(value.map { ScanText.lowercased(text[$0]) })
    }

    /// Whether `value` ends in a file extension credentials are kept in (`key.pem`, `creds.json`).
    static func looksLikeFileName(_ text: ScanText, _ value: Range<Int>) -> Bool {
        for suffix in fileSuffixes where value.count > suffix.count {
            var matches = true
            for offset in 0..<suffix.count
            where ScanText.lowercased(text[value.upperBound - suffix.count + offset]) != suffix[offset] {
                matches = false
                break
            }
            if matches { return true }
        }
        return false
    }

    static let fileSuffixes: [[UInt8]] = [
        ".pem", ".key", ".json", ".txt", ".yml", ".yaml", ".env", ".p12", ".crt", ".cer", ".der", ".pub", ".gpg",
        ".asc", ".toml", ".ini", ".cfg", ".conf",
    ].map { Array($0.utf8) }

    static func containsFragment(_ text: ScanText, _ range: Range<Int>, _ fragments: [[UInt8]]) -> Bool {
        for fragment in fragments where text.containsIgnoringCase(fragment, in: range) { return true }
        return false
    }
}
