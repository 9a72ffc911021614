/// A test on one text value (an operand, a host, a path, a GraphQL field): the value passes when it has any of
/// the listed forms and none of the forms in `exclusions`. A test with no forms accepts every value.
struct TextTest: Hashable, Sendable {
    var equals: [String] = []
    var prefixes: [String] = []
    var suffixes: [String] = []
    var substrings: [String] = []
    /// Whole words, delimited by anything but letters, digits and `_` (`DROP` in `ALTER TABLE t DROP x`).
    var words: [String] = []
    var globs: [Glob] = []
    /// Globs over normalized paths (for file paths and URL paths).
    var pathGlobs: [PathGlob] = []
    /// Compare without regard to case; the forms are stored lower-cased.
    var ignoresCase = false
    /// The value is a path: it is normalized (`PathNormalization`) before testing, and `equals` forms are
    /// stored normalized. Callers that test one path against many rules pass a `NormalizedPath`.
    var isPath = false
    /// Values with any of these forms fail the test (at most one nested test, `not` in a pack).
    var exclusions: [TextTest] = []

    var hasForms: Bool {
        !(equals.isEmpty && prefixes.isEmpty && suffixes.isEmpty && substrings.isEmpty && words.isEmpty
            && globs.isEmpty && pathGlobs.isEmpty)
    }

    func matches(_ value: String) -> Bool {
        if isPath { return matches(path: NormalizedPath(value)) }
        let text = ignoresCase ? value.lowercased() : value
        if hasForms && !hasTextForm(text) { return false }
        return !exclusions.containsInPlace { $0.matches(value) }
    }

    /// The test on a path normalized once for every rule (`isPath` tests).
    func matches(path: NormalizedPath) -> Bool {
        let text = ignoresCase ? path.text.lowercased() : path.text
        if hasForms && !hasTextForm(text) && !pathGlobs.containsInPlace(where: { $0.matches(path) }) { return false }
        return !exclusions.containsInPlace { $0.matches(path: path) }
    }

    private func hasTextForm(_ text: String) -> Bool {
        if !equals.isEmpty && equals.contains(text) { return true }
        if !prefixes.isEmpty && prefixes.containsInPlace(where: { text.hasPrefix($0) }) { return true }
        if !suffixes.isEmpty && suffixes.containsInPlace(where: { text.hasSuffix($0) }) { return true }
        if !substrings.isEmpty && substrings.containsInPlace(where: { Self.contains($0, in: text) }) { return true }
        if !words.isEmpty && words.containsInPlace(where: { Self.containsWord($0, in: text) }) { return true }
        if !globs.isEmpty && globs.containsInPlace(where: { $0.matches(text) }) { return true }
        return false
    }

    /// Whether `needle` occurs in `text`, comparing UTF-8 bytes (the standard library's `contains` goes through a
    /// general string searcher that costs microseconds per call).
    static func contains(_ needle: String, in text: String) -> Bool {
        firstOccurrence(of: needle, in: text) { _, _ in true }
    }

    /// Whether `word` occurs in `text` with no identifier character directly before or after it.
    static func containsWord(_ word: String, in text: String) -> Bool {
        firstOccurrence(of: word, in: text) { bytes, range in
            let before = range.lowerBound == 0 ? nil : bytes[range.lowerBound - 1]
            let after = range.upperBound < bytes.count ? bytes[range.upperBound] : nil
            return !isIdentifierByte(before) && !isIdentifierByte(after)
        }
    }

    /// Whether some occurrence of `needle` in `text` satisfies `accept`.
    private static func firstOccurrence(
        of needle: String, in text: String, accept: (UnsafeBufferPointer<UInt8>, Range<Int>) -> Bool
    ) -> Bool {
        var needle = needle
        var text = text
        return needle.withUTF8 { needle in
            text.withUTF8 { bytes in ByteSearch.contains(needle, in: bytes) { accept(bytes, $0) } }
        }
    }

    private static func isIdentifierByte(_ byte: UInt8?) -> Bool {
        guard let byte else { return false }
        return byte == UInt8(ascii: "_") || (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A)
            || (byte >= 0x61 && byte <= 0x7A) || byte >= 0x80
    }
}
