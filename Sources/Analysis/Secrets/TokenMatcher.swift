/// Matches the prefix rules: a table from a token's first byte to the prefixes starting with it, longest first.
struct TokenMatcher: Sendable {
    private struct Entry: Sendable {
        var prefix: [UInt8]
        var rule: Int
    }

    private let rules: [TokenRule]
    private let markers: [[UInt8]?]
    private let lineMentions: [[[UInt8]]]
    private let literals: [[[UInt8]]]
    private let byFirstByte: [[Entry]]

    init(rules: [TokenRule]) {
        self.rules = rules
        markers = rules.map { $0.marker.map { Array($0.utf8) } }
        lineMentions = rules.map { $0.lineMentions.map { Array($0.utf8) } }
        literals = rules.map { $0.body.map { Array($0.literal.utf8) } }
        var table = [[Entry]](repeating: [], count: 256)
        for (index, rule) in rules.enumerated() {
            for prefix in rule.prefixes {
                let bytes = Array(prefix.utf8)
                table[Int(bytes[0])].append(Entry(prefix: bytes, rule: index))
            }
        }
        byFirstByte = table.map { $0.sorted { $0.prefix.count > $1.prefix.count } }
    }

    static let standard = TokenMatcher(rules: TokenRules.all)

    /// Whether some prefix starts with `byte`: the scanner's cheap first test.
    @inline(__always) func mayStart(with byte: UInt8) -> Bool { !byFirstByte[Int(byte)].isEmpty }

    /// The token starting at `index`, if one of the rules matches there.
    func match(in text: ScanText, at index: Int) -> SecretMatch? {
        let before = text.byte(at: index - 1)
        for entry in byFirstByte[Int(text[index])] where text.has(entry.prefix, at: index) {
            let rule = rules[entry.rule]
            if index > 0, rule.notAfter.contains(before) { continue }
            guard let end = bodyEnd(of: entry.rule, in: text, from: index + entry.prefix.count) else { continue }
            let bodyStart = index + entry.prefix.count
            if let marker = markers[entry.rule], !text.contains(marker, in: bodyStart..<end) {
                continue
            }
            if SecretValues.isPlaceholderToken(text, bodyStart..<end) { continue }
            let mentions = lineMentions[entry.rule]
            if !mentions.isEmpty, !text.lineMentions(mentions, around: index..<end) { continue }
            return SecretMatch(rule: rule.id, range: index..<end)
        }
        return nil
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
