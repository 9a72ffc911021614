import Testing

@testable import Analysis

/// Any argv, however odd, unwraps without crashing, one level at a time, with the wrapper label appended.
@Suite struct UnwrappingRobustnessTests {
    static let vocabulary = [
        "sudo", "env", "-i", "-u", "-S", "--", "-", "-c", "-n", "5", "bash", "sh", "xargs", "find", "-exec", ";", "+",
        "{}", "-delete", "ssh", "host", "kubectl", "exec", "docker", "run", "compose", "git", "-c", "alias.x=!rm",
        "x", "timeout", "nice", "-I", "watch", "-x", "script", "su", "tmux", "send-keys", "Enter", "screen", "-X",
        "stuff", "sed", "e", "s/a/b/e", "parallel", ":::", "eval", "$X", "A=1", "rm", "-rf", "/", "'", "\"", "\\",
        "trap", "rsync", "-e", "at", "flock", "-o", "ProxyCommand=rm", "--split-string=a 'b", "nsenter", "-m",
        "op", "--command", "=", "-Z", "--unknown=1", "", " ",
    ]

    /// A small deterministic generator (no shared state): the same cases on every run.
    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    @Test func randomArgumentVectorsUnwrapSafely() {
        var generator = Generator(state: 42)
        for _ in 0..<5_000 {
            let count = 1 + generator.next(12)
            let words = (0..<count).map { _ in Self.vocabulary[generator.next(Self.vocabulary.count)] }
            let stdinKinds: [StandardInput] = [
                .inherited, .text("rm x\ny 'z"), .dynamic(source: "curl"), .template("$A"),
            ]
            let command = invocation(words, stdin: stdinKinds[generator.next(stdinKinds.count)], wrappers: ["w"])
            guard let derivation = CommandUnwrapping.derive(command) else { continue }
            for inner in derivation.commands {
                #expect(inner.wrappers.count == 2, "\(words)")
                #expect(inner.wrappers.first == "w")
            }
            for reason in derivation.opaqueReasons { #expect(!reason.message.isEmpty) }
        }
    }

    @Test func hugeArgumentVectorsStayFast() {
        let words = ["find", "."] + Array(repeating: ["-exec", "rm", "{}", ";"], count: 2_000).flatMap { $0 }
        #expect(unwrap(arguments: words)?.commands.count == 2_000)
        let text = String(repeating: "a b c\n", count: 20_000)
        #expect(unwrap("xargs", "rm", stdin: .text(text))?.argv == ["rm", "{xargs input}"])
        let sed = String(repeating: "s/a/b/;", count: 15_000)
        #expect(unwrap("sed", sed) == nil)
    }
}
