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
        if !kinds.isEmpty && !kinds.contains(kind) { return false }
        if let isRecursive, access.isRecursive != isRecursive { return false }
        if let isStatic, access.isStatic != isStatic { return false }
        if let via, !via.matches(access.via) { return false }
        if let path, !path.matches(path: normalized) { return false }
        return true
    }
}
