/// The well-known APIs of each language, by the name a call resolves to, as data.
enum CodeAPIs {
    static func table(for language: CodeLanguage) -> [String: CodeEffect] {
        switch language {
        case .python: python
        case .javascript: javascript
        case .ruby: ruby
        case .perl: perl
        case .php: php
        case .lua, .awk: [:]
        }
    }

    /// Every proper dotted prefix of the table's names (`os`, `urllib`, `urllib.request`): the names under which
    /// a computed member lookup could reach a known API.
    static func prefixes(for language: CodeLanguage) -> Set<String> {
        switch language {
        case .python: pythonPrefixes
        case .javascript: javascriptPrefixes
        case .ruby: rubyPrefixes
        case .perl: perlPrefixes
        case .php: phpPrefixes
        case .lua, .awk: []
        }
    }

    private static let pythonPrefixes = prefixes(of: python)
    private static let javascriptPrefixes = prefixes(of: javascript)
    private static let rubyPrefixes = prefixes(of: ruby)
    private static let perlPrefixes = prefixes(of: perl)
    private static let phpPrefixes = prefixes(of: php)

    private static func prefixes(of table: [String: CodeEffect]) -> Set<String> {
        var result: Set<String> = []
        for name in table.keys {
            var parts = name.split(separator: ".")
            while parts.count > 1 {
                parts.removeLast()
                result.insert(parts.joined(separator: "."))
            }
        }
        return result
    }

    /// Methods recognized on any receiver (the receiver's type is not known): `Path(…).unlink()`.
    static func methods(for language: CodeLanguage) -> [String: CodeEffect] {
        switch language {
        case .python:
            [
                "unlink": .receiverDeletes(recursive: false), "rmdir": .receiverDeletes(recursive: false),
                "write_text": .receiverWrites, "write_bytes": .receiverWrites,
                "read_text": .receiverReads, "read_bytes": .receiverReads,
            ]
        default: [:]
        }
    }

    static let python: [String: CodeEffect] = {
        var table: [String: CodeEffect] = [
            "os.remove": .deletes(path: 0, recursive: false), "os.unlink": .deletes(path: 0, recursive: false),
            "os.rmdir": .deletes(path: 0, recursive: false), "os.removedirs": .deletes(path: 0, recursive: false),
            "shutil.rmtree": .deletes(path: 0, recursive: true), "shutil.move": .writes(path: 1),
            "shutil.copy": .writes(path: 1), "shutil.copyfile": .writes(path: 1), "shutil.copy2": .writes(path: 1),
            "shutil.copytree": .writes(path: 1), "os.rename": .writes(path: 1), "os.replace": .writes(path: 1),
            "os.truncate": .writes(path: 0), "open": .opens(path: 0, mode: 1), "io.open": .opens(path: 0, mode: 1),
            "codecs.open": .opens(path: 0, mode: 1),
            "os.system": .shell(command: 0), "os.popen": .shell(command: 0),
            "subprocess.run": .shell(command: 0), "subprocess.call": .shell(command: 0),
            "subprocess.check_call": .shell(command: 0), "subprocess.check_output": .shell(command: 0),
            "subprocess.Popen": .shell(command: 0), "subprocess.getoutput": .shell(command: 0),
            "subprocess.getstatusoutput": .shell(command: 0), "pty.spawn": .shell(command: 0),
            "commands.getoutput": .shell(command: 0), "asyncio.create_subprocess_shell": .shell(command: 0),
            "asyncio.create_subprocess_exec": .process(program: 0, arguments: nil),
            "requests.request": .httpWithMethod(method: 0, url: 1), "httpx.request": .httpWithMethod(method: 0, url: 1),
            "urllib.request.urlopen": .httpWithOptions(url: 0), "urllib.request.Request": .httpWithOptions(url: 0),
            "urllib.request.urlretrieve": .http(method: "GET", url: 0), "urllib2.urlopen": .httpWithOptions(url: 0),
            "http.client.HTTPConnection": .dynamic("http.client"),
            "http.client.HTTPSConnection": .dynamic("http.client"),
            "exec": .dynamic("exec"), "eval": .dynamic("eval"), "compile": .dynamic("compile"),
            "__import__": .dynamic("__import__"), "importlib.import_module": .dynamic("importlib.import_module"),
            "getattr": .dynamic("getattr"), "globals": .dynamic("globals"), "vars": .dynamic("vars"),
            "execfile": .dynamic("execfile"), "runpy.run_path": .dynamic("runpy"),
            "runpy.run_module": .dynamic("runpy"),
            "pickle.loads": .dynamic("pickle.loads"), "marshal.loads": .dynamic("marshal.loads"),
            "socket.socket": .dynamic("socket"), "socket.create_connection": .dynamic("socket"),
            "ctypes.CDLL": .dynamic("ctypes"), "ctypes.cdll.LoadLibrary": .dynamic("ctypes"),
            "os.fork": .dynamic("os.fork"), "os.kill": .dynamic("os.kill"),
        ]
        for name in ["execl", "execle", "execlp", "execlpe", "execv", "execve", "execvp", "execvpe"] {
            table["os." + name] = .process(program: 0, arguments: nil)
        }
        for name in ["spawnl", "spawnle", "spawnlp", "spawnlpe", "spawnv", "spawnve", "spawnvp", "spawnvpe"] {
            table["os." + name] = .process(program: 1, arguments: nil)
        }
        for client in ["requests", "httpx"] {
            for method in ["get", "post", "put", "patch", "delete", "head", "options"] {
                table["\(client).\(method)"] = .http(method: method.uppercased(), url: 0)
            }
        }
        return table
    }()

    static let javascript: [String: CodeEffect] = {
        var table: [String: CodeEffect] = [
            "child_process.exec": .shell(command: 0), "child_process.execSync": .shell(command: 0),
            "child_process.spawn": .process(program: 0, arguments: 1),
            "child_process.spawnSync": .process(program: 0, arguments: 1),
            "child_process.execFile": .process(program: 0, arguments: 1),
            "child_process.execFileSync": .process(program: 0, arguments: 1),
            "child_process.fork": .process(program: 0, arguments: 1),
            "fetch": .httpWithOptions(url: 0), "axios": .httpWithOptions(url: 0),
            "axios.request": .httpWithOptions(url: 0),
            "http.request": .httpWithOptions(url: 0), "https.request": .httpWithOptions(url: 0),
            "http.get": .http(method: "GET", url: 0), "https.get": .http(method: "GET", url: 0),
            "Deno.remove": .deletes(path: 0, recursive: false), "Deno.removeSync": .deletes(path: 0, recursive: false),
            "Deno.writeTextFile": .writes(path: 0), "Deno.writeTextFileSync": .writes(path: 0),
            "Deno.writeFile": .writes(path: 0), "Deno.writeFileSync": .writes(path: 0),
            "Deno.readTextFile": .reads(path: 0), "Deno.readTextFileSync": .reads(path: 0),
            "Deno.readFile": .reads(path: 0), "Deno.readFileSync": .reads(path: 0), "Bun.file": .reads(path: 0),
            "Deno.Command": .process(program: 0, arguments: nil), "Deno.run": .process(program: 0, arguments: nil),
            "Bun.spawn": .process(program: 0, arguments: nil), "Bun.spawnSync": .process(program: 0, arguments: nil),
            "Bun.write": .writes(path: 0), "$": .shell(command: 0),
            "eval": .dynamic("eval"), "Function": .dynamic("Function"), "vm.runInNewContext": .dynamic("vm"),
            "require": .dynamic("require"), "import": .dynamic("import"), "setTimeout": .dynamic("setTimeout"),
            "setInterval": .dynamic("setInterval"),
            "vm.runInThisContext": .dynamic("vm"), "vm.runInContext": .dynamic("vm"), "vm.Script": .dynamic("vm"),
            "process.binding": .dynamic("process.binding"), "process.dlopen": .dynamic("process.dlopen"),
            "net.connect": .dynamic("net"), "net.createConnection": .dynamic("net"),
            "Deno.connect": .dynamic("Deno.connect"), "Deno.dlopen": .dynamic("Deno.dlopen"),
        ]
        for name in ["rm", "rmSync", "unlink", "unlinkSync", "remove", "removeSync", "emptyDir", "emptyDirSync"] {
            table["fs." + name] = .deletes(path: 0, recursive: name.hasPrefix("rm") || name.hasPrefix("remove"))
        }
        for name in ["rmdir", "rmdirSync"] { table["fs." + name] = .deletes(path: 0, recursive: false) }
        for name in [
            "writeFile", "writeFileSync", "appendFile", "appendFileSync", "createWriteStream", "truncate",
            "truncateSync", "outputFile", "outputFileSync", "writeJson", "writeJsonSync",
        ] {
            table["fs." + name] = .writes(path: 0)
        }
        for name in ["readFile", "readFileSync", "createReadStream", "readJson", "readJsonSync", "readJSON"] {
            table["fs." + name] = .reads(path: 0)
        }
        for name in ["copyFile", "copyFileSync", "rename", "renameSync", "cp", "cpSync", "move", "moveSync"] {
            table["fs." + name] = .writes(path: 1)
        }
        for method in ["get", "post", "put", "patch", "delete", "head", "options"] {
            table["axios." + method] = .http(method: method.uppercased(), url: 0)
        }
        return table
    }()

    static let ruby: [String: CodeEffect] = {
        var table: [String: CodeEffect] = [
            "FileUtils.rm_rf": .deletes(path: 0, recursive: true), "FileUtils.rm_r": .deletes(path: 0, recursive: true),
            "FileUtils.remove_dir": .deletes(path: 0, recursive: true),
            "FileUtils.remove_entry": .deletes(path: 0, recursive: true),
            "FileUtils.remove_entry_secure": .deletes(path: 0, recursive: true),
            "FileUtils.rm": .deletes(path: 0, recursive: false), "FileUtils.rm_f": .deletes(path: 0, recursive: false),
            "FileUtils.remove": .deletes(path: 0, recursive: false),
            "FileUtils.rmdir": .deletes(path: 0, recursive: false),
            "File.delete": .deletes(path: 0, recursive: false), "File.unlink": .deletes(path: 0, recursive: false),
            "Dir.rmdir": .deletes(path: 0, recursive: false), "Dir.delete": .deletes(path: 0, recursive: false),
            "Dir.unlink": .deletes(path: 0, recursive: false),
            "File.write": .writes(path: 0), "IO.write": .writes(path: 0), "File.binwrite": .writes(path: 0),
            "FileUtils.mv": .writes(path: 1), "FileUtils.cp": .writes(path: 1), "FileUtils.cp_r": .writes(path: 1),
            "File.rename": .writes(path: 1), "File.truncate": .writes(path: 0), "File.open": .opens(path: 0, mode: 1),
            "File.new": .opens(path: 0, mode: 1),
            "File.read": .reads(path: 0), "IO.read": .reads(path: 0), "File.binread": .reads(path: 0),
            "IO.binread": .reads(path: 0), "File.readlines": .reads(path: 0), "IO.readlines": .reads(path: 0),
            "File.foreach": .reads(path: 0), "IO.foreach": .reads(path: 0),
            "system": .shell(command: 0), "exec": .shell(command: 0), "spawn": .shell(command: 0),
            "Kernel.system": .shell(command: 0), "Kernel.exec": .shell(command: 0), "Kernel.spawn": .shell(command: 0),
            "Process.spawn": .shell(command: 0), "IO.popen": .shell(command: 0), "Open3.capture2": .shell(command: 0),
            "Open3.capture2e": .shell(command: 0), "Open3.capture3": .shell(command: 0),
            "Open3.popen2": .shell(command: 0), "Open3.popen2e": .shell(command: 0), "Open3.popen3": .shell(command: 0),
            "open": .opens(path: 0, mode: 1), "Kernel.open": .opens(path: 0, mode: 1), "URI.open": .dynamic("URI.open"),
            "Net.HTTP.get": .dynamic("Net::HTTP"), "Net.HTTP.get_response": .dynamic("Net::HTTP"),
            "Net.HTTP.post": .dynamic("Net::HTTP"), "Net.HTTP.post_form": .dynamic("Net::HTTP"),
            "Net.HTTP.start": .dynamic("Net::HTTP"), "Net.HTTP.new": .dynamic("Net::HTTP"),
            "eval": .dynamic("eval"), "instance_eval": .dynamic("instance_eval"), "class_eval": .dynamic("class_eval"),
            "module_eval": .dynamic("module_eval"), "send": .dynamic("send"), "public_send": .dynamic("public_send"),
            "__send__": .dynamic("__send__"), "const_get": .dynamic("const_get"),
            "Object.const_get": .dynamic("const_get"), "binding.eval": .dynamic("binding.eval"),
            "Fiddle.dlopen": .dynamic("Fiddle"), "syscall": .dynamic("syscall"), "fork": .dynamic("fork"),
            "TCPSocket.new": .dynamic("TCPSocket"), "TCPSocket.open": .dynamic("TCPSocket"),
            "load": .dynamic("load"), "require": .dynamic("require"), "require_relative": .dynamic("require_relative"),
        ]
        for method in ["Get", "Post", "Put", "Patch", "Delete", "Head"] {
            table["Net.HTTP.\(method).new"] = .dynamic("Net::HTTP::\(method)")
        }
        return table
    }()

    static let perl: [String: CodeEffect] = [
        "unlink": .deletes(path: 0, recursive: false), "rmdir": .deletes(path: 0, recursive: false),
        "rmtree": .deletes(path: 0, recursive: true), "remove_tree": .deletes(path: 0, recursive: true),
        "File.Path.rmtree": .deletes(path: 0, recursive: true),
        "File.Path.remove_tree": .deletes(path: 0, recursive: true),
        "system": .shell(command: 0), "exec": .shell(command: 0), "open": .opens(path: 1, mode: 1),
        "rename": .writes(path: 1), "truncate": .writes(path: 0),
        "get": .http(method: "GET", url: 0), "getstore": .http(method: "GET", url: 0),
        "head": .http(method: "HEAD", url: 0), "getprint": .http(method: "GET", url: 0),
        "LWP.Simple.get": .http(method: "GET", url: 0),
        "eval": .dynamic("string eval"), "do": .dynamic("do FILE"), "require": .dynamic("require"),
        "syscall": .dynamic("syscall"), "fork": .dynamic("fork"), "IO.Socket.INET.new": .dynamic("IO::Socket"),
        "LWP.UserAgent.new": .dynamic("LWP::UserAgent"), "HTTP.Tiny.new": .dynamic("HTTP::Tiny"),
        "HTTP.Request.new": .dynamic("HTTP::Request"), "s///e": .dynamic("s///e"),
    ]

    static let php: [String: CodeEffect] = [
        "unlink": .deletes(path: 0, recursive: false), "rmdir": .deletes(path: 0, recursive: false),
        "file_put_contents": .writes(path: 0), "fopen": .opens(path: 0, mode: 1), "rename": .writes(path: 1),
        "copy": .writes(path: 1), "ftruncate": .dynamic("ftruncate"),
        "exec": .shell(command: 0), "shell_exec": .shell(command: 0), "system": .shell(command: 0),
        "passthru": .shell(command: 0), "popen": .shell(command: 0), "proc_open": .shell(command: 0),
        "pcntl_exec": .process(program: 0, arguments: 1),
        "file_get_contents": .httpWithOptions(url: 0), "file": .reads(path: 0),
        "readfile": .reads(path: 0), "curl_init": .httpWithOptions(url: 0),
        "fsockopen": .dynamic("fsockopen"), "stream_socket_client": .dynamic("stream_socket_client"),
        "eval": .dynamic("eval"), "assert": .dynamic("assert"), "create_function": .dynamic("create_function"),
        "call_user_func": .dynamic("call_user_func"), "call_user_func_array": .dynamic("call_user_func_array"),
        "preg_replace_callback": .dynamic("preg_replace_callback"), "include": .dynamic("include"),
        "include_once": .dynamic("include_once"), "require": .dynamic("require"),
        "require_once": .dynamic("require_once"), "dl": .dynamic("dl"), "FFI.cdef": .dynamic("FFI"),
    ]
}
