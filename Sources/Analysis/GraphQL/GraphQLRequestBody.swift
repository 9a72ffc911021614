import Cedar

/// Finds the GraphQL operations in what an HTTP client sends: a JSON object with a `query` string (and an optional
/// `operationName`), a JSON array of them (a batch), a raw `application/graphql` document, form fields or URL
/// query parameters named `query` (percent-decoded by the caller).
///
/// A text counts as a GraphQL document only when its first token starts one (`{`, `query`, `mutation`,
/// `subscription`, `fragment`): any other text is rejected by every GraphQL server, so search APIs that also
/// take a `query` (`{"query": "shoes"}`, Elasticsearch's `{"query": {…}}`) are not GraphQL. A text that starts
/// like a document but does not parse is unreadable: Warden does not guess what a server would make of it.
enum GraphQLRequestBody {
    /// Reads a request body given as text. `contentType` is the request's `Content-Type` value, if any; `path`
    /// the URL path (a path naming `graphql` makes a malformed body unreadable rather than not GraphQL).
    static func read(body text: String, contentType: String?, path: String) -> GraphQLReading {
        let mediaType = contentType.map { mediaTypeName($0) }
        if mediaType == "application/graphql" || mediaType == "application/graphql-query" {
            return readDocument(text, claimedGraphQL: true)
        }
        let trimmed = text.trimmingWhitespace
        if trimmed.hasPrefix("{") || trimmed.hasPrefix("[") {
            if let json = try? JSONParser.parse(text) {
                let reading = read(json: json)
                if reading == .notGraphQL, path.lowercased().containsBytes("graphql"), let object = json.object,
                    object.keys.contains(where: storedDocumentKeys.contains)
                {
                    return .unreadable(OpaqueReason(.unknownCode, storedDocument))
                }
                return reading
            }
            if trimmed.contains("\"query\"") || trimmed.contains("\"persistedQuery\"") {
                return .unreadable(
                    OpaqueReason(.parseError, "the request body looks like a GraphQL request but is not valid JSON"))
            }
        }
        if mediaType == "application/x-www-form-urlencoded" || text.containsBytes("query=") {
            let reading = read(parameters: URLQuery.parameters(text))
            if reading != .notGraphQL { return reading }
        }
        if startsLikeDocument(text) {
            return readDocument(text, claimedGraphQL: path.lowercased().containsBytes("graphql"))
        }
        return .notGraphQL
    }

    /// Reads a JSON request: an object with `query`, or a batch (an array of such objects).
    static func read(json: JSONValue) -> GraphQLReading {
        switch json {
        case .object(let object):
            return read(requestObject: object)
        case .array(let elements):
            var operations: [GraphQLOperation] = []
            var isGraphQL = false
            for element in elements {
                guard let object = element.object else { continue }
                switch read(requestObject: object) {
                case .notGraphQL: continue
                case .unreadable(let reason):
                    return .unreadable(OpaqueReason(reason.kind, "in a batched GraphQL request: \(reason.message)"))
                case .operations(let found):
                    isGraphQL = true
                    operations += found
                }
            }
            return isGraphQL ? .operations(operations) : .notGraphQL
        default:
            return .notGraphQL
        }
    }

    /// Reads decoded `name=value` parameters (a GET's query string, a form body).
    static func read(parameters: [(name: String, value: String)]) -> GraphQLReading {
        var operations: [GraphQLOperation] = []
        var isGraphQL = false
        for parameter in parameters where parameter.name == "query" {
            guard startsLikeDocument(parameter.value) else { continue }
            switch readDocument(parameter.value, claimedGraphQL: true) {
            case .notGraphQL: continue
            case .unreadable(let reason): return .unreadable(reason)
            case .operations(let found):
                isGraphQL = true
                operations += found
            }
        }
        return isGraphQL ? .operations(operations) : .notGraphQL
    }

    private static func read(requestObject object: JSONObject) -> GraphQLReading {
        guard let query = object["query"] else {
            if let extensions = object["extensions"]?.object, extensions["persistedQuery"] != nil {
                return .unreadable(OpaqueReason(.unknownCode, Self.persistedQuery))
            }
            return .notGraphQL
        }
        guard case .string(let text) = query else {
            if query == .null, let extensions = object["extensions"]?.object, extensions["persistedQuery"] != nil {
                return .unreadable(OpaqueReason(.unknownCode, Self.persistedQuery))
            }
            return .notGraphQL
        }
        let claimed = object["operationName"] != nil || object["variables"] != nil
        guard startsLikeDocument(text) || claimed else { return .notGraphQL }
        return readDocument(text, claimedGraphQL: true)
    }

    private static func readDocument(_ text: String, claimedGraphQL: Bool) -> GraphQLReading {
        do {
            return .operations(try GraphQLParser.operations(in: text))
        } catch {
            guard claimedGraphQL || startsLikeDocument(text) else { return .notGraphQL }
            return .unreadable(
                OpaqueReason(
                    .parseError, "the GraphQL document does not parse (\(error.message) at byte \(error.offset))"))
        }
    }

    /// Keys of a GraphQL request that names a document stored on the server instead of sending it.
    private static let storedDocumentKeys: Set<String> = [
        "operationName", "variables", "documentId", "extensions", "id",
    ]

    private static let storedDocument =
        "a GraphQL request without a document (a stored or persisted operation): what it does is not in the request"

    private static let persistedQuery =
        "a persisted GraphQL query: the request carries only the document's hash, not the document"

    /// True when the first token of `text` starts an executable GraphQL definition.
    static func startsLikeDocument(_ text: String) -> Bool {
        var lexer = GraphQLLexer(text)
        guard let token = try? lexer.next() else { return false }
        if token.isPunctuator("{") { return true }
        guard token.kind == .name else { return false }
        return ["query", "mutation", "subscription", "fragment"].contains(lexer.text(of: token))
    }

    /// `application/json; charset=utf-8` → `application/json`.
    private static func mediaTypeName(_ value: String) -> String {
        // Header values are ASCII: cut, trim and lower-case bytes. Anything else is read character by character.
        if let ascii = PlainASCII(value) {
            let name = ascii.trimmed(0..<(ascii.firstIndex(from: 0, where: { $0 == UInt8(ascii: ";") }) ?? ascii.count))
            return String(
                decoding: ascii.bytes[name].map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
        }
        let end = value.firstIndex(of: ";") ?? value.endIndex
        return value[..<end].trimmingWhitespace.lowercased()
    }
}
