/// Interprets the escapes of a Cedar string literal exactly as Cedar does (Rust's string escape rules).
///
/// Accepted: `\n \r \t \\ \0 \' \"`, `\xHH` (at most `7F`) and `\u{H…}` (1 to 6 hex digits, `_` allowed after the
/// first digit, no surrogates). A bare carriage return is rejected. In a `like` pattern `*` is a wildcard and
/// `\*` a literal star.
enum Unescaper {
    struct Failures: Error {
        var items: [Failure]
    }

    struct Failure {
        /// Byte range of the offending escape within the literal's content.
        var range: Range<Int>
        var message: String
    }

    /// The text of a string literal's content (the bytes between the quotes).
    static func string(_ content: ArraySlice<UInt8>) -> Result<String, Failures> {
        if !content.contains(where: { $0 == UInt8(ascii: "\\") || $0 == 0x0D }) {
            return .success(String(decoding: content, as: UTF8.self))
        }
        var scalars = String.UnicodeScalarView()
        var failures: [Failure] = []
        scan(content, pattern: false) { element in
            switch element {
            case .scalar(let s): scalars.append(s)
            case .literalStar: scalars.append("*")
            case .wildcard: scalars.append("*")
            case .failure(let f): failures.append(f)
            }
        }
        return failures.isEmpty ? .success(String(scalars)) : .failure(Failures(items: failures))
    }

    /// The pattern of a `like` literal's content.
    static func pattern(_ content: ArraySlice<UInt8>) -> Result<Pattern, Failures> {
        var elements: [Pattern.Element] = []
        var failures: [Failure] = []
        scan(content, pattern: true) { element in
            switch element {
            case .scalar(let s): elements.append(.literal(s))
            case .literalStar: elements.append(.literal("*"))
            case .wildcard: elements.append(.wildcard)
            case .failure(let f): failures.append(f)
            }
        }
        return failures.isEmpty ? .success(Pattern(elements)) : .failure(Failures(items: failures))
    }

    private enum Element {
        case scalar(Unicode.Scalar)
        case literalStar
        case wildcard
        case failure(Failure)
    }

    private static func scan(_ content: ArraySlice<UInt8>, pattern: Bool, _ emit: (Element) -> Void) {
        let base = content.startIndex
        var scalars: [(offset: Int, scalar: Unicode.Scalar)] = []
        scalars.reserveCapacity(content.count)
        var offset = 0
        for scalar in String(decoding: content, as: UTF8.self).unicodeScalars {
            scalars.append((offset, scalar))
            offset += UTF8.width(scalar)
        }
        let end = content.endIndex - base
        var i = 0
        func offsetOf(_ k: Int) -> Int { k < scalars.count ? scalars[k].offset : end }
        func fail(_ from: Int, _ to: Int, _ why: String) {
            let range = offsetOf(from)..<offsetOf(to)
            let text = String(decoding: content[(base + range.lowerBound)..<(base + range.upperBound)], as: UTF8.self)
            emit(.failure(Failure(range: range, message: "the input `\(text)` is not a valid escape: \(why)")))
        }
        while i < scalars.count {
            let c = scalars[i].scalar
            if c == "\r" {
                fail(i, i + 1, "bare carriage return")
                i += 1
                continue
            }
            if c == "*" && pattern {
                emit(.wildcard)
                i += 1
                continue
            }
            guard c == "\\" else {
                emit(.scalar(c))
                i += 1
                continue
            }
            let start = i
            i += 1
            guard i < scalars.count else {
                fail(start, i, "lone backslash")
                break
            }
            let e = scalars[i].scalar
            i += 1
            switch e {
            case "n": emit(.scalar("\n"))
            case "r": emit(.scalar("\r"))
            case "t": emit(.scalar("\t"))
            case "\\": emit(.scalar("\\"))
            case "0": emit(.scalar("\0"))
            case "'": emit(.scalar("'"))
            case "\"": emit(.scalar("\""))
            case "*" where pattern: emit(.literalStar)
            case "x":
                guard i < scalars.count, let high = hexValue(scalars[i].scalar) else {
                    fail(
                        start, min(i + 1, scalars.count),
                        i < scalars.count ? "invalid character in hex escape" : "hex escape too short")
                    i = min(i + 1, scalars.count)
                    continue
                }
                i += 1
                guard i < scalars.count, let low = hexValue(scalars[i].scalar) else {
                    fail(
                        start, min(i + 1, scalars.count),
                        i < scalars.count ? "invalid character in hex escape" : "hex escape too short")
                    i = min(i + 1, scalars.count)
                    continue
                }
                i += 1
                let value = high * 16 + low
                if value > 0x7F {
                    fail(start, i, "hex escape out of range (at most \\x7F)")
                } else {
                    emit(.scalar(Unicode.Scalar(UInt8(value))))
                }
            case "u":
                unicodeEscape(&i, start: start, scalars: scalars, fail: fail, emit: emit)
            default:
                fail(start, i, "unknown escape")
            }
        }
    }

    private static func unicodeEscape(
        _ i: inout Int, start: Int, scalars: [(offset: Int, scalar: Unicode.Scalar)],
        fail: (Int, Int, String) -> Void, emit: (Element) -> Void
    ) {
        guard i < scalars.count, scalars[i].scalar == "{" else {
            fail(start, i, "missing `{` in unicode escape")
            return
        }
        i += 1
        guard i < scalars.count else {
            fail(start, i, "unclosed unicode escape")
            return
        }
        let first = scalars[i].scalar
        i += 1
        if first == "_" {
            fail(start, i, "leading underscore in unicode escape")
            return
        }
        if first == "}" {
            fail(start, i, "empty unicode escape")
            return
        }
        guard var value = hexValue(first) else {
            fail(start, i, "invalid character in unicode escape")
            return
        }
        var digits = 1
        while true {
            guard i < scalars.count else {
                fail(start, i, "unclosed unicode escape")
                return
            }
            let c = scalars[i].scalar
            i += 1
            if c == "_" { continue }
            if c == "}" {
                if digits > 6 {
                    fail(start, i, "overlong unicode escape (at most 6 hex digits)")
                } else if let scalar = Unicode.Scalar(value) {
                    emit(.scalar(scalar))
                } else {
                    fail(
                        start, i,
                        value > 0x10FFFF ? "unicode escape out of range" : "unicode escape is a lone surrogate")
                }
                return
            }
            guard let digit = hexValue(c) else {
                fail(start, i, "invalid character in unicode escape")
                return
            }
            digits += 1
            if digits <= 6 { value = value * 16 + digit }
        }
    }

    private static func hexValue(_ c: Unicode.Scalar) -> UInt32? {
        switch c {
        case "0"..."9": c.value - 48
        case "a"..."f": c.value - 87
        case "A"..."F": c.value - 55
        default: nil
        }
    }
}
