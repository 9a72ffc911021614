/// Removes the blank lines of rendered policy text, except inside string literals and comments, then trims the
/// text (Rust `cedar-policy-formatter`'s `remove_empty_lines`).
enum BlankLineRemover {
    static func clean(_ text: String) -> String {
        let bytes = Array(text.utf8)
        var output: [UInt8] = []
        var index = 0
        while index < bytes.count {
            let comment = nextComment(bytes, from: index)
            let string = nextString(bytes, from: index)
            let match: Range<Int>?
            switch (comment, string) {
            case (let c?, let s?): match = c.lowerBound <= s.lowerBound ? c : s
            case (let c?, nil): match = c
            case (nil, let s?): match = s
            case (nil, nil): match = nil
            }
            guard let match else {
                output += removingBlankLines(bytes[index...])
                break
            }
            output += removingBlankLines(bytes[index..<match.lowerBound])
            output += bytes[match]
            index = match.upperBound
        }
        return String(decoding: output, as: UTF8.self).trimmingWhiteSpace()
    }

    /// The first `//[^\n\r]*` at or after `start`.
    private static func nextComment(_ bytes: [UInt8], from start: Int) -> Range<Int>? {
        var i = start
        while i + 1 < bytes.count {
            if bytes[i] == UInt8(ascii: "/") && bytes[i + 1] == UInt8(ascii: "/") {
                var end = i + 2
                while end < bytes.count && bytes[end] != 0x0A && bytes[end] != 0x0D { end += 1 }
                return i..<end
            }
            i += 1
        }
        return nil
    }

    /// The first `"(\\.|[^"\\])*"` at or after `start` (`.` does not match a line break).
    private static func nextString(_ bytes: [UInt8], from start: Int) -> Range<Int>? {
        var i = start
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "\"") {
                var j = i + 1
                var closed = false
                while j < bytes.count {
                    let c = bytes[j]
                    if c == UInt8(ascii: "\"") {
                        closed = true
                        break
                    }
                    if c == UInt8(ascii: "\\") {
                        guard j + 1 < bytes.count, bytes[j + 1] != 0x0A else { break }
                        j += 1 + Lexer.scalarLength(bytes[j + 1])
                        continue
                    }
                    j += 1
                }
                if closed { return i..<(j + 1) }
            }
            i += 1
        }
        return nil
    }

    /// `text` without its lines that hold only white space and end with a line break, keeping a first line
    /// break (`remove_empty_interior_lines`).
    private static func removingBlankLines(_ text: ArraySlice<UInt8>) -> [UInt8] {
        var output: [UInt8] = []
        if text.first == 0x0A { output.append(0x0A) }
        var lineStart = text.startIndex
        while lineStart < text.endIndex {
            var lineEnd = lineStart
            while lineEnd < text.endIndex && text[lineEnd] != 0x0A { lineEnd += 1 }
            let hasBreak = lineEnd < text.endIndex
            let line = text[lineStart..<(hasBreak ? lineEnd + 1 : lineEnd)]
            let blank = String(decoding: line, as: UTF8.self).trimmingWhiteSpace().isEmpty
            if !blank || !hasBreak { output += line }
            lineStart = hasBreak ? lineEnd + 1 : lineEnd
        }
        return output
    }
}
