/// HTTP requests made by curl, wget and httpie (`http`, `https`) or xh (`xh`, `xhs`), GraphQL bodies included.
///
/// Each URL gives one `.http` action with the method, headers and body the options imply; files the client
/// reads (`-d @body.json`, `-T file`) or writes (`-o out`, `wget -O`) are file actions. Secrets are never
/// copied: `-u user:password` becomes an `Authorization: <redacted>` header. What cannot be known before the
/// request runs (a URL or method in a variable, a body from a pipe to a GraphQL endpoint, options in a config
/// file) is reported as an opaque reason.
public enum HTTPClients {
    /// What `command` does in this respect; nil when the command is not one this deriver knows.
    public static func derive(_ command: CommandInvocation) -> Derivation? {
        guard command.hasStaticProgram, !command.words.isEmpty else { return nil }
        switch command.program {
        case "curl": return CurlCommand.derive(command)
        case "wget": return WgetCommand.derive(command)
        case "http", "https", "xh", "xhs", "httpie": return HTTPieCommand.derive(command)
        default: return nil
        }
    }
}
