/// Backslash escapes of `$'…'`, `echo -e` (and `printf %b`) and `printf` formats, decoded to UTF-8 bytes.
enum ShellEscapes {
    enum Style {
        /// `$'…'`: `\'`, `\"`, `\?`, `\nnn`, `\cX`.
        case ansiC
        /// `echo -e` and `printf %b`: `\0nnn`, `\c` ends the output.
        case echo
        /// A `printf` format: `\nnn`, `\"`, `\'` (`\c` is not an escape).
        case printf
    }

    /// Decodes the escape whose backslash is just before `index`, advancing `index` past it. Returns false when
    /// the escape is `\c` in the `echo`/`printf` styles, which ends all output.
    @discardableResult
    static func decode(_ bytes: [UInt8], at index: inout Int, style: Style, into out: inout [UInt8]) -> Bool {
        guard index < bytes.count else {
            out.append(UInt8(ascii: "\\"))
            return true
        }
        let c = bytes[index]
        index += 1
        switch c {
        case UInt8(ascii: "a"): out.append(0x07)
        case UInt8(ascii: "b"): out.append(0x08)
        case UInt8(ascii: "e"), UInt8(ascii: "E"): out.append(0x1B)
        case UInt8(ascii: "f"): out.append(0x0C)
        case UInt8(ascii: "n"): out.append(0x0A)
        case UInt8(ascii: "r"): out.append(0x0D)
        case UInt8(ascii: "t"): out.append(0x09)
        case UInt8(ascii: "v"): out.append(0x0B)
        case UInt8(ascii: "\\"): out.append(c)
        case UInt8(ascii: "'") where style != .echo: out.append(c)
        case UInt8(ascii: "?") where style == .ansiC: out.append(c)
        case UInt8(ascii: "\"") where style != .echo: out.append(c)
        case UInt8(ascii: "c"):
            if style == .echo { return false }
            if style == .printf {
                out.append(contentsOf: [UInt8(ascii: "\\"), c])
                return true
            }
            guard index < bytes.count else {
                out.append(contentsOf: [UInt8(ascii: "\\"), c])
                return true
            }
            out.append(bytes[index] & 0x1F)
            index += 1
        case UInt8(ascii: "x"):
            guard let value = number(bytes, at: &index, radix: 16, maximumDigits: 2) else {
                out.append(contentsOf: [UInt8(ascii: "\\"), c])
                return true
            }
            out.append(UInt8(value))
        case UInt8(ascii: "u"), UInt8(ascii: "U"):
            guard let value = number(bytes, at: &index, radix: 16, maximumDigits: c == UInt8(ascii: "u") ? 4 : 8)
            else {
                out.append(contentsOf: [UInt8(ascii: "\\"), c])
                return true
            }
            out.append(contentsOf: String(Unicode.Scalar(UInt32(truncatingIfNeeded: value)) ?? "\u{FFFD}").utf8)
        case UInt8(ascii: "0")...UInt8(ascii: "7"):
            if style == .echo {
                // `\0nnn`: up to three octal digits after the zero; other digits are not escapes.
                guard c == UInt8(ascii: "0") else {
                    out.append(contentsOf: [UInt8(ascii: "\\"), c])
                    return true
                }
                let value = number(bytes, at: &index, radix: 8, maximumDigits: 3) ?? 0
                out.append(UInt8(truncatingIfNeeded: value))
            } else {
                index -= 1
                let value = number(bytes, at: &index, radix: 8, maximumDigits: 3) ?? 0
                out.append(UInt8(truncatingIfNeeded: value))
            }
        default:
            out.append(contentsOf: [UInt8(ascii: "\\"), c])
        }
        return true
    }

    /// Up to `maximumDigits` digits in `radix` at `index`; nil (and `index` unchanged) when there are none.
    static func number(_ bytes: [UInt8], at index: inout Int, radix: Int, maximumDigits: Int) -> Int? {
        var value = 0
        var digits = 0
        while digits < maximumDigits, index < bytes.count, let digit = digitValue(bytes[index]), digit < radix {
            value = value * radix + digit
            digits += 1
            index += 1
        }
        return digits == 0 ? nil : value
    }

    static func digitValue(_ c: UInt8) -> Int? {
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): Int(c - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): Int(c - UInt8(ascii: "a")) + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): Int(c - UInt8(ascii: "A")) + 10
        default: nil
        }
    }
}
