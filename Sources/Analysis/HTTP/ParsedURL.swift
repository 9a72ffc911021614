/// The parts of a URL that policies match on. Lenient the way HTTP clients are (`example.com/x` is accepted,
/// with the client's default scheme), and never throws: a URL it cannot take apart gives nil.
public struct ParsedURL: Hashable, Sendable {
    /// Lower-case scheme: `http`, `https`, …
    public var scheme: String
    /// Lower-case host name or IP literal (IPv6 without brackets); never empty.
    public var host: String
    public var port: Int?
    /// The path, `/` when empty; percent-escapes kept as written.
    public var path: String
    /// The query without `?`, nil when absent.
    public var query: String?

    public init(scheme: String, host: String, port: Int? = nil, path: String = "/", query: String? = nil) {
        self.scheme = scheme
        self.host = host
        self.port = port
        self.path = path
        self.query = query
    }

    /// Parses `text`, adding `defaultScheme` when it has none. User info (`user:pass@`) is dropped: it is a
    /// credential, not a destination.
    public static func parse(_ text: String, defaultScheme: String = "http") -> ParsedURL? {
        if let bytes = PlainASCII(text) { return parse(bytes, defaultScheme: defaultScheme) }
        return parse(characters: text, defaultScheme: defaultScheme)
    }

    /// `parse(_:defaultScheme:)` character by character: for text that is not plain ASCII (and, in tests, as the
    /// reference the byte reading must agree with).
    static func parse(characters text: String, defaultScheme: String) -> ParsedURL? {
        var rest = Substring(text.trimmingWhitespace)
        var scheme = defaultScheme
        if let marker = rest.firstRange(of: "://") {
            let candidate = rest[..<marker.lowerBound]
            guard !candidate.isEmpty, candidate.allSatisfy({ $0.isLetter || $0.isNumber || "+-.".contains($0) })
            else { return nil }
            scheme = candidate.lowercased()
            rest = rest[marker.upperBound...]
        }
        let authorityEnd = rest.firstIndex(where: { "/?#".contains($0) }) ?? rest.endIndex
        var authority = rest[..<authorityEnd]
        var tail = rest[authorityEnd...]
        if let fragment = tail.firstIndex(of: "#") { tail = tail[..<fragment] }
        if let at = authority.lastIndex(of: "@") { authority = authority[authority.index(after: at)...] }

        var host: Substring
        var portText: Substring?
        if authority.hasPrefix("[") {
            guard let close = authority.firstIndex(of: "]") else { return nil }
            host = authority[authority.index(after: authority.startIndex)..<close]
            let after = authority[authority.index(after: close)...]
            if after.hasPrefix(":") { portText = after.dropFirst() } else if !after.isEmpty { return nil }
        } else if let colon = authority.lastIndex(of: ":") {
            host = authority[..<colon]
            portText = authority[authority.index(after: colon)...]
        } else {
            host = authority
        }
        guard !host.isEmpty, !host.contains(where: { $0 == " " || $0 == "\t" || $0 == "\n" }) else { return nil }
        var port: Int?
        if let portText, !portText.isEmpty {
            guard let value = Int(portText), (0...65_535).contains(value) else { return nil }
            port = value
        }
        var path = tail
        var query: String?
        if let question = tail.firstIndex(of: "?") {
            path = tail[..<question]
            query = String(tail[tail.index(after: question)...])
        }
        var hostName = host.lowercased()
        if hostName.hasSuffix(".") { hostName.removeLast() }
        return ParsedURL(
            scheme: scheme, host: hostName, port: port, path: path.isEmpty ? "/" : String(path), query: query)
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces, tabs and newlines.
    var trimmingWhitespace: Substring {
        // Most texts have nothing to trim. A whitespace character is a single byte (or `\r\n`, which ends in one), so
        // when neither end byte is one there is nothing to trim.
        let isSpaceByte: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        let nothingToTrim = utf8.withContiguousStorageIfAvailable { bytes in
            guard let first = bytes.first, let last = bytes.last else { return false }
            return !isSpaceByte(first) && !isSpaceByte(last)
        }
        if nothingToTrim == true { return Substring(self) }
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let first = firstIndex(where: { !isSpace($0) }) else { return "" }
        let last = lastIndex(where: { !isSpace($0) })!
        return Substring(self[first...last])
    }
}
