/// The concrete syntax of Cedar policies as `cedar format` sees it (Rust `cedar-policy-core`'s `cst`): every
/// level of the grammar is kept, with the tokens it spans, so the formatter can keep redundant parentheses,
/// literals as written, and the comments around each token.
enum Syntax {
    /// The first and last token (indices into the token list) a node spans.
    struct Span: Sendable {
        var first: Int
        var last: Int
    }

    final class PolicyNode {
        let span: Span
        let annotations: [AnnotationNode]
        /// The `permit` or `forbid` token.
        let effect: Int
        let variables: [VariableNode]
        let conditions: [ConditionNode]

        init(
            span: Span, annotations: [AnnotationNode], effect: Int, variables: [VariableNode],
            conditions: [ConditionNode]
        ) {
            self.span = span
            self.annotations = annotations
            self.effect = effect
            self.variables = variables
            self.conditions = conditions
        }
    }

    struct AnnotationNode {
        let span: Span
        let key: Int
        /// The string literal token, if the annotation has a value.
        let value: Int?
    }

    /// `principal`, `action` or `resource` in the scope, with its `is` and `==`/`in` constraints.
    struct VariableNode {
        let span: Span
        let variable: Int
        let entityType: AddNode?
        let constraint: (op: Int, rhs: ExprNode)?
    }

    struct ConditionNode {
        let span: Span
        /// The `when` or `unless` token.
        let keyword: Int
        let body: ExprNode?
    }

    final class ExprNode {
        enum Kind {
            case ifThenElse(ExprNode, ExprNode, ExprNode)
            case or(OrNode)
        }
        let span: Span
        let kind: Kind
        init(span: Span, kind: Kind) {
            self.span = span
            self.kind = kind
        }
    }

    final class OrNode {
        let span: Span
        let operands: [AndNode]
        init(span: Span, operands: [AndNode]) {
            self.span = span
            self.operands = operands
        }
    }

    final class AndNode {
        let span: Span
        let operands: [RelationNode]
        init(span: Span, operands: [RelationNode]) {
            self.span = span
            self.operands = operands
        }
    }

    final class RelationNode {
        enum Kind {
            /// An operand alone, or compared with another (`op` is the operator token).
            case common(AddNode, [(op: Int, AddNode)])
            case has(AddNode, field: AddNode)
            case like(AddNode, pattern: AddNode)
            case isIn(AddNode, type: AddNode, in: AddNode?)
        }
        let span: Span
        let kind: Kind
        init(span: Span, kind: Kind) {
            self.span = span
            self.kind = kind
        }
    }

    final class AddNode {
        let span: Span
        let initial: MultNode
        let rest: [(op: Int, MultNode)]
        init(span: Span, initial: MultNode, rest: [(op: Int, MultNode)]) {
            self.span = span
            self.initial = initial
            self.rest = rest
        }
    }

    final class MultNode {
        let span: Span
        let initial: UnaryNode
        let rest: [(op: Int, UnaryNode)]
        init(span: Span, initial: UnaryNode, rest: [(op: Int, UnaryNode)]) {
            self.span = span
            self.initial = initial
            self.rest = rest
        }
    }

    final class UnaryNode {
        let span: Span
        /// The `!` or `-` tokens before the operand.
        let operators: [Int]
        let member: MemberNode
        init(span: Span, operators: [Int], member: MemberNode) {
            self.span = span
            self.operators = operators
            self.member = member
        }
    }

    final class MemberNode {
        let span: Span
        let primary: PrimaryNode
        let accesses: [AccessNode]
        init(span: Span, primary: PrimaryNode, accesses: [AccessNode]) {
            self.span = span
            self.primary = primary
            self.accesses = accesses
        }
    }

    final class AccessNode {
        enum Kind {
            /// `.name`: the name token.
            case field(Int)
            case call([ExprNode])
            case index(ExprNode)
        }
        let span: Span
        let kind: Kind
        init(span: Span, kind: Kind) {
            self.span = span
            self.kind = kind
        }
    }

    /// `A::B::c`: the identifier tokens, the last being the name.
    struct NameNode {
        let span: Span
        let parts: [Int]
    }

    final class PrimaryNode {
        enum Kind {
            /// `true`, `false`, a number or a string: its token.
            case literal(Int)
            case slot(Int)
            case name(NameNode)
            /// `Type::"id"`: the type name and the string token.
            case entity(NameNode, id: Int)
            case parenthesized(ExprNode)
            case list([ExprNode])
            case record([(key: ExprNode, value: ExprNode)])
        }
        let span: Span
        let kind: Kind
        init(span: Span, kind: Kind) {
            self.span = span
            self.kind = kind
        }
    }
}
