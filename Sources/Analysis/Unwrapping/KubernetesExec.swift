/// `kubectl exec [flags] POD [-c CONTAINER] -- COMMAND…` (and `oc`), `kubectl debug … -- COMMAND…`,
/// `kubectl run NAME --image=… -- COMMAND…`: the command runs inside a pod.
enum KubernetesExec {
    /// kubectl's global flags that take a value as the next word.
    private static let globalValued: Set<String> = [
        "-n", "--namespace", "--context", "--kubeconfig", "--cluster", "--user", "-s", "--server", "--token", "--as",
        "--as-group", "--as-uid", "--request-timeout", "--cache-dir", "--certificate-authority",
        "--client-certificate", "--client-key", "-v", "--v", "--vmodule", "--tls-server-name", "--password",
        "--username", "--profile", "--profile-output", "--log-dir", "--log-file",
    ]

    /// `kubectl exec` flags, for the form without `--` (`kubectl exec POD COMMAND`).
    static let execSyntax = WrapperOptionSyntax(
        flags: "itq", valued: "cfns",
        long: ["stdin", "tty", "quiet", "insecure-skip-tls-verify", "match-server-version"],
        longValued: [
            "container", "filename", "pod-running-timeout", "namespace", "context", "kubeconfig", "cluster", "user",
            "server", "token", "as", "as-group", "as-uid", "request-timeout",
        ], permutes: true)

    static func derive(_ command: CommandInvocation) -> Derivation? {
        var rest = command.words.dropFirst()
        while let word = rest.first, word.isStatic, word.text.hasPrefix("-"), word.text != "--" {
            rest = rest.dropFirst(globalValued.contains(word.text) ? 2 : 1)
        }
        guard let subcommand = rest.first, subcommand.isStatic,
            ["exec", "debug", "run"].contains(subcommand.text)
        else { return nil }
        let arguments = rest.dropFirst()
        let tool = "\(command.program) \(subcommand.text)"
        if let dashes = arguments.firstIndex(where: { $0.isStatic && $0.text == "--" }) {
            let flags = arguments[..<dashes]
            let target = execSyntax.scan(flags).operands.first?.text ?? ""
            let words = Array(arguments[arguments.index(after: dashes)...])
            guard !words.isEmpty else { return .nothing }
            return .running(command.inner(words, label: "\(tool) \(target)"))
        }
        guard subcommand.text == "exec" else { return .nothing }  // debug, run: the image's own command
        let scan = execSyntax.scan(arguments)
        if let unknown = scan.unknownOption {
            return Derivation(opaqueReasons: [UnwrapMessage.unknownOption(unknown, of: tool, in: command)])
        }
        guard let pod = scan.operands.first else { return .nothing }
        let words = Array(scan.operands.dropFirst())
        guard !words.isEmpty else {
            return Derivation(opaqueReasons: [UnwrapMessage.missingCommand(tool, in: command)])
        }
        return .running(command.inner(words, label: "\(tool) \(pod.text)"))
    }
}
