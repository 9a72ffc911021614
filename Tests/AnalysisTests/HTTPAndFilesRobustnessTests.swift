import Testing

@testable import Analysis

/// Random inputs never crash the hand-written readers (an out-of-range index would trap the test process).
@Suite struct HTTPAndFilesRobustnessTests {
    /// A small deterministic generator: the same inputs on every run.
    private struct XorShift: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return state
        }
    }

    private static let alphabet = Array(#"{}()[]:=@$!|&.#"\ ,;/-+~^`'abcmsqe0123456789yrwEI"#) + ["\n", "\t", "é"]

    private func randomTexts(count: Int, seed: UInt64) -> [String] {
        var generator = XorShift(state: seed)
        return (0..<count).map { _ in
            let length = Int.random(in: 0..<40, using: &generator)
            return String((0..<length).map { _ in Self.alphabet.randomElement(using: &generator)! })
        }
    }

    @Test func readersSurviveRandomText() {
        for text in randomTexts(count: 3_000, seed: 0x9E37_79B9_7F4A_7C15) {
            _ = try? GraphQLParser.operations(in: text)
            _ = GraphQLRequestBody.read(body: text, contentType: nil, path: "/graphql")
            _ = HTTPieItem.parse(text)
            _ = SedScript.read(text)
            _ = AwkFileEffects.read(text)
            _ = CurlConfigText.words(text, isStatic: true)
            _ = PatchEffects.patchedFiles(text, strip: 1)
            _ = URLQuery.decode(text)
            _ = RequestTarget(ShellWord(text), defaultScheme: "http", globs: true)
            _ = RequestTarget(ShellWord(text, isStatic: false), defaultScheme: "http")
        }
    }

    @Test func derivationsSurviveRandomArguments() {
        let texts = randomTexts(count: 2_000, seed: 42)
        let programs = [
            "curl", "wget", "http", "xh", "rm", "cp", "mv", "tar", "sed", "awk", "grep", "rg", "jq", "dd", "rsync",
            "zip",
            "unzip", "gzip", "patch", "vim", "chmod", "ln", "sort", "xxd",
        ]
        for (index, program) in programs.enumerated() {
            for start in stride(from: index, to: texts.count - 4, by: 25) {
                let words = [ShellWord(program)] + texts[start..<(start + 4)].map { ShellWord($0) }
                let command = CommandInvocation(words: words, standardInput: .text(texts[start + 4]))
                _ = FileEffects.derive(command)
                _ = HTTPClients.derive(command)
            }
        }
    }
}
