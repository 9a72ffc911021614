import PropertyBased
import Testing

@testable import Analysis

/// Properties of the shell parser on generated input.
@Suite struct ShellPropertyTests {
    /// Text from the characters that matter to the shell, plus letters, blanks and non-ASCII.
    static let shellish = Generator<String, Shrink.None<String>> { rng in
        let pool: [String] = [
            "a", "b", " ", "\n", "\t", "'", "\"", "\\", "$", "`", "(", ")", "{", "}", "[", "]", ";", "&", "|", "<",
            ">", "#", "*", "?", "!", "=", ",", ".", "-", "~", "é", "\0", "if ", "then ", "fi", "do ", "done", "case ",
            " in ", "esac", "<<", "EOF", "$(", "${", "$((", "))", "[[ ", " ]]", "<(", "for ", "while ", "function ",
            "coproc ", "time ", "<<<", "2>&1", "&&", "||", ";;",
        ]
        return (0..<Int.random(in: 0...40, using: &rng)).map { _ in ShellWordGen.pick(pool, &rng) }.joined()
    }

    @Test func anyInputGivesCommandsOrReasonsWithoutCrashing() async {
        await propertyCheck(count: 2_000, input: Self.shellish) { source in
            let extraction = ShellAnalysis.extract(source)
            // A parse error lists no command; a parsed input lists no reason.
            #expect(extraction.commands.isEmpty || extraction.opaqueReasons.isEmpty)
            #expect(ShellAnalysis.extract(source) == extraction)
        }
    }

    /// Any text: ASCII (controls and NUL included), quotes, and scalars up to the astral planes.
    static let anyText = Generator<String, Shrink.None<String>> { rng in
        var scalars = String.UnicodeScalarView()
        for _ in 0..<Int.random(in: 0...30, using: &rng) {
            let value: UInt32 =
                Bool.random(using: &rng)
                ? UInt32.random(in: 0...127, using: &rng) : UInt32.random(in: 128...0x1_FFFF, using: &rng)
            scalars.append(Unicode.Scalar(value) ?? "'")
        }
        return String(scalars)
    }

    @Test func singleQuotingAnyTextGivesItBack() async {
        await propertyCheck(count: 500, input: Self.anyText) { text in
            // By scalars: a combining mark after `'` must not hide it inside a grapheme.
            var quoted = "'"
            for scalar in text.unicodeScalars {
                if scalar == "'" { quoted += "'\\''" } else { quoted.unicodeScalars.append(scalar) }
            }
            quoted += "'"
            let command = ShellAnalysis.extract("printf %s " + quoted).commands.first
            #expect(command?.words.count == 3)
            #expect(command?.words.last == ShellWord(text))
        }
    }

    @Test func generatedWordsAreStaticAndParse() async {
        await propertyCheck(count: 500, input: ShellWordGen.words) { words in
            let extraction = ShellAnalysis.extract("echo " + words.joined(separator: " "))
            #expect(extraction.opaqueReasons.isEmpty)
            #expect(extraction.commands.count == 1)
            #expect(extraction.commands.first?.words.allSatisfy(\.isStatic) == true)
        }
    }

    @Test func appendingACommandAppendsItsInvocation() async {
        await propertyCheck(count: 300, input: ShellWordGen.words) { words in
            let first = ShellAnalysis.extract("echo " + words.joined(separator: " "))
            let both = ShellAnalysis.extract("echo " + words.joined(separator: " ") + "; rm x")
            #expect(both.commands.count == first.commands.count + 1)
            #expect(both.commands.last?.words.map(\.text) == ["rm", "x"])
        }
    }
}
