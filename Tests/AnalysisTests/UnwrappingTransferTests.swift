import Testing

@testable import Analysis

/// File transfers that run local programs, jobs scheduled with at.
@Suite struct UnwrappingTransferTests {
    @Test func scpProxyCommandIsLocalShellText() {
        #expect(unwrap("scp", "-o", "ProxyCommand=rm -rf /", "a", "h:b")?.scriptTexts == ["rm -rf /"])
        #expect(unwrap("sftp", "-oProxyCommand rm x", "h")?.scriptTexts == ["rm x"])
        #expect(unwrap("scp", "-o", "Port=22", "a", "h:b") == nil)
    }

    @Test func scpProgramOption() {
        #expect(unwrap("scp", "-S", "./evil", "a", "h:b")?.argv == ["./evil"])
    }

    @Test func rsyncRemoteShellIsACommand() {
        #expect(unwrap("rsync", "-avz", "-e", "ssh -p 2222", "a", "h:b")?.argv == ["ssh", "-p", "2222"])
        #expect(unwrap("rsync", "-avze", "sh -c 'rm -rf /'", "a", "h:b")?.argv == ["sh", "-c", "rm -rf /"])
        #expect(unwrap("rsync", "--rsh=bash -c x", "a", "h:b")?.argv == ["bash", "-c", "x"])
        #expect(unwrap("rsync", "-e", "$RSH", "a", "h:b")?.opaqueKinds == [.dynamicProgram])
    }

    @Test func rsyncRemotePathIsRemoteShellText() {
        #expect(unwrap("rsync", "--rsync-path=sudo rsync", "a", "h:b")?.scriptTexts == ["sudo rsync"])
    }

    @Test func rsyncWithoutCommandsIsNotAWrapper() {
        #expect(unwrap("rsync", "-av", "--delete", "a/", "b/") == nil)
        #expect(unwrap("rsync", "-avf", "- *.o", "a/", "b/") == nil)
    }

    @Test func atRunsItsStandardInputLater() {
        #expect(unwrap("at", "now", "+", "1", "minute", stdin: .text("rm -rf /"))?.scriptTexts == ["rm -rf /"])
        #expect(unwrap("at", "-f", "job.sh", "now")?.opaqueKinds == [.scriptFile])
        #expect(unwrap("at", "-l")?.isEmpty == true)
        #expect(unwrap("batch")?.opaqueKinds == [.unknownCode])
    }
}
