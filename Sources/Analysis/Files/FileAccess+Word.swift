extension FileAccess {
    /// The access to the file a word names: dynamic words and globs are not static.
    init(_ word: ShellWord, isRecursive: Bool = false, via: String) {
        self.init(path: word.text, isStatic: word.isStatic && !word.hasGlob, isRecursive: isRecursive, via: via)
    }
}

extension ShellWord {
    /// `-` names standard input or output, not a file.
    var isStandardStream: Bool { isStatic && text == "-" }
}
