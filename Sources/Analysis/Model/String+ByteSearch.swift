extension StringProtocol {
    /// Whether `needle` occurs in the text, comparing UTF-8 bytes.
    ///
    /// The standard library's `contains(_:)` for strings goes through a general-purpose searcher that costs a
    /// microsecond or more per call, and the analyzers ask questions like "is there a `/` in the program?" for
    /// every command. Byte comparison is also how the kernel and the programs read these characters.
    func containsBytes(_ needle: StaticString) -> Bool {
        let pattern = UnsafeBufferPointer(start: needle.utf8Start, count: needle.utf8CodeUnitCount)
        if let found = utf8.withContiguousStorageIfAvailable({ Self.search(pattern, in: $0) }) { return found }
        return Array(utf8).withUnsafeBufferPointer { Self.search(pattern, in: $0) }
    }

    /// Whether the text starts with the byte `first`.
    func startsWithByte(_ first: UInt8) -> Bool {
        utf8.first == first
    }

    private static func search(_ pattern: UnsafeBufferPointer<UInt8>, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = pattern.first else { return true }
        guard text.count >= pattern.count else { return false }
        var start = 0
        let last = text.count - pattern.count
        while start <= last {
            if text[start] == first {
                var offset = 1
                while offset < pattern.count && text[start + offset] == pattern[offset] { offset += 1 }
                if offset == pattern.count { return true }
            }
            start += 1
        }
        return false
    }
}
