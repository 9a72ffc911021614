import Testing

@testable import Analysis

@Suite struct FilesReadersTests {
    @Test(arguments: [
        ["cat", ".env"], ["tac", ".env"], ["less", "+G", ".env"], ["more", ".env"], ["head", "-n", "5", ".env"],
        ["head", "-5", ".env"], ["tail", "-f", "-n", "20", ".env"], ["tail", "-c", "100", ".env"], ["bat", ".env"],
        ["nl", ".env"], ["od", "-c", ".env"], ["xxd", ".env"], ["hexdump", "-C", ".env"], ["strings", ".env"],
        ["base64", ".env"], ["wc", "-l", ".env"], ["sort", "-t", ":", "-k", "2", ".env"], ["uniq", ".env"],
        ["cut", "-d", "=", "-f", "2", ".env"], ["view", ".env"], ["vim", "-R", ".env"], ["/bin/cat", "--", ".env"],
        ["grep", "KEY", ".env"], ["grep", "-e", "KEY", "-A", "2", ".env"], ["rg", "-i", "token", ".env"],
        ["sed", "-n", "1p", ".env"], ["awk", "-F=", "{print $2}", ".env"], ["jq", ".a", ".env"],
        ["yq", "eval", ".a", ".env"], ["zcat", ".env"],
    ])
    func readsTheFile(_ words: [String]) {
        let derivation = FileEffects.derive(CommandInvocation(words: words.map { ShellWord($0) }))
        #expect(derivation?.readPaths == [".env"])
        #expect(derivation?.writes.isEmpty == true)
        #expect(derivation?.deletes.isEmpty == true)
    }

    @Test func optionValuesAreNotFiles() {
        #expect(fileEffects("head", "-n", "10", "a", "b").readPaths == ["a", "b"])
        #expect(fileEffects("tail", "--lines=3", "log").readPaths == ["log"])
        #expect(fileEffects("grep", "-C", "3", "-m", "1", "--include=*.py", "pat", "src").readPaths == ["src"])
        #expect(fileEffects("cut", "-f1", "-d", ",", "data.csv").readPaths == ["data.csv"])
        #expect(fileEffects("cat", "-").readPaths == [])
    }

    @Test func grepPatternsAreNotFiles() {
        #expect(fileEffects("grep", "-rn", "TODO", "src", "docs").readPaths == ["src", "docs"])
        #expect(fileEffects("grep", "-e", "a", "-e", "b", "x.txt").readPaths == ["x.txt"])
        #expect(fileEffects("grep", "--regexp=a", "x.txt").readPaths == ["x.txt"])
        #expect(fileEffects("grep", "-f", "patterns.txt", "x.txt").readPaths == ["patterns.txt", "x.txt"])
        #expect(fileEffects("egrep", "a|b", "x").readPaths == ["x"])
        #expect(fileEffects("grep", "needle").reads.isEmpty)
    }

    @Test func recursiveSearches() throws {
        let grep = fileEffects("grep", "-r", "password", "/etc")
        #expect(grep.reads == [FileAccess(path: "/etc", isRecursive: true, via: "grep")])
        #expect(fileEffects("grep", "-R", "x").reads == [FileAccess(path: ".", isRecursive: true, via: "grep")])
        #expect(fileEffects("rg", "secret").reads == [FileAccess(path: ".", isRecursive: true, via: "rg")])
        #expect(fileEffects("rg", "-g", "*.env", "-r", "X", "secret", "~/").reads.map(\.path) == ["~/"])
        #expect(fileEffects("rg", "--files", "src").readPaths == ["src"])
        #expect(fileEffects("ag", "secret", "src").reads == [FileAccess(path: "src", isRecursive: true, via: "ag")])
        #expect(fileEffects("ack", "secret").readPaths == ["."])
    }

    @Test func streamEditorsEditInPlace() {
        #expect(fileEffects("sed", "-i", "s/a/b/", "f.txt").writePaths == ["f.txt"])
        #expect(fileEffects("sed", "-i.bak", "-e", "s/a/b/", "f.txt").writePaths == ["f.txt"])
        #expect(fileEffects("sed", "--in-place", "s/a/b/", "f", "g").writePaths == ["f", "g"])
        #expect(fileEffects("sed", "s/a/b/", "-i", "f").writePaths == ["f"])
        #expect(fileEffects("sed", "-i", "", "s/a/b/", "f").writePaths == ["f"])
        #expect(fileEffects("sed", "-i", ".orig", "s/a/b/", "f").writePaths == ["f"])
        #expect(fileEffects("sed", "-f", "script.sed", "f").readPaths == ["script.sed", "f"])
        #expect(fileEffects("sed", "-E", "s/a/b/g", "f").writes.isEmpty)
        #expect(fileEffects("awk", "-i", "inplace", "{print}", "f").writePaths == ["f"])
        #expect(fileEffects("gawk", "--include=inplace", "{print}", "f").writePaths == ["f"])
        #expect(fileEffects("awk", "-v", "x=1", "-f", "prog.awk", "n=2", "data").readPaths == ["prog.awk", "data"])
        #expect(fileEffects("yq", "-i", ".a = 1", "config.yaml").writePaths == ["config.yaml"])
    }

    @Test func jqFilesAndArguments() {
        #expect(fileEffects("jq", "-r", ".x", "a.json", "b.json").readPaths == ["a.json", "b.json"])
        #expect(fileEffects("jq", "--arg", "k", "v", ".[$k]", "a.json").readPaths == ["a.json"])
        #expect(fileEffects("jq", "--slurpfile", "s", "secrets.json", "-n", "$s").readPaths == ["secrets.json"])
        #expect(fileEffects("jq", "-n", "$ARGS", "--args", "a", "b").readPaths == [])
        #expect(fileEffects("jq", "-f", "prog.jq", "in.json").readPaths == ["prog.jq", "in.json"])
    }

    @Test func outputsOfReaders() {
        #expect(fileEffects("sort", "-o", "sorted.txt", "in.txt").writePaths == ["sorted.txt"])
        #expect(fileEffects("sort", "-o", "sorted.txt", "in.txt").readPaths == ["in.txt"])
        #expect(fileEffects("uniq", "in", "out").writePaths == ["out"])
        #expect(fileEffects("xxd", "-r", "dump", "binary").writePaths == ["binary"])
        #expect(fileEffects("diff", "-ru", "a", "b").reads.allSatisfy { $0.isRecursive })
    }

    @Test func editorsWrite() {
        for editor in ["vim", "vi", "nvim", "nano", "emacs", "code"] {
            #expect(fileEffects(editor, "src/main.swift").writePaths == ["src/main.swift"])
        }
        #expect(fileEffects("vim", "+10", "-c", "wq", "f").writePaths == ["f"])
        #expect(fileEffects("nano", "-v", "f").readPaths == ["f"])
    }

    @Test func dynamicAndGlobPathsAreNotStatic() {
        let dynamic = fileEffects("cat", "$HOME/.aws/credentials")
        #expect(dynamic.reads == [FileAccess(path: "$HOME/.aws/credentials", isStatic: false, via: "cat")])
        let glob = FileEffects.derive(
            CommandInvocation(words: [ShellWord("cat"), ShellWord("*.pem", hasGlob: true)]))
        #expect(glob?.reads.first?.isStatic == false)
    }

    @Test func unknownProgramsAreNotMine() {
        #expect(FileEffects.derive(invocation("ls", "-la")) == nil)
        #expect(FileEffects.derive(invocation("git", "checkout", "--", "f")) == nil)
        #expect(FileEffects.derive(invocation("mkdir", "-p", "x")) == nil)
        #expect(
            FileEffects.derive(CommandInvocation(words: [ShellWord("$EDITOR", isStatic: false), ShellWord("f")])) == nil
        )
    }
}

@Suite struct FilesOptionSpellingTests {
    @Test func abbreviatedValuedOptionsTakeTheirValue() {
        let sort = fileEffects("sort", "--out", "sorted.txt", "in.txt")
        #expect(sort.writePaths == ["sorted.txt"])
        #expect(sort.readPaths == ["in.txt"])
        #expect(fileEffects("grep", "--regex", "x", "f").readPaths == ["f"])
    }

    @Test func streamDevicesAreNotFiles() {
        #expect(fileEffects("tee", "/dev/stderr", "log").writePaths == ["log"])
        #expect(fileEffects("cat", "/dev/null").reads.isEmpty)
    }
}
