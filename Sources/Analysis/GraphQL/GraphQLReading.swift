/// What a request body (or query string) says about GraphQL.
enum GraphQLReading: Hashable, Sendable {
    /// The body is not a GraphQL request.
    case notGraphQL
    /// The operations the request carries, in order.
    case operations([GraphQLOperation])
    /// The body clearly is a GraphQL request, but what it does cannot be read: why, for humans.
    case unreadable(OpaqueReason)

    var operations: [GraphQLOperation] {
        if case .operations(let operations) = self { return operations }
        return []
    }
}
