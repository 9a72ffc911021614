import Foundation
import Testing

@testable import Analysis

/// The shipped packs against the fixture cases in `Fixtures/classification/*.cases`.
@Suite struct ClassificationPackTests {
    static let classifier = Classifier()

    @Test(arguments: ClassificationCase.all)
    func fixtureCase(_ example: ClassificationCase) {
        let rules = Self.classifier.findings(for: example.action, at: 0).map(\.rule)
        switch example.expectation {
        case .matches(let rule):
            #expect(rules.contains(rule), "\(example) gave \(rules)")
        case .doesNotMatch(let rule):
            #expect(!rules.contains(rule), "\(example) gave \(rules)")
        case .nothing:
            #expect(rules.isEmpty, "\(example) gave \(rules)")
        }
    }

    @Test func fixturesAreFound() {
        #expect(ClassificationCase.all.count > 100)
    }

    @Test func everyShippedRuleHasAPositiveCase() {
        var covered = Set<String>()
        for example in ClassificationCase.all {
            if case .matches(let rule) = example.expectation { covered.insert(rule) }
        }
        let missing = RulePack.builtIn.flatMap(\.rules).map(\.id).filter { !covered.contains($0) }
        #expect(missing.isEmpty, "rules without a positive case: \(missing)")
    }

    @Test func fixturesNameOnlyShippedRules() {
        let ids = Set(RulePack.builtIn.flatMap(\.rules).map(\.id))
        for example in ClassificationCase.all {
            switch example.expectation {
            case .matches(let rule), .doesNotMatch(let rule):
                #expect(ids.contains(rule), "\(example) names an unknown rule")
            case .nothing: break
            }
        }
    }

    @Test func shippedRuleIDsAreUniqueAcrossPacks() {
        var seen: [String: String] = [:]
        for pack in RulePack.builtIn {
            for rule in pack.rules {
                #expect(seen[rule.id] == nil, "\(rule.id) is in \(seen[rule.id] ?? "") and \(pack.name)")
                seen[rule.id] = pack.name
            }
        }
    }

    @Test func shippedRulesSayWhatAndWhatInstead() {
        for rule in RulePack.builtIn.flatMap(\.rules) {
            #expect(!rule.message.isEmpty && !rule.alternative.isEmpty, "\(rule.id)")
            #expect(rule.message != rule.alternative, "\(rule.id)")
            #expect(rule.id.split(separator: ".").count >= 2, "\(rule.id) should be dotted")
        }
    }

    @Test func shippedPacksLoadWithoutProblems() {
        for source in RulePack.builtInJSON {
            #expect(RulePack.problems(json: source.json, file: source.name).isEmpty, "\(source.name)")
        }
        #expect(RulePack.builtIn.map(\.name) == RulePack.builtInJSON.map(\.name))
    }

    @Test func eachShippedPackDeclaresWhatItAppliesTo() throws {
        for pack in BuiltInPack.allCases {
            let read = try RulePack.load(json: pack.json, file: pack.rawValue)
            #expect(pack.scope == read.scope, "\(pack.rawValue): update its `scope` to \(read.scope)")
        }
    }

    @Test func builtInPacksAreReadOnlyWhenAsked() {
        #expect(RulePack.builtIn.map(\.storage) == BuiltInPack.allCases.map { .builtIn($0) })
        #expect(RulePack.builtIn.first { $0.name == "git" }?.rules.isEmpty == false)
    }

    /// The lazily read built-in packs classify exactly like the same packs loaded up front.
    @Test func lazyBuiltInPacksClassifyLikeLoadedOnes() throws {
        let loaded = try RulePack.builtInJSON.map { try RulePack.load(json: $0.json, file: $0.name) }
        let eager = Classifier(packs: loaded)
        for example in ClassificationCase.all {
            #expect(
                eager.findings(for: example.action, at: 0) == Self.classifier.findings(for: example.action, at: 0),
                "\(example)")
        }
    }

    @Test func shippedCategoriesAreTheProjectCategories() {
        let categories: Set = [
            "filesystem", "system", "git", "database", "containers", "kubernetes", "infrastructure-as-code", "cloud",
            "paas", "github", "secret-manager", "http-api",
        ]
        for rule in RulePack.builtIn.flatMap(\.rules) {
            #expect(categories.contains(rule.category), "\(rule.id): \(rule.category)")
        }
    }

    static let documentation: String? = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        return try? String(contentsOf: root.appendingPathComponent("docs/rule-packs.md"), encoding: .utf8)
    }()

    @Test func theDocumentationListsEveryShippedRule() throws {
        let documentation = try #require(Self.documentation)
        for rule in RulePack.builtIn.flatMap(\.rules) {
            #expect(documentation.contains("| `\(rule.id)` |"), "docs/rule-packs.md does not list \(rule.id)")
        }
    }

    @Test func theDocumentationsExamplePackLoadsAndWorks() throws {
        let documentation = try #require(Self.documentation)
        let start = try #require(documentation.range(of: "```json\n"))
        let end = try #require(documentation.range(of: "```", range: start.upperBound..<documentation.endIndex))
        let pack = try RulePack.load(json: String(documentation[start.upperBound..<end.lowerBound]), file: "docs")
        let classifier = Classifier(packs: [pack])
        let deploy = Action.exec(
            CommandInvocation(words: ["acme", "-C", "svc", "deploy", "--env=prod"].map { ShellWord($0) }))
        #expect(classifier.findings(for: deploy, at: 0).map(\.rule) == ["acme.deploy.prod"])
        let canary = Action.exec(
            CommandInvocation(words: ["acme", "deploy", "-e", "prod", "--canary"].map { ShellWord($0) }))
        #expect(classifier.findings(for: canary, at: 0).isEmpty)
        let delete = Action.http(
            HTTPRequest(
                method: "DELETE", url: "https://admin.acme.internal/tenants/42", host: "admin.acme.internal",
                path: "/tenants/42", via: "curl"))
        #expect(classifier.findings(for: delete, at: 0).map(\.rule) == ["acme.admin.delete"])
    }
}
