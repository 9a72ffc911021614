/// Reads the human-readable `.cedarschema` format into an `UnresolvedSchema`, following the grammar of
/// Rust Cedar 4.x (`cedar_schema/grammar.lalrpop`) and the checks of its conversion to the JSON form.
///
/// Syntax errors stop the parse at the first one; declaration problems (reserved or duplicate names, a bad
/// `appliesTo`) are all collected. Type nesting is bounded by `SchemaLimits.maximumTypeDepth`.
struct CedarSchemaParser {
    private let tokens: [CedarSchemaToken]
    private var index = 0
    private var depth = 0
    /// Problems found in well-formed syntax; reported together once parsing succeeds.
    private var problems: [Diagnostic] = []

    private init(tokens: [CedarSchemaToken]) { self.tokens = tokens }

    static func parse(_ source: String, file: String?) throws(Diagnostics) -> UnresolvedSchema {
        let tokens: [CedarSchemaToken]
        do { tokens = try CedarSchemaLexer.tokenize(source, file: file) } catch { throw Diagnostics([error]) }
        var parser = CedarSchemaParser(tokens: tokens)
        let schema: UnresolvedSchema
        do { schema = try parser.parseSchema() } catch { throw Diagnostics([error]) }
        if !parser.problems.isEmpty { throw Diagnostics(parser.problems) }
        return schema
    }

    // MARK: Token helpers

    private var current: CedarSchemaToken { tokens[index] }

    private func peekKind(_ ahead: Int = 1) -> CedarSchemaToken.Kind {
        index + ahead < tokens.count ? tokens[index + ahead].kind : .endOfInput
    }

    private func isKeyword(_ word: String) -> Bool { current.kind == .identifier(word) }

    private func isPunctuation(_ p: String) -> Bool { current.kind == .punctuation(p) }

    private mutating func advance() -> CedarSchemaToken {
        let token = current
        if index < tokens.count - 1 { index += 1 }
        return token
    }

    private func unexpected(_ expected: String) -> Diagnostic {
        let what = current.kind == .endOfInput ? "unexpected end of input" : "unexpected token \(current.display)"
        return Diagnostic("\(what); expected \(expected)", at: current.span)
    }

    private mutating func expectPunctuation(_ p: String, _ expected: String? = nil) throws(Diagnostic) {
        guard isPunctuation(p) else { throw unexpected(expected ?? "`\(p)`") }
        _ = advance()
    }

    private mutating func expectKeyword(_ word: String) throws(Diagnostic) {
        guard isKeyword(word) else { throw unexpected("`\(word)`") }
        _ = advance()
    }

    // MARK: Names

    /// Any identifier, keywords and reserved words included (annotation keys).
    private mutating func parseAnyIdentifier(_ expected: String) throws(Diagnostic) -> (String, SourceSpan) {
        guard case .identifier(let text) = current.kind else { throw unexpected(expected) }
        let span = advance().span
        return (text, span)
    }

    /// An identifier that is not reserved.
    private mutating func parseIdentifier(_ expected: String = "an identifier") throws(Diagnostic) -> (
        String, SourceSpan
    ) {
        let (text, span) = try parseAnyIdentifier(expected)
        if CedarIdentifier.reservedWords.contains(text) {
            throw Diagnostic("`\(text)` is a reserved identifier", at: span)
        }
        return (text, span)
    }

    /// A declared name (entity type, common type, namespace component): `__cedar` is reserved.
    private mutating func checkDeclaredName(_ text: String, at span: SourceSpan) {
        if text == "__cedar" {
            problems.append(Diagnostic("use of the reserved `__cedar` namespace", at: span))
        }
    }

    private mutating func parseStringLiteral() throws(Diagnostic) -> (String, SourceSpan) {
        guard case .string(let body) = current.kind else { throw unexpected("a string literal") }
        let span = advance().span
        guard let text = SchemaStringEscapes.unescape(body) else {
            throw Diagnostic("invalid escape sequence in string literal", at: span)
        }
        return (text, span)
    }

    /// `Name := IDENT | STR`
    private mutating func parseName(_ expected: String) throws(Diagnostic) -> (String, SourceSpan) {
        if case .string = current.kind { return try parseStringLiteral() }
        guard case .identifier = current.kind else { throw unexpected(expected) }
        return try parseIdentifier(expected)
    }

    /// `Path := IDENT {'::' IDENT}`
    private mutating func parsePath(_ expected: String = "a name") throws(Diagnostic) -> TypeReference {
        let (first, start) = try parseIdentifier(expected)
        var parts = [first]
        var end = start
        while isPunctuation("::") {
            _ = advance()
            let (next, span) = try parseIdentifier()
            parts.append(next)
            end = span
        }
        let basename = parts.removeLast()
        return TypeReference(
            name: Name(basename, namespace: parts), span: SourceSpan(file: start.file, start: start.start, end: end.end)
        )
    }

    // MARK: Annotations

    /// `{'@' AnyIdent ['(' STR ')']}`; accepted and ignored, but a key may not repeat.
    private mutating func parseAnnotations() throws(Diagnostic) {
        var seen: Set<String> = []
        while isPunctuation("@") {
            _ = advance()
            let (key, span) = try parseAnyIdentifier("an annotation name")
            if isPunctuation("(") {
                _ = advance()
                _ = try parseStringLiteral()
                try expectPunctuation(")")
            }
            if !seen.insert(key).inserted {
                throw Diagnostic("duplicate annotations: `\(key)`", at: span)
            }
        }
    }

    // MARK: Schema and namespaces

    private mutating func parseSchema() throws(Diagnostic) -> UnresolvedSchema {
        var unqualified = UnresolvedNamespace(path: [])
        var named: [UnresolvedNamespace] = []
        while current.kind != .endOfInput {
            try parseAnnotations()
            if isKeyword("namespace") {
                named.append(try parseNamespace())
            } else {
                try parseDeclaration(into: &unqualified, expected: "`namespace`, `entity`, `action`, `type` or `@`")
            }
        }
        var seen: [[String]: SourceSpan?] = [:]
        for namespace in named {
            if seen[namespace.path] != nil {
                problems.append(
                    Diagnostic(
                        "duplicate namespace id: `\(namespace.path.joined(separator: "::"))`", at: namespace.span,
                        help: "declare everything in a namespace in one `namespace` block"))
            } else {
                seen[namespace.path] = namespace.span
            }
        }
        for namespace in named + [unqualified] { checkDuplicates(in: namespace) }
        return UnresolvedSchema(namespaces: named + (isEmpty(unqualified) ? [] : [unqualified]))
    }

    private func isEmpty(_ n: UnresolvedNamespace) -> Bool {
        n.commonTypes.isEmpty && n.entityTypes.isEmpty && n.actions.isEmpty
    }

    private mutating func parseNamespace() throws(Diagnostic) -> UnresolvedNamespace {
        _ = advance()  // `namespace`
        let path = try parsePath("a namespace name")
        for part in path.name.namespace + [path.name.basename] {
            if part == "__cedar" {
                problems.append(Diagnostic("use of the reserved `__cedar` namespace", at: path.span))
                break
            }
        }
        var namespace = UnresolvedNamespace(path: path.name.namespace + [path.name.basename], span: path.span)
        try expectPunctuation("{")
        while !isPunctuation("}") {
            try parseAnnotations()
            try parseDeclaration(into: &namespace, expected: "`entity`, `action`, `type`, `@` or `}`")
        }
        _ = advance()  // `}`
        return namespace
    }

    private mutating func parseDeclaration(into namespace: inout UnresolvedNamespace, expected: String)
        throws(Diagnostic)
    {
        if isKeyword("entity") {
            namespace.entityTypes += try parseEntity()
        } else if isKeyword("action") {
            namespace.actions += try parseAction()
        } else if isKeyword("type") {
            namespace.commonTypes.append(try parseCommonType())
        } else {
            throw unexpected(expected)
        }
    }

    private mutating func checkDuplicates(in namespace: UnresolvedNamespace) {
        func report<S: Sequence>(_ items: S) where S.Element == (String, SourceSpan?) {
            var seen: Set<String> = []
            for (name, span) in items where !seen.insert(name).inserted {
                problems.append(Diagnostic("`\(name)` is declared twice", at: span))
            }
        }
        report(namespace.entityTypes.map { ($0.name, $0.span) })
        report(namespace.actions.map { ($0.name, $0.span) })
        report(namespace.commonTypes.map { ($0.name, $0.span) })
    }

    // MARK: Declarations

    /// `entity Idents ['in' EntTypes] [['='] '{' [AttrDecls] '}'] ['tags' Type] ';'`
    /// or `entity Idents 'enum' '[' STRs ']' ';'`
    private mutating func parseEntity() throws(Diagnostic) -> [UnresolvedEntityType] {
        _ = advance()  // `entity`
        var names: [(String, SourceSpan)] = []
        repeat {
            if !names.isEmpty { _ = advance() }  // `,`
            let (name, span) = try parseIdentifier("an entity type name")
            checkDeclaredName(name, at: span)
            names.append((name, span))
        } while isPunctuation(",")

        let kind: UnresolvedEntityType.Kind
        if isKeyword("enum") {
            _ = advance()
            try expectPunctuation("[")
            var choices: [String] = []
            repeat {
                if !choices.isEmpty { _ = advance() }  // `,`
                choices.append(try parseStringLiteral().0)
            } while isPunctuation(",")
            try expectPunctuation("]", "`,` or `]`")
            kind = .enumerated(choices)
        } else {
            var parents: [TypeReference] = []
            if isKeyword("in") {
                _ = advance()
                parents = try parseEntityTypeList()
            }
            var shape: [UnresolvedAttribute] = []
            if isPunctuation("=") {
                _ = advance()
                guard isPunctuation("{") else { throw unexpected("`{`") }
            }
            if isPunctuation("{") { shape = try parseRecordBody() }
            var tags: UnresolvedType?
            if isKeyword("tags") {
                _ = advance()
                tags = try parseType()
            }
            kind = .standard(memberOf: parents, shape: .record(shape), tags: tags)
        }
        try expectPunctuation(";", "`;`")
        return names.map { UnresolvedEntityType(name: $0.0, kind: kind, span: $0.1) }
    }

    /// `type Ident '=' Type ';'`
    private mutating func parseCommonType() throws(Diagnostic) -> UnresolvedCommonType {
        _ = advance()  // `type`
        let (name, span) = try parseIdentifier("a type name")
        checkDeclaredName(name, at: span)
        if SchemaNames.reservedCommonTypeNames.contains(name) {
            problems.append(Diagnostic("this uses a reserved schema keyword: `\(name)`", at: span))
        }
        try expectPunctuation("=")
        let type = try parseType()
        try expectPunctuation(";")
        return UnresolvedCommonType(name: name, type: type, span: span)
    }

    /// `action Names ['in' QualNameOrQualNames] ['appliesTo' '{' AppDecls '}'] ['attributes' '{' '}'] ';'`
    private mutating func parseAction() throws(Diagnostic) -> [UnresolvedAction] {
        _ = advance()  // `action`
        var names: [(String, SourceSpan)] = []
        repeat {
            if !names.isEmpty { _ = advance() }  // `,`
            names.append(try parseName("an action name"))
        } while isPunctuation(",")

        var parents: [ActionReference] = []
        if isKeyword("in") {
            _ = advance()
            if isPunctuation("[") {
                _ = advance()
                repeat {
                    if !parents.isEmpty { _ = advance() }  // `,`
                    parents.append(try parseActionReference())
                } while isPunctuation(",")
                try expectPunctuation("]", "`,` or `]`")
            } else {
                parents.append(try parseActionReference())
            }
        }
        var appliesTo: UnresolvedAction.AppliesTo?
        if isKeyword("appliesTo") {
            _ = advance()
            appliesTo = try parseAppliesTo(action: names[0])
        }
        if isKeyword("attributes") {
            _ = advance()
            try expectPunctuation("{")
            try expectPunctuation("}")
        }
        try expectPunctuation(";")
        return names.map { UnresolvedAction(name: $0.0, memberOf: parents, appliesTo: appliesTo, span: $0.1) }
    }

    /// `QualName := Name | Path '::' STR`
    private mutating func parseActionReference() throws(Diagnostic) -> ActionReference {
        if case .string = current.kind {
            let (id, span) = try parseStringLiteral()
            return ActionReference(type: nil, id: id, span: span)
        }
        let (first, start) = try parseIdentifier("an action name")
        var parts = [first]
        while isPunctuation("::") {
            _ = advance()
            if case .string = current.kind {
                let (id, end) = try parseStringLiteral()
                let type = Name(parts.removeLast(), namespace: parts)
                return ActionReference(
                    type: type, id: id, span: SourceSpan(file: start.file, start: start.start, end: end.end))
            }
            parts.append(try parseIdentifier("an identifier or a string literal").0)
        }
        guard parts.count == 1 else { throw unexpected("`::` followed by a string literal") }
        return ActionReference(type: nil, id: first, span: start)
    }

    /// The `{ principal: …, resource: …, context: … }` of an action, checked as Rust does.
    private mutating func parseAppliesTo(action: (String, SourceSpan)) throws(Diagnostic)
        -> UnresolvedAction.AppliesTo
    {
        try expectPunctuation("{")
        var principals: [TypeReference]?
        var resources: [TypeReference]?
        var context: UnresolvedType?
        let (name, nameSpan) = action
        var first = true
        repeat {
            if !first {
                _ = advance()  // `,`
                if isPunctuation("}") { break }
            }
            first = false
            let keywordSpan = current.span
            if isKeyword("principal") || isKeyword("resource") {
                let isPrincipal = isKeyword("principal")
                let word = isPrincipal ? "principal" : "resource"
                _ = advance()
                try expectPunctuation(":")
                let types = try parseEntityTypeList()
                if (isPrincipal ? principals : resources) != nil {
                    problems.append(
                        Diagnostic("duplicate `\(word)` declaration in action `\(name)`", at: keywordSpan))
                } else if types.isEmpty {
                    problems.append(
                        Diagnostic(
                            "for action `\(name)`, `\(word)` is `[]`, which is invalid", at: keywordSpan,
                            help: "an action must apply to at least one \(word) type; to apply to none, omit "
                                + "`appliesTo`"))
                }
                if isPrincipal { principals = principals ?? types } else { resources = resources ?? types }
            } else if isKeyword("context") {
                _ = advance()
                try expectPunctuation(":")
                let type: UnresolvedType
                if isPunctuation("{") {
                    type = .record(try parseRecordBody())
                } else {
                    type = .common(try parsePath("a common type name or `{`"))
                }
                if context != nil {
                    problems.append(Diagnostic("duplicate context declaration in action `\(name)`", at: keywordSpan))
                } else {
                    context = type
                }
            } else {
                throw unexpected("`principal`, `resource` or `context`")
            }
        } while isPunctuation(",")
        try expectPunctuation("}", "`,` or `}`")
        if resources == nil {
            problems.append(Diagnostic("missing `resource` declaration for `\(name)`", at: nameSpan))
        }
        if principals == nil {
            problems.append(Diagnostic("missing `principal` declaration for `\(name)`", at: nameSpan))
        }
        return UnresolvedAction.AppliesTo(
            principals: principals ?? [], resources: resources ?? [], context: context ?? .record([]))
    }

    /// `EntTypes := Path | '[' [Path {',' Path}] ']'`
    private mutating func parseEntityTypeList() throws(Diagnostic) -> [TypeReference] {
        guard isPunctuation("[") else { return [try parsePath("an entity type name or `[`")] }
        _ = advance()
        var types: [TypeReference] = []
        if !isPunctuation("]") {
            repeat {
                if !types.isEmpty { _ = advance() }  // `,`
                types.append(try parsePath("an entity type name"))
            } while isPunctuation(",")
        }
        try expectPunctuation("]", "`,` or `]`")
        return types
    }

    // MARK: Types

    /// `Type := Path | 'Set' '<' Type '>' | '{' [AttrDecls] '}'`
    private mutating func parseType() throws(Diagnostic) -> UnresolvedType {
        depth += 1
        defer { depth -= 1 }
        if depth > SchemaLimits.maximumTypeDepth {
            throw Diagnostic(
                "types are nested too deeply (more than \(SchemaLimits.maximumTypeDepth) levels)", at: current.span)
        }
        if isPunctuation("{") { return .record(try parseRecordBody()) }
        if isKeyword("Set"), peekKind() == .punctuation("<") {
            _ = advance()
            _ = advance()
            let element = try parseType()
            try expectPunctuation(">")
            return .set(element)
        }
        return .entityOrCommon(try parsePath("a type"))
    }

    /// `'{' [AttrDecls] '}'` where `AttrDecls := {Annotation} Name ['?'] ':' Type [',' [AttrDecls]]`
    private mutating func parseRecordBody() throws(Diagnostic) -> [UnresolvedAttribute] {
        try expectPunctuation("{")
        var attributes: [UnresolvedAttribute] = []
        while !isPunctuation("}") {
            try parseAnnotations()
            let (name, _) = try parseName("an attribute name or `}`")
            var isRequired = true
            if isPunctuation("?") {
                _ = advance()
                isRequired = false
            }
            try expectPunctuation(":", "`:` or `?`")
            attributes.append(UnresolvedAttribute(name: name, type: try parseType(), isRequired: isRequired))
            if isPunctuation(",") {
                _ = advance()
            } else if !isPunctuation("}") {
                throw unexpected("`,` or `}`")
            }
        }
        _ = advance()  // `}`
        return attributes
    }
}
