/// Lexical clean-up of a path before rules see it, so one glob covers the ways a path can be written:
/// `//etc/` → `/etc`, `./build/./x` → `build/x`, `/usr/lib/..` → `/usr`, `${HOME}/x` and `$HOME/x` → `~/x`,
/// `${TMPDIR}` → `$TMPDIR`. `..` is resolved only against a plain name; after a variable, a glob or `~` it stays,
/// because what it climbs out of is unknown.
enum PathNormalization {
    static func normalize(_ path: String) -> String {
        var text = Substring(path)
        var prefix = ""
        if text.hasPrefix("${HOME}") && (text.count == 7 || text.dropFirst(7).first == "/") {
            text = "~" + text.dropFirst(7)
        } else if text.hasPrefix("$HOME") && (text.count == 5 || text.dropFirst(5).first == "/") {
            text = "~" + text.dropFirst(5)
        }
        let isAbsolute = text.first == "/"
        if isAbsolute { prefix = "/" }
        var kept: [Substring] = []
        for raw in text.split(separator: "/", omittingEmptySubsequences: true) {
            let part = unbraced(raw)
            if part == "." { continue }
            if part == ".." {
                if let last = kept.last, isPlainName(last) {
                    kept.removeLast()
                    continue
                }
                if isAbsolute && kept.isEmpty { continue }  // `/..` is `/`
            }
            kept.append(part)
        }
        if kept.isEmpty { return isAbsolute ? "/" : "." }
        return prefix + kept.joined(separator: "/")
    }

    /// The segments of a normalized path; an absolute path starts with an empty segment (the root), so `/` is
    /// `[""]` and `/etc` is `["", "etc"]`.
    static func segments(of path: String) -> [Substring] {
        if path == "/" { return [""] }
        return path.split(separator: "/", omittingEmptySubsequences: false)
    }

    /// `${NAME}` → `$NAME` for a whole segment, so patterns need one spelling.
    private static func unbraced(_ part: Substring) -> Substring {
        guard part.hasPrefix("${"), part.hasSuffix("}"), part.count > 3 else { return part }
        let name = part.dropFirst(2).dropLast()
        guard name.allSatisfy({ $0 == "_" || $0.isASCII && ($0.isLetter || $0.isNumber) }) else { return part }
        return "$" + name
    }

    private static func isPlainName(_ part: Substring) -> Bool {
        part != ".." && part != "~" && !part.contains(where: { "$`*?[~".contains($0) })
    }
}
