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
        let parts = normalized == "/" ? [""] : normalized.split(separator: "/", omittingEmptySubsequences: false)
        var segments: [Segment] = []
        for part in parts {
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

    /// Whether `path` matches. Dynamic programming over segments: pattern segments × path segments.
    func matches(_ path: NormalizedPath) -> Bool {
        let count = path.segments.count
        return path.bytes.withUnsafeBufferPointer { bytes in
            // reachable[j]: the pattern segments so far can match the first j path segments.
            var reachable = [Bool](repeating: false, count: count + 1)
            var next = reachable
            reachable[0] = true
            for segment in segments {
                for j in 0...count { next[j] = false }
                var any = false
                switch segment {
                case .anyDepth, .anyDepthBelow:
                    let needsOne = segment == .anyDepthBelow
                    var open = false
                    for j in 0...count {
                        if needsOne { next[j] = open }
                        if reachable[j] { open = true }
                        if !needsOne { next[j] = open }
                        // `**` may absorb segment j only when it is an ordinary name.
                        if j < count, path.isParent(j) || (j > 0 && path.segments[j].isEmpty) { open = false }
                        any = any || next[j]
                    }
                case .pattern(let glob):
                    for j in 0..<count where reachable[j] {
                        let range = path.segments[j]
                        let part = UnsafeBufferPointer(rebasing: bytes[range])
                        let matched: Bool
                        if glob.isLiteral {
                            matched = part.elementsEqual(glob.pattern.utf8)
                        } else {
                            matched = !range.isEmpty && !path.isParent(j) && !path.isCurrent(j) && glob.matches(part)
                        }
                        if matched {
                            next[j + 1] = true
                            any = true
                        }
                    }
                }
                if !any { return false }
                swap(&reachable, &next)
            }
            return reachable[count]
        }
    }
}
