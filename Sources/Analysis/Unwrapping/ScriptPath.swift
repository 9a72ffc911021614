/// A program named by a path outside the system's program directories (`./deploy.sh`, `scripts/x`,
/// `~/bin/y`) is most likely a script of the project, whose content is not known here.
enum ScriptPath {
    /// Directories of installed programs: a program directly inside one is not a project script.
    static let systemDirectories: Set<String> = [
        "/bin", "/usr/bin", "/usr/local/bin", "/sbin", "/usr/sbin", "/usr/local/sbin", "/opt/homebrew/bin",
        "/opt/homebrew/sbin",
    ]

    /// The opaque reason for running `command`'s program, or nil when it is not a script path.
    static func reason(_ command: CommandInvocation) -> OpaqueReason? {
        let path = command.programPath
        guard command.hasStaticProgram, path.containsBytes("/") else { return nil }
        if let slash = path.lastIndex(of: "/") {
            let directory = String(path[..<slash])
            let components = directory.split(separator: "/")
            if systemDirectories.contains(directory), !components.contains(".."), !components.contains(".") {
                return nil
            }
        }
        return OpaqueReason(.scriptFile, "`\(path)` is run directly; its content is not known here")
    }
}
