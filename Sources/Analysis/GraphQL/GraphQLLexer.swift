/// Splits a GraphQL document into tokens (GraphQL spec, section 2.1). Commas, white space, line terminators,
/// the byte order mark and `#` comments are ignored. Linear in the document's size; never recurses.
struct GraphQLLexer {
    let bytes: [UInt8]
    private(set) var index = 0

    init(_ text: String) { self.bytes = Array(text.utf8) }

    /// The text of a token (used for names only).
    func text(of token: GraphQLToken) -> String {
        String(decoding: bytes[token.start..<token.end], as: UTF8.self)
    }

    mutating func next() throws(GraphQLSyntaxError) -> GraphQLToken {
        skipIgnored()
        guard index < bytes.count else { return GraphQLToken(kind: .end, start: index, end: index) }
        let start = index
        let byte = bytes[index]
        switch byte {
        case UInt8(ascii: "!"), UInt8(ascii: "$"), UInt8(ascii: "&"), UInt8(ascii: "("), UInt8(ascii: ")"),
            UInt8(ascii: ":"), UInt8(ascii: "="), UInt8(ascii: "@"), UInt8(ascii: "["), UInt8(ascii: "]"),
            UInt8(ascii: "{"), UInt8(ascii: "|"), UInt8(ascii: "}"):
            index += 1
            return GraphQLToken(kind: .punctuator(byte), start: start, end: index)
        case UInt8(ascii: "."):
            guard index + 2 < bytes.count, bytes[index + 1] == byte, bytes[index + 2] == byte else {
                throw GraphQLSyntaxError("a lone `.` (only `...` is allowed)", at: start)
            }
            index += 3
            return GraphQLToken(kind: .spread, start: start, end: index)
        case UInt8(ascii: "\""):
            try skipString()
            return GraphQLToken(kind: .string, start: start, end: index)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            try skipNumber()
            return GraphQLToken(kind: .number, start: start, end: index)
        default:
            guard Self.isNameStart(byte) else {
                throw GraphQLSyntaxError("unexpected character in a GraphQL document", at: start)
            }
            while index < bytes.count, Self.isNameContinue(bytes[index]) { index += 1 }
            return GraphQLToken(kind: .name, start: start, end: index)
        }
    }

    static func isNameStart(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "_") || (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z"))
    }

    static func isNameContinue(_ byte: UInt8) -> Bool {
        isNameStart(byte) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
    }

    private mutating func skipIgnored() {
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: ","):
                index += 1
            case 0xEF where index + 2 < bytes.count && bytes[index + 1] == 0xBB && bytes[index + 2] == 0xBF:
                index += 3
            case UInt8(ascii: "#"):
                while index < bytes.count, bytes[index] != UInt8(ascii: "\n"), bytes[index] != UInt8(ascii: "\r") {
                    index += 1
                }
            default: return
            }
        }
    }

    private mutating func skipDigits() -> Int {
        let start = index
        while index < bytes.count, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9") { index += 1 }
        return index - start
    }

    private mutating func skipNumber() throws(GraphQLSyntaxError) {
        let start = index
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        let integerStart = index
        guard skipDigits() > 0 else { throw GraphQLSyntaxError("a number without digits", at: start) }
        if bytes[integerStart] == UInt8(ascii: "0"), index - integerStart > 1 {
            throw GraphQLSyntaxError("a number with a leading zero", at: start)
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard skipDigits() > 0 else { throw GraphQLSyntaxError("a number without fraction digits", at: start) }
        }
        if index < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "e") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
                index += 1
            }
            guard skipDigits() > 0 else { throw GraphQLSyntaxError("a number without exponent digits", at: start) }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") || Self.isNameStart(bytes[index]) {
            throw GraphQLSyntaxError("a number followed by a name or `.`", at: start)
        }
    }

    private mutating func skipString() throws(GraphQLSyntaxError) {
        let start = index
        let quote = UInt8(ascii: "\"")
        if index + 2 < bytes.count, bytes[index + 1] == quote, bytes[index + 2] == quote {
            index += 3
            while index < bytes.count {
                if bytes[index] == quote, index + 2 < bytes.count, bytes[index + 1] == quote, bytes[index + 2] == quote
                {
                    index += 3
                    return
                }
                // `\"""` is an escaped delimiter inside a block string.
                if bytes[index] == UInt8(ascii: "\\"), index + 3 < bytes.count, bytes[index + 1] == quote,
                    bytes[index + 2] == quote, bytes[index + 3] == quote
                {
                    index += 4
                    continue
                }
                index += 1
            }
            throw GraphQLSyntaxError("an unterminated block string", at: start)
        }
        index += 1
        while index < bytes.count {
            switch bytes[index] {
            case quote:
                index += 1
                return
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                throw GraphQLSyntaxError("a line break inside a string", at: start)
            case UInt8(ascii: "\\"):
                // A backslash ending the text: unterminated (a `break` here left the loop spinning on it).
                guard index + 1 < bytes.count else { throw GraphQLSyntaxError("an unterminated string", at: start) }
                guard "\"\\/bfnrtu".utf8.contains(bytes[index + 1]) else {
                    throw GraphQLSyntaxError("an invalid escape in a string", at: index)
                }
                index += 2
            default:
                index += 1
            }
        }
        throw GraphQLSyntaxError("an unterminated string", at: start)
    }
}
