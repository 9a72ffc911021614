import Testing

@testable import Analysis

/// GNU sed's `e` command and `s///e` flag run shell commands.
@Suite struct UnwrappingSedTests {
    @Test func theECommandRunsItsText() throws {
        let derivation = try #require(unwrap("sed", "1e rm -rf /", "file"))
        #expect(derivation.scriptTexts == ["rm -rf /"])
        #expect(derivation.scripts.first?.wrapper == "sed e")
        #expect(unwrap("sed", "-n", "-e", "p", "-e", "$ e touch x", "f")?.scriptTexts == ["touch x"])
    }

    @Test func aBareERunsTheInputAsCommands() {
        #expect(unwrap("sed", "e", "cmds.txt")?.opaqueKinds == [.dynamicCode])
    }

    @Test func theEFlagOfSubstitution() throws {
        let literal = try #require(unwrap("sed", "s/.*/rm -rf \\//e", "f"))
        #expect(literal.scriptTexts == ["rm -rf /"])
        #expect(literal.opaqueKinds == [.dynamicCode])
        let backReference = try #require(unwrap("sed", "-E", "s/(.*)/rm \\1/e", "f"))
        #expect(backReference.scripts.isEmpty)
        #expect(backReference.opaqueKinds == [.dynamicCode])
        #expect(unwrap("sed", "s|x|&|ge", "f")?.opaqueKinds == [.dynamicCode])
    }

    @Test(arguments: [
        ["s/e/E/g", "f"], ["-i.bak", "s/foo/bar/", "f"], ["-n", "/^e/p", "f"], ["/x/a\\\nline e here", "f"],
        ["/x/a extra e text", "f"], ["y/e/E/", "f"], ["1d;$d", "f"], ["-e", "s/a/b/w out.txt", "f"],
        ["\\%e%d", "f"], ["--sandbox", "e rm x"], ["-f", "script.sed", "f"], ["#e comment\np", "f"],
    ])
    func scriptsThatRunNothing(_ arguments: [String]) {
        #expect(unwrap(arguments: ["sed"] + arguments) == nil)
    }
}
