/// One lexical token of a GraphQL document, by byte range into the document's UTF-8 text.
struct GraphQLToken: Hashable, Sendable {
    enum Kind: Hashable, Sendable {
        /// One of `! $ & ( ) : = @ [ ] { | }`; the byte is `punctuator`.
        case punctuator(UInt8)
        /// `...`
        case spread
        case name
        case number
        /// A string or block string (its value is never needed, only skipped).
        case string
        case end
    }

    var kind: Kind
    var start: Int
    var end: Int

    func isPunctuator(_ character: Unicode.Scalar) -> Bool {
        if case .punctuator(let byte) = kind { return byte == UInt8(ascii: character) }
        return false
    }
}
