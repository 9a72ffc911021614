extension FileProgram {
    /// The file actions of `arguments` (the words after the program), reported `via` the program; the leading
    /// operands that are not files (a sed script, an awk program, a grep pattern); and the scanned arguments.
    func effects(_ arguments: ArraySlice<ShellWord>, via: String) -> (
        actions: [Action], leading: [ShellWord], scanned: ScannedArguments
    ) {
        let scanned = ScannedArguments(arguments, syntax: syntax)
        var actions: [Action] = []
        if !readOptions.isEmpty || !writeOptions.isEmpty {
            for option in scanned.options {
                guard let file = option.values.last, !file.isStandardStream else { continue }
                if ScannedArguments.matches(option.name, readOptions) {
                    actions.append(.fileRead(FileAccess(file, via: via)))
                } else if ScannedArguments.matches(option.name, writeOptions) {
                    actions.append(.fileWrite(FileAccess(file, via: via)))
                }
            }
        }
        var files = scanned.operands[...]
        if argumentsAfterEndOfOptions, let end = scanned.operandCountAtEndOfOptions {
            files = files.prefix(end)
        }
        if !subcommands.isEmpty, let first = files.first, first.isStatic, subcommands.contains(first.text) {
            files = files.dropFirst()
        }
        if takesSeparateInPlaceSuffix, let first = files.first, Self.isBackupSuffix(first),
            scanned.options.contains(where: { $0.name == "-i" && $0.values.isEmpty })
        {
            files = files.dropFirst()
        }
        var leading: [ShellWord] = []
        if leadingNonFiles > 0, !scanned.has(leadingSuppliedByIndex), !scanned.has(leadingAsOptionIndex) {
            leading = Array(files.prefix(leadingNonFiles))
            files = files.dropFirst(leadingNonFiles)
        }
        if skipsAssignments { files = files.filter { !Self.isAssignment($0.text) }[...] }
        // Filtered only when something is to go: most commands name no `-` or device.
        if files.contains(where: { $0.isStandardStream || RedirectionEffects.isStreamDevice($0) }) {
            files = files.filter { !$0.isStandardStream && !RedirectionEffects.isStreamDevice($0) }[...]
        }

        let isRecursive =
            recursiveByDefault || hasAny(recursiveEntries, in: scanned)
            || (scanned.mayHaveDynamicOptions && !recursiveOptions.isEmpty)
        if files.isEmpty, isRecursive, let path = defaultRecursivePath {
            files = [ShellWord(path)]
        }
        var effect = effect
        // A word like `$OPTS` may expand to options: read it as the ones that matter most (`-r`, `sed -i`).
        let mayEditInPlace = scanned.mayHaveDynamicOptions && !inPlaceOptions.isEmpty
        if effect == .read, mayEditInPlace || hasAny(inPlaceEntries, in: scanned) { effect = .write }
        if effect == .write, scanned.has(readOnlyOptions) { effect = .read }
        actions.reserveCapacity(actions.count + files.count)
        for (index, file) in files.enumerated() {
            let access = FileAccess(file, isRecursive: isRecursive, via: via)
            if secondFileIsOutput, index == 1 {
                actions.append(.fileWrite(access))
                continue
            }
            switch effect {
            case .read: actions.append(.fileRead(access))
            case .write: actions.append(.fileWrite(access))
            case .delete: actions.append(.fileDelete(access))
            }
        }
        return (actions, leading, scanned)
    }

    /// True when an option among `entries` was given; `name=value` entries need that value (or a dynamic one).
    private func hasAny(_ entries: OptionEntries, in scanned: ScannedArguments) -> Bool {
        guard !scanned.options.isEmpty else { return false }
        // `has` over the plain names is `has(option:)` for each of them (abbreviations are of long names only).
        if scanned.has(entries.plain) { return true }
        for entry in entries.withValue
        where scanned.has(option: entry.name, withValue: { $0.text == entry.value || !$0.isStatic }) {
            return true
        }
        return false
    }

    /// An empty word or `.bak`-like suffix: never a sed script, so after a bare `-i` it is BSD sed's suffix.
    static func isBackupSuffix(_ word: ShellWord) -> Bool {
        guard word.isStatic else { return false }
        guard let first = word.text.first else { return true }
        return first == "." && word.text.dropFirst().allSatisfy { $0.isLetter || $0.isNumber || "_~-".contains($0) }
    }

    /// `name=value` with a shell-variable-like name: an awk assignment operand.
    static func isAssignment(_ text: String) -> Bool {
        guard let equals = text.firstIndex(of: "="), equals != text.startIndex else { return false }
        let name = text[..<equals]
        guard let first = name.first, first == "_" || first.isLetter else { return false }
        return name.allSatisfy { $0 == "_" || $0.isLetter || $0.isNumber }
    }
}
