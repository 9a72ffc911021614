/// Matches the prefix rules: a table from a token's first byte to the prefixes starting with it, longest first.
///
/// The table is flat (prefix bytes in one array, entries as offsets) so that the per-byte work of the scan does no
/// reference counting.
///
/// A class: the scanner uses the one shared table for every text it scans, and a struct of arrays would be copied
/// (a retain and release per array) at each scan of a short text such as one word of a command.
final class TokenMatcher: Sendable {
    private struct Entry: Sendable {
        var prefixStart: Int
        var prefixCount: Int
        var rule: Int
    }

    private let rules: [TokenRule]
    private let markers: [[UInt8]?]
    private let lineMentions: [[[UInt8]]]
    private let literals: [[[UInt8]]]
    private let prefixBytes: [UInt8]
    private let entries: [Entry]
    /// For each first byte, the range of `entries` whose prefix starts with it.
    private let entryRanges: [Range<Int>]
    /// The bytes some prefix starts with.
    let firstBytes: ByteTable
    /// Bytes after which no prefix may start (every rule's `notAfter` includes them).
    let continuation = TokenRule.tokenContinuation

    init(rules: [TokenRule]) {
        self.rules = rules
        markers = rules.map { $0.marker.map { Array($0.utf8) } }
        lineMentions = rules.map { $0.lineMentions.map { Array($0.utf8) } }
        literals = rules.map { $0.body.map { Array($0.literal.utf8) } }
        var all: [(prefix: [UInt8], rule: Int)] = []
        for (index, rule) in rules.enumerated() {
            precondition(rule.notAfter.includes(TokenRule.tokenContinuation))
            for prefix in rule.prefixes { all.append((Array(prefix.utf8), index)) }
        }
        all.sort { ($0.prefix[0], $1.prefix.count) < ($1.prefix[0], $0.prefix.count) }
        var bytes: [UInt8] = []
        var entries: [Entry] = []
        var ranges = [Range<Int>](repeating: 0..<0, count: 256)
        var first = ByteTable()
        for (prefix, rule) in all {
            let byte = Int(prefix[0])
            if ranges[byte].isEmpty { ranges[byte] = entries.count..<entries.count }
            entries.append(Entry(prefixStart: bytes.count, prefixCount: prefix.count, rule: rule))
            ranges[byte] = ranges[byte].lowerBound..<entries.count
            bytes.append(contentsOf: prefix)
            first.insert(prefix[0])
        }
        prefixBytes = bytes
        self.entries = entries
        entryRanges = ranges
        firstBytes = first
    }

    static let standard = TokenMatcher(rules: TokenRules.all)

    /// The token starting at `index`, if one of the rules matches there.
    func match(in text: ScanText, at index: Int) -> SecretMatch? {
        let before = text.byte(at: index - 1)
        if index > 0, continuation.contains(before) { return nil }
        for entryIndex in entryRanges[Int(text[index])] {
            let entry = entries[entryIndex]
            guard hasPrefix(entry, in: text, at: index) else { continue }
            let rule = rules[entry.rule]
            if index > 0, rule.notAfter.contains(before) { continue }
            let bodyStart = index + entry.prefixCount
            guard let end = bodyEnd(of: entry.rule, in: text, from: bodyStart) else { continue }
            if let marker = markers[entry.rule], !text.contains(marker, in: bodyStart..<end) { continue }
            if SecretValues.isPlaceholderToken(text, bodyStart..<end) { continue }
            let mentions = lineMentions[entry.rule]
            if !mentions.isEmpty, !text.lineMentions(mentions, around: index..<end) { continue }
            return SecretMatch(rule: rule.id, range: index..<end)
        }
        return nil
    }

    private func hasPrefix(_ entry: Entry, in text: ScanText, at index: Int) -> Bool {
        guard index + entry.prefixCount <= text.count else { return false }
        for offset in 1..<entry.prefixCount where text[index + offset] != prefixBytes[entry.prefixStart + offset] {
            return false
        }
        return true
    }

    /// Where the body of rule `ruleIndex` starting at `start` ends, or nil when the text does not have its shape.
    private func bodyEnd(of ruleIndex: Int, in text: ScanText, from start: Int) -> Int? {
        let rule = rules[ruleIndex]
        var position = start
        for (segmentIndex, segment) in rule.body.enumerated() {
            let literal = literals[ruleIndex][segmentIndex]
            if !literal.isEmpty {
                guard text.has(literal, at: position) else { return nil }
                position += literal.count
            }
            let length = text.run(of: segment.characters, from: position, limit: segment.length.upperBound + 1)
            guard segment.length.contains(length) else { return nil }
            position += length
        }
        if position < text.count, rule.notBefore.contains(text[position]) { return nil }
        return position
    }
}

extension ScanText {
    /// Whether `literal` occurs in `range`, case-sensitively.
    func contains(_ literal: [UInt8], in range: Range<Int>) -> Bool {
        guard !literal.isEmpty, range.count >= literal.count else { return false }
        for index in range.lowerBound...(range.upperBound - literal.count) where has(literal, at: index) {
            return true
        }
        return false
    }
}
