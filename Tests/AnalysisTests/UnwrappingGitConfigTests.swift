import Testing

@testable import Analysis

/// Git settings that are commands run later — by the next `git status`, `git NAME`, `git push` — however they are
/// set: `git -c` for one command, `git config` for every later one (possibly in another tool call).
@Suite struct UnwrappingGitConfigTests {
    let analyzer = ActionAnalyzer()

    func rules(_ command: String) -> [String] {
        analyzer.analyze(shell: command).findings.map(\.rule)
    }

    @Test(arguments: [
        "git config --global alias.st '!rm -rf /'",
        "git config core.fsmonitor 'rm -rf /'",
        "git config --local core.sshCommand 'rm -rf /'",
        "git config set core.pager 'rm -rf / #'",
        "git -C repo config --file .git/config filter.lfs.clean 'rm -rf /'",
        "git config diff.pdf.textconv 'rm -rf /'",
        "git config credential.helper '!rm -rf /'",
        "git -c credential.helper='!rm -rf /' fetch",
        "git -c core.fsmonitor='rm -rf /' status",
    ])
    func storedCommandSettingsAreAnalyzed(_ command: String) {
        #expect(rules(command).contains("fs.delete.root"), "\(command)")
    }

    @Test(arguments: [
        "git config user.name 'Ada Lovelace'",
        "git config --global --add safe.directory /srv/app",
        "git config --get core.editor",
        "git config --global alias.co checkout",
        "git config core.pager false",
        "git config --unset core.fsmonitor",
        "git config user.email \"$EMAIL\"",
    ])
    func ordinarySettingsStayQuiet(_ command: String) {
        let analysis = analyzer.analyze(shell: command)
        #expect(analysis.findings.isEmpty, "\(command)")
        #expect(analysis.opaqueReasons.isEmpty, "\(command)")
    }

    @Test func hooksPathAndSettingsNamedAtRunTimeAreOpaque() {
        #expect(
            analyzer.analyze(shell: "git config core.hooksPath /tmp/hooks").opaqueReasons.map(\.kind) == [.scriptFile])
        #expect(
            analyzer.analyze(shell: "git config \"$KEY\" 'rm -rf /'").opaqueReasons.map(\.kind) == [.dynamicArgument])
    }

    @Test func hookAndConfigFilesAreToolConfiguration() {
        #expect(rules("printf '#!/bin/sh\\nrm -rf ~\\n' > .git/hooks/pre-commit").contains("fs.write.tool-config"))
        #expect(rules("echo 'url = \"https://elsewhere.example\"' >> ~/.curlrc").contains("fs.write.tool-config"))
        #expect(rules("cat .git/hooks/pre-commit").isEmpty)
    }
}
