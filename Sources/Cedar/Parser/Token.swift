/// A token of Cedar policy text: its kind and the UTF-8 byte range it covers.
struct Token: Sendable {
    var kind: Kind
    /// Offset of the first byte.
    var start: Int
    /// Offset just past the last byte.
    var end: Int

    enum Kind: UInt8, Sendable {
        // Identifiers and keywords. Every keyword is also usable where Cedar accepts any identifier.
        case identifier
        case trueKeyword, falseKeyword, ifKeyword
        case permit, forbid, when, unless, `in`, has, like, `is`, then, `else`
        case principal, action, resource, context
        // Literals and slots.
        case number, string
        case principalSlot, resourceSlot, otherSlot
        // Punctuation and operators.
        case at, dot, comma, semicolon, colon, doubleColon
        case leftParen, rightParen, leftBrace, rightBrace, leftBracket, rightBracket
        case equalEqual, notEqual, less, lessEqual, greaterEqual, greater
        case orOr, andAnd, plus, minus, star, slash, percent, bang, singleEqual
        // Problems found by the lexer, and the end of the input.
        case unterminatedString, invalidCharacter
        case end

        /// Whether the token is an identifier or a keyword (Cedar's `AnyIdent`).
        var isIdentifierLike: Bool { rawValue <= Kind.context.rawValue }

        /// How the token is described in "expected …, found …" messages.
        var spelling: String {
            switch self {
            case .identifier: "identifier"
            case .trueKeyword: "`true`"
            case .falseKeyword: "`false`"
            case .ifKeyword: "`if`"
            case .permit: "`permit`"
            case .forbid: "`forbid`"
            case .when: "`when`"
            case .unless: "`unless`"
            case .in: "`in`"
            case .has: "`has`"
            case .like: "`like`"
            case .is: "`is`"
            case .then: "`then`"
            case .else: "`else`"
            case .principal: "`principal`"
            case .action: "`action`"
            case .resource: "`resource`"
            case .context: "`context`"
            case .number: "number"
            case .string: "string literal"
            case .principalSlot: "`?principal`"
            case .resourceSlot: "`?resource`"
            case .otherSlot: "template slot"
            case .at: "`@`"
            case .dot: "`.`"
            case .comma: "`,`"
            case .semicolon: "`;`"
            case .colon: "`:`"
            case .doubleColon: "`::`"
            case .leftParen: "`(`"
            case .rightParen: "`)`"
            case .leftBrace: "`{`"
            case .rightBrace: "`}`"
            case .leftBracket: "`[`"
            case .rightBracket: "`]`"
            case .equalEqual: "`==`"
            case .notEqual: "`!=`"
            case .less: "`<`"
            case .lessEqual: "`<=`"
            case .greaterEqual: "`>=`"
            case .greater: "`>`"
            case .orOr: "`||`"
            case .andAnd: "`&&`"
            case .plus: "`+`"
            case .minus: "`-`"
            case .star: "`*`"
            case .slash: "`/`"
            case .percent: "`%`"
            case .bang: "`!`"
            case .singleEqual: "`=`"
            case .unterminatedString: "unterminated string literal"
            case .invalidCharacter: "invalid character"
            case .end: "end of input"
            }
        }
    }
}
