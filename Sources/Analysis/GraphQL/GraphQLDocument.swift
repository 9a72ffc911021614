/// What Warden needs of an executable GraphQL document: its operations and the root-level selections of its
/// fragments, so spreads at an operation's root can be expanded.
struct GraphQLDocument: Hashable, Sendable {
    /// A selection at the root of an operation or fragment, before fragments are expanded.
    enum RootSelection: Hashable, Sendable {
        /// A field, by name (never by alias).
        case field(String)
        /// `...Name`
        case fragmentSpread(String)
        /// `... on Type { … }` or `... @dir { … }`: its selections are on the same (root) object.
        case inlineFragment([RootSelection])
    }

    struct Operation: Hashable, Sendable {
        var type: String
        var name: String?
        var selections: [RootSelection]
    }

    var operations: [Operation] = []
    var fragments: [String: [RootSelection]] = [:]

    /// Most fragments followed from one root (a bound on expansion work, not a GraphQL rule).
    static let maximumFragmentExpansion = 256

    /// The operations with their root fields, fragments expanded (each fragment once per operation).
    func resolvedOperations() throws(GraphQLSyntaxError) -> [GraphQLOperation] {
        var result: [GraphQLOperation] = []
        for operation in operations {
            var fields: [String] = []
            var seen: Set<String> = []
            var expandedFragments: Set<String> = []
            var work = 0
            try collect(operation.selections, into: &fields, seen: &seen, expanded: &expandedFragments, work: &work)
            result.append(GraphQLOperation(type: operation.type, name: operation.name, rootFields: fields))
        }
        return result
    }

    private func collect(
        _ selections: [RootSelection], into fields: inout [String], seen: inout Set<String>,
        expanded: inout Set<String>, work: inout Int
    ) throws(GraphQLSyntaxError) {
        // Iterative walk: inline fragments and spreads push their selections instead of recursing.
        var stack: [[RootSelection].SubSequence] = [selections[...]]
        while var top = stack.popLast() {
            guard let selection = top.popFirst() else { continue }
            stack.append(top)
            switch selection {
            case .field(let name):
                if seen.insert(name).inserted { fields.append(name) }
            case .inlineFragment(let inner):
                stack.append(inner[...])
            case .fragmentSpread(let name):
                guard let inner = fragments[name] else {
                    throw GraphQLSyntaxError("the fragment `\(name)` is not defined", at: 0)
                }
                // A fragment's fields are the same wherever it is spread: expanding it once is enough.
                guard expanded.insert(name).inserted else { continue }
                work += 1
                guard work <= Self.maximumFragmentExpansion else {
                    throw GraphQLSyntaxError("more than \(Self.maximumFragmentExpansion) fragments spread", at: 0)
                }
                stack.append(inner[...])
            }
        }
    }
}
