import Foundation
import Testing

@testable import Cedar

/// Round-trips every policy of Cedar's conformance corpus through the JSON policy format:
/// text → AST → JSON → AST must give the original AST.
@Suite struct PolicyJSONCorpusTests {
    @Test func everyCorpusPolicyRoundTripsThroughJSON() throws {
        guard let handwritten = Corpus.handwrittenTests, let generated = Corpus.generatedTests else {
            Corpus.missing("policies")
            return
        }
        let files =
            Corpus.files(endingWith: ".cedar", under: handwritten)
            + Corpus.files(endingWith: ".cedar", under: generated)
        var policies = 0
        var failures: [String] = []
        for file in files {
            let source = try String(contentsOf: file, encoding: .utf8)
            guard let set = try? PolicySet(parsing: source, file: file.lastPathComponent) else { continue }
            for policy in set.policies + set.templates {
                policies += 1
                let text = policy.jsonRepresentation().serialized()
                do {
                    let back = try Policy(json: JSONParser.parse(text), id: policy.id)
                    if JSONComparable(back) != JSONComparable(policy) {
                        failures.append("\(file.lastPathComponent) \(policy.id): round trip differs\n\(text)")
                    }
                } catch {
                    failures.append("\(file.lastPathComponent) \(policy.id): \(error)\n\(text)")
                }
            }
            do {
                let back = try PolicySet(json: set.jsonRepresentation().serialized(pretty: true))
                if back.policies.map(JSONComparable.init) != set.policies.map(JSONComparable.init)
                    || back.templates.map(JSONComparable.init) != set.templates.map(JSONComparable.init)
                {
                    failures.append("\(file.lastPathComponent): policy set round trip differs")
                }
            } catch {
                failures.append("\(file.lastPathComponent): policy set: \(error)")
            }
        }
        print("round-tripped \(policies) corpus policies from \(files.count) files through JSON")
        #expect(policies > 7_000)
        #expect(failures.isEmpty, "\(failures.count) failures:\n\(failures.prefix(10).joined(separator: "\n"))")
    }
}

/// A policy without what the JSON format does not keep: source spans, annotation order and record field order
/// (Rust writes both sorted) and the difference between `action in [A]` and `action in A`.
private struct JSONComparable: Equatable {
    var policy: Policy

    init(_ policy: Policy) {
        var p = policy
        p.span = nil
        p.annotations = p.annotations.map { Annotation(key: $0.key, value: $0.value) }.sorted { $0.key < $1.key }
        if case .inList(let uids) = p.action, uids.count == 1 { p.action = .in(uids[0]) }
        p.conditions = p.conditions.map { Condition($0.kind, Self.sortingRecords($0.body)) }
        self.policy = p
    }

    static func sortingRecords(_ e: Expr) -> Expr {
        let s = sortingRecords
        switch e.kind {
        case .literal, .variable, .slot: return Expr(e.kind)
        case .not(let a): return Expr(.not(s(a)))
        case .negate(let a): return Expr(.negate(s(a)))
        case .binary(let op, let a, let b): return Expr(.binary(op, s(a), s(b)))
        case .and(let a, let b): return Expr(.and(s(a), s(b)))
        case .or(let a, let b): return Expr(.or(s(a), s(b)))
        case .ifThenElse(let c, let t, let f): return Expr(.ifThenElse(s(c), then: s(t), else: s(f)))
        case .getAttribute(let a, let n): return Expr(.getAttribute(s(a), n))
        case .hasAttribute(let a, let n): return Expr(.hasAttribute(s(a), n))
        case .like(let a, let p): return Expr(.like(s(a), p))
        case .isEntityType(let a, let t): return Expr(.isEntityType(s(a), t))
        case .set(let xs): return Expr(.set(xs.map(s)))
        case .record(let fields):
            let sorted = fields.map { (key: $0.key, value: s($0.value)) }
                .sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
            return Expr(.record(sorted))
        case .extensionCall(let n, let args, let m):
            return Expr(.extensionCall(name: n, arguments: args.map(s), isMethod: m))
        }
    }
}
