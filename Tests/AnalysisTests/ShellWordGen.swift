import PropertyBased

/// Random shell words built from quoting and escaping fragments, for the differential and property tests. Words
/// hold no expansions (`$x`, `~`, globs are avoided or disabled), so their value is fully static.
enum ShellWordGen {
    static func pick<T>(_ items: [T], _ rng: inout some RandomNumberGenerator) -> T {
        items[Int.random(in: 0..<items.count, using: &rng)]
    }

    static func text(_ pool: [String], _ rng: inout some RandomNumberGenerator, maxLength: Int = 5) -> String {
        (0..<Int.random(in: 0...maxLength, using: &rng)).map { _ in pick(pool, &rng) }.joined()
    }

    static let plain = ["a", "b", "z", "0", "7", ".", "_", "-", "/", "=", "@", "%", "+", ":", ",", "é", "中"]

    /// One fragment of a word.
    static func fragment(_ rng: inout some RandomNumberGenerator) -> String {
        switch Int.random(in: 0..<10, using: &rng) {
        case 0, 1:
            return pick(plain, &rng) + text(plain, &rng, maxLength: 3)
        case 2:
            let pool = ["a", " ", "\"", "\\", "$", "*", "{", "}", ",", "\n", "`", "#", "é", "\t", "!"]
            return "'" + text(pool, &rng) + "'"
        case 3:
            let pool = [
                "a", " ", "\\\"", "\\\\", "\\$", "\\a", "'", "*", "{a,b}", "\n", "\\\n", "\\`", "é", "#", "~", "!x",
            ]
            return "\"" + text(pool, &rng) + "\""
        case 4:
            let pool = [
                "a", " ", "\\n", "\\t", "\\x41", "\\x7e", "\\101", "\\u00e9", "\\'", "\\\"", "\\\\", "\\e", "\\cA",
                "\\q", "\\?", "\"", "$", "\\u4e2d", "\\U0001F600", "\\x4", "\\7",
            ]
            return "$'" + text(pool, &rng) + "'"
        case 5:
            let escapable = [
                " ", "'", "\"", "$", "*", "{", "}", "|", ";", "&", "a", "\\", "(", ")", "<", ">", "#", "~",
            ]
            return "\\" + pick(escapable, &rng)
        case 6:
            return "\\\n"
        case 7:
            return "$\"" + text(["a", " ", "b", "'"], &rng) + "\""
        case 8:
            return pick(["{a,b}", "{1..3}", "{x}", "{,c}", "{a,{b,c}}", "x{y,z}", "{3..1}", "{a..c}", "{}"], &rng)
        default:
            return pick(plain, &rng)
        }
    }

    /// A word of one to four fragments that does not start a comment, a tilde expansion or an assignment.
    static func word(_ rng: inout some RandomNumberGenerator) -> String {
        let count = Int.random(in: 1...4, using: &rng)
        return (0..<count).map { _ in fragment(&rng) }.joined()
    }

    static let words = Generator<[String], Shrink.None<[String]>> { rng in
        (0..<Int.random(in: 1...3, using: &rng)).map { _ in word(&rng) }
    }
}

/// A deterministic generator (ShellSeededGenerator) for tests that need the same inputs on every run.
struct ShellSeededGenerator: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
