/// Format-valid but random credentials for tests, generated from a fixed seed so no test file holds a literal
/// token (nothing here authenticates anywhere).
struct SecretsFakes {
    private var state: UInt64

    init(seed: UInt64 = 0x5EC2_E75) { state = seed }

    static let upper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    static let lower = "abcdefghijklmnopqrstuvwxyz"
    static let digits = "0123456789"
    static let alphanumeric = upper + lower + digits
    static let base64URL = alphanumeric + "-_"
    static let base64 = alphanumeric + "+/"
    static let lowerHex = "0123456789abcdef"
    static let base32 = upper + "234567"

    /// SplitMix64.
    private mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// `count` characters of `alphabet`, avoiding fragments the detector treats as placeholders.
    mutating func string(_ alphabet: String, _ count: Int) -> String {
        let characters = Array(alphabet)
        while true {
            let candidate = String((0..<count).map { _ in characters[Int(next() % UInt64(characters.count))] })
            let lower = candidate.lowercased()
            let banned = ["example", "xxxx", "your", "0000", "1234", "abcd", "test", "fake", "dummy", "mock", "todo"]
            if !banned.contains(where: lower.contains) { return candidate }
        }
    }

    mutating func uuid() -> String {
        let hex = string(Self.lowerHex, 32)
        let parts = [0..<8, 8..<12, 12..<16, 16..<20, 20..<32].map { range in
            String(hex.dropFirst(range.lowerBound).prefix(range.count))
        }
        return parts.joined(separator: "-")
    }

    mutating func password() -> String {
        "Quartz-" + string(Self.digits, 4) + string(Self.alphanumeric, 6)
    }

    mutating func pemBody(lines: Int) -> String {
        (0..<lines).map { _ in string(Self.base64, 64) }.joined(separator: "\n")
    }

    /// A JWT whose header is `{"alg":"HS256","typ":"JWT"}` in base64url.
    mutating func jwt() -> String {
        "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ" + string(Self.base64URL, 40) + "."
            + string(Self.base64URL, 43)
    }
}
