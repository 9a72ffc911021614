import Cedar

/// Finds where a value (or its key) starts in the text of a JSON document that has already parsed, so a schema
/// problem found in the parsed `JSONValue` can be reported at `file:line:column`. Runs only when there is a
/// problem to report; iterative, linear in the document.
enum JSONLocator {
    /// The position of the value at `path` in `text`, or of its key when `atKey`; nil when not found.
    static func position(of path: JSONPath, atKey: Bool, in text: String, file: String?) -> SourceSpan? {
        let bytes = Array(text.utf8)
        guard let offset = offset(of: path, atKey: atKey, in: bytes) else { return nil }
        var line = 1
        var column = 1
        for byte in bytes[..<offset] {
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        let position = SourcePosition(line: line, column: column, offset: offset)
        return SourceSpan(file: file, start: position, end: position)
    }

    private static func offset(of path: JSONPath, atKey: Bool, in bytes: [UInt8]) -> Int? {
        var i = skipSpace(bytes, 0)
        for (n, component) in path.components.enumerated() {
            let isLast = n == path.components.count - 1
            switch component {
            case .key(let wanted):
                guard i < bytes.count, bytes[i] == UInt8(ascii: "{") else { return nil }
                i = skipSpace(bytes, i + 1)
                var found = false
                while i < bytes.count, bytes[i] == UInt8(ascii: "\"") {
                    let keyStart = i
                    let keyEnd = skipString(bytes, i)
                    let key = decodedString(bytes[(keyStart + 1)..<max(keyStart + 1, keyEnd - 1)])
                    i = skipSpace(bytes, keyEnd)
                    guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else { return nil }
                    i = skipSpace(bytes, i + 1)
                    if key == wanted {
                        if isLast && atKey { return keyStart }
                        found = true
                        break
                    }
                    i = skipSpace(bytes, skipValue(bytes, i))
                    if i < bytes.count, bytes[i] == UInt8(ascii: ",") { i = skipSpace(bytes, i + 1) }
                }
                if !found { return nil }
            case .index(let wanted):
                guard i < bytes.count, bytes[i] == UInt8(ascii: "[") else { return nil }
                i = skipSpace(bytes, i + 1)
                for _ in 0..<wanted {
                    i = skipSpace(bytes, skipValue(bytes, i))
                    guard i < bytes.count, bytes[i] == UInt8(ascii: ",") else { return nil }
                    i = skipSpace(bytes, i + 1)
                }
            }
        }
        return i < bytes.count ? i : nil
    }

    private static func skipSpace(_ bytes: [UInt8], _ start: Int) -> Int {
        var i = start
        while i < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[i]) { i += 1 }
        return i
    }

    /// The index after the string that starts (with its quote) at `start`.
    private static func skipString(_ bytes: [UInt8], _ start: Int) -> Int {
        var i = start + 1
        while i < bytes.count {
            switch bytes[i] {
            case UInt8(ascii: "\\"): i += 2
            case UInt8(ascii: "\""): return i + 1
            default: i += 1
            }
        }
        return i
    }

    /// The index after the value that starts at `start`.
    private static func skipValue(_ bytes: [UInt8], _ start: Int) -> Int {
        guard start < bytes.count else { return start }
        switch bytes[start] {
        case UInt8(ascii: "\""):
            return skipString(bytes, start)
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            var depth = 0
            var i = start
            while i < bytes.count {
                switch bytes[i] {
                case UInt8(ascii: "\""):
                    i = skipString(bytes, i)
                    continue
                case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
                case UInt8(ascii: "}"), UInt8(ascii: "]"):
                    depth -= 1
                    if depth == 0 { return i + 1 }
                default: break
                }
                i += 1
            }
            return i
        default:
            var i = start
            while i < bytes.count, !",]} \t\r\n".utf8.contains(bytes[i]) { i += 1 }
            return i
        }
    }

    /// A key's text with the common escapes undone (enough to compare keys; keys in packs are plain words).
    private static func decodedString(_ raw: ArraySlice<UInt8>) -> String {
        guard raw.contains(UInt8(ascii: "\\")) else { return String(decoding: raw, as: UTF8.self) }
        var out: [UInt8] = []
        var i = raw.startIndex
        while i < raw.endIndex {
            if raw[i] == UInt8(ascii: "\\"), i + 1 < raw.endIndex {
                out.append(raw[i + 1])
                i += 2
            } else {
                out.append(raw[i])
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
