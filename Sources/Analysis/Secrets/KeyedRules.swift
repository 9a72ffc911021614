/// Credentials with no recognizable prefix — bare UUIDs, hex or base64 — that are recognizable by the name they are
/// assigned to (`RAILWAY_TOKEN=<uuid>`, `aws_secret_access_key = …`) or by the service a line talks to.
struct KeyedRule: Sendable {
    /// The stable rule id reported in `SecretMatch.rule`.
    var id: String
    /// What the rule finds, for documentation. Never contains a credential.
    var summary: String
    /// Words the assigned name must all contain (as words of the name), e.g. `["secret", "access"]`.
    var nameWords: [String]
    /// Lower-case words one of which must appear on the same line, e.g. `railway` in a request to its API.
    var lineMentions: [String] = []
    /// The value's shape.
    var value: KeyedValue
}

/// The shape of a keyed credential's value.
enum KeyedValue: Sendable {
    /// A UUID, `8-4-4-4-12` hex digits.
    case uuid
    /// A run of `characters` of a length in the range.
    case run(ByteSet, ClosedRange<Int>)

    func matches(_ text: ScanText, _ range: Range<Int>) -> Bool {
        switch self {
        case .uuid:
            guard range.count == 36 else { return false }
            for (offset, index) in range.enumerated() {
                let isDash = offset == 8 || offset == 13 || offset == 18 || offset == 23
                if isDash ? text[index] != UInt8(ascii: "-") : !ByteSet.hex.contains(text[index]) { return false }
            }
            return true
        case .run(let characters, let length):
            return length.contains(range.count) && range.allSatisfy { characters.contains(text[$0]) }
        }
    }
}

enum KeyedRules {
    static let all: [KeyedRule] = [
        KeyedRule(
            id: "aws-secret-access-key", summary: "AWS secret access key (40 base64 characters) named as one",
            nameWords: ["secret", "access"], value: .run(.base64, 40...40)),
        KeyedRule(
            id: "aws-secret-access-key", summary: "AWS secret access key named `aws_secret_key`",
            nameWords: ["aws", "secret"], value: .run(.base64, 40...40)),
        KeyedRule(
            id: "railway-token", summary: "Railway API, team or project token (a UUID) named `RAILWAY_*`",
            nameWords: ["railway"], value: .uuid),
        KeyedRule(
            id: "railway-token", summary: "Railway token (a UUID) in a credential on a line that mentions Railway",
            nameWords: [], lineMentions: ["railway"], value: .uuid),
        KeyedRule(
            id: "heroku-api-key", summary: "Heroku API key (a UUID) named `HEROKU_*`", nameWords: ["heroku"],
            value: .uuid),
        KeyedRule(
            id: "heroku-api-key", summary: "Heroku API key (a UUID) in a credential on a line that mentions Heroku",
            nameWords: [], lineMentions: ["heroku"], value: .uuid),
        KeyedRule(
            id: "vercel-token", summary: "Vercel token (24 characters) named `VERCEL_*`", nameWords: ["vercel"],
            value: .run(.alphanumeric, 24...24)),
        KeyedRule(
            id: "netlify-token", summary: "Netlify token named `NETLIFY_*`", nameWords: ["netlify"],
            value: .run(.base64URL, 40...64)),
        KeyedRule(
            id: "twilio-auth-token", summary: "Twilio auth token (32 hex) named `TWILIO_*`", nameWords: ["twilio"],
            value: .run(.lowerHex, 32...32)),
    ]
}
