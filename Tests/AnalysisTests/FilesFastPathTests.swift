import PropertyBased
import Testing

@testable import Analysis

/// The byte-level shortcuts of the file, interpreter and client derivers agree with the character-level readings
/// they stand for, on generated input built from the characters that could tell them apart.
@Suite struct FilesFastPathTests {
    static let optionish = FastPathEquivalenceTests.text(
        from: [
            "-", "--", "r", "n", "e", "i", "x", "R", "=", ".bak", "5", "a", "é", "\u{301}", "\r", "\n", "\r\n", "K",
            "\u{212A}", "+", "$V", "/dev/", "null", "fd/3",
        ], maximumParts: 5)

    static let arguments = Generator<[String], Shrink.None<[String]>> { rng in
        (0..<Int.random(in: 0...4, using: &rng)).map { _ in
            ShellWordGen.text(
                [
                    "-", "--", "r", "n", "e", "i", "x", "R", "=", ".bak", "5", "a", "é", "\u{301}", "\r", "\r\n",
                    "\u{212A}", "+",
                ], &rng)
        }
    }

    /// The same syntax, with a non-ASCII option no generated word uses: it makes the scanner read letter by letter.
    static func characterLevel(_ syntax: ProgramOptionSyntax) -> ProgramOptionSyntax {
        var copy = syntax
        copy.valued.insert("--ünused")
        #expect(!copy.shortLettersAreExact)
        return copy
    }

    static func summary(_ scanned: ScannedArguments) -> [String] {
        scanned.options.map { "\($0.name) \($0.values.map(\.text)) \($0.group)" } + ["|"] + scanned.operands.map(\.text)
            + [
                "\(scanned.groupCount) \(scanned.mayHaveDynamicOptions) \(String(describing: scanned.operandCountAtEndOfOptions))"
            ]
    }

    @Test func shortOptionLettersAgreeWithCharacters() async {
        let syntaxes =
            ["sed", "grep", "od", "tail", "rm"].compactMap { FileProgramTable.program(named: $0)?.syntax }
            + [ProgramOptionSyntax(valued: ["-K", "-e"], separators: ["-x", "--next"])]
        await propertyCheck(count: 3_000, input: Self.arguments) { texts in
            let words = texts.map { ShellWord($0) }
            for syntax in syntaxes {
                let fast = ScannedArguments(words[...], syntax: syntax)
                let slow = ScannedArguments(words[...], syntax: Self.characterLevel(syntax))
                #expect(Self.summary(fast) == Self.summary(slow), "\(texts.debugDescription)")
            }
        }
    }

    @Test func byteTestsAgreeWithCharacters() async {
        await propertyCheck(count: 3_000, input: Self.optionish) { text in
            #expect(
                ScannedArguments.isLongOptionName(text) == (text.hasPrefix("--") && text.count >= 3),
                "\(text.debugDescription)")
            let word = ShellWord(text)
            let devices: Set<String> = ["/dev/null", "/dev/stdin", "/dev/stdout", "/dev/stderr", "/dev/tty"]
            #expect(
                RedirectionEffects.isStreamDevice(word) == (devices.contains(text) || text.hasPrefix("/dev/fd/")),
                "\(text.debugDescription)")
        }
    }

    static let programish = FastPathEquivalenceTests.text(
        from: ["python", "pypy", "ruby", "php", "p", "y", "3", ".", "1", "٣", "\u{301}", "\r\n", "é", "x"],
        maximumParts: 4)

    @Test func versionedNamesAgreeWithCharacters() async {
        await propertyCheck(count: 3_000, input: Self.programish) { program in
            for name in ["python", "pypy", "ruby", "php"] {
                let expected =
                    program.hasPrefix(name) && program.dropFirst(name.count).allSatisfy { $0.isNumber || $0 == "." }
                let fast =
                    switch name {
                    case "python": InterpreterCode.hasVersionSuffix(program, after: "python")
                    case "pypy": InterpreterCode.hasVersionSuffix(program, after: "pypy")
                    case "ruby": InterpreterCode.hasVersionSuffix(program, after: "ruby")
                    default: InterpreterCode.hasVersionSuffix(program, after: "php")
                    }
                #expect(fast == expected, "\(program.debugDescription) \(name)")
            }
        }
    }

    @Test func programNameFilterKeepsEveryName() {
        let names = ["rm", "cat", "grep", "redis-cli", "python3.12", "a", "mariadb-admin", "x.y_z"]
        let filter = ProgramNameFilter(names)
        for name in names { #expect(filter.mayContain(name)) }
        #expect(!filter.mayContain(""))
        // A name the bytes cannot stand for makes the filter let everything through.
        #expect(ProgramNameFilter(["K"]).mayContain("anything"))
    }

    /// The claim `ProgramNameFilter` rests on: the only non-ASCII scalars equal, as strings, to ASCII text are
    /// KELVIN SIGN, GREEK QUESTION MARK and GREEK VARIA. (Normalization never drops a scalar, so a longer
    /// non-ASCII string equals ASCII text only through these.)
    @Test func fewNonASCIIScalarsEqualASCII() {
        let ascii = Set((0..<128).map { String(UnicodeScalar(UInt8($0))) })
        var equal: [UInt32] = []
        for value in UInt32(0x80)...0x10FFFF {
            guard let scalar = UnicodeScalar(value) else { continue }
            if ascii.contains(String(scalar)) { equal.append(value) }
        }
        #expect(equal == [0x037E, 0x1FEF, 0x212A])
    }
}
