/// Why evaluating an expression failed. A policy whose condition errors is skipped by the authorizer
/// and reported among the response's errors.
public struct EvaluationError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The kind of failure; a struct, so that kinds can be added without breaking exhaustive switches.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private enum Base: String, Hashable, Sendable {
            case typeMismatch = "type error"
            case entityNotFound = "entity does not exist"
            case attributeNotFound = "attribute not found"
            case tagNotFound = "tag not found"
            case overflow = "integer overflow"
            case extensionError = "extension function error"
            case unlinkedSlot = "unlinked template slot"
            case nestingTooDeep = "nesting too deep"
        }

        private let base: Base
        private init(_ base: Base) { self.base = base }

        /// An operand had the wrong type.
        public static let typeMismatch = Code(.typeMismatch)
        /// An entity was dereferenced but is not in the entity store.
        public static let entityNotFound = Code(.entityNotFound)
        /// A record or entity lacks the attribute that was read.
        public static let attributeNotFound = Code(.attributeNotFound)
        /// An entity lacks the tag that was read.
        public static let tagNotFound = Code(.tagNotFound)
        /// 64-bit integer arithmetic overflowed.
        public static let overflow = Code(.overflow)
        /// An extension constructor or method rejected its input (`decimal("x")`, wrong arity, …).
        public static let extensionError = Code(.extensionError)
        /// A template slot was evaluated without a link.
        public static let unlinkedSlot = Code(.unlinkedSlot)
        /// The expression nests deeper than the evaluator allows.
        public static let nestingTooDeep = Code(.nestingTooDeep)

        public var description: String { base.rawValue }
    }

    /// The kind of failure.
    public var code: Code
    /// What went wrong, worded as Rust Cedar words it.
    public var message: String
    /// Where in the policy the failing expression was written, when known.
    public var span: SourceSpan?

    /// An error of kind `code`, without a location by default.
    public init(_ code: Code, _ message: String, span: SourceSpan? = nil) {
        self.code = code
        self.message = message
        self.span = span
    }

    public var description: String { message }
}
