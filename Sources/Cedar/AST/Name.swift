/// A possibly namespaced Cedar name, such as `User`, `Photos::Album` or `decimal`.
///
/// Entity types, extension function names and schema type names are all `Name`s.
public struct Name: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The namespace components, outermost first (`["A", "B"]` for `A::B::C`).
    public var namespace: [String]
    /// The last component (`C` for `A::B::C`).
    public var basename: String

    /// The name `namespace::basename`; unqualified by default.
    public init(_ basename: String, namespace: [String] = []) {
        self.basename = basename
        self.namespace = namespace
    }

    /// Splits `A::B::C` on `::` without validating the identifiers.
    public init(qualified: String) {
        var parts: [String] = []
        var rest = Substring(qualified)
        while let range = rest.firstRange(of: "::") {
            parts.append(String(rest[..<range.lowerBound]))
            rest = rest[range.upperBound...]
        }
        self.init(String(rest), namespace: parts)
    }

    public var description: String {
        namespace.isEmpty ? basename : (namespace + [basename]).joined(separator: "::")
    }

    /// Whether this is the name of an action entity type (`Action` or `NS::Action`).
    public var isAction: Bool { basename == "Action" }

    /// This name prefixed by `namespace` when it is unqualified.
    public func qualified(by prefix: [String]) -> Name {
        namespace.isEmpty && !prefix.isEmpty ? Name(basename, namespace: prefix) : self
    }

    public static func < (lhs: Name, rhs: Name) -> Bool { lhs.description < rhs.description }
}
