/// The small syntaxes redis-cli input uses: a command line split into words the way redis-cli splits it, and the
/// commands a Lua script (`EVAL`) passes to `redis.call`.
enum RedisLine {
    /// `SET k "a b"` → `["SET", "k", "a b"]`: white space separates words; `"…"` (with backslash escapes) and
    /// `'…'` quote.
    static func words(_ line: Substring) -> [String] {
        var words: [String] = []
        var current = ""
        var inWord = false
        var iterator = line.makeIterator()
        while let character = iterator.next() {
            switch character {
            case " ", "\t":
                if inWord { words.append(current) }
                current = ""
                inWord = false
            case "\"":
                inWord = true
                while let inner = iterator.next(), inner != "\"" {
                    if inner == "\\", let escaped = iterator.next() {
                        current.append(escaped == "n" ? "\n" : escaped)
                    } else {
                        current.append(inner)
                    }
                }
            case "'":
                inWord = true
                while let inner = iterator.next(), inner != "'" { current.append(inner) }
            default:
                inWord = true
                current.append(character)
            }
        }
        if inWord { words.append(current) }
        return words
    }

    struct LuaCall: Hashable, Sendable {
        var name: String
        var key: String?
    }

    /// `redis.call('DEL', KEYS[1])`, `redis.pcall("FLUSHALL")`: literal command names, and whether any call's name is
    /// not a literal (or `redis.call` is used as a value).
    static func luaCalls(_ script: String) -> (commands: [LuaCall], hasDynamicCall: Bool) {
        let tokens = CodeTokenizer.tokenize(script, language: .lua)
        var commands: [LuaCall] = []
        var dynamic = false
        var index = 0
        while index + 2 < tokens.count {
            defer { index += 1 }
            guard tokens[index].text == "redis", tokens[index + 1].text == ".",
                ["call", "pcall"].contains(tokens[index + 2].text)
            else { continue }
            let open = index + 3
            guard open < tokens.count, tokens[open].text == "(", open + 1 < tokens.count,
                tokens[open + 1].kind == .string
            else {
                dynamic = true
                continue
            }
            var key: String?
            if open + 3 < tokens.count, tokens[open + 2].text == ",", tokens[open + 3].kind == .string {
                key = tokens[open + 3].text
            }
            commands.append(LuaCall(name: tokens[open + 1].text, key: key))
        }
        return (commands, dynamic)
    }
}
