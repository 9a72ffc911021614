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
    /// No `**`: segments pair up one to one, no search needed.
    private let isFixedDepth: Bool

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
        self.isFixedDepth = !segments.contains(.anyDepth) && !segments.contains(.anyDepthBelow)
    }

    /// Whether `path` matches.
    func matches(_ path: NormalizedPath) -> Bool {
        let count = path.segments.count
        return path.bytes.withUnsafeBufferPointer { bytes in
            if isFixedDepth {
                guard count == segments.count else { return false }
                for (j, segment) in segments.enumerated() {
                    guard case .pattern(let glob) = segment, matches(glob, segment: j, of: path, bytes) else {
                        return false
                    }
                }
                return true
            }
            // Most paths fail on the first segment (`/etc/**` against `build`): decide that before the search.
            if case .pattern(let glob) = segments[0], count == 0 || !matches(glob, segment: 0, of: path, bytes) {
                return false
            }
            return search(path, bytes)
        }
    }

    private func matches(_ glob: Glob, segment j: Int, of path: NormalizedPath, _ bytes: UnsafeBufferPointer<UInt8>)
        -> Bool
    {
        let range = path.segments[j]
        let part = UnsafeBufferPointer(rebasing: bytes[range])
        if glob.isLiteral { return glob.matches(part) }
        return !range.isEmpty && !path.isParent(j) && !path.isCurrent(j) && glob.matches(part)
    }

    /// Dynamic programming over segments: pattern segments × path segments, on two rows of booleans.
    private func search(_ path: NormalizedPath, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = path.segments.count
        return withUnsafeTemporaryAllocation(of: Bool.self, capacity: 2 * (count + 1)) { buffer in
            // reachable[j]: the pattern segments so far can match the first j path segments.
            var reachable = UnsafeMutableBufferPointer(rebasing: buffer[0...count])
            var next = UnsafeMutableBufferPointer(rebasing: buffer[(count + 1)...])
            reachable.initialize(repeating: false)
            next.initialize(repeating: false)
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
                    for j in 0..<count where reachable[j] && matches(glob, segment: j, of: path, bytes) {
                        next[j + 1] = true
                        any = true
                    }
                }
                if !any { return false }
                swap(&reachable, &next)
            }
            return reachable[count]
        }
    }
}
