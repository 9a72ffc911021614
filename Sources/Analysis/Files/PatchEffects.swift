/// patch: reads a patch (from `-i FILE`, the second operand, or standard input) and changes the files it names.
/// When the patch text is known, the files are read from its `+++`/`---` headers; otherwise the changed files
/// are unknown and reported as a dynamic, recursive write of the working (or `-d`) directory.
enum PatchEffects {
    private static let syntax = ProgramOptionSyntax(valued: [
        "-p", "--strip", "-i", "--input", "-o", "--output", "-d", "--directory", "-D", "--ifdef", "-F", "--fuzz", "-B",
        "--prefix", "-Y", "--basename-prefix", "-z", "--suffix", "-r", "--reject-file", "-V", "--version-control",
        "-g", "--get", "--quoting-style",
    ])

    static func actions(_ arguments: ArraySlice<ShellWord>, standardInput: StandardInput) -> [Action] {
        let scanned = ScannedArguments(arguments, syntax: syntax)
        var actions: [Action] = []
        var patchFile = scanned.values(of: ["-i", "--input"]).last
        if patchFile == nil, scanned.operands.count >= 2 { patchFile = scanned.operands[1] }
        if let patchFile, !patchFile.isStandardStream { actions.append(.fileRead(FileAccess(patchFile, via: "patch"))) }
        let directory = scanned.values(of: ["-d", "--directory"]).last
        if let output = scanned.values(of: ["-o", "--output"]).last, !output.isStandardStream {
            actions.append(.fileWrite(FileAccess(output, via: "patch")))
            return actions
        }
        if let original = scanned.operands.first {
            actions.append(.fileWrite(FileAccess(original, via: "patch")))
            return actions
        }
        if patchFile == nil, case .text(let text) = standardInput {
            let strip = scanned.values(of: ["-p", "--strip"]).last.flatMap { Int($0.text) }
            let prefix = directory.map { $0.text.hasSuffix("/") ? $0.text : $0.text + "/" } ?? ""
            let targets = patchedFiles(text, strip: strip)
            if !targets.isEmpty {
                return actions + targets.map { .fileWrite(FileAccess(path: prefix + $0, via: "patch")) }
            }
        }
        let base = directory?.text ?? "."
        actions.append(.fileWrite(FileAccess(path: base, isStatic: false, isRecursive: true, via: "patch")))
        return actions
    }

    /// The files a unified or context diff changes, from its `+++ ` headers (`--- ` when the new side is
    /// `/dev/null`: a deletion). `strip` is `-p N`; without it patch uses the base name.
    static func patchedFiles(_ text: String, strip: Int?) -> [String] {
        var files: [String] = []
        var seen: Set<String> = []
        var previousOld: Substring?
        for line in text.split(separator: "\n", omittingEmptySubsequences: true).prefix(100_000) {
            if line.hasPrefix("--- ") || line.hasPrefix("*** ") {
                previousOld = headerPath(line.dropFirst(4))
            } else if line.hasPrefix("+++ ") {
                var path = headerPath(line.dropFirst(4))
                if path == "/dev/null", let old = previousOld { path = old }
                guard path != "/dev/null" else { continue }
                let stripped = stripComponents(path, strip)
                if !stripped.isEmpty, seen.insert(stripped).inserted { files.append(stripped) }
            }
        }
        return files
    }

    private static func headerPath(_ text: Substring) -> Substring {
        let end = text.firstIndex(of: "\t") ?? text.endIndex
        return text[..<end].trimmingWhitespace
    }

    private static func stripComponents(_ path: Substring, _ strip: Int?) -> String {
        let components = path.split(separator: "/", omittingEmptySubsequences: false)
        guard let strip else { return String(components.last ?? path) }
        guard strip > 0 else { return String(path) }
        return components.dropFirst(strip).joined(separator: "/")
    }
}
