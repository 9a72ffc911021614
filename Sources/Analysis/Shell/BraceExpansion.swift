private typealias B = ShellByte

/// Bash brace expansion (`a{b,c}d` → `abd acd`, `{1..3}`, `{a..e..2}`), done statically on a word's parts: only
/// unquoted `{`, `,`, `}` count. Bounded in results and nesting; beyond either the caller treats the word as dynamic.
enum BraceExpansion {
    /// One unquoted byte, or any other part kept whole.
    enum Atom: Hashable {
        case byte(UInt8)
        case part(ShellSyntax.WordPart)
    }

    static func atoms(of parts: [ShellSyntax.WordPart]) -> [Atom] {
        var atoms: [Atom] = []
        for part in parts {
            if case .literal(let s) = part {
                atoms.append(contentsOf: s.utf8.map(Atom.byte))
            } else {
                atoms.append(.part(part))
            }
        }
        return atoms
    }

    static func parts(of atoms: [Atom]) -> [ShellSyntax.WordPart] {
        var parts: [ShellSyntax.WordPart] = []
        var pending: [UInt8] = []
        for atom in atoms {
            switch atom {
            case .byte(let b): pending.append(b)
            case .part(let part):
                if !pending.isEmpty {
                    parts.append(.literal(String(decoding: pending, as: UTF8.self)))
                    pending.removeAll()
                }
                parts.append(part)
            }
        }
        if !pending.isEmpty { parts.append(.literal(String(decoding: pending, as: UTF8.self))) }
        return parts
    }

    /// All expansions of `atoms`, or nil when there would be more than `budget` or nesting exceeds `depth`.
    /// Left to right, each expanding group multiplies the results so far (bash's order: `a{b,c}d{e,f}` is
    /// `abde abdf acde acdf`); nested groups are expanded in their alternative, one level deeper.
    static func expand(atoms: ArraySlice<Atom>, depth: Int, budget: Int) -> [[Atom]]? {
        guard depth > 0 else { return nil }
        // Pair braces with a stack in one pass (an unpaired `{` is literal) and give each pair its top-level commas.
        let base = atoms.startIndex
        var closeOf = [Int](repeating: -1, count: atoms.count)
        var commasOf: [Int: [Int]] = [:]
        var stack: [Int] = []
        for i in atoms.indices {
            switch atoms[i] {
            case .byte(B.openBrace): stack.append(i)
            case .byte(B.closeBrace): if let open = stack.popLast() { closeOf[open - base] = i }
            case .byte(B.comma): if let open = stack.last { commasOf[open, default: []].append(i) }
            default: break
            }
        }
        // Every group with a comma adds at least one result: more of them than the budget cannot fit.
        guard commasOf.count <= budget else { return nil }
        var results: [[Atom]] = [[]]
        var i = atoms.startIndex
        while i < atoms.endIndex {
            let close = closeOf[i - base]
            if close >= 0 {
                let group = alternatives(
                    atoms, open: i, close: close, commas: commasOf[i], depth: depth, budget: budget)
                guard case .alternatives(let alternatives) = group else {
                    if case .tooMany = group { return nil }
                    for k in results.indices { results[k].append(atoms[i]) }
                    i += 1
                    continue
                }
                guard results.count * alternatives.count <= budget else { return nil }
                results = results.flatMap { result in alternatives.map { result + $0 } }
                i = close + 1
                continue
            }
            for k in results.indices { results[k].append(atoms[i]) }
            i += 1
        }
        return results
    }

    private enum Group {
        /// No comma and not a sequence: the `{` is literal.
        case literal
        case tooMany
        case alternatives([[Atom]])
    }

    /// The alternatives of the group `{…}` between `open` and `close`.
    private static func alternatives(
        _ atoms: ArraySlice<Atom>, open: Int, close: Int, commas: [Int]?, depth: Int, budget: Int
    ) -> Group {
        if let commas {
            var pieces: [[Atom]] = []
            var pieceStart = open + 1
            for comma in commas + [close] {
                guard let expanded = expand(atoms: atoms[pieceStart..<comma], depth: depth - 1, budget: budget)
                else { return .tooMany }
                pieces.append(contentsOf: expanded)
                guard pieces.count <= budget else { return .tooMany }
                pieceStart = comma + 1
            }
            return .alternatives(pieces)
        }
        guard close - open <= 40, let sequence = sequence(atoms[(open + 1)..<close], budget: budget) else {
            return .literal
        }
        guard let sequence else { return .tooMany }
        return .alternatives(sequence.map { $0.utf8.map(Atom.byte) })
    }

    /// `x..y[..step]` with integers or single letters: nil when the text is not a sequence, `.some(nil)` when it
    /// has more than `budget` elements.
    private static func sequence(_ atoms: ArraySlice<Atom>, budget: Int) -> [String]?? {
        var bytes: [UInt8] = []
        for atom in atoms {
            guard case .byte(let b) = atom else { return nil }
            bytes.append(b)
        }
        let fields = bytes.split(separator: B.dot, omittingEmptySubsequences: false)
        // `1..3` splits into ["1", "", "3"]; with a step, ["1", "", "9", "", "2"].
        guard fields.count == 3 || fields.count == 5, fields[1].isEmpty, fields.count == 3 || fields[3].isEmpty
        else { return nil }
        let from = Array(fields[0])
        let to = Array(fields[2])
        var step = 1
        if fields.count == 5 {
            guard let s = integer(Array(fields[4])) else { return nil }
            step = s == 0 ? 1 : abs(s)
        }
        if let a = integer(from), let b = integer(to) {
            let count = abs(b - a) / step + 1
            guard count <= budget else { return .some(nil) }
            let width =
                (from.count > 1 && (from.first == B.zero || from.starts(with: [B.dash, B.zero])))
                    || (to.count > 1 && (to.first == B.zero || to.starts(with: [B.dash, B.zero])))
                ? max(from.count, to.count) : 0
            return stride(from: a, through: b, by: a <= b ? step : -step).map { pad($0, width: width) }
        }
        if from.count == 1, to.count == 1, B.isLetter(from[0]), B.isLetter(to[0]) {
            let a = Int(from[0])
            let b = Int(to[0])
            guard abs(b - a) / step + 1 <= budget else { return .some(nil) }
            return stride(from: a, through: b, by: a <= b ? step : -step).map {
                String(decoding: [UInt8(truncatingIfNeeded: $0)], as: UTF8.self)
            }
        }
        return nil
    }

    private static func integer(_ bytes: [UInt8]) -> Int? {
        guard bytes.count <= 12, !bytes.isEmpty else { return nil }
        return Int(String(decoding: bytes, as: UTF8.self))
    }

    private static func pad(_ value: Int, width: Int) -> String {
        let digits = String(abs(value))
        let sign = value < 0 ? "-" : ""
        let zeros = max(0, width - digits.count - sign.count)
        return sign + String(repeating: "0", count: zeros) + digits
    }
}
