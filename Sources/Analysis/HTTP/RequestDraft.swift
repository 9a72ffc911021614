/// What an HTTP client's command line says about a request, before it is tied to a URL: collected by the
/// curl, wget and httpie readers, turned into one `HTTPRequest` per URL by `request(to:)`.
struct RequestDraft {
    /// The body as far as the command line tells.
    enum Body {
        case none
        /// Text; when `isStatic` is false, the text holds run-time parts as their source (`$ID`).
        case text(String, isStatic: Bool)
        /// Read from a file (`-d @body.json`); `-` is standard input of unknown content.
        case file(ShellWord)
        /// Known only at run time, with no text at all (a pipe from another program).
        case unknown
    }

    var via: String
    var defaultScheme = "http"
    /// The method given explicitly (`-X`, `--method`, httpie's first word); nil when implied.
    var method: ShellWord?
    /// The method the client uses when none is given: `GET`, `POST` with data, `HEAD` for `curl -I`.
    var impliedMethod = "GET"
    var headers: [HTTPHeader] = []
    var body = Body.none
    /// `name=value` parts added to the URL's query (`curl -G -d`, `--url-query`, httpie `k==v`).
    var queryAdditions: [String] = []
    var queryAdditionsAreStatic = true
    /// A path sent instead of the URL's (`curl --request-target`).
    var pathOverride: ShellWord?
    /// What a GraphQL server reads as the request when that is not the body text itself: the `operations`
    /// field of a multipart request.
    var graphQLBody: Body?
    /// Destinations that replace the URL's host for the connection (`curl --connect-to`).
    var connectsTo: [ShellWord] = []

    /// The request to `url` and what could not be analyzed about it.
    /// `globs`: the client expands `{a,b}` and `[1-9]` in URLs (curl without `--globoff`).
    func request(to url: ShellWord, globs: Bool = false) -> (request: HTTPRequest, opaqueReasons: [OpaqueReason]) {
        var target = RequestTarget(url, defaultScheme: defaultScheme, globs: globs)
        if !queryAdditions.isEmpty {
            target.appendQuery(queryAdditions.joined(separator: "&"), isStatic: queryAdditionsAreStatic)
        }
        if let pathOverride {
            target.path = pathOverride.text
            target.isStatic = target.isStatic && pathOverride.isStatic
        }
        var reasons = destinationReasons(url, target)
        var (method, isStatic) = (impliedMethod, target.isStatic)
        readMethod(into: &method, isStatic: &isStatic, reasons: &reasons)
        var requestHeaders = headers
        if target.hasUserInfo, !requestHeaders.contains(where: { $0.name.lowercased() == "authorization" }) {
            requestHeaders.append(HTTPHeader(name: "Authorization", value: "<redacted>"))
        }
        var request = HTTPRequest(
            method: method, url: target.url, host: target.host, path: target.path, headers: requestHeaders,
            body: .none, isStatic: isStatic, via: via)
        let destination = target.host.isEmpty ? "`\(url.text)`" : target.host
        let readings = graphQLReadings(target: target)
        request.body = readings.body
        var hasUnreadable = false
        for reading in readings.readings {
            switch reading {
            case .notGraphQL: continue
            case .operations(let operations): request.graphQL += operations
            case .unreadable(let reason):
                hasUnreadable = true
                reasons.append(OpaqueReason(reason.kind, "\(reason.message) (\(via) request to \(destination))"))
            }
        }
        if !readings.bodyIsKnown, !hasUnreadable {
            if readings.mayBeGraphQL {
                reasons.append(
                    OpaqueReason(
                        .dynamicArgument,
                        "parts of the \(method) request to \(destination) are only known at run time: its GraphQL operations cannot be read in full"
                    ))
            } else if case .text(let text, isStatic: false) = body, Self.isWhollyDynamic(text) {
                reasons.append(
                    OpaqueReason(
                        .dynamicArgument,
                        "the body `\(text)` of the \(method) request to \(destination) is only known at run time"))
            }
        }
        return (request, reasons)
    }

    /// Why the destination is not what the URL's host says: a URL known only at run time or that curl expands,
    /// a `Host` header naming another host, `curl --connect-to`.
    private func destinationReasons(_ url: ShellWord, _ target: RequestTarget) -> [OpaqueReason] {
        var reasons: [OpaqueReason] = []
        if target.host.isEmpty {
            let reason =
                !url.isStatic
                ? OpaqueReason(.dynamicArgument, "the URL `\(url.text)` of a \(via) request is only known at run time")
                : !target.isStatic
                    ? OpaqueReason(.dynamicArgument, "\(via) expands the URL `\(url.text)` to several hosts")
                    : OpaqueReason(.parseError, "the URL `\(url.text)` of a \(via) request cannot be taken apart")
            reasons.append(reason)
        }
        if let hostHeader = headers.last(where: { $0.name.lowercased() == "host" }) {
            let named = ParsedURL.parse(hostHeader.value)?.host ?? hostHeader.value.lowercased()
            if named != target.host {
                reasons.append(
                    OpaqueReason(
                        .indirectDestination,
                        "the \(via) request to `\(target.host)` names the host `\(hostHeader.value)` in its Host header"
                    ))
            }
        }
        for destination in connectsTo {
            reasons.append(
                OpaqueReason(
                    .indirectDestination,
                    "\(via) connects somewhere other than the URL's host says (`\(destination.text)`)"))
        }
        return reasons
    }

    /// The method given (`-X`), or overridden by a header (`X-HTTP-Method-Override: DELETE`, which the many
    /// servers that honour it treat as a DELETE).
    private func readMethod(into method: inout String, isStatic: inout Bool, reasons: inout [OpaqueReason]) {
        if let given = self.method {
            if given.isStatic {
                method = given.text.uppercased()
            } else {
                method = given.text
                isStatic = false
                reasons.append(
                    OpaqueReason(
                        .dynamicArgument, "the method `\(given.text)` of a \(via) request is only known at run time"))
            }
        }
        if let override = headers.last(where: { Self.methodOverrideHeaders.contains($0.name.lowercased()) }) {
            let value = override.value.trimmingWhitespace
            if !value.isEmpty, value.allSatisfy({ $0.isASCII && $0.isLetter }) {
                method = value.uppercased()
            } else {
                isStatic = false
                reasons.append(
                    OpaqueReason(
                        .dynamicArgument,
                        "the method override `\(override.name): \(override.value)` is not a method name"))
            }
        }
    }

    private static let methodOverrideHeaders: Set<String> = [
        "x-http-method-override", "x-http-method", "x-method-override",
    ]

    /// The value of the last `Content-Type` header given, if any.
    var contentType: String? {
        headers.last { $0.name.lowercased() == "content-type" }?.value
    }

    private struct Readings {
        var body: HTTPBody
        var readings: [GraphQLReading]
        /// False when the GraphQL content of the body or query is unknown (a file, a pipe, run-time parts).
        var bodyIsKnown: Bool
        /// True when the request looks like GraphQL: a `graphql` path or content type, or operations found.
        var mayBeGraphQL: Bool
    }

    private func graphQLReadings(target: RequestTarget) -> Readings {
        var readings: [GraphQLReading] = []
        let lowerPath = target.path.lowercased()
        var mayBeGraphQL =
            lowerPath.containsBytes("graphql") || (contentType?.lowercased().containsBytes("graphql") ?? false)
        var queryIsKnown = true
        if let query = target.query {
            let reading = GraphQLRequestBody.read(parameters: URLQuery.parameters(query))
            readings.append(reading)
            if !target.queryIsStatic, reading != .notGraphQL || query.containsBytes("query=") {
                queryIsKnown = false
                mayBeGraphQL = true
            }
        }
        var httpBody: HTTPBody
        switch body {
        case .none: httpBody = .none
        case .text(let text, let isStatic): httpBody = isStatic ? .text(text) : .dynamic
        case .file(let file): httpBody = .file(file.text)
        case .unknown: httpBody = .dynamic
        }
        switch graphQLBody ?? body {
        case .none:
            return Readings(body: httpBody, readings: readings, bodyIsKnown: queryIsKnown, mayBeGraphQL: mayBeGraphQL)
        case .text(let text, let isStatic):
            let reading = GraphQLRequestBody.read(body: text, contentType: contentType, path: target.path)
            readings.append(reading)
            // A body with run-time parts that names a query may carry any GraphQL operation.
            if reading != .notGraphQL || (!isStatic && text.containsBytes("query")) { mayBeGraphQL = true }
            return Readings(
                body: httpBody, readings: readings, bodyIsKnown: isStatic && queryIsKnown, mayBeGraphQL: mayBeGraphQL)
        case .file, .unknown:
            return Readings(body: httpBody, readings: readings, bodyIsKnown: false, mayBeGraphQL: mayBeGraphQL)
        }
    }

    /// A body that is one run-time expansion (`"$PAYLOAD"`): nothing about it is known.
    private static func isWhollyDynamic(_ text: String) -> Bool {
        let trimmed = text.trimmingWhitespace
        return trimmed.hasPrefix("$") || trimmed.hasPrefix("`")
    }
}
