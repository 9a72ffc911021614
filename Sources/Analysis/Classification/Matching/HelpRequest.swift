/// `--help` as a command's last option: the program prints its usage and runs nothing, so no rule about what the
/// command would do applies (`kubectl delete --help`, `gh repo delete --help`).
///
/// Only `--help` counts: `-h` means other things to many programs (`sort -h`, `df -h`, `rm -h` is an error).
/// It must be the last word and not follow `--`, where it would be an operand passed on (`kubectl exec pod -- rm
/// --help`). File actions derived from the same command (`rm -rf / --help` on a system whose `rm` takes `--help`
/// as a file name) are classified on their own and still report.
enum HelpRequest {
    static func isHelp(_ command: CommandInvocation) -> Bool {
        guard command.words.count > 1, let last = command.words.last, last.isStatic, last.text == "--help" else {
            return false
        }
        if command.words.dropLast().contains(where: { $0.isStatic && $0.text == "--" }) { return false }
        // Programs that hand their trailing arguments to another program: in `docker run --privileged -v /:/host
        // IMAGE --help` the container runs and the image gets `--help`. Only `docker run --help` is help there.
        if Self.passesArgumentsOn.contains(command.program.lowercased()) { return command.words.count <= 3 }
        return true
    }

    static let passesArgumentsOn: Set<String> = ["docker", "podman", "nerdctl", "ssh"]
}
