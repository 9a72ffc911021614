/// `busybox APPLET ARGS…` and `toybox APPLET ARGS…`: the applet runs as if it were the program.
enum Busybox {
    static func derive(_ command: CommandInvocation) -> Derivation {
        guard let applet = command.words.dropFirst().first else { return .nothing }
        if applet.isStatic, applet.text.hasPrefix("-") { return .nothing }  // --list, --help, --install
        return .running(command.inner(Array(command.words.dropFirst()), label: command.program))
    }
}
