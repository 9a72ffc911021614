/// Why a GraphQL document could not be read: what was wrong and where (a UTF-8 byte offset).
struct GraphQLSyntaxError: Error, Hashable, Sendable {
    var message: String
    var offset: Int

    init(_ message: String, at offset: Int) {
        self.message = message
        self.offset = offset
    }
}
