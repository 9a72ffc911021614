extension Pattern {
    /// Whether `text` matches this `like` pattern, where each wildcard matches any run of Unicode scalars.
    ///
    /// Greedy matching that backtracks only to the most recent wildcard: O(text × pattern) at worst,
    /// never exponential.
    public func matches(_ text: String) -> Bool {
        let scalars = text.unicodeScalars
        let count = elements.count
        var p = 0
        var t = scalars.startIndex
        var starP = -1
        var starT = t
        while t != scalars.endIndex {
            if p < count {
                switch elements[p] {
                case .literal(let c) where c == scalars[t]:
                    p += 1
                    t = scalars.index(after: t)
                    continue
                case .wildcard:
                    starP = p
                    starT = t
                    p += 1
                    continue
                default:
                    break
                }
            }
            guard starP >= 0 else { return false }
            // Let the last wildcard swallow one more scalar and retry from there.
            p = starP + 1
            starT = scalars.index(after: starT)
            t = starT
        }
        while p < count, elements[p] == .wildcard { p += 1 }
        return p == count
    }
}
