/// Lexical clean-up of a path before rules see it, so one glob covers the ways a path can be written:
/// `//etc/` → `/etc`, `./build/./x` → `build/x`, `/usr/lib/..` → `/usr`, `${HOME}/x` and `$HOME/x` → `~/x`,
/// `${TMPDIR}` → `$TMPDIR`. `..` is resolved only against a plain name; after a variable, a glob or `~` it stays,
/// because what it climbs out of is unknown.
///
/// Works on UTF-8 bytes, as the kernel splits paths at the byte `/`: every file action of every command is
/// normalized once, so this stays free of `Character` work.
enum PathNormalization {
    static func normalize(_ path: String) -> String {
        var path = path
        return path.withUTF8 { String(decoding: normalize(bytes: $0), as: UTF8.self) }
    }

    /// The normalized path's bytes.
    static func normalize(bytes input: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(input.count + 1)
        var start = 0
        if let home = homePrefixLength(input) {
            output.append(tilde)
            start = home
        }
        let isAbsolute = output.isEmpty && input.first == slash
        if isAbsolute { output.append(slash) }
        // Where each kept segment starts in `output`, and whether it is a plain name `..` may climb out of.
        var kept: [(start: Int, isPlain: Bool)] = []
        var index = start
        while index < input.count {
            if input[index] == slash {
                index += 1
                continue
            }
            var end = index
            while end < input.count && input[end] != slash { end += 1 }
            let segment = UnsafeBufferPointer(rebasing: input[index..<end])
            index = end
            if segment.count == 1 && segment[0] == dot { continue }
            if segment.count == 2 && segment[0] == dot && segment[1] == dot {
                if let last = kept.last, last.isPlain {
                    kept.removeLast()
                    // Drop the segment and the `/` before it (none before the first segment of a relative path).
                    output.removeSubrange(max(last.start - 1, isAbsolute ? 1 : 0)..<output.count)
                    continue
                }
                if isAbsolute && kept.isEmpty { continue }  // `/..` is `/`
            }
            if output.count > (isAbsolute ? 1 : 0) { output.append(slash) }
            let segmentStart = output.count
            appendUnbraced(segment, to: &output)
            kept.append((segmentStart, isPlainName(output[segmentStart...])))
        }
        if kept.isEmpty && output.first != tilde { return isAbsolute ? [slash] : [dot] }
        return output
    }

    /// The segments of a normalized path; an absolute path starts with an empty segment (the root), so `/` is
    /// `[""]` and `/etc` is `["", "etc"]`.
    static func segments(of path: String) -> [Substring] {
        if path == "/" { return [""] }
        return path.split(separator: "/", omittingEmptySubsequences: false)
    }

    private static let slash = UInt8(ascii: "/")
    private static let dot = UInt8(ascii: ".")
    private static let tilde = UInt8(ascii: "~")

    /// The length of a leading `${HOME}` or `$HOME` that is a whole segment, nil when there is none.
    private static func homePrefixLength(_ input: UnsafeBufferPointer<UInt8>) -> Int? {
        for prefix in ["${HOME}", "$HOME"] as [StaticString] {
            let count = prefix.utf8CodeUnitCount
            guard input.count >= count, input.count == count || input[count] == slash else { continue }
            if (0..<count).allSatisfy({ input[$0] == prefix.utf8Start[$0] }) { return count }
        }
        return nil
    }

    /// `${NAME}` → `$NAME` for a whole segment, so patterns need one spelling.
    private static func appendUnbraced(_ part: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
        if part.count > 3, part[0] == UInt8(ascii: "$"), part[1] == UInt8(ascii: "{"),
            part[part.count - 1] == UInt8(ascii: "}"),
            part[2..<(part.count - 1)].allSatisfy(isNameByte)
        {
            output.append(UInt8(ascii: "$"))
            output.append(contentsOf: part[2..<(part.count - 1)])
        } else {
            output.append(contentsOf: part)
        }
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "_") || (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A)
            || (byte >= 0x61 && byte <= 0x7A)
    }

    /// A name `..` can climb out of: not `..` or `~`, no variable, substitution or glob in it.
    private static func isPlainName(_ part: ArraySlice<UInt8>) -> Bool {
        if part.count == 2 && part.first == dot && part.last == dot { return false }
        if part.count == 1 && part.first == tilde { return false }
        return !part.contains { byte in
            byte == UInt8(ascii: "$") || byte == UInt8(ascii: "`") || byte == UInt8(ascii: "*")
                || byte == UInt8(ascii: "?") || byte == UInt8(ascii: "[") || byte == tilde
        }
    }
}
