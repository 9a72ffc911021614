/// Reads an executable GraphQL document (GraphQL spec, section 2): operations, fragments, selection sets,
/// arguments, variables, directives and values. Root-level selections are recorded; nested ones are read
/// and discarded. Nesting is bounded by `maximumDepth`; deeper documents are rejected, never guessed at.
struct GraphQLParser {
    /// Deepest nesting of selection sets, lists and input objects accepted.
    static let maximumDepth = 64

    private var lexer: GraphQLLexer
    private var token: GraphQLToken
    private var depth = 0

    private init(_ text: String) throws(GraphQLSyntaxError) {
        lexer = GraphQLLexer(text)
        token = GraphQLToken(kind: .end, start: 0, end: 0)
        token = try lexer.next()
    }

    /// Parses a whole document. Type-system definitions (`type`, `schema`, …) are not executable and rejected.
    static func parse(_ text: String) throws(GraphQLSyntaxError) -> GraphQLDocument {
        var parser = try GraphQLParser(text)
        var document = GraphQLDocument()
        guard parser.token.kind != .end else { throw GraphQLSyntaxError("an empty GraphQL document", at: 0) }
        while parser.token.kind != .end {
            try parser.parseDefinition(into: &document)
        }
        guard !document.operations.isEmpty else {
            throw GraphQLSyntaxError("a GraphQL document without operations", at: 0)
        }
        return document
    }

    /// Parses `text` and resolves its operations' root fields.
    static func operations(in text: String) throws(GraphQLSyntaxError) -> [GraphQLOperation] {
        try parse(text).resolvedOperations()
    }

    // MARK: Definitions

    private mutating func parseDefinition(into document: inout GraphQLDocument) throws(GraphQLSyntaxError) {
        if token.isPunctuator("{") {
            let selections = try parseSelectionSet(recording: true)
            document.operations.append(.init(type: "query", name: nil, selections: selections))
            return
        }
        guard token.kind == .name else { throw error("expected an operation or a fragment") }
        let keyword = lexer.text(of: token)
        switch keyword {
        case "query", "mutation", "subscription":
            try advance()
            var name: String?
            if token.kind == .name {
                name = lexer.text(of: token)
                try advance()
            }
            if token.isPunctuator("(") { try parseVariableDefinitions() }
            try parseDirectives()
            let selections = try parseSelectionSet(recording: true)
            document.operations.append(.init(type: keyword, name: name, selections: selections))
        case "fragment":
            try advance()
            let name = try expectName()
            guard name != "on" else { throw error("a fragment cannot be named `on`") }
            try expectKeyword("on")
            _ = try expectName()
            try parseDirectives()
            let selections = try parseSelectionSet(recording: true)
            guard document.fragments[name] == nil else { throw error("the fragment `\(name)` is defined twice") }
            document.fragments[name] = selections
        default:
            throw error("`\(keyword)` does not start an executable definition")
        }
    }

    private mutating func parseVariableDefinitions() throws(GraphQLSyntaxError) {
        try expect("(")
        repeat {
            try expect("$")
            _ = try expectName()
            try expect(":")
            try parseType()
            if token.isPunctuator("=") {
                try advance()
                try parseValue()
            }
            try parseDirectives()
        } while !token.isPunctuator(")")
        try advance()
    }

    private mutating func parseType() throws(GraphQLSyntaxError) {
        if token.isPunctuator("[") {
            try enter()
            try advance()
            try parseType()
            try expect("]")
            depth -= 1
        } else {
            _ = try expectName()
        }
        if token.isPunctuator("!") { try advance() }
    }

    // MARK: Selections

    /// Parses `{ … }`. When `recording`, returns the selections at this level; nested levels are discarded.
    private mutating func parseSelectionSet(recording: Bool) throws(GraphQLSyntaxError) -> [GraphQLDocument
        .RootSelection]
    {
        try enter()
        defer { depth -= 1 }
        try expect("{")
        var selections: [GraphQLDocument.RootSelection] = []
        repeat {
            if token.kind == .spread {
                try advance()
                if token.kind == .name, lexer.text(of: token) != "on" {
                    let name = lexer.text(of: token)
                    try advance()
                    try parseDirectives()
                    if recording { selections.append(.fragmentSpread(name)) }
                } else {
                    if token.kind == .name {  // `on Type`
                        try advance()
                        _ = try expectName()
                    }
                    try parseDirectives()
                    let inner = try parseSelectionSet(recording: recording)
                    if recording { selections.append(.inlineFragment(inner)) }
                }
                continue
            }
            var name = try expectName()
            if token.isPunctuator(":") {  // `alias: field`
                try advance()
                name = try expectName()
            }
            if token.isPunctuator("(") { try parseArguments() }
            try parseDirectives()
            if token.isPunctuator("{") { _ = try parseSelectionSet(recording: false) }
            if recording { selections.append(.field(name)) }
        } while !token.isPunctuator("}")
        try advance()
        return selections
    }

    private mutating func parseArguments() throws(GraphQLSyntaxError) {
        try expect("(")
        repeat {
            _ = try expectName()
            try expect(":")
            try parseValue()
        } while !token.isPunctuator(")")
        try advance()
    }

    private mutating func parseDirectives() throws(GraphQLSyntaxError) {
        while token.isPunctuator("@") {
            try advance()
            _ = try expectName()
            if token.isPunctuator("(") { try parseArguments() }
        }
    }

    private mutating func parseValue() throws(GraphQLSyntaxError) {
        switch token.kind {
        case .number, .string, .name:
            try advance()
        case .punctuator(UInt8(ascii: "$")):
            try advance()
            _ = try expectName()
        case .punctuator(UInt8(ascii: "[")):
            try enter()
            try advance()
            while !token.isPunctuator("]") {
                guard token.kind != .end else { throw error("an unterminated list") }
                try parseValue()
            }
            try advance()
            depth -= 1
        case .punctuator(UInt8(ascii: "{")):
            try enter()
            try advance()
            while !token.isPunctuator("}") {
                _ = try expectName()
                try expect(":")
                try parseValue()
            }
            try advance()
            depth -= 1
        default:
            throw error("expected a value")
        }
    }

    // MARK: Tokens

    private mutating func enter() throws(GraphQLSyntaxError) {
        depth += 1
        guard depth <= Self.maximumDepth else { throw error("nested more than \(Self.maximumDepth) levels deep") }
    }

    private mutating func advance() throws(GraphQLSyntaxError) { token = try lexer.next() }

    private mutating func expect(_ punctuator: Unicode.Scalar) throws(GraphQLSyntaxError) {
        guard token.isPunctuator(punctuator) else { throw error("expected `\(punctuator)`") }
        try advance()
    }

    private mutating func expectName() throws(GraphQLSyntaxError) -> String {
        guard token.kind == .name else { throw error("expected a name") }
        let name = lexer.text(of: token)
        try advance()
        return name
    }

    private mutating func expectKeyword(_ keyword: String) throws(GraphQLSyntaxError) {
        guard token.kind == .name, lexer.text(of: token) == keyword else { throw error("expected `\(keyword)`") }
        try advance()
    }

    private func error(_ message: String) -> GraphQLSyntaxError {
        GraphQLSyntaxError(token.kind == .end ? "\(message), found the end of the document" : message, at: token.start)
    }
}
