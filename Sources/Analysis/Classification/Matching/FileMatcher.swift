/// A test on a `file.read`, `file.write` or `file.delete` action.
struct FileMatcher: Hashable, Sendable {
    /// The action kinds tested (`file.delete`, …). Empty in an `unless` entry: the rule's kinds.
    var kinds: Set<String> = []
    /// The path, normalized before glob matching (`PathNormalization`).
    var path: TextTest?
    var isRecursive: Bool?
    var isStatic: Bool?
    var via: TextTest?

    func matches(_ kind: String, _ access: FileAccess, path normalized: NormalizedPath) -> Bool {
        // Compared rather than hashed: a matcher names at most three kinds, and this runs for every rule.
        if !kinds.isEmpty && !kinds.contains(where: { $0 == kind }) { return false }
        if let isRecursive, access.isRecursive != isRecursive { return false }
        if let isStatic, access.isStatic != isStatic { return false }
        if via?.matches(access.via) == false { return false }
        if path?.matches(path: normalized) == false { return false }
        return true
    }
}
