/// Processes the escapes of a schema string literal as Cedar does: `\n \r \t \\ \0 \' \"`,
/// `\xHH` (ASCII only) and `\u{H…}` (one to six hex digits, a Unicode scalar value).
enum SchemaStringEscapes {
    /// The unescaped text, or `nil` when an escape is invalid.
    static func unescape(_ body: String) -> String? {
        var out = String.UnicodeScalarView()
        var scalars = body.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            guard scalar == "\\" else {
                out.append(scalar)
                continue
            }
            guard let escape = scalars.next() else { return nil }
            switch escape {
            case "n": out.append("\n")
            case "r": out.append("\r")
            case "t": out.append("\t")
            case "\\": out.append("\\")
            case "0": out.append("\0")
            case "'": out.append("'")
            case "\"": out.append("\"")
            case "x":
                guard let high = scalars.next().flatMap(hexValue), let low = scalars.next().flatMap(hexValue),
                    high < 8, let value = Unicode.Scalar(high * 16 + low)
                else { return nil }
                out.append(value)
            case "u":
                guard scalars.next() == "{" else { return nil }
                var value: UInt32 = 0
                var digits = 0
                var closed = false
                while let next = scalars.next() {
                    if next == "}" {
                        closed = true
                        break
                    }
                    guard let digit = hexValue(next), digits < 6 else { return nil }
                    value = value * 16 + digit
                    digits += 1
                }
                guard closed, digits > 0, let result = Unicode.Scalar(value) else { return nil }
                out.append(result)
            default: return nil
            }
        }
        return String(out)
    }

    private static func hexValue(_ s: Unicode.Scalar) -> UInt32? {
        switch s {
        case "0"..."9": s.value - 0x30
        case "a"..."f": s.value - 0x61 + 10
        case "A"..."F": s.value - 0x41 + 10
        default: nil
        }
    }
}
