import Testing

@testable import Analysis

/// `sh -c CODE NAME ARGS…`: static arguments are put into the code where it uses them.
@Suite struct UnwrappingPositionalTests {
    @Test func argumentsReplaceTheirParameters() {
        #expect(unwrapQuoted(["sh", "-c", "rm -rf \"$1\"", "sh", "/"])?.scriptTexts == ["rm -rf \"/\""])
        #expect(unwrapQuoted(["bash", "-c", "rm -rf $1 $2", "_", "a b", "c"])?.scriptTexts == ["rm -rf 'a b' 'c'"])
        #expect(unwrapQuoted(["sh", "-c", "echo $0 ${1} $#", "me", "x"])?.scriptTexts == ["echo 'me' 'x' 1"])
    }

    @Test func allArguments() {
        #expect(unwrapQuoted(["sh", "-c", "rm -rf \"$@\"", "_", "/a", "/b"])?.scriptTexts == ["rm -rf \"/a\" \"/b\""])
        #expect(unwrapQuoted(["sh", "-c", "rm $*", "_", "a", "b"])?.scriptTexts == ["rm 'a' 'b'"])
        #expect(unwrapQuoted(["sh", "-c", "echo \"$*\"", "_", "a", "b"])?.scriptTexts == ["echo \"a b\""])
    }

    @Test func valuesAreQuotedForTheirContext() {
        #expect(unwrapQuoted(["sh", "-c", "echo \"$1\"", "_", "a\"$(id)"])?.scriptTexts == ["echo \"a\\\"\\$(id)\""])
        #expect(unwrapQuoted(["sh", "-c", "echo $1", "_", "it's"])?.scriptTexts == ["echo 'it'\\''s'"])
    }

    @Test func singleQuotedParametersStayLiteral() {
        #expect(unwrapQuoted(["sh", "-c", "echo '$1' \"$1\"", "_", "x"])?.scriptTexts == ["echo '$1' \"x\""])
    }

    @Test func unsetParametersAreEmpty() {
        #expect(unwrapQuoted(["sh", "-c", "rm -rf /$2", "_", "x"])?.scriptTexts == ["rm -rf /"])
    }

    @Test(arguments: [
        ["sh", "-c", "rm \"$1\""],  // no arguments at all
        ["sh", "-c", "rm $(cat $1)", "_", "x"],  // substitution: other quoting rules
        ["sh", "-c", "rm `echo $1`", "_", "x"], ["sh", "-c", "rm ${1:-/}", "_", "x"],
        ["sh", "-c", "cat <<E\n$1\nE", "_", "x"], ["sh", "-c", "rm \"$1\"", "_", "@$DIR"],
        ["sh", "-c", "rm \"$@\"", "_"],
    ])
    func codeLeftAsWritten(_ words: [String]) {
        #expect(unwrapQuoted(words)?.scriptTexts == [words[2]])
    }
}
