/// A glob over file paths, matched segment by segment after `PathNormalization`: `*` and `?` stay inside one
/// segment, a whole segment `**` matches any number of segments (none included), except at the end, where it
/// needs at least one: `/etc/**` is everything inside `/etc`, not `/etc` itself. No wildcard ever matches a
/// `..` segment, so `/tmp/**` cannot be satisfied by a path that climbs out of `/tmp`.
struct PathGlob: Hashable, Sendable {
    enum Segment: Hashable, Sendable {
        case anyDepth
        /// A trailing `**`: one or more segments.
        case anyDepthBelow
        case pattern(Glob)
    }

    let pattern: String
    let segments: [Segment]

    /// Nil when the pattern is malformed (`**` inside a segment, or empty).
    init?(_ pattern: String) {
        guard !pattern.isEmpty else { return nil }
        self.pattern = pattern
        let normalized = PathNormalization.normalize(pattern)
        var segments: [Segment] = []
        for part in PathNormalization.segments(of: normalized) {
            if part == "**" {
                if segments.last != .anyDepth { segments.append(.anyDepth) }
            } else {
                if part.contains("**") { return nil }
                segments.append(.pattern(Glob(String(part))))
            }
        }
        if segments.last == .anyDepth { segments[segments.count - 1] = .anyDepthBelow }
        self.segments = segments
    }

    /// Whether the normalized `path` matches. Dynamic programming over segments: pattern × path segments.
    func matches(normalizedPath path: String) -> Bool {
        let parts = PathNormalization.segments(of: path)
        // reachable[j]: the first i pattern segments can match the first j path segments.
        var reachable = [Bool](repeating: false, count: parts.count + 1)
        reachable[0] = true
        for segment in segments {
            var next = [Bool](repeating: false, count: parts.count + 1)
            switch segment {
            case .anyDepth, .anyDepthBelow:
                let needsOne = segment == .anyDepthBelow
                var open = false
                for j in 0...parts.count {
                    if needsOne { next[j] = open }
                    if reachable[j] { open = true }
                    if !needsOne { next[j] = open }
                    // `**` may absorb segment j only when it is an ordinary name.
                    if j < parts.count, parts[j] == ".." || (parts[j].isEmpty && j > 0) { open = false }
                }
            case .pattern(let glob):
                for j in 0..<parts.count where reachable[j] {
                    let part = parts[j]
                    let matched =
                        glob.isLiteral
                        ? part == glob.pattern
                        : (part != ".." && part != "." && !part.isEmpty && glob.matches(String(part)))
                    if matched { next[j + 1] = true }
                }
            }
            reachable = next
            if !reachable.contains(true) { return false }
        }
        return reachable[parts.count]
    }
}
