import Foundation
import Testing

@testable import Cedar

/// Data nested as deep as the JSON parser accepts, read, written, compared and evaluated on a 512 KB thread
/// stack: request contexts and entity attributes come from agents, and must never crash Warden.
@Suite struct DeepDataTests {
    static func nested(_ kind: String, depth: Int) -> String {
        switch kind {
        case "array": String(repeating: "[", count: depth) + "1" + String(repeating: "]", count: depth)
        default: String(repeating: "{\"a\":", count: depth) + "1" + String(repeating: "}", count: depth)
        }
    }

    /// The deepest value that fits in a context: the context object itself is one level.
    static func deepestContext(_ kind: String) -> String {
        let inner = nested(kind, depth: JSONParser.maximumDepth - 1)
        return "{\"a\": \(inner), \"b\": \(inner)}"
    }

    @Test(arguments: ["array", "record"]) func parsingTheDeepestDocumentFits(kind: String) {
        let text = Self.deepestContext(kind)
        let parsed = onSmallStack { (try? JSONParser.parse(text)) != nil }
        #expect(parsed)
    }

    @Test(arguments: ["array", "record"]) func readingWritingAndEvaluatingTheDeepestContextFits(kind: String) throws {
        let json = try JSONParser.parse(Self.deepestContext(kind))
        let policies = try PolicySet(
            parsing:
                "permit(principal, action, resource) when { context.a == context.b && [context.a].contains(context.b) };"
        )
        let outcome = onSmallStack { () -> String in
            do {
                let user = EntityUID(type: Name("User"), id: "alice")
                let request = try Request(principal: user, action: user, resource: user, contextJSON: json, schema: nil)
                let written = try ValueJSON.json(for: .record(request.context))
                let decision = Authorizer(policies).isAuthorized(request, entities: Entities()).decision
                return "\(decision) \(written == json)"
            } catch {
                return "\(error)"
            }
        }
        #expect(outcome == "allow true")
    }

    @Test(arguments: ["array", "record"]) func entityAttributesAsDeepAsJSONAllowsFit(kind: String) {
        let attribute = Self.nested(kind, depth: JSONParser.maximumDepth - 3)
        let text = #"[{"uid": {"type": "User", "id": "a"}, "attrs": {"x": \#(attribute)}, "parents": []}]"#
        let outcome = onSmallStack { () -> String in
            do {
                let entities = try Entities(json: text)
                let json = try entities.jsonValue()
                return "\(entities.entities.count) \(json.serialized().count > text.count / 2)"
            } catch {
                return "\(error)"
            }
        }
        #expect(outcome == "1 true")
    }

    @Test func deeperDocumentsAreRejected() {
        let text = Self.nested("array", depth: JSONParser.maximumDepth + 1)
        #expect(throws: Diagnostic.self) { try JSONParser.parse(text) }
        #expect((try? JSONParser.parse(Self.nested("array", depth: JSONParser.maximumDepth))) != nil)
    }

    /// Ways a policy's JSON can nest, each wrapping an expression once, with the JSON levels a wrap takes.
    static let policyShapes: [(name: String, levels: Int, wrap: @Sendable (String) -> String)] = [
        ("!", 2, { #"{"!": {"arg": \#($0)}}"# }),
        ("&&", 2, { #"{"&&": {"left": {"Value": true}, "right": \#($0)}}"# }),
        ("if", 2, { #"{"if-then-else": {"if": {"Value": true}, "then": \#($0), "else": {"Value": false}}}"# }),
        ("Set", 4, { #"{"contains": {"left": {"Set": [\#($0)]}, "right": {"Value": true}}}"# }),
        ("Record", 4, { #"{".": {"left": {"Record": {"a": \#($0)}}, "attr": "a"}}"# }),
        ("has", 4, { #"{"has": {"left": {"Record": {"a": \#($0)}}, "attr": "a"}}"# }),
        ("call", 4, { #"{"isEmpty": {"arg": {"Set": [\#($0)]}}}"# }),
    ]

    @Test(arguments: policyShapes.indices) func policiesInJSONAsDeepAsJSONAllowsFit(shape: Int) {
        var expr = #"{"Value": true}"#
        for _ in 0..<(JSONParser.maximumDepth - 8) / Self.policyShapes[shape].levels {
            expr = Self.policyShapes[shape].wrap(expr)
        }
        let text = #"""
            {"effect": "permit", "principal": {"op": "All"}, "action": {"op": "All"}, "resource": {"op": "All"},
             "conditions": [{"kind": "when", "body": \#(expr)}]}
            """#
        let outcome = onSmallStack { () -> String in
            do {
                let policy = try Policy(json: JSONParser.parse(text), id: "p")
                let user = EntityUID(type: Name("User"), id: "a")
                let request = Request(principal: user, action: user, resource: user)
                do throws(EvaluationError) {
                    return "\(try Evaluator(request: request, entities: Entities()).isSatisfied(policy))"
                } catch {
                    return "\(error.code)"
                }
            } catch {
                return "\(error)"
            }
        }
        #expect(outcome == "nesting too deep", "\(Self.policyShapes[shape].name)")
    }

    @Test(arguments: ["array", "record"]) func literalValuesInPolicyJSONAsDeepAsJSONAllowsFit(kind: String) {
        let value = Self.nested(kind, depth: JSONParser.maximumDepth - 8)
        let text = #"""
            {"effect": "permit", "principal": {"op": "All"}, "action": {"op": "All"}, "resource": {"op": "All"},
             "conditions": [{"kind": "when", "body": {"==": {"left": {"Value": \#(value)}, "right": {"Value": \#(value)}}}}]}
            """#
        let outcome = onSmallStack { () -> String in
            do {
                let policy = try Policy(json: JSONParser.parse(text), id: "p")
                let written = policy.jsonRepresentation().serialized()
                return "\(written.count > value.count)"
            } catch {
                return "\(error)"
            }
        }
        #expect(outcome == "true")
    }
}
