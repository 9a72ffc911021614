import Testing

@testable import Analysis

/// Values that are code bash runs later, read as the code they are wherever they are assigned. Bash evaluates
/// variables as arithmetic in `(( x ))`, `$(( x ))`, `let`, `[[ -eq ]]` and subscripts, and a subscript inside the
/// value runs its command substitution: `x='a[$(rm -rf /)]'; (( x ))` deletes everything. Prompts, prompt commands
/// and aliases run later too.
@Suite struct UnwrappingCodeValuesTests {
    let analyzer = ActionAnalyzer()

    func rules(_ command: String) -> [String] {
        analyzer.analyze(shell: command).findings.map(\.rule)
    }

    @Test(arguments: [
        "x='a[$(rm -rf /)]'; (( x ))",
        "x='a[$(rm -rf /)]'; echo $(( x + 1 ))",
        "x='a[$(rm -rf /)]'; let x",
        "x='a[$(rm -rf /)]'; [[ $x -eq 1 ]]",
        "export X='a[$(rm -rf /)]'",
        "declare -r X='arr[`rm -rf /`]'",
        "f() { local v=\"a[\\$(rm -rf /)]\"; (( v )); }",
        "readonly Y='a[${q:-$(rm -rf /)}]'",
        "X='i[$(rm -rf /)]' make build",
    ])
    func assignedArithmeticCodeIsAnalyzed(_ command: String) {
        #expect(rules(command).contains("fs.delete.root"), "\(command)")
        let analysis = analyzer.analyze(shell: command)
        #expect(
            analysis.actions.contains { action in
                if case .exec(let inner) = action { inner.wrappers.contains(CodeValues.arithmeticLabel) } else { false }
            }, "\(command)")
    }

    @Test(arguments: [
        "x='$(rm -rf /)'; echo \"$x\"",  // no subscript: bash rejects it as arithmetic, and echo prints it
        "x='[a]'; (( 1 ))",
        "export PATH=\"$HOME/bin:$PATH\"",
        "declare -a list=(one two)",
        "msg='see the array docs'; echo \"$msg\"",
    ])
    func valuesWithoutSubscriptCodeStayData(_ command: String) {
        #expect(rules(command).isEmpty, "\(command)")
        #expect(
            !analyzer.analyze(shell: command).actions.contains { action in
                if case .exec(let inner) = action { inner.wrappers.contains(CodeValues.arithmeticLabel) } else { false }
            }, "\(command)")
    }

    @Test(arguments: [
        "alias ls='rm -rf /'",
        "PROMPT_COMMAND='rm -rf /'",
        "export PROMPT_COMMAND='rm -rf /'",
        "PS4='$(rm -rf /)'; set -x; true",
        "export PS1='[`rm -rf /`] $ '",
        "PAGER='rm -rf /' man ls",
        "export EDITOR='rm -rf /'; git commit",
        "GIT_SSH_COMMAND='rm -rf /' git fetch",
        "export LESSOPEN='|rm -rf / %s'",
        "man -P 'rm -rf /' ls",
        "man --pager='rm -rf /' ls",
    ])
    func valuesBashRunsLaterAreAnalyzed(_ command: String) {
        #expect(rules(command).contains("fs.delete.root"), "\(command)")
    }

    @Test func startupFilesAreScriptsWhoseContentIsUnknown() {
        for command in ["export BASH_ENV=/tmp/x.sh; bash -c true", "ENV=./rc sh -c true"] {
            #expect(analyzer.analyze(shell: command).opaqueReasons.map(\.kind).contains(.scriptFile), "\(command)")
        }
    }

    @Test(arguments: [
        "alias ll='ls -la'", "export PS1='\\u@\\h:\\w$ '", "PS1='$(git branch --show-current) $ '",
        "BASH_ENV= bash -c true",
        "EDITOR=vim git commit",
        "PAGER=cat git log",
        "export LESSOPEN='| /usr/bin/lesspipe %s'",
        "man -P cat ls",
    ])
    func ordinaryAliasesAndPromptsStayQuiet(_ command: String) {
        let analysis = analyzer.analyze(shell: command)
        #expect(analysis.findings.isEmpty, "\(command)")
        #expect(analysis.opaqueReasons.isEmpty, "\(command)")
    }

    @Test func codeStartsAtTheFirstSubstitutionAfterABracket() {
        #expect(CodeValues.arithmeticCode(inValue: "a[$(id)]") == ": $(id)]")
        #expect(CodeValues.arithmeticCode(inValue: "$(id)[x]") == nil)
        #expect(CodeValues.arithmeticCode(inValue: "a[1]`id`") == ": `id`")
        #expect(CodeValues.arithmeticCode(inValue: "plain") == nil)
    }
}
