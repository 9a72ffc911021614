private typealias B = ShellByte

/// Turns syntax words into argv words: brace expansion (static, bounded), then quote removal. Expansions known
/// only at run time keep their source text and make the word dynamic.
enum ShellWords {
    /// Most words one brace expansion may produce; beyond it the word stays unexpanded and dynamic.
    static let maximumBraceExpansions = 256
    /// Deepest nesting of brace groups expanded (`{a,{b,{c,d}}}` is three); deeper words stay dynamic.
    static let maximumBraceNesting = 16

    /// The words a command word becomes after brace expansion and quote removal.
    static func expand(_ word: ShellSyntax.Word, maximumDepth: Int) -> [ShellWord] {
        var words: [ShellWord] = []
        expand(word, maximumDepth: maximumDepth, into: &words)
        return words
    }

    /// The argv words of a command's words, in one array sized for them.
    static func expand(_ syntaxWords: [ShellSyntax.Word], maximumDepth: Int) -> [ShellWord] {
        var words: [ShellWord] = []
        words.reserveCapacity(syntaxWords.count)
        for index in syntaxWords.indices {
            // The most common word, plain text, is handled here rather than in a call, around which each word's
            // parts and source would be retained and released. One pass over its bytes finds braces and globs.
            if syntaxWords[index].parts.count == 1, case .literal(let s) = syntaxWords[index].parts[0] {
                let scan = scanLiteral(s)
                if !scan.hasOpenBrace {
                    words.append(ShellWord(s, hasGlob: scan.isGlob))
                    continue
                }
            }
            expand(syntaxWords[index], maximumDepth: maximumDepth, into: &words)
        }
        return words
    }

    static func expand(_ word: ShellSyntax.Word, maximumDepth: Int, into words: inout [ShellWord]) {
        if word.parts.count == 1, case .literal(let s) = word.parts[0] {
            let scan = scanLiteral(s)
            if !scan.hasOpenBrace {
                words.append(ShellWord(s, hasGlob: scan.isGlob))
                return
            }
        } else if !word.parts.contains(where: {
            if case .literal(let s) = $0 { scanLiteral(s).hasOpenBrace } else { false }
        }) {
            words.append(render(word.parts))
            return
        }
        let atoms = BraceExpansion.atoms(of: word.parts)
        guard
            let expanded = BraceExpansion.expand(
                atoms: atoms[...], depth: min(maximumDepth, maximumBraceNesting), budget: maximumBraceExpansions)
        else {
            words.append(ShellWord(word.source, isStatic: false, hasGlob: false))
            return
        }
        // Bash removes the words brace expansion leaves empty (`{,a}` is just `a`); quoted empty text is a word.
        for atoms in expanded where !atoms.isEmpty { words.append(render(BraceExpansion.parts(of: atoms))) }
    }

    /// One word after quote removal (no brace expansion: assignments, redirection targets, heredoc bodies).
    static func render(_ parts: [ShellSyntax.WordPart]) -> ShellWord {
        // Fast paths: one part of plain text needs no copy.
        if parts.count == 1 {
            switch parts[0] {
            case .literal(let s): return ShellWord(s, hasGlob: isGlob(s))
            case .escaped(let s), .singleQuoted(let s), .ansiCQuoted(let s): return ShellWord(s)
            case .doubleQuoted(let inner) where inner.count <= 1:
                guard let part = inner.first else { return ShellWord("") }
                if case .literal(let s) = part { return ShellWord(s) }
            default: break
            }
        }
        var text: [UInt8] = []
        var isStatic = true
        var hasGlob = false
        append(parts, quoted: false, to: &text, isStatic: &isStatic, hasGlob: &hasGlob)
        return ShellWord(String(decoding: text, as: UTF8.self), isStatic: isStatic, hasGlob: hasGlob)
    }

    private static func append(
        _ parts: [ShellSyntax.WordPart], quoted: Bool, to text: inout [UInt8], isStatic: inout Bool,
        hasGlob: inout Bool
    ) {
        for part in parts {
            switch part {
            case .literal(let s):
                if !quoted && !hasGlob { hasGlob = isGlob(s) }
                text.append(contentsOf: s.utf8)
            case .escaped(let s), .singleQuoted(let s), .ansiCQuoted(let s):
                text.append(contentsOf: s.utf8)
            case .doubleQuoted(let inner), .localeQuoted(let inner):
                append(inner, quoted: true, to: &text, isStatic: &isStatic, hasGlob: &hasGlob)
            case .parameter(let expansion):
                isStatic = false
                text.append(contentsOf: expansion.source.utf8)
            case .commandSubstitution(_, let source), .processSubstitution(_, _, let source),
                .arithmetic(_, let source):
                isStatic = false
                text.append(contentsOf: source.utf8)
            }
        }
    }

    /// Unquoted `*`, `?`, or `[` with a later `]` (a lone `[`, as in `[ -f x ]`, matches only itself).
    static func isGlob(_ text: String) -> Bool { scanLiteral(text).isGlob }

    /// Whether unquoted text holds a `{` (brace expansion may apply) and whether it is a glob (`isGlob`), in one
    /// pass over its UTF-8 bytes.
    static func scanLiteral(_ text: String) -> (hasOpenBrace: Bool, isGlob: Bool) {
        text.utf8.withContiguousStorageIfAvailable(scanLiteral) ?? scanLiteral(text.utf8)
    }

    private static func scanLiteral<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> (hasOpenBrace: Bool, isGlob: Bool) {
        var bracket = false
        var hasOpenBrace = false
        var isGlob = false
        for c in bytes {
            switch c {
            case B.openBrace: hasOpenBrace = true
            case B.star, B.question: isGlob = true
            case B.openBracket: bracket = true
            case B.closeBracket: isGlob = isGlob || bracket
            default: continue
            }
            if hasOpenBrace && isGlob { break }
        }
        return (hasOpenBrace, isGlob)
    }

    /// True when the parts hold no expansion or substitution.
    static func isStatic(_ parts: [ShellSyntax.WordPart]) -> Bool {
        parts.allSatisfy { part in
            switch part {
            case .literal, .escaped, .singleQuoted, .ansiCQuoted: true
            case .doubleQuoted(let inner), .localeQuoted(let inner): isStatic(inner)
            case .parameter, .commandSubstitution, .processSubstitution, .arithmetic: false
            }
        }
    }
}
