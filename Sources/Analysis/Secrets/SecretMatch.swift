/// A credential found in text.
///
/// A match carries the rule that recognized the credential and where it is, never the credential itself, so it can be
/// logged, recorded and shown to an agent.
public struct SecretMatch: Hashable, Sendable {
    /// The detector rule's id, e.g. `aws-access-key-id`, `github-pat`.
    public var rule: String
    /// UTF-8 byte offsets of the secret in the scanned text.
    public var range: Range<Int>

    public init(rule: String, range: Range<Int>) {
        self.rule = rule
        self.range = range
    }
}
