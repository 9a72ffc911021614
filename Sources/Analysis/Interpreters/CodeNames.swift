/// What names mean in a piece of code: Python imports (`import shutil as s`, `from os import remove`), JavaScript
/// modules (`const cp = require("child_process")`, `import {execSync as run} from "node:child_process"`), and
/// calls that import a module by a literal name (`__import__("os")`, `require("fs")`).
struct CodeNames {
    let language: CodeLanguage
    /// Local name → what it stands for, as components (`sp` → `["subprocess"]`, `run` → `["child_process", "execSync"]`).
    private(set) var aliases: [String: [String]] = [:]
    /// Modules imported with `from M import *` (Python) or required anywhere (JavaScript).
    private(set) var modules: Set<String> = []

    private static let importFunctions: Set<String> = [
        "__import__", "importlib.import_module", "import_module", "require", "import",
    ]

    init(tokens: [CodeToken], language: CodeLanguage) {
        self.language = language
        switch language {
        case .python: learnPythonImports(tokens)
        case .javascript: learnJavaScriptImports(tokens)
        default: break
        }
    }

    /// Records the modules that literal `require("m")` calls load.
    mutating func learn(from calls: CodeCalls) {
        guard language == .javascript else { return }
        for call in calls.calls where call.last == "require" || call.name == "import" {
            if let module = call.string(at: 0) { modules.insert(Self.normalizedModule(module)) }
        }
    }

    /// The dotted name a call or reference resolves to.
    func resolve(_ components: [String], receiver: [String]?, receiverArguments: [ArraySlice<CodeToken>]?) -> String {
        guard !components.isEmpty else { return "" }
        var resolved = components
        if let receiver, receiver.count < components.count,
            Self.importFunctions.contains(receiver.joined(separator: ".")) || receiver.last == "require",
            let module = receiverArguments?.first.flatMap(CodeCalls.literal)
        {
            // __import__("os").system(…), require("child_process").execSync(…)
            resolved =
                Self.normalizedModule(module).split(separator: ".").map(String.init) + components[receiver.count...]
        } else if let alias = aliases[components[0]] {
            resolved = alias + components.dropFirst()
        }
        if language == .javascript {
            resolved = resolved.filter { $0 != "promises" && $0 != "default" }
            if resolved.first == "globalThis" || resolved.first == "window" { resolved.removeFirst() }
        }
        return resolved.joined(separator: ".")
    }

    /// For a name the table does not know as written: a bare name from a star import (Python), or a method of a
    /// module the code loads (JavaScript `x.execSync(…)` once `child_process` is required).
    func fallback(for components: [String], in table: [String: CodeEffect]) -> CodeEffect? {
        guard let last = components.last else { return nil }
        switch language {
        case .python where components.count == 1:
            for module in modules.sorted() { if let effect = table[module + "." + last] { return effect } }
        case .javascript where components.count > 1 || aliases[last] == nil:
            for module in modules.sorted() where module != "fs" || components.count > 1 {
                if let effect = table[module + "." + last] { return effect }
            }
        default:
            break
        }
        return nil
    }

    /// Whether a computed member lookup on `components` could reach a known API (`cp[name]`, `os.__dict__[x]`).
    func isSensitive(_ components: [String]) -> Bool {
        let name = resolve(components, receiver: nil, receiverArguments: nil)
        return CodeAPIs.prefixes(for: language).contains(name) || modules.contains(name)
    }

    static func normalizedModule(_ module: String) -> String {
        var name = Substring(module)
        if name.hasPrefix("node:") { name = name.dropFirst(5) }
        switch name {
        case "fs/promises", "fs-extra", "graceful-fs", "node-fs-extra": return "fs"
        case "child-process-promise", "execa": return "child_process"
        default: return String(name)
        }
    }

    // MARK: Python

    private mutating func learnPythonImports(_ tokens: [CodeToken]) {
        var place = 0
        while place < tokens.count {
            defer { place += 1 }
            let token = tokens[place]
            guard token.kind == .identifier else { continue }
            if token.text == "from" {
                var cursor = place + 1
                let module = dotted(tokens, &cursor)
                guard cursor < tokens.count, tokens[cursor].text == "import" else { continue }
                cursor += 1
                if cursor < tokens.count, tokens[cursor].isPunctuation("(") { cursor += 1 }
                if cursor < tokens.count, tokens[cursor].isPunctuation("*") {
                    modules.insert(module.joined(separator: "."))
                    continue
                }
                while cursor < tokens.count, tokens[cursor].kind == .identifier {
                    let name = tokens[cursor].text
                    cursor += 1
                    var local = name
                    if cursor + 1 < tokens.count, tokens[cursor].text == "as" {
                        local = tokens[cursor + 1].text
                        cursor += 2
                    }
                    aliases[local] = module + [name]
                    guard cursor < tokens.count, tokens[cursor].isPunctuation(",") else { break }
                    cursor += 1
                }
                place = cursor - 1
            } else if token.text == "import", place == 0 || tokens[place - 1].text != "from" {
                var cursor = place + 1
                while cursor < tokens.count {
                    let module = dotted(tokens, &cursor)
                    guard !module.isEmpty else { break }
                    if cursor + 1 < tokens.count, tokens[cursor].text == "as" {
                        aliases[tokens[cursor + 1].text] = module
                        cursor += 2
                    }
                    guard cursor < tokens.count, tokens[cursor].isPunctuation(",") else { break }
                    cursor += 1
                }
                place = cursor - 1
            }
        }
    }

    private func dotted(_ tokens: [CodeToken], _ cursor: inout Int) -> [String] {
        var parts: [String] = []
        while cursor < tokens.count, tokens[cursor].kind == .identifier, tokens[cursor].text != "import" {
            parts.append(tokens[cursor].text)
            cursor += 1
            guard cursor < tokens.count, tokens[cursor].isPunctuation(".") else { break }
            cursor += 1
        }
        return parts
    }

    // MARK: JavaScript

    private mutating func learnJavaScriptImports(_ tokens: [CodeToken]) {
        for place in tokens.indices {
            let token = tokens[place]
            // import X from "m"; import * as X from "m"; import {a, b as c} from "m"
            if token.kind == .identifier, token.text == "from", place + 1 < tokens.count,
                tokens[place + 1].kind == .string
            {
                let module = Self.normalizedModule(tokens[place + 1].text)
                modules.insert(module)
                bindImported(tokens, before: place, module: module, renameWord: "as")
            }
            // const X = require("m"); const {a, b: c} = require("m")
            if token.isPunctuation("="), place + 4 < tokens.count, tokens[place + 1].text == "require",
                tokens[place + 2].isPunctuation("("), tokens[place + 3].kind == .string
            {
                let module = Self.normalizedModule(tokens[place + 3].text)
                modules.insert(module)
                bindImported(tokens, before: place, module: module, renameWord: ":")
            }
        }
    }

    /// Binds the name or destructured names just before `place` to `module`.
    private mutating func bindImported(_ tokens: [CodeToken], before place: Int, module: String, renameWord: String) {
        guard place > 0 else { return }
        let previous = tokens[place - 1]
        if previous.kind == .identifier {
            aliases[previous.text] = [module]
            return
        }
        guard previous.isPunctuation("}") else { return }
        var open = place - 1
        while open > 0, !tokens[open].isPunctuation("{"), place - open < 200 { open -= 1 }
        var cursor = open + 1
        while cursor < place - 1 {
            guard tokens[cursor].kind == .identifier else {
                cursor += 1
                continue
            }
            let name = tokens[cursor].text
            var local = name
            if cursor + 2 < place, tokens[cursor + 1].text == renameWord, tokens[cursor + 2].kind == .identifier {
                local = tokens[cursor + 2].text
                cursor += 2
            }
            aliases[local] = [module, name]
            cursor += 1
        }
    }
}
