extension StringProtocol {
    /// Whether `needle` occurs in the text, comparing UTF-8 bytes.
    ///
    /// The standard library's `contains(_:)` for strings goes through a general-purpose searcher that costs a
    /// microsecond or more per call, and the analyzers ask questions like "is there a `/` in the program?" for
    /// every command. Byte comparison is also how the kernel and the programs read these characters.
    func containsBytes(_ needle: StaticString) -> Bool {
        let pattern = UnsafeBufferPointer(start: needle.utf8Start, count: needle.utf8CodeUnitCount)
        if let found = utf8.withContiguousStorageIfAvailable({ ByteSearch.contains(pattern, in: $0) }) {
            return found
        }
        return Array(utf8).withUnsafeBufferPointer { ByteSearch.contains(pattern, in: $0) }
    }

    /// True when every byte is ASCII other than carriage return: then each byte is one `Character` (a CR may join a
    /// following LF), and character-level tests (`hasPrefix`, `firstIndex(of:)`, `isNumber`) can be done on bytes.
    var isSimpleASCII: Bool {
        utf8.allSatisfy { $0 < 0x80 && $0 != 0x0D }
    }
}

/// Naive search of UTF-8 bytes: the needles the analyzers look for are short.
enum ByteSearch {
    /// Whether some occurrence of `pattern` in `text` (its byte range) satisfies `accept`.
    static func contains(
        _ pattern: UnsafeBufferPointer<UInt8>, in text: UnsafeBufferPointer<UInt8>,
        where accept: (Range<Int>) -> Bool = { _ in true }
    ) -> Bool {
        guard let first = pattern.first else { return true }
        guard text.count >= pattern.count else { return false }
        var start = 0
        let last = text.count - pattern.count
        while start <= last {
            if text[start] == first {
                var offset = 1
                while offset < pattern.count && text[start + offset] == pattern[offset] { offset += 1 }
                if offset == pattern.count && accept(start..<(start + pattern.count)) { return true }
            }
            start += 1
        }
        return false
    }
}
