/// PEM and PGP private key blocks: `-----BEGIN (RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY( BLOCK)?-----`
/// through the matching END line.
///
/// Inside a service-account JSON file (`"private_key": "-----BEGIN PRIVATE KEY-----\n…"`) the block is reported as
/// `gcp-service-account-key`. A block without an END line (truncated output) runs to the end of its base64 body.
struct PrivateKeyBlocks {
    static let begin = Array("-----BEGIN ".utf8)
    static let end = Array("-----END ".utf8)
    static let dashes = Array("-----".utf8)
    static let labels: [[UInt8]] = [
        "PRIVATE KEY", "RSA PRIVATE KEY", "EC PRIVATE KEY", "DSA PRIVATE KEY", "OPENSSH PRIVATE KEY",
        "ENCRYPTED PRIVATE KEY", "PGP PRIVATE KEY BLOCK", "SSH2 ENCRYPTED PRIVATE KEY",
    ].map { Array($0.utf8) }
    static let serviceAccountKey = Array("private_key".utf8)
    /// The most a key block may span; larger "blocks" are not keys.
    static let maximumLength = 64 * 1024
    /// The fewest base64 characters a real key body has (documentation elides keys with `...`).
    static let minimumBody = 64

    /// Where the next `-----END ` is at or after the last position asked about; remembered so that many BEGIN lines
    /// without END lines cost one pass, not one pass each.
    private var nextEnd: Int? = nil
    private var searchedFrom = -1

    /// The key block starting at `index` (which holds `-`), if there is one.
    mutating func match(in text: ScanText, at index: Int) -> SecretMatch? {
        guard text.has(Self.begin, at: index) else { return nil }
        let labelStart = index + Self.begin.count
        guard let label = Self.labels.first(where: { text.has($0, at: labelStart) }),
            text.has(Self.dashes, at: labelStart + label.count)
        else { return nil }
        let bodyStart = labelStart + label.count + Self.dashes.count
        var blockEnd: Int
        if let end = endLine(in: text, from: bodyStart), end - index <= Self.maximumLength {
            blockEnd = end
        } else {
            blockEnd = bodyStart + text.run(of: Self.bodyCharacters, from: bodyStart, limit: Self.maximumLength)
        }
        guard base64Count(in: text, bodyStart..<blockEnd) >= Self.minimumBody else { return nil }
        let rule = isInServiceAccountJSON(text, before: index) ? "gcp-service-account-key" : "private-key"
        return SecretMatch(rule: rule, range: index..<blockEnd)
    }

    /// The end of the `-----END …-----` line at or after `start`, or nil when there is none.
    private mutating func endLine(in text: ScanText, from start: Int) -> Int? {
        let cached = searchedFrom >= 0 && start >= searchedFrom && (nextEnd.map { $0 >= start } ?? true)
        if !cached {
            searchedFrom = start
            nextEnd = nil
            var position = start
            while position + Self.end.count <= text.count {
                if text[position] == UInt8(ascii: "-"), text.has(Self.end, at: position) {
                    nextEnd = position
                    break
                }
                position += 1
            }
        }
        guard let end = nextEnd else { return nil }
        var position = end + Self.end.count
        let limit = min(text.count, position + 40)
        while position < limit, !text.has(Self.dashes, at: position) { position += 1 }
        guard text.has(Self.dashes, at: position) else { return nil }
        return position + Self.dashes.count
    }

    /// What an unterminated block's body may hold: base64, padding, line breaks (also `\n` escaped in JSON).
    static let bodyCharacters = ByteSet.base64 + ByteSet("=\\ \t\r\n")

    private func base64Count(in text: ScanText, _ range: Range<Int>) -> Int {
        var count = 0
        for index in range where ByteSet.base64.contains(text[index]) { count += 1 }
        return count
    }

    private func isInServiceAccountJSON(_ text: ScanText, before index: Int) -> Bool {
        var position = index - 1
        let floor = max(0, index - 24)
        while position >= floor,
            ByteSet.whitespace.contains(text[position]) || text[position] == UInt8(ascii: "\"")
                || text[position] == UInt8(ascii: ":")
        {
            position -= 1
        }
        return text.has(Self.serviceAccountKey, at: position + 1 - Self.serviceAccountKey.count)
    }
}
