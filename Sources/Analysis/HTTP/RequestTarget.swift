/// The destination of a request: the URL as the client would complete it, and its host and path when they are
/// known. A URL with run-time parts keeps the host when the parts come after it (`https://api.x.com/v1/$ID`).
struct RequestTarget {
    var url: String
    /// Lower-case host; empty when unknown.
    var host: String
    var path: String
    /// The query, with run-time parts as their source text when `queryIsStatic` is false.
    var query: String?
    var queryIsStatic = true
    var isStatic: Bool
    /// True when the URL carries credentials (`https://user:password@host/`); they are redacted from `url`.
    var hasUserInfo = false

    init(_ word: ShellWord, defaultScheme: String, globs: Bool = false) {
        let text = String(word.text.trimmingWhitespace)
        let hasScheme = Self.schemeEnd(text) != nil
        url =
            hasScheme || text.isEmpty || !word.isStatic && (text.first == "$" || text.first == "`")
            ? text : "\(defaultScheme)://\(text)"
        isStatic = word.isStatic
        if let redacted = Self.redactingUserInfo(url) {
            url = redacted
            hasUserInfo = true
        }
        var analyzable = Substring(url)
        if !word.isStatic || globs {
            let cut = Self.firstDynamicIndex(url, globs: globs) ?? url.endIndex
            if cut != url.endIndex { isStatic = false }
            analyzable = url[..<cut]
            // The host is known only when the authority ends before the first run-time part.
            let afterScheme = Self.schemeEnd(String(analyzable)).map {
                analyzable.index(analyzable.startIndex, offsetBy: $0)
            }
            let authorityStart = afterScheme ?? analyzable.startIndex
            if cut != url.endIndex, analyzable[authorityStart...].firstIndex(where: Self.endsAuthority) == nil {
                analyzable = ""
            }
        }
        if let parsed = ParsedURL.parse(String(analyzable), defaultScheme: defaultScheme) {
            host = parsed.host
            path = parsed.path
            query = parsed.query
        } else {
            host = ""
            path = "/"
            query = nil
        }
        if !isStatic {
            // The query as written, run-time parts included, so a GraphQL query in it is still seen.
            query = ParsedURL.parse(url, defaultScheme: defaultScheme)?.query
            queryIsStatic = false
        }
    }

    /// `https://user:pw@host/x` → `https://<redacted>@host/x`; nil when the URL has no user info.
    static func redactingUserInfo(_ url: String) -> String? {
        if let ascii = PlainASCII(url) {
            let authorityStart = schemeEnd(url) ?? 0
            let authorityEnd = ascii.firstIndex(from: authorityStart, where: PlainASCII.endsAuthority) ?? ascii.count
            guard let at = ascii.lastIndex(of: UInt8(ascii: "@"), in: authorityStart..<authorityEnd) else { return nil }
            return ascii.string(0..<authorityStart) + "<redacted>" + ascii.string(at..<ascii.count)
        }
        return redactingUserInfo(characters: url)
    }

    /// `redactingUserInfo(_:)` character by character.
    static func redactingUserInfo(characters url: String) -> String? {
        let authorityStart = schemeEnd(url).map { url.index(url.startIndex, offsetBy: $0) } ?? url.startIndex
        let rest = url[authorityStart...]
        let authorityEnd = rest.firstIndex(where: endsAuthority) ?? rest.endIndex
        guard let at = rest[..<authorityEnd].lastIndex(of: "@") else { return nil }
        return String(url[..<authorityStart]) + "<redacted>" + String(url[at...])
    }

    mutating func appendQuery(_ addition: String, isStatic: Bool) {
        url += (url.containsBytes("?") ? "&" : "?") + addition
        query = query.map { $0 + "&" + addition } ?? addition
        if !isStatic {
            self.isStatic = false
            queryIsStatic = false
        }
    }

    /// The offset just past `scheme://`, when `text` starts with a scheme.
    static func schemeEnd(_ text: String) -> Int? {
        // On UTF-8 bytes: this runs for every URL a client is given.
        let bytes = Array(text.utf8)
        var colon = 0
        while colon + 2 < bytes.count, !(bytes[colon] == 0x3A && bytes[colon + 1] == 0x2F && bytes[colon + 2] == 0x2F) {
            colon += 1
        }
        guard colon + 2 < bytes.count else { return nil }
        // An ASCII scheme is one byte per character: check it byte by byte, and the offset is the byte offset.
        if bytes[..<colon].allSatisfy({ $0 < 0x80 }) {
            guard colon > 0, PlainASCII.isLetter(bytes[0]), bytes[..<colon].allSatisfy(PlainASCII.isSchemeByte) else {
                return nil
            }
            return colon + 3
        }
        let scheme = text[..<text.utf8.index(text.startIndex, offsetBy: colon)]
        guard let first = scheme.first, first.isLetter,
            scheme.allSatisfy({ $0.isLetter || $0.isNumber || "+-.".contains($0) })
        else { return nil }
        return text.distance(from: text.startIndex, to: text.utf8.index(text.startIndex, offsetBy: colon + 3))
    }

    /// `/`, `?`, `#`: where a URL's authority ends.
    static func endsAuthority(_ character: Character) -> Bool {
        character == "/" || character == "?" || character == "#"
    }

    /// Where the first run-time part (`$`, a backquote) or, with `globs`, curl URL glob (`{`, `[` outside an
    /// IPv6 host) starts.
    static func firstDynamicIndex(_ text: String, globs: Bool = false) -> String.Index? {
        if let ascii = PlainASCII(text) {
            var afterScheme = false
            for (offset, byte) in ascii.bytes.enumerated() {
                if byte == UInt8(ascii: "$") || byte == UInt8(ascii: "`") {
                    return text.utf8.index(text.startIndex, offsetBy: offset)
                }
                guard globs else { continue }
                if byte == UInt8(ascii: "{") || byte == UInt8(ascii: "}") {
                    return text.utf8.index(text.startIndex, offsetBy: offset)
                }
                // `http://[::1]/` is an IPv6 host, not a glob.
                if byte == UInt8(ascii: "["), !(offset == 0 || afterScheme) {
                    return text.utf8.index(text.startIndex, offsetBy: offset)
                }
                afterScheme =
                    offset >= 2 && byte == UInt8(ascii: "/") && ascii.bytes[offset - 1] == UInt8(ascii: "/")
                    && ascii.bytes[offset - 2] == UInt8(ascii: ":")
            }
            return nil
        }
        return firstDynamicIndex(characters: text, globs: globs)
    }

    /// `firstDynamicIndex(_:globs:)` character by character.
    static func firstDynamicIndex(characters text: String, globs: Bool) -> String.Index? {
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character == "$" || character == "`" { return index }
            if globs, character == "{" || character == "}" { return index }
            if globs, character == "[" {
                // `http://[::1]/` is an IPv6 host, not a glob.
                let before = text[..<index]
                if !(before.hasSuffix("://") || before.isEmpty) { return index }
            }
            index = text.index(after: index)
        }
        return nil
    }
}
