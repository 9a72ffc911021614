/// Reads entity type and extension function names as Cedar's JSON formats require them: normalized
/// (`A::B`, no spaces or comments), made of ASCII identifiers that are not reserved words, and not in the
/// reserved `__cedar` namespace.
enum NormalizedName {
    /// Words that cannot be identifiers in a name.
    static let reservedWords: Set<String> = ["true", "false", "if", "then", "else", "in", "is", "like", "has"]

    /// The name `text` spells, or a sentence saying why it is not a valid normalized name.
    static func parse(_ text: String) -> Result<Name, NameProblem> {
        guard !text.isEmpty else { return .failure(NameProblem("it is empty")) }
        let parts = splitOnPathSeparator(text)
        for part in parts {
            if let problem = identifierProblem(part) { return .failure(NameProblem(problem)) }
        }
        if parts.contains("__cedar") {
            return .failure(NameProblem("the `__cedar` namespace is reserved"))
        }
        return .success(Name(parts[parts.count - 1], namespace: Array(parts.dropLast())))
    }

    private static func splitOnPathSeparator(_ text: String) -> [String] {
        var parts: [String] = []
        var rest = Substring(text)
        while let range = rest.firstRange(of: "::") {
            parts.append(String(rest[..<range.lowerBound]))
            rest = rest[range.upperBound...]
        }
        parts.append(String(rest))
        return parts
    }

    private static func identifierProblem(_ part: String) -> String? {
        guard let first = part.unicodeScalars.first else {
            return "it has an empty path component"
        }
        let isStart = { (s: Unicode.Scalar) in s == "_" || ("a"..."z").contains(s) || ("A"..."Z").contains(s) }
        let isContinue = { (s: Unicode.Scalar) in isStart(s) || ("0"..."9").contains(s) }
        guard isStart(first), part.unicodeScalars.allSatisfy(isContinue) else {
            return "`\(part)` is not an identifier (letters, digits and `_`, not starting with a digit)"
        }
        if reservedWords.contains(part) { return "`\(part)` is a reserved word" }
        return nil
    }
}

/// Why a string is not a valid normalized Cedar name.
struct NameProblem: Error {
    var reason: String
    init(_ reason: String) { self.reason = reason }
}
