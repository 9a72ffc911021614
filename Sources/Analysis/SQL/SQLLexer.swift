/// Splits SQL text into statements and client commands in one linear pass, the way the client program would:
/// separators inside strings, quoted names, comments and dollar quotes do not count, and client commands
/// (psql `\…`, mysql `system`/`source`/`delimiter`, sqlite3 `.…`, sqlcmd `!!`/`:r`) are recognized where the client
/// recognizes them.
struct SQLLexer {
    private let bytes: [UInt8]
    private let dialect: SQLDialect
    private var index = 0
    private var items: [SQLScriptItem] = []
    private var tokens: [SQLToken] = []
    private var statementStart: Int?
    private var statementEnd = 0
    private var atLineStart = true
    private var delimiter: [UInt8] = [UInt8(ascii: ";")]
    private var executableCommentDepth = 0

    /// The statements and client commands in `text`.
    static func split(_ text: String, dialect: SQLDialect) -> [SQLScriptItem] {
        var lexer = SQLLexer(bytes: Array(text.utf8), dialect: dialect)
        lexer.run()
        return lexer.items
    }

    private init(bytes: [UInt8], dialect: SQLDialect) {
        self.bytes = bytes
        self.dialect = dialect
    }

    private mutating func run() {
        while index < bytes.count {
            let byte = bytes[index]
            if byte == .newline {
                atLineStart = true
                index += 1
                continue
            }
            if byte.isSpace {
                index += 1
                continue
            }
            if atLineStart, tokens.isEmpty || dialect == .transactSQL, clientCommandAtLineStart() { continue }
            atLineStart = false
            if matchesDelimiter() {
                index += delimiter.count
                finishStatement()
                continue
            }
            if skipComment() { continue }
            lexToken()
        }
        finishStatement()
    }

    // MARK: Statements

    private mutating func append(_ token: SQLToken, from start: Int) {
        if statementStart == nil { statementStart = start }
        tokens.append(token)
        statementEnd = index
    }

    private mutating func finishStatement() {
        if let start = statementStart, !tokens.isEmpty {
            items.append(.statement(tokens: tokens, text: text(start, statementEnd)))
        }
        tokens = []
        statementStart = nil
    }

    private func text(_ start: Int, _ end: Int) -> String {
        String(decoding: bytes[start..<max(start, end)], as: UTF8.self)
    }

    private func matchesDelimiter() -> Bool {
        guard index + delimiter.count <= bytes.count else { return false }
        for offset in 0..<delimiter.count where bytes[index + offset] != delimiter[offset] { return false }
        return true
    }

    // MARK: Client commands

    /// A client command that must start a line (and an empty statement buffer): sqlite3 `.read`, mysql `source`,
    /// sqlcmd `GO`, `!!`, `:r`. Consumes it and returns true when there is one.
    private mutating func clientCommandAtLineStart() -> Bool {
        guard dialect == .mysql || dialect == .transactSQL || (dialect == .sqlite && bytes[index] == UInt8(ascii: "."))
        else { return false }
        let lineEnd = bytes[index...].firstIndex(of: .newline) ?? bytes.count
        let line = text(index, lineEnd).trimmingWhitespace
        switch dialect {
        case .sqlite:
            appendClientCommand(line, nameEnd: line.firstIndex(where: { $0 == " " || $0 == "\t" }))
        case .mysql:
            let name = line.prefix(while: { $0.isLetter }).lowercased()
            guard ["system", "source", "delimiter"].contains(name),
                line.dropFirst(name.count).first.map({ $0 == " " || $0 == "\t" }) ?? false
            else { return false }
            if name == "delimiter" {
                let newDelimiter = line.dropFirst(name.count).trimmingWhitespace.prefix(while: { $0 != " " })
                if !newDelimiter.isEmpty { delimiter = Array(newDelimiter.utf8) }
            } else {
                appendClientCommand(line, nameEnd: line.index(line.startIndex, offsetBy: name.count))
            }
        case .transactSQL:
            let upper = line.uppercased()
            if upper == "GO" || (upper.hasPrefix("GO ") && upper.dropFirst(3).allSatisfy(\.isNumber)) {
                finishStatement()
            } else if line.hasPrefix("!!") {
                items.append(.clientCommand(name: "!!", argument: String(line.dropFirst(2).trimmingWhitespace)))
            } else if line.hasPrefix(":") {
                appendClientCommand(line, nameEnd: line.firstIndex(where: { $0 == " " || $0 == "\t" }))
            } else {
                return false
            }
        default:
            return false
        }
        index = lineEnd
        return true
    }

    private mutating func appendClientCommand(_ line: Substring, nameEnd: Substring.Index?) {
        let end = nameEnd ?? line.endIndex
        items.append(
            .clientCommand(name: String(line[..<end]), argument: String(line[end...].trimmingWhitespace)))
    }

    /// A backslash command of psql or the mysql client, anywhere outside quotes: it ends the statement so far and
    /// takes the rest of the line as its argument (psql stops at `\\`).
    private mutating func backslashCommand() {
        finishStatement()
        let start = index
        index += 1
        if index < bytes.count, bytes[index].isLetter {
            while index < bytes.count,
                bytes[index].isLetter || bytes[index].isDigit || bytes[index] == UInt8(ascii: "+")
            {
                index += 1
            }
        } else if index < bytes.count, bytes[index] != .newline {
            index += 1
        }
        let name = text(start, index)
        var end = index
        while end < bytes.count, bytes[end] != .newline {
            if bytes[end] == .backslash, end + 1 < bytes.count, bytes[end + 1] == .backslash { break }
            end += 1
        }
        items.append(.clientCommand(name: name, argument: String(text(index, end).trimmingWhitespace)))
        index = end
        if index < bytes.count, bytes[index] == .backslash { index += 2 }
    }

    // MARK: Comments

    private mutating func skipComment() -> Bool {
        let byte = bytes[index]
        let next = index + 1 < bytes.count ? bytes[index + 1] : 0
        if byte == UInt8(ascii: "-"), next == UInt8(ascii: "-") {
            // MySQL needs white space (or a control character) after `--`: `1--1` is arithmetic.
            if dialect == .mysql, index + 2 < bytes.count, bytes[index + 2] > 0x20 { return false }
            skipToLineEnd()
            return true
        }
        if byte == UInt8(ascii: "#"), dialect == .mysql {
            skipToLineEnd()
            return true
        }
        if byte == UInt8(ascii: "*"), next == UInt8(ascii: "/"), executableCommentDepth > 0 {
            executableCommentDepth -= 1
            index += 2
            return true
        }
        guard byte == UInt8(ascii: "/"), next == UInt8(ascii: "*") else { return false }
        if dialect == .mysql, index + 2 < bytes.count, bytes[index + 2] == UInt8(ascii: "!") {
            // `/*!50001 DROP TABLE t */` is executed by MySQL: its content is code.
            index += 3
            while index < bytes.count, bytes[index].isDigit { index += 1 }
            executableCommentDepth += 1
            return true
        }
        index += 2
        var depth = 1
        while index < bytes.count, depth > 0 {
            if bytes[index] == UInt8(ascii: "*"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "/") {
                depth -= 1
                index += 2
            } else if dialect.nestsBlockComments, bytes[index] == UInt8(ascii: "/"), index + 1 < bytes.count,
                bytes[index + 1] == UInt8(ascii: "*")
            {
                depth += 1
                index += 2
            } else {
                index += 1
            }
        }
        return true
    }

    private mutating func skipToLineEnd() {
        while index < bytes.count, bytes[index] != .newline { index += 1 }
    }

    // MARK: Tokens

    private mutating func lexToken() {
        let start = index
        let byte = bytes[index]
        switch byte {
        case UInt8(ascii: "'"):
            append(SQLToken(.string, quoted(closing: byte, backslashEscapes: dialect.hasBackslashEscapes)), from: start)
        case UInt8(ascii: "\""):
            let value = quoted(closing: byte, backslashEscapes: dialect.hasBackslashEscapes)
            if dialect.doubleQuoteIsString {
                append(SQLToken(.string, value), from: start)
            } else {
                append(SQLToken(.quotedName, text(start, index)), from: start)
            }
        case UInt8(ascii: "`"):
            _ = quoted(closing: byte, backslashEscapes: false)
            append(SQLToken(.quotedName, text(start, index)), from: start)
        case UInt8(ascii: "[") where dialect.hasBracketNames:
            _ = quoted(closing: UInt8(ascii: "]"), backslashEscapes: false)
            append(SQLToken(.quotedName, text(start, index)), from: start)
        case UInt8(ascii: "$") where dialect.hasDollarQuotes:
            lexDollar()
        case .backslash where dialect == .postgres || dialect == .mysql:
            backslashCommand()
        case UInt8(ascii: ":") where dialect == .postgres:
            lexColon()
        case UInt8(ascii: "@"), UInt8(ascii: "?"):
            index += 1
            while index < bytes.count, bytes[index].isNameByte { index += 1 }
            append(SQLToken(.variable, text(start, index)), from: start)
        case _ where byte.isDigit:
            while index < bytes.count, bytes[index].isNameByte || bytes[index] == UInt8(ascii: ".") { index += 1 }
            append(SQLToken(.number, text(start, index)), from: start)
        case _ where byte.isNameStart:
            while index < bytes.count, bytes[index].isNameByte || bytes[index] == UInt8(ascii: "$") { index += 1 }
            let word = text(start, index)
            if index < bytes.count, bytes[index] == UInt8(ascii: "'"), word == "E" || word == "e" {
                append(SQLToken(.string, quoted(closing: UInt8(ascii: "'"), backslashEscapes: true)), from: start)
            } else {
                append(SQLToken(.word, word), from: start)
            }
        default:
            index += 1
            append(SQLToken(.punctuation, text(start, index)), from: start)
        }
    }

    /// Reads a quoted run that starts at `index` and ends at an undoubled `closing` byte; returns its value.
    private mutating func quoted(closing: UInt8, backslashEscapes: Bool) -> String {
        index += 1
        var value: [UInt8] = []
        while index < bytes.count {
            let byte = bytes[index]
            if backslashEscapes, byte == .backslash, index + 1 < bytes.count {
                value.append(bytes[index + 1])
                index += 2
                continue
            }
            if byte == closing {
                if index + 1 < bytes.count, bytes[index + 1] == closing {
                    value.append(byte)
                    index += 2
                    continue
                }
                index += 1
                break
            }
            value.append(byte)
            index += 1
        }
        return String(decoding: value, as: UTF8.self)
    }

    /// `$tag$ … $tag$` (a string), `$1` (a parameter), or a lone `$`.
    private mutating func lexDollar() {
        let start = index
        var tagEnd = index + 1
        while tagEnd < bytes.count, tagEnd - start <= 64, bytes[tagEnd].isNameByte,
            !(tagEnd == start + 1 && bytes[tagEnd].isDigit)
        {
            tagEnd += 1
        }
        guard tagEnd < bytes.count, bytes[tagEnd] == UInt8(ascii: "$") else {
            index += 1
            while index < bytes.count, bytes[index].isDigit { index += 1 }
            append(SQLToken(.variable, text(start, index)), from: start)
            return
        }
        let tag = Array(bytes[start...tagEnd])
        var cursor = tagEnd + 1
        var bodyEnd = bytes.count
        var closeEnd = bytes.count
        while cursor < bytes.count {
            if bytes[cursor] == UInt8(ascii: "$"), cursor + tag.count <= bytes.count,
                bytes[cursor..<(cursor + tag.count)].elementsEqual(tag)
            {
                bodyEnd = cursor
                closeEnd = cursor + tag.count
                break
            }
            cursor += 1
        }
        index = closeEnd
        append(SQLToken(.string, text(tagEnd + 1, bodyEnd)), from: start)
    }

    /// psql variables: `:name`, `:'name'`, `:"name"`; `::` casts and other colons are punctuation.
    private mutating func lexColon() {
        let start = index
        index += 1
        guard index < bytes.count else { return append(SQLToken(.punctuation, ":"), from: start) }
        let next = bytes[index]
        if next == UInt8(ascii: ":") {
            index += 1
            return append(SQLToken(.punctuation, "::"), from: start)
        }
        if next == UInt8(ascii: "'") || next == UInt8(ascii: "\"") {
            _ = quoted(closing: next, backslashEscapes: false)
        } else if next.isNameStart {
            while index < bytes.count, bytes[index].isNameByte { index += 1 }
        } else {
            return append(SQLToken(.punctuation, ":"), from: start)
        }
        append(SQLToken(.variable, text(start, index)), from: start)
    }
}

fileprivate extension UInt8 {
    static let newline = UInt8(ascii: "\n")
    static let backslash = UInt8(ascii: "\\")

    var isSpace: Bool { self == 0x20 || self == 0x09 || self == 0x0D || self == 0x0C || self == 0x0B }
    var isDigit: Bool { self >= 0x30 && self <= 0x39 }
    var isLetter: Bool { (self | 0x20) >= 0x61 && (self | 0x20) <= 0x7A }
    var isNameStart: Bool { isLetter || self == UInt8(ascii: "_") || self >= 0x80 }
    var isNameByte: Bool { isNameStart || isDigit }
}
