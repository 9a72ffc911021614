import Foundation
import Testing

@testable import Cedar

/// A policy with a long `||` chain — a generated allow-list of commands, say — parsed, authorized and
/// validated on a 512 KB thread stack.
@Suite struct LongPolicyTests {
    static let alternatives = 400

    static let source = """
        permit(principal, action == Action::"run", resource) when {
            \((0..<alternatives).map { "context.command == \"cmd\($0)\"" }.joined(separator: " || "))
        };
        """

    static let schema = """
        entity User;
        action run appliesTo { principal: User, resource: User, context: { command: String } };
        """

    @Test func aLongAllowListIsAuthorizedAndValidated() throws {
        let source = Self.source
        let schemaText = Self.schema
        let outcome = onSmallStack { () -> String in
            do {
                let policies = try PolicySet(parsing: source)
                let user = EntityUID(type: Name("User"), id: "alice")
                let request = Request(
                    principal: user, action: EntityUID(type: Name("Action"), id: "run"), resource: user,
                    context: ["command": .string("cmd\(Self.alternatives - 1)")])
                let decision = Authorizer(policies).isAuthorized(request, entities: Entities()).decision
                let schema = try Schema(cedarSchema: schemaText)
                let validation = Validator(schema: schema).validate(policies)
                return "\(decision) \(validation.errors.count) \(validation.warnings.count)"
            } catch {
                return "\(error)"
            }
        }
        #expect(outcome == "allow 0 0")
    }
}
