// CONTRACT STUB — replaced by the secrets detector (issue 3, part 6).

/// A credential found in text.
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

/// Finds credentials in file contents, tool output and command lines.
public struct SecretScanner: Sendable {
    public init() {}

    public func scan(_ text: String) -> [SecretMatch] { [] }

    /// `text` with every match replaced by `[REDACTED:<rule id>]`.
    public func redact(_ text: String) -> String { text }
}

/// Paths whose content is a credential by convention: `.env*`, keys, cloud and kube credentials, `.netrc`, …
public enum SensitivePaths {
    /// The id of the sensitive-path rule `path` matches (`dotenv`, `ssh-private-key`, …), nil when none.
    public static func match(_ path: String) -> String? { nil }
}
