/// A credential format recognized by its literal prefix and the shape of what follows: one row of the rule table.
///
/// Matching is hand-written: the prefix is compared byte by byte, then each segment consumes a run of its character
/// class whose length must fall in its range. A token must start and end at a token boundary, so a prefix inside a
/// longer identifier, or a run longer than the format allows, is not a match.
struct TokenRule: Sendable {
    /// The stable rule id reported in `SecretMatch.rule`, e.g. `github-pat`.
    var id: String
    /// What the rule finds, for documentation. Never contains a credential.
    var summary: String
    /// Literal, case-sensitive prefixes; the match starts at the prefix.
    var prefixes: [String]
    /// What follows the prefix, in order.
    var body: [TokenSegment]
    /// A literal the body must contain (OpenAI's legacy keys carry `T3BlbkFJ`, base64 of `OpenAI`).
    var marker: String? = nil
    /// Lower-case words one of which must appear on the same line (for formats too generic alone, like Twilio's).
    var lineMentions: [String] = []
    /// Bytes that must not precede the prefix.
    var notAfter: ByteSet = TokenRule.tokenContinuation
    /// Bytes that must not follow the body (besides the last segment's own class).
    var notBefore: ByteSet = ByteSet.word

    /// Letters, digits, `_` and `+`: a prefix right after one of these is inside another token (or a base64 blob).
    static let tokenContinuation = ByteSet.word + ByteSet("+")
}

/// A part of a token after its prefix: an optional literal, then a run of `characters` of a length in `length`.
struct TokenSegment: Sendable {
    var literal: String = ""
    var characters: ByteSet
    var length: ClosedRange<Int>

    static func run(_ characters: ByteSet, _ length: ClosedRange<Int>, after literal: String = "") -> TokenSegment {
        TokenSegment(literal: literal, characters: characters, length: length)
    }
}
