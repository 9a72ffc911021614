import Testing

@testable import Analysis

/// A script an input writes with known content and then runs is read as that content; anything that may have
/// changed the file in between (or kept the write from happening) makes it a script of unknown content again.
@Suite struct WrittenScriptsTests {
    let analyzer = ActionAnalyzer()

    func summary(_ command: String) -> (rules: [String], opaque: [OpaqueReason.Kind]) {
        let analysis = analyzer.analyze(shell: command)
        return (analysis.findings.map(\.rule), analysis.opaqueReasons.map(\.kind))
    }

    @Test(arguments: [
        "cat > /tmp/d.sh <<'EOF'\nrm -rf /\nEOF\nbash /tmp/d.sh",
        "cat > x.py <<'EOF'\nimport shutil\nshutil.rmtree('/')\nEOF\npython3 x.py",
        "printf '#!/usr/bin/env bash\\nrm -rf /\\n' > run.sh && chmod +x run.sh && ./run.sh",
        "echo 'rm -rf /' > b.sh; source ./b.sh",
        "cat <<'EOF' > n.js\nrequire('fs').rmSync('/', {recursive: true})\nEOF\nnode n.js",
    ])
    func writtenThenRunIsReadAsItsContent(_ command: String) {
        let result = summary(command)
        #expect(result.rules.contains("fs.delete.root"), "\(command)")
        #expect(!result.opaque.contains(.scriptFile), "\(command)")
    }

    @Test func aHarmlessWrittenScriptIsNoLongerUnknown() {
        let result = summary("cat > ok.sh <<'EOF'\nnpm test\nEOF\nchmod +x ok.sh && ./ok.sh")
        #expect(result.rules.isEmpty && result.opaque.isEmpty)
    }

    @Test(arguments: [
        "test -e f || echo ls > f; bash f",  // the write may not happen: f keeps what it had
        "if [ ! -e f ]; then echo ls > f; fi; bash f",
        "echo ls > f & bash f",
        "echo ls > f; tar xf payload.tar; bash f",  // any program may have replaced it
        "echo ls > f; git checkout f; bash f",
        "echo ls > f; cp /tmp/other f; bash f",
        "echo ls > f; echo 'rm -rf /' >> f; bash f",
        "echo ls > f; cd elsewhere; bash f",
        "echo ls > f; rm -rf \"$D\"; bash f",
        "echo \"$CODE\" > f; bash f",
        "cat > f <<EOF\n$CODE\nEOF\nbash f",
        "false && bash -c 'echo ls > f'; bash f",
    ])
    func anythingThatMayChangeTheFileMakesItUnknown(_ command: String) {
        #expect(summary(command).opaque.contains(.scriptFile), "\(command)")
    }

    @Test func conditionalCommandsAreMarked() {
        let commands = ShellAnalysis.extract(
            "a; b && c || d; if e; then f; elif g; then h; else i; fi; while j; do k; done; l &\nm() { n; }"
        ).commands
        let conditional = Dictionary(uniqueKeysWithValues: commands.map { ($0.program, $0.isConditional) })
        #expect(
            conditional == [
                "a": false, "b": false, "c": true, "d": true, "e": false, "f": true, "g": true, "h": true, "i": true,
                "j": false, "k": true, "l": true, "n": true,
            ])
    }
}
