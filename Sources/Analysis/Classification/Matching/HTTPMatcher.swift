/// A test on an `http.request` action: method, host, path, URL, GraphQL operations.
struct HTTPMatcher: Hashable, Sendable {
    /// A test on the GraphQL operations of the request: some operation of one of `types` (any when empty)
    /// has a root field passing `field` (any field when nil).
    struct GraphQLTest: Hashable, Sendable {
        var types: [String] = []
        var field: TextTest?

        func matches(_ operations: [GraphQLOperation]) -> Bool {
            operations.contains { operation in
                (types.isEmpty || types.contains(operation.type))
                    && (field.map { test in operation.rootFields.contains(where: test.matches) } ?? true)
            }
        }
    }

    /// Upper-case methods; empty: any.
    var methods: [String] = []
    var host: TextTest?
    /// The URL path, normalized like a file path before glob matching.
    var path: TextTest?
    var url: TextTest?
    var graphQL: GraphQLTest?
    /// True: the request has a body but no GraphQL operation could be read from it (dynamic, from a file, or
    /// not parseable). False: the body is absent or understood.
    var hasUnreadableBody: Bool?
    var via: TextTest?

    func matches(_ request: HTTPRequest, path normalized: NormalizedPath) -> Bool {
        if !methods.isEmpty && !methods.contains(request.method) { return false }
        if let host, !host.matches(request.host) { return false }
        if let path, !path.matches(path: normalized) { return false }
        if let url, !url.matches(request.url) { return false }
        if let via, !via.matches(request.via) { return false }
        if let hasUnreadableBody {
            let unreadable = request.graphQL.isEmpty && request.body != .none
            if unreadable != hasUnreadableBody { return false }
        }
        if let graphQL, !graphQL.matches(request.graphQL) { return false }
        return true
    }
}
