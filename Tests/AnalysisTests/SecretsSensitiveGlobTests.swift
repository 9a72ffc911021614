import Testing

@testable import Analysis

/// Wildcard paths name many files: `cat .env*` reads `.env`. A glob with a specific start that matches a credential
/// file's name gets that file's rule; broad globs in a project stay quiet.
@Suite struct SecretsSensitiveGlobTests {
    @Test(arguments: [
        ("~/cred*", "credentials-file"), (".env*", "dotenv"), ("app/.env*", "dotenv"), ("./**/.env*", "dotenv"),
        ("id_*", "ssh-private-key"),
        ("~/.aws/cred*", "aws-credentials"), ("secrets.*", "secrets-file"), (".npmr?", "npmrc"),
        ("kube*", "kubeconfig"),
    ])
    func specificGlobsNameTheirFile(_ path: String, _ rule: String) {
        #expect(SensitivePaths.matchGlob(path) == rule, "\(path)")
    }

    @Test(arguments: ["*", "*.json", "src/*.ts", "a*", "build/**/*.o", "[.]env", ".env"])
    func broadOrPlainPathsGetNothing(_ path: String) {
        #expect(SensitivePaths.matchGlob(path) == nil, "\(path)")
    }

    @Test(arguments: ["cat .env*", "find . -name '.env*' -exec cat {} \\;", "grep -h KEY .env*", "cp id_* /tmp/x"])
    func readingThroughAGlobIsASecretRead(_ command: String) {
        #expect(ActionAnalyzer().analyze(shell: command).findings.contains { $0.rule.hasPrefix("secrets.path.") })
    }

    @Test func findHandsTheFilterToTheCommandItRuns() {
        let analysis = ActionAnalyzer().analyze(shell: "find . -name '*.pyc' -exec rm -rf {} +")
        #expect(analysis.findings.isEmpty)
        #expect(
            analysis.actions.contains(
                .fileDelete(FileAccess(path: "./**/*.pyc", isStatic: false, isRecursive: true, via: "rm"))))
        #expect(!ActionAnalyzer().analyze(shell: "find . -exec rm -rf {} +").findings.isEmpty)
        #expect(!ActionAnalyzer().analyze(shell: "find / -name '*.conf' -exec rm -rf {} \\;").findings.isEmpty)
    }
}
