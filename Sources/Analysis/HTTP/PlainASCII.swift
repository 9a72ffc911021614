/// The bytes of a text that is plain ASCII without carriage returns, where every `Character` is one byte: URL
/// handling can then work on bytes and answer exactly as its `Character`-based reading of other texts does.
struct PlainASCII {
    let bytes: [UInt8]

    init?(_ text: some StringProtocol) {
        // One copy, then the `isSimpleASCII` test on the array (URLs are read on every request).
        let bytes = Array(text.utf8)
        guard !bytes.contains(where: { $0 >= 0x80 || $0 == 0x0D }) else { return nil }
        self.bytes = bytes
    }

    var count: Int { bytes.count }

    func string(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }

    /// The first index at or after `start`, before `end`, whose byte satisfies `predicate`.
    func firstIndex(from start: Int, to end: Int? = nil, where predicate: (UInt8) -> Bool) -> Int? {
        var index = start
        let end = end ?? bytes.count
        while index < end {
            if predicate(bytes[index]) { return index }
            index += 1
        }
        return nil
    }

    /// The last index in `range` whose byte is `byte`.
    func lastIndex(of byte: UInt8, in range: Range<Int>) -> Int? {
        var index = range.upperBound
        while index > range.lowerBound {
            index -= 1
            if bytes[index] == byte { return index }
        }
        return nil
    }

    /// The start of the first `://` at or after `start`.
    func schemeSeparator(from start: Int = 0) -> Int? {
        var index = start
        while index + 2 < bytes.count {
            if bytes[index] == 0x3A && bytes[index + 1] == 0x2F && bytes[index + 2] == 0x2F { return index }
            index += 1
        }
        return nil
    }

    static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    /// Letters, digits, `+`, `-`, `.`: what a URL scheme is made of.
    static func isSchemeByte(_ byte: UInt8) -> Bool {
        isLetter(byte) || isDigit(byte) || byte == 0x2B || byte == 0x2D || byte == 0x2E
    }
    /// `/`, `?`, `#`: where a URL's authority ends.
    static func endsAuthority(_ byte: UInt8) -> Bool { byte == 0x2F || byte == 0x3F || byte == 0x23 }
    static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A }

    /// `range` without leading and trailing spaces, tabs and newlines (as `trimmingWhitespace`).
    func trimmed(_ range: Range<Int>) -> Range<Int> {
        var start = range.lowerBound
        var end = range.upperBound
        while start < end && Self.isSpace(bytes[start]) { start += 1 }
        while end > start && Self.isSpace(bytes[end - 1]) { end -= 1 }
        return start..<end
    }
}

extension ParsedURL {
    /// `parse(_:defaultScheme:)` on plain ASCII, step for step.
    static func parse(_ text: PlainASCII, defaultScheme: String) -> ParsedURL? {
        let content = text.trimmed(0..<text.count)
        var start = content.lowerBound
        let end = content.upperBound
        var scheme = defaultScheme
        if let marker = text.schemeSeparator(from: start), marker + 3 <= end {
            guard marker > start, text.bytes[start..<marker].allSatisfy(PlainASCII.isSchemeByte) else { return nil }
            scheme = text.string(start..<marker).lowercased()
            start = marker + 3
        }
        let authorityEnd = text.firstIndex(from: start, to: end, where: PlainASCII.endsAuthority) ?? end
        var authorityStart = start
        var tailEnd = end
        if let fragment = text.firstIndex(from: authorityEnd, to: end, where: { $0 == 0x23 }) { tailEnd = fragment }
        if let at = text.lastIndex(of: 0x40, in: authorityStart..<authorityEnd) { authorityStart = at + 1 }

        var host: Range<Int>
        var port: Range<Int>?
        if authorityStart < authorityEnd && text.bytes[authorityStart] == 0x5B {
            guard let close = text.firstIndex(from: authorityStart, to: authorityEnd, where: { $0 == 0x5D }) else {
                return nil
            }
            host = (authorityStart + 1)..<close
            if close + 1 < authorityEnd {
                guard text.bytes[close + 1] == 0x3A else { return nil }
                port = (close + 2)..<authorityEnd
            }
        } else if let colon = text.lastIndex(of: 0x3A, in: authorityStart..<authorityEnd) {
            host = authorityStart..<colon
            port = (colon + 1)..<authorityEnd
        } else {
            host = authorityStart..<authorityEnd
        }
        guard !host.isEmpty, !text.bytes[host].contains(where: PlainASCII.isSpace) else { return nil }
        var portNumber: Int?
        if let port, !port.isEmpty {
            guard let value = Int(text.string(port)), (0...65_535).contains(value) else { return nil }
            portNumber = value
        }
        var pathEnd = tailEnd
        var query: String?
        if let question = text.firstIndex(from: authorityEnd, to: tailEnd, where: { $0 == 0x3F }) {
            pathEnd = question
            query = text.string((question + 1)..<tailEnd)
        }
        var hostName = text.string(host).lowercased()
        if hostName.utf8.last == 0x2E { hostName.removeLast() }
        return ParsedURL(
            scheme: scheme, host: hostName, port: portNumber,
            path: authorityEnd == pathEnd ? "/" : text.string(authorityEnd..<pathEnd), query: query)
    }
}
