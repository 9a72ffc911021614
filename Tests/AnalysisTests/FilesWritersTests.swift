import Testing

@testable import Analysis

@Suite struct FilesWritersTests {
    @Test func redirectionsOfAnyCommand() {
        let command = CommandInvocation(
            words: [ShellWord("echo"), ShellWord("hi")],
            redirections: [
                Redirection(descriptor: 1, operation: .write, target: ShellWord("out.txt")),
                Redirection(descriptor: 2, operation: .append, target: ShellWord("err.log")),
                Redirection(descriptor: 0, operation: .read, target: ShellWord("in.txt")),
                Redirection(descriptor: 3, operation: .readWrite, target: ShellWord("both")),
                Redirection(descriptor: 2, operation: .duplicate, target: ShellWord("1")),
                Redirection(descriptor: 1, operation: .write, target: ShellWord("/dev/null")),
                Redirection(descriptor: 1, operation: .write, target: ShellWord("/dev/stderr")),
                Redirection(descriptor: 1, operation: .write, target: ShellWord("/dev/fd/3")),
                Redirection(descriptor: 1, operation: .write, target: ShellWord("$LOG", isStatic: false)),
            ])
        let derivation = FileEffects.derive(command)
        #expect(derivation?.writePaths == ["out.txt", "err.log", "both", "$LOG"])
        #expect(derivation?.readPaths == ["in.txt", "both"])
        #expect(derivation?.writes.allSatisfy { $0.via == "redirection" } == true)
        #expect(derivation?.writes.last?.isStatic == false)
    }

    @Test func aRedirectionWithoutACommand() {
        let command = CommandInvocation(
            words: [], redirections: [Redirection(descriptor: 1, operation: .write, target: ShellWord("/etc/hosts"))])
        #expect(FileEffects.derive(command)?.writePaths == ["/etc/hosts"])
        #expect(FileEffects.derive(CommandInvocation(words: [])) == nil)
    }

    @Test func rmDeletes() {
        #expect(
            fileEffects("rm", "a", "b").deletes == [
                FileAccess(path: "a", via: "rm"), FileAccess(path: "b", via: "rm"),
            ])
        for flags in [["-rf"], ["-fr"], ["-r", "-f"], ["-R"], ["--recursive"], ["--recur"], ["-f", "--", "-r"]] {
            let words = ["rm"] + flags + ["/srv/data"]
            let derivation = FileEffects.derive(CommandInvocation(words: words.map { ShellWord($0) }))
            let expected = flags.last == "-r" && flags.contains("--") ? false : true
            #expect(derivation?.deletes.last == FileAccess(path: "/srv/data", isRecursive: expected, via: "rm"))
        }
        #expect(fileEffects("rm", "/srv/data", "-rf").deletes.first?.isRecursive == true)
        #expect(fileEffects("rm", "--", "-rf").deletePaths == ["-rf"])
        #expect(fileEffects("rm", "$FLAGS", "/srv").deletes.allSatisfy { $0.isRecursive })
        #expect(fileEffects("rmdir", "-p", "a/b").deletePaths == ["a/b"])
        #expect(fileEffects("unlink", "f").deletePaths == ["f"])
        #expect(fileEffects("shred", "-u", "-n", "3", "key.pem").deletePaths == ["key.pem"])
    }

    @Test func copyAndMove() {
        let copy = fileEffects("cp", "-a", "src", "dst")
        #expect(copy.reads == [FileAccess(path: "src", isRecursive: true, via: "cp")])
        #expect(copy.writes == [FileAccess(path: "dst", isRecursive: true, via: "cp")])
        #expect(fileEffects("cp", "a", "b", "dir/").readPaths == ["a", "b"])
        #expect(fileEffects("cp", "-t", "dir", "a", "b").writePaths == ["dir"])
        #expect(fileEffects("cp", "--target-directory=dir", "a").readPaths == ["a"])
        let move = fileEffects("mv", "-f", "old", "new")
        #expect(move.readPaths == ["old"])
        #expect(move.deletePaths == ["old"])
        #expect(move.writePaths == ["new"])
        #expect(fileEffects("install", "-m", "755", "bin", "/usr/local/bin/x").writePaths == ["/usr/local/bin/x"])
        #expect(fileEffects("ln", "-sf", "/etc/passwd", "link").writePaths == ["link"])
        #expect(fileEffects("ln", "-s", "/opt/tool/bin/tool").writePaths == ["tool"])
    }

    @Test func writers() {
        #expect(fileEffects("tee", "-a", "log", "copy").writePaths == ["log", "copy"])
        #expect(fileEffects("touch", "-d", "yesterday", "f").writePaths == ["f"])
        #expect(fileEffects("truncate", "-s", "0", "db.sqlite").writePaths == ["db.sqlite"])
        #expect(
            fileEffects("chmod", "-R", "777", "/srv").writes == [
                FileAccess(path: "/srv", isRecursive: true, via: "chmod")
            ])
        #expect(fileEffects("chmod", "-x", "script").writePaths == ["script"])
        #expect(fileEffects("chown", "root:root", "f").writePaths == ["f"])
        #expect(fileEffects("chgrp", "--reference=ref", "f").writePaths == ["f"])
    }

    @Test func dd() {
        let derivation = fileEffects("dd", "if=/dev/zero", "of=/dev/sda", "bs=1M")
        #expect(derivation.readPaths == ["/dev/zero"])
        #expect(derivation.writePaths == ["/dev/sda"])
    }

    @Test func rsync() {
        let derivation = fileEffects("rsync", "-av", "--delete", "--exclude", ".git", "src/", "backup:/srv/")
        #expect(derivation.readPaths == ["src/"])
        #expect(derivation.writePaths == ["backup:/srv/"])
        #expect(derivation.deletes == [FileAccess(path: "backup:/srv/", isRecursive: true, via: "rsync --delete")])
        #expect(fileEffects("rsync", "-a", "--delete-after", "a", "b").deletePaths == ["b"])
        #expect(fileEffects("rsync", "-a", "a", "b").deletes.isEmpty)
        #expect(fileEffects("rsync", "--remove-source-files", "a", "b").deletePaths == ["a"])
    }

    @Test func archives() {
        let create = fileEffects("tar", "-czf", "out.tgz", "src")
        #expect(create.writePaths == ["out.tgz"])
        #expect(create.reads == [FileAccess(path: "src", isRecursive: true, via: "tar")])
        let extract = fileEffects("tar", "xzf", "in.tgz", "-C", "/opt")
        #expect(extract.readPaths == ["in.tgz"])
        #expect(extract.writes == [FileAccess(path: "/opt", isRecursive: true, via: "tar -x")])
        #expect(fileEffects("tar", "-tf", "in.tar").writes.isEmpty)
        #expect(fileEffects("tar", "--create", "--file=a.tar", "--remove-files", "d").deletePaths == ["d"])
        let zip = fileEffects("zip", "-r", "out.zip", "dir")
        #expect(zip.writePaths == ["out.zip"])
        #expect(zip.reads == [FileAccess(path: "dir", isRecursive: true, via: "zip")])
        #expect(fileEffects("unzip", "-o", "a.zip", "-d", "out").writePaths == ["out"])
        #expect(fileEffects("unzip", "-l", "a.zip").writes.isEmpty)
    }

    @Test func compressionReplacesTheFile() {
        let gzip = fileEffects("gzip", "dump.sql")
        #expect(gzip.readPaths == ["dump.sql"])
        #expect(gzip.writePaths == ["dump.sql.gz"])
        #expect(gzip.deletePaths == ["dump.sql"])
        #expect(fileEffects("gunzip", "a.gz").writePaths == ["a"])
        #expect(fileEffects("gzip", "-d", "a.gz").deletePaths == ["a.gz"])
        #expect(fileEffects("gzip", "-k", "a").deletes.isEmpty)
        #expect(fileEffects("gzip", "-c", "a").writes.isEmpty)
        #expect(fileEffects("zstd", "a").deletes.isEmpty)
        #expect(fileEffects("zstd", "--rm", "a").deletePaths == ["a"])
    }

    @Test func patch() {
        let text = """
            --- a/src/x.swift\t2024-01-01
            +++ b/src/x.swift\t2024-01-02
            @@ -1 +1 @@
            -old
            +new
            --- a/gone.txt
            +++ /dev/null
            """
        #expect(fileEffects("patch", "-p1", input: .text(text)).writePaths == ["src/x.swift", "gone.txt"])
        #expect(fileEffects("patch", "-p1", "-i", "fix.diff").readPaths == ["fix.diff"])
        let unknown = fileEffects("patch", "-p1", "-i", "fix.diff")
        #expect(unknown.writes == [FileAccess(path: ".", isStatic: false, isRecursive: true, via: "patch")])
        #expect(fileEffects("patch", "file.c", "fix.diff").writePaths == ["file.c"])
    }
}

@Suite struct FilesAliasTests {
    @Test func gnuToolsWithAPrefixAreTheSame() {
        #expect(fileEffects("gmv", "a", "b").deletePaths == ["a"])
        #expect(fileEffects("grm", "-rf", "/srv").deletes.first?.isRecursive == true)
        #expect(fileEffects("gtar", "-xf", "a.tar").writePaths == ["."])
        #expect(fileEffects("/opt/homebrew/bin/gcp", "-r", "a", "b").writes.first?.isRecursive == true)
    }
}

@Suite struct FilesDynamicOptionTests {
    @Test func wordsThatMayBeOptionsGetTheCautiousReading() {
        #expect(fileEffects("sed", "$SED_OPTS", "s/a/b/", "f").writes.isEmpty == false)
        #expect(fileEffects("cp", "$CP_FLAGS", "src", "dst").writes.first?.isRecursive == true)
        #expect(fileEffects("chmod", "$MODE_FLAGS", "755", "/srv").writes.allSatisfy { $0.isRecursive })
        #expect(fileEffects("cat", "notes.txt").reads.first?.isRecursive == false)
    }
}
