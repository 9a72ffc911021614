extension Array {
    /// Whether any element satisfies `predicate`, visiting the elements in place.
    ///
    /// `contains(where:)` walks an iterator that copies each element out; for the matchers (structs of arrays and
    /// optional tests) every copy is a retain and a release per field, for every rule tested — most of the
    /// classifier's time before this. Reading `self[index]` borrows the element instead.
    @inline(__always)
    func containsInPlace(where predicate: (Element) throws -> Bool) rethrows -> Bool {
        var index = startIndex
        while index < endIndex {
            if try predicate(self[index]) { return true }
            index += 1
        }
        return false
    }
}
