/// Passwords in URLs: `scheme://user:password@host`. The match covers the password only, so redaction keeps the
/// user and host readable: `postgres://app:[REDACTED:url-credentials]@db.internal/app`.
enum URLCredentials {
    static let schemeCharacters = ByteSet.alphanumeric + ByteSet("+.-")
    /// Characters that end the authority before an `@` is found: no credentials then.
    static let authorityEnd = ByteSet.whitespace + ByteSet("/?#\"'`<>\\[]{}()|,;")
    static let maximumUserInfo = 256
    static let hostCharacters = ByteSet.alphanumeric + ByteSet(".-_[:")
    /// Passwords (lower-case) that document a URL's shape rather than hold a secret.
    static let placeholderPasswords: Set<[UInt8]> = Set(
        ["password", "pass", "passwd", "pwd", "secret", "x-oauth-basic", "x", "token", "pw"].map { Array($0.utf8) })

    /// The password of a URL whose `://` starts at `index` (which holds `:`).
    static func match(in text: ScanText, at index: Int) -> SecretMatch? {
        guard text.byte(at: index + 1) == UInt8(ascii: "/"), text.byte(at: index + 2) == UInt8(ascii: "/") else {
            return nil
        }
        var schemeStart = index
        while schemeStart > 0, index - schemeStart < 32, schemeCharacters.contains(text[schemeStart - 1]) {
            schemeStart -= 1
        }
        guard index - schemeStart >= 2, ByteSet.letters.contains(text[schemeStart]) else { return nil }
        let userStart = index + 3
        var position = userStart
        var colon: Int? = nil
        let limit = min(text.count, userStart + maximumUserInfo)
        while position < limit {
            let byte = text[position]
            if byte == UInt8(ascii: "@") { break }
            if byte >= 0x80 || authorityEnd.contains(byte) { return nil }
            if byte == UInt8(ascii: ":"), colon == nil { colon = position }
            position += 1
        }
        guard position < limit, let separator = colon else { return nil }
        let password = (separator + 1)..<position
        guard !password.isEmpty, hostCharacters.contains(text.byte(at: position + 1)) else { return nil }
        if isPlaceholder(text, user: userStart..<separator, password: password) { return nil }
        return SecretMatch(rule: "url-credentials", range: password)
    }

    private static func isPlaceholder(_ text: ScanText, user: Range<Int>, password: Range<Int>) -> Bool {
        if placeholderPasswords.contains(password.map { ScanText.lowercased(text[$0]) }) { return true }
        if user.count == password.count, zip(user, password).allSatisfy({ text[$0] == text[$1] }) { return true }
        return SecretValues.isPlaceholderValue(text, password)
    }
}
