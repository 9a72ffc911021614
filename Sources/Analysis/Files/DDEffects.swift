/// dd: `if=FILE` is read, `of=FILE` written (standard input and output when absent).
enum DDEffects {
    static func actions(_ arguments: ArraySlice<ShellWord>) -> [Action] {
        var actions: [Action] = []
        for word in arguments {
            let text = word.text
            if text.hasPrefix("if=") {
                let file = ShellWord(String(text.dropFirst(3)), isStatic: word.isStatic, hasGlob: word.hasGlob)
                actions.append(.fileRead(FileAccess(file, via: "dd")))
            } else if text.hasPrefix("of=") {
                let file = ShellWord(String(text.dropFirst(3)), isStatic: word.isStatic, hasGlob: word.hasGlob)
                guard !RedirectionEffects.isStreamDevice(file) else { continue }
                actions.append(.fileWrite(FileAccess(file, via: "dd")))
            }
        }
        return actions
    }
}
