import Testing

@testable import Analysis

@Suite struct UnwrappingPrivilegeTests {
    @Test func sudoRunsTheCommandAfterItsOptions() throws {
        let derivation = try #require(unwrap("sudo", "-u", "root", "-H", "rm", "-rf", "/"))
        #expect(derivation.argv == ["rm", "-rf", "/"])
        #expect(derivation.wrapperLabels == [["sudo"]])
        #expect(derivation.opaqueReasons.isEmpty)
    }

    @Test func sudoOptionsWithAttachedAndLongValues() throws {
        #expect(unwrap("sudo", "-uroot", "rm", "x")?.argv == ["rm", "x"])
        #expect(unwrap("sudo", "--user=root", "--chdir", "/tmp", "rm", "x")?.argv == ["rm", "x"])
        #expect(
            unwrap("sudo", "-g", "wheel", "-C", "3", "-D", "/", "-p", "pw:", "-T", "10", "rm", "x")?.argv == [
                "rm", "x",
            ])
        #expect(unwrap("sudo", "-nEu", "root", "rm", "x")?.argv == ["rm", "x"])
    }

    @Test func sudoDoubleDashEndsItsOptions() throws {
        let derivation = try #require(unwrap("sudo", "-u", "root", "--", "rm", "-rf", "/"))
        #expect(derivation.argv == ["rm", "-rf", "/"])
    }

    @Test func sudoWithAnUnknownOptionIsOpaque() throws {
        let derivation = try #require(unwrap("sudo", "-Z", "x", "rm", "-rf", "/"))
        #expect(derivation.commands.isEmpty)
        #expect(derivation.opaqueKinds == [.unknownWrapper])
        #expect(derivation.opaqueReasons[0].message.contains("-Z"))
    }

    @Test func sudoWithoutACommandIsOpaque() {
        #expect(unwrap("sudo", "-u", "root")?.opaqueKinds == [.unknownWrapper])
    }

    @Test(arguments: [["-l"], ["-v"], ["-K"], ["-V"], ["-l", "rm", "x"]])
    func sudoInformationalModesRunNothing(_ arguments: [String]) {
        #expect(unwrap(arguments: ["sudo"] + arguments)?.isEmpty == true)
    }

    @Test func sudoLoginShellRunsTheCommandWithVariablesExpanded() throws {
        let derivation = try #require(unwrap("sudo", "-i", "rm", "-rf", "$HOME"))
        #expect(derivation.argv == ["rm", "-rf", "$HOME"])
        #expect(derivation.commands[0].words[2].isStatic == false)
        #expect(derivation.wrapperLabels == [["sudo -i"]])
        #expect(unwrap("sudo", "-s", "ls")?.wrapperLabels == [["sudo -s"]])
    }

    @Test func sudoShellWithoutACommandReadsStandardInput() throws {
        let derivation = try #require(unwrap("sudo", "-s", stdin: .text("rm -rf /")))
        #expect(derivation.scriptTexts == ["rm -rf /"])
        #expect(unwrap("sudo", "-i")?.isEmpty == true)
    }

    @Test func sudoeditWritesTheFilesAndRunsNoCommand() throws {
        let derivation = try #require(unwrap("sudo", "-e", "/etc/hosts"))
        #expect(derivation.commands.isEmpty)
        #expect(derivation.actions == [.fileWrite(FileAccess(path: "/etc/hosts", via: "sudoedit"))])
        #expect(unwrap("sudoedit", "/etc/sudoers")?.actions.count == 1)
    }

    @Test func doas() throws {
        #expect(unwrap("doas", "-u", "root", "rm", "-rf", "/")?.argv == ["rm", "-rf", "/"])
        #expect(unwrap("doas", "-n", "--", "rm", "x")?.argv == ["rm", "x"])
        #expect(unwrap("doas", "-s", stdin: .text("id"))?.scriptTexts == ["id"])
        #expect(unwrap("doas", "-C", "/etc/doas.conf", "rm")?.isEmpty == true)
    }

    @Test func suWithCommandText() throws {
        #expect(unwrap("su", "-", "root", "-c", "rm -rf /")?.scriptTexts == ["rm -rf /"])
        #expect(unwrap("su", "root", "--command=rm x")?.scriptTexts == ["rm x"])
        #expect(unwrap("su", "-c", "rm x", "deploy")?.scripts.first?.wrapper == "su -c")
        #expect(unwrap("su", "-l", "root", "-c", "$CMD")?.opaqueKinds == [.dynamicCode])
    }

    @Test func suWithoutCommandTextStartsAShell() throws {
        #expect(unwrap("su", "-", "root", stdin: .text("rm x"))?.scriptTexts == ["rm x"])
        #expect(unwrap("su", "root")?.isEmpty == true)
        #expect(unwrap("su", "root", "deploy.sh")?.opaqueKinds == [.scriptFile])
    }

    @Test func runuserRunsACommandDirectlyWithDashU() throws {
        let derivation = try #require(unwrap("runuser", "-u", "app", "--", "rm", "-rf", "/srv"))
        #expect(derivation.argv == ["rm", "-rf", "/srv"])
        #expect(derivation.wrapperLabels == [["runuser"]])
        #expect(unwrap("runuser", "-l", "app", "-c", "rm x")?.scriptTexts == ["rm x"])
    }
}

/// `unwrap` with an array, for parameterized tests.
func unwrap(arguments words: [String], stdin: StandardInput = .inherited) -> Derivation? {
    CommandUnwrapping.derive(invocation(words, stdin: stdin))
}

@Suite struct UnwrappingSudoAssignmentTests {
    @Test func sudoTakesAssignmentsBeforeTheCommand() throws {
        let derivation = try #require(unwrap("sudo", "-E", "PGPASSWORD=x", "FOO=$(id)", "rm", "-rf", "/"))
        #expect(derivation.argv == ["rm", "-rf", "/"])
        #expect(derivation.commands[0].assignments.map(\.name) == ["PGPASSWORD", "FOO"])
        #expect(unwrap("sudo", "A=1")?.opaqueKinds == [.unknownWrapper])
    }
}
