/// `man -P CMD`, `man --pager=CMD`: man runs its pager through a shell, so the pager is shell text
/// (`man -P 'rm -rf /' ls`). The `PAGER` and `MANPAGER` variables are read by `CodeValues`.
enum ManualPager {
    static func derive(_ command: CommandInvocation) -> Derivation? {
        var derivation = Derivation()
        var rest = command.words.dropFirst()
        while let word = rest.popFirst() {
            let text = word.text
            if text == "--" { break }
            let pager: ShellWord?
            if text == "-P" || text == "--pager" {
                pager = rest.popFirst()
            } else if text.hasPrefix("--pager=") {
                pager = ShellWord(String(text.dropFirst("--pager=".count)), isStatic: word.isStatic)
            } else if text.hasPrefix("-P") && text.count > 2 {
                pager = ShellWord(String(text.dropFirst(2)), isStatic: word.isStatic)
            } else {
                pager = nil
            }
            if let pager { derivation.merge(ShellCode.shellText(pager, label: "man pager")) }
        }
        return derivation.isEmpty ? nil : derivation
    }
}
