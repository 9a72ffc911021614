/// Finds credentials in file contents, tool output and command lines.
///
/// One pass over the UTF-8 bytes. At each position the first byte selects what can start there: a prefixed token
/// (`ghp_…`, `AKIA…`, `sk-ant-api03-…`; `TokenRules`), a private key block, a JWT, a URL with a password, or —
/// at `=`, `:` and the space after a `--flag` — a value assigned to a credential's name (`SecretAssignments`).
/// Work is linear in the input: every look-around is bounded, and a matched token is skipped as a whole.
///
/// When matches overlap, the more specific one wins: a prefixed token, key or JWT over a keyed or URL credential,
/// those over a generic assignment (`token = "ghp_…"` is reported once, as `github-pat`).
///
/// A match holds a rule id and a byte range, never the secret; nothing the scanner returns contains one.
public struct SecretScanner: Sendable {
    public init() {}

    /// Every credential in `text`, in order, not overlapping.
    public func scan(_ text: String) -> [SecretMatch] {
        var text = text
        return text.withUTF8 { scan(ScanText(bytes: $0)) }
    }

    /// Every credential in `bytes` (UTF-8), in order, not overlapping.
    public func scan(utf8 bytes: UnsafeBufferPointer<UInt8>) -> [SecretMatch] {
        scan(ScanText(bytes: bytes))
    }

    /// `text` with every match replaced by `[REDACTED:<rule id>]`; overlapping matches are replaced once, with the
    /// first one's rule id.
    public func redact(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes in
            let matches = scan(ScanText(bytes: bytes))
            guard !matches.isEmpty else { return String(decoding: bytes, as: UTF8.self) }
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count)
            var position = 0
            var index = 0
            while index < matches.count {
                let rule = matches[index].rule
                let start = max(position, matches[index].range.lowerBound)
                var end = matches[index].range.upperBound
                index += 1
                while index < matches.count, matches[index].range.lowerBound < end {
                    end = max(end, matches[index].range.upperBound)
                    index += 1
                }
                output.append(contentsOf: bytes[position..<start])
                output.append(contentsOf: "[REDACTED:\(rule)]".utf8)
                position = max(position, end)
            }
            output.append(contentsOf: bytes[position...])
            return String(decoding: output, as: UTF8.self)
        }
    }

    func scan(_ text: ScanText) -> [SecretMatch] {
        let tokens = TokenMatcher.standard
        let assignments = SecretAssignments.standard
        var keyBlocks = PrivateKeyBlocks()
        var specific: [SecretMatch] = []
        var keyed: [SecretMatch] = []
        var generic: [SecretMatch] = []
        let dispatch = tokens.firstBytes + Self.separators
        var index = 0
        let count = text.count
        while index < count {
            let byte = text[index]
            guard dispatch.contains(byte) else {
                index += 1
                continue
            }
            // A token starts only where no token character precedes it (checked here, before the call: inside
            // words, most bytes are first bytes of some prefix).
            if tokens.firstBytes.contains(byte), index == 0 || !tokens.continuation.contains(text[index - 1]),
                let match = tokens.match(in: text, at: index)
            {
                specific.append(match)
                index = match.range.upperBound
                continue
            }
            switch byte {
            case UInt8(ascii: "-"):
                if let match = keyBlocks.match(in: text, at: index) {
                    specific.append(match)
                    index = match.range.upperBound
                    continue
                }
            case UInt8(ascii: "e"):
                if let match = JSONWebTokens.match(in: text, at: index) {
                    specific.append(match)
                    index = match.range.upperBound
                    continue
                }
            case UInt8(ascii: ":"):
                if let match = URLCredentials.match(in: text, at: index) {
                    keyed.append(match)
                } else if let (match, priority) = assignments.match(in: text, separatorAt: index) {
                    if priority == 2 { keyed.append(match) } else { generic.append(match) }
                }
            case UInt8(ascii: "="), UInt8(ascii: " "), UInt8(ascii: ","), UInt8(ascii: ">"):
                if let (match, priority) = assignments.match(in: text, separatorAt: index) {
                    if priority == 2 { keyed.append(match) } else { generic.append(match) }
                }
            default:
                break
            }
            index += 1
        }
        if keyed.isEmpty && generic.isEmpty { return specific }
        let preferred = Self.merge(specific, Self.withoutOverlaps(keyed, against: specific))
        return Self.merge(preferred, Self.withoutOverlaps(generic, against: preferred))
    }

    /// Bytes where something other than a prefixed token may start: key blocks (`-`), JWTs (`e`), URLs and
    /// assignments (`:`, `=`, space, `,`, `>`).
    static let separators = ByteTable("-e:= ,>")

    /// The `candidates` (sorted by start) that overlap neither `kept` (sorted, disjoint) nor an earlier candidate.
    static func withoutOverlaps(_ candidates: [SecretMatch], against kept: [SecretMatch]) -> [SecretMatch] {
        var result: [SecretMatch] = []
        var keptIndex = 0
        var lastEnd = 0
        for candidate in candidates.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) {
            while keptIndex < kept.count, kept[keptIndex].range.upperBound <= candidate.range.lowerBound {
                keptIndex += 1
            }
            if keptIndex < kept.count, kept[keptIndex].range.lowerBound < candidate.range.upperBound { continue }
            if candidate.range.lowerBound < lastEnd { continue }
            result.append(candidate)
            lastEnd = candidate.range.upperBound
        }
        return result
    }

    /// Two sorted lists merged into one sorted list.
    static func merge(_ first: [SecretMatch], _ second: [SecretMatch]) -> [SecretMatch] {
        var result: [SecretMatch] = []
        result.reserveCapacity(first.count + second.count)
        var i = 0
        var j = 0
        while i < first.count || j < second.count {
            if j == second.count || (i < first.count && first[i].range.lowerBound <= second[j].range.lowerBound) {
                result.append(first[i])
                i += 1
            } else {
                result.append(second[j])
                j += 1
            }
        }
        return result
    }
}

extension SecretScanner {
    /// The credentials in the value of the assignment `name=value` (a shell `NAME=value` prefix, an environment
    /// variable), with ranges in `value`'s UTF-8 bytes. The name gives the context bare formats need:
    /// `RAILWAY_TOKEN` makes a UUID a Railway token, `DB_PASSWORD` makes a short value a password.
    public func scan(assignmentOf name: String, value: String) -> [SecretMatch] {
        let offset = name.utf8.count + 1
        return scan("\(name)=\(value)").compactMap { match in
            guard match.range.lowerBound >= offset else { return nil }
            return SecretMatch(
                rule: match.rule, range: (match.range.lowerBound - offset)..<(match.range.upperBound - offset))
        }
    }
}
