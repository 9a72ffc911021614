import Testing

@testable import Analysis

@Suite struct InterpreterCodeTests {
    private func derive(_ words: String..., stdin: StandardInput = .inherited) -> Derivation {
        InterpreterCode.derive(clientInvocation(words: words.map { ShellWord($0) }, stdin: stdin))
            ?? Derivation(opaqueReasons: [OpaqueReason(.parseError, "not an interpreter")])
    }

    private func deletions(_ derivation: Derivation) -> [FileAccess] {
        derivation.actions.compactMap { if case .fileDelete(let access) = $0 { access } else { nil } }
    }

    private func writes(_ derivation: Derivation) -> [FileAccess] {
        derivation.actions.compactMap { if case .fileWrite(let access) = $0 { access } else { nil } }
    }

    private func requests(_ derivation: Derivation) -> [HTTPRequest] {
        derivation.actions.compactMap { if case .http(let request) = $0 { request } else { nil } }
    }

    // MARK: Quiet code

    @Test(arguments: [
        ["python3", "-c", #"import json,sys; print(json.load(sys.stdin)["name"])"#],
        ["python", "-c", "import sys; print(sys.version)"],
        ["python3", "-c", "import re; print(re.compile('a+').findall('aaa'))"],
        ["node", "-e", "console.log(process.version)"],
        ["node", "-p", "JSON.parse(require('fs').readFileSync(0, 'utf8')).version"],
        ["ruby", "-e", "require 'json'; puts JSON.parse(STDIN.read)['x']"],
        ["perl", "-ne", "print if /error/i"],
        ["perl", "-lane", "print $F[0]"],
        ["php", "-r", "echo json_encode(['a' => 1]);"],
        ["awk", "-F:", "{ print $1 }", "/etc/passwd"],
        ["python3", "-m", "json.tool"],
        ["deno", "eval", "console.log(Deno.version)"],
        ["python3", "-c", "x = [1, 2]; x.remove(1); print(x)"],
        ["node", "-e", "const r = /a'b/; console.log(r.exec('a\\'b'))"],
    ])
    func everydayOneLinersStayQuiet(words: [String]) {
        let derivation = InterpreterCode.derive(clientInvocation(words: words.map { ShellWord($0) }))
        #expect(derivation?.isEmpty == true, "\(words) → \(String(describing: derivation))")
    }

    @Test func ignoresOtherPrograms() {
        #expect(InterpreterCode.derive(clientInvocation("echo", "python -c 'x'")) == nil)
        #expect(InterpreterCode.derive(clientInvocation("pythonista")) == nil)
        #expect(InterpreterCode.derive(clientInvocation("bun", "install")) == nil)
    }

    // MARK: Python

    @Test func pythonFileDeletion() {
        let derivation = derive("python3", "-c", "import shutil; shutil.rmtree('/srv/data')")
        #expect(deletions(derivation) == [FileAccess(path: "/srv/data", isRecursive: true, via: "python")])
        #expect(derivation.opaqueReasons.isEmpty)
    }

    @Test func pythonAliasesAndFromImports() {
        let aliased = derive("python3", "-c", "import shutil as s, os\ns.rmtree('/a'); os.remove('/b')")
        #expect(deletions(aliased).map(\.path) == ["/a", "/b"])
        let from = derive("python3", "-c", "from os import remove as rm, unlink\nrm('/c'); unlink('/d')")
        #expect(deletions(from).map(\.path) == ["/c", "/d"])
        let star = derive("python3", "-c", "from shutil import *; rmtree('/e')")
        #expect(deletions(star).map(\.path) == ["/e"])
        let pathlib = derive(
            "python3", "-c", "from pathlib import Path; Path('/f').unlink(); Path('g').write_text('x')")
        #expect(deletions(pathlib).map(\.path) == ["/f"])
        #expect(writes(pathlib).map(\.path) == ["g"])
    }

    @Test func pythonDynamicPathsAreOpaque() {
        let derivation = derive("python3", "-c", "import os, sys; os.remove(sys.argv[1])")
        #expect(deletions(derivation).map(\.isStatic) == [false])
        #expect(derivation.opaqueKinds == [.dynamicArgument])
    }

    @Test func pythonOpenModes() {
        let derivation = derive("python3", "-c", "open('out.txt', 'w').write('x'); print(open('.env').read())")
        #expect(writes(derivation).map(\.path) == ["out.txt"])
        #expect(derivation.actions.contains(.fileRead(FileAccess(path: ".env", via: "python"))))
    }

    @Test func pythonProcesses() {
        let system = derive("python3", "-c", "import os; os.system('rm -rf /tmp/x')")
        #expect(system.scripts == [EmbeddedScript("rm -rf /tmp/x", wrapper: "python os.system")])
        let list = derive("python3", "-c", "import subprocess; subprocess.run(['rm', '-rf', '/srv'], check=True)")
        #expect(list.commands.map(\.arguments) == [["-rf", "/srv"]])
        #expect(list.commands.first?.program == "rm")
        #expect(list.commands.first?.wrappers == ["python subprocess.run"])
        let dynamic = derive("python3", "-c", "import subprocess, sys; subprocess.call(sys.argv[1], shell=True)")
        #expect(dynamic.opaqueKinds == [.dynamicArgument])
    }

    @Test func pythonHTTP() {
        let derivation = derive(
            "python3", "-c",
            "import requests; requests.delete('https://api.example.com/v1/volumes/7', headers={'a': 'b'})")
        #expect(
            requests(derivation) == [
                HTTPRequest(
                    method: "DELETE", url: "https://api.example.com/v1/volumes/7", host: "api.example.com",
                    path: "/v1/volumes/7", via: "python")
            ])
        let generic = derive("python3", "-c", "import requests; requests.request('POST', 'http://h/x')")
        #expect(requests(generic).map(\.method) == ["POST"])
        let urllib = derive(
            "python3", "-c",
            "from urllib.request import Request, urlopen; urlopen(Request('https://h/api', method='DELETE'))")
        #expect(requests(urllib).map(\.method) == ["DELETE"])
        #expect(requests(urllib).map(\.host) == ["h"])
    }

    @Test(arguments: [
        #"__import__("os").system("rm -rf /")"#,
        "exec('import os')",
        "import importlib; importlib.import_module('os').system('ls')",
        "f = getattr(__builtins__, 'ev' + 'al'); f('1')",
        "import ctypes; ctypes.CDLL('libc.so.6').system(b'id')",
        "import socket; socket.socket().connect(('h', 1))",
        "import os; f = os.system; f('rm -rf /')",
        "import base64; exec(base64.b64decode('aW1wb3J0IG9z'))",
    ])
    func pythonDynamicConstructsAreNeverSilent(code: String) {
        let derivation = derive("python", "-c", code)
        #expect(!derivation.opaqueReasons.isEmpty || !derivation.scripts.isEmpty, "\(code)")
    }

    @Test func importOfALiteralModuleIsFollowed() {
        let derivation = derive("python", "-c", #"__import__("os").system("rm -rf /")"#)
        #expect(derivation.scripts.map(\.text) == ["rm -rf /"])
    }

    @Test func codeInsideFStringsIsRead() {
        let derivation = derive("python3", "-c", #"import os; print(f"{os.system('id')}")"#)
        #expect(derivation.scripts.map(\.text) == ["id"])
    }

    @Test func commentsAndStringsDoNotCount() {
        let derivation = derive("python3", "-c", "# os.system('rm -rf /')\nprint(\"shutil.rmtree('/')\")")
        #expect(derivation.isEmpty)
    }

    @Test func dynamicPythonCode() {
        let whole = InterpreterCode.derive(
            clientInvocation(words: [ShellWord("python"), ShellWord("-c"), ShellWord("$CODE", isStatic: false)]))
        #expect(whole?.opaqueKinds == [.dynamicCode])
    }

    @Test func pythonScriptsModulesAndStandardInput() {
        #expect(derive("python3", "-u", "deploy.py", "--prod").opaqueKinds == [.scriptFile])
        #expect(derive("python3", "-W", "ignore", "x.py").opaqueKinds == [.scriptFile])
        #expect(derive("python3", "-m", "pip", "install", "x").isEmpty)
        #expect(derive("python3", "-m", "pdb", "x.py").opaqueKinds == [.scriptFile])
        let timeit = derive("python3", "-m", "timeit", "-s", "import os", "os.system('id')")
        #expect(timeit.scripts.map(\.text) == ["id"])
        let stdin = derive("python3", stdin: .text("import shutil\nshutil.rmtree('/var/lib/db')\n"))
        #expect(deletions(stdin).map(\.path) == ["/var/lib/db"])
        #expect(derive("python3", "-", stdin: .dynamic(source: "curl")).opaqueKinds == [.unknownCode])
        #expect(derive("python3").isEmpty)
        let attached = derive("python3", "-Ic", "import os; os.unlink('a')")
        #expect(deletions(attached).map(\.path) == ["a"])
    }

    // MARK: JavaScript

    @Test func nodeChildProcess() {
        let derivation = derive("node", "-e", "require('child_process').execSync('rm -rf ~')")
        #expect(derivation.scripts == [EmbeddedScript("rm -rf ~", wrapper: "node child_process.execSync")])
        let destructured = derive(
            "node", "-e",
            "const { execSync: run, spawnSync } = require('node:child_process'); run('id'); spawnSync('rm', ['-rf', 'x'])"
        )
        #expect(destructured.scripts.map(\.text) == ["id"])
        #expect(destructured.commands.map(\.source) == ["rm -rf x"])
        let module = derive("node", "--input-type=module", "-e", "import cp from 'child_process'; cp.exec('ls')")
        #expect(module.scripts.map(\.text) == ["ls"])
    }

    @Test func nodeFileSystem() {
        let derivation = derive(
            "node", "-e",
            "const fs = require('fs'); fs.rmSync('dist', {recursive: true, force: true}); fs.promises.rm('/x'); fs.writeFileSync('a.txt', 'b')"
        )
        #expect(deletions(derivation).map(\.path) == ["dist", "/x"])
        #expect(writes(derivation).map(\.path) == ["a.txt"])
    }

    @Test func nodeHTTP() {
        let derivation = derive(
            "node", "-e",
            "fetch('https://backboard.railway.app/graphql/v2', {method: 'POST', body: '{}'}); axios.delete('http://h/v/1')"
        )
        #expect(requests(derivation).map(\.method) == ["POST", "DELETE"])
        #expect(requests(derivation).map(\.host) == ["backboard.railway.app", "h"])
    }

    @Test(arguments: [
        "eval(atob('cmVxdWlyZQ=='))", "new Function('return 1')()", "require(name)",
        "const cp = require('child_process'); cp[m]('ls')", "process.binding('spawn_sync')",
        "const {exec} = require('child_process'); exec(cmd)",
        "require('child_process').execSync(`rm -rf ${dir}`)",
    ])
    func javascriptDynamicConstructsAreNeverSilent(code: String) {
        let derivation = derive("node", "-e", code)
        #expect(!derivation.opaqueReasons.isEmpty, "\(code)")
    }

    @Test func requestsToComputedURLsAreActionsAndOpaque() {
        let derivation = derive("node", "-e", "fetch(process.env.API + '/volumes/1', {method: 'DELETE'})")
        #expect(requests(derivation).map(\.method) == ["DELETE"])
        #expect(requests(derivation).map(\.isStatic) == [false])
        #expect(derivation.opaqueKinds == [.dynamicArgument])
    }

    @Test(arguments: [
        "x = 1", "os.system", "import os as o; o.popen('id')",
    ])
    func pythonBypassesThroughNames(code: String) {
        let derivation = derive("python3", "-c", "import os; " + code)
        if code != "x = 1" { #expect(!derivation.isEmpty, "\(code)") } else { #expect(derivation.isEmpty) }
    }

    @Test func templateInterpolationsAreRead() {
        let derivation = derive("node", "-e", "console.log(`${require('child_process').execSync('id')}`)")
        #expect(derivation.scripts.map(\.text) == ["id"])
    }

    @Test func denoAndBun() {
        let deno = derive("deno", "eval", "await Deno.remove('/data', { recursive: true })")
        #expect(deletions(deno).map(\.path) == ["/data"])
        #expect(derive("deno", "run", "-A", "main.ts").opaqueKinds == [.scriptFile])
        let bun = derive("bun", "-e", "Bun.spawn(['rm', '-rf', '/tmp/q'])")
        #expect(bun.commands.map(\.source) == ["rm -rf /tmp/q"])
        #expect(derive("bun", "run", "build").opaqueKinds == [.scriptFile])
    }

    // MARK: Ruby, Perl, PHP

    @Test func rubyEffects() {
        let derivation = derive(
            "ruby", "-rfileutils", "-e", "FileUtils.rm_rf('/srv')", "-e", "system 'ls -la'", "-e",
            "File.write('x', 'y')")
        #expect(deletions(derivation).map(\.path) == ["/srv"])
        #expect(derivation.scripts.map(\.text) == ["ls -la"])
        #expect(writes(derivation).map(\.path) == ["x"])
        let backticks = derive("ruby", "-e", "puts `whoami`; puts %x(id)")
        #expect(backticks.scripts.map(\.text) == ["whoami", "id"])
        let dynamic = derive("ruby", "-e", "Kernel.send(:system, 'id')")
        #expect(!dynamic.opaqueReasons.isEmpty)
        let interpolated = derive("ruby", "-e", "system(\"rm -rf #{ARGV[0]}\")")
        #expect(interpolated.opaqueKinds == [.dynamicArgument])
    }

    @Test func perlEffects() {
        let derivation = derive("perl", "-MFile::Path=rmtree", "-e", "rmtree('/srv'); unlink 'a', 'b'; system('id')")
        #expect(deletions(derivation).map(\.path) == ["/srv", "a"])
        #expect(derivation.scripts.map(\.text) == ["id"])
        let qx = derive("perl", "-e", "my $x = qx(uname -a); print `id`")
        #expect(qx.scripts.map(\.text) == ["uname -a", "id"])
        let pipe = derive("perl", "-e", "open(my $fh, '|-', 'sh'); open(F, 'rm -rf / |')")
        #expect(pipe.scripts.map(\.text) == ["sh", "rm -rf /"])
        let substitution = derive("perl", "-pe", "s/x/system('id')/e", "file")
        #expect(substitution.scripts.map(\.text) == ["id"])
        #expect(!derive("perl", "-e", "eval $ARGV[0]").opaqueReasons.isEmpty)
        #expect(derive("perl", "-e", "eval { die }; print 1").isEmpty)
    }

    @Test func perlAndRubyInPlaceEdits() {
        let perl = derive("perl", "-pi", "-e", "s/foo/bar/g", "a.txt", "b.txt")
        #expect(writes(perl).map(\.path) == ["a.txt", "b.txt"])
        #expect(writes(perl).first?.via == "perl -i")
        let backup = derive("perl", "-i.bak", "-pe", "s/'/\"/g", "c.txt")
        #expect(writes(backup).map(\.path) == ["c.txt"])
        #expect(backup.opaqueReasons.isEmpty)
        let ruby = derive("ruby", "-i", "-pe", "sub(/a/, 'b')", "d.txt")
        #expect(writes(ruby).map(\.path) == ["d.txt"])
        #expect(writes(derive("perl", "-ne", "print", "e.txt")).isEmpty)
    }

    @Test func phpEffects() {
        let derivation = derive(
            "php", "-r", "unlink('/var/www/.env'); shell_exec('id'); file_put_contents('x', 'y'); echo `ls`;")
        #expect(deletions(derivation).map(\.path) == ["/var/www/.env"])
        #expect(derivation.scripts.map(\.text) == ["id", "ls"])
        #expect(writes(derivation).map(\.path) == ["x"])
        let http = derive("php", "-r", "echo file_get_contents('https://h/x'); curl_init('https://i/y');")
        #expect(requests(http).map(\.host) == ["h", "i"])
        let curl = derive(
            "php", "-r", "$c = curl_init('https://api.h/v/1'); curl_setopt($c, CURLOPT_CUSTOMREQUEST, 'DELETE');")
        #expect(requests(curl).map(\.method) == ["DELETE"])
        #expect(!derive("php", "-r", "$f = 'system'; $f('id');").opaqueReasons.isEmpty)
        #expect(!derive("php", "-r", "eval($_GET['x']);").opaqueReasons.isEmpty)
        #expect(derive("php", "-l", "x.php").isEmpty)
    }

    // MARK: awk

    @Test func awkCommands() {
        let derivation = derive(
            "awk", #"{ system("rm -rf /tmp/a"); print $0 | "sort"; "date" | getline d } END { x = a || b }"#)
        #expect(derivation.scripts.map(\.text) == ["rm -rf /tmp/a", "sort", "date"])
        let dynamic = derive("gawk", #"{ system("rm " $1) }"#, "list")
        #expect(dynamic.opaqueKinds == [.dynamicArgument])
        #expect(derive("awk", "-f", "prog.awk", "x").opaqueKinds == [.scriptFile])
    }

    @Test func largeCodeIsBounded() {
        let code =
            String(repeating: "print(len([1, (2, {3: 'a'})]))  # c\n", count: 3_000)
            + String(repeating: "(", count: 20_000) + String(repeating: "f\"{", count: 40)
        let clock = ContinuousClock()
        var derivation: Derivation?
        let elapsed = clock.measure { derivation = derive("python3", "-c", code) }
        #expect(elapsed < .seconds(2))
        #expect(derivation?.opaqueKinds == [.limitExceeded])
    }
}
