import Cedar
import Testing

@testable import Analysis

/// Loading packs: every kind of mistake in a pack is reported with what is wrong and where.
@Suite struct ClassificationLoaderTests {
    /// A minimal valid rule, with `rule` spliced in place of the default body.
    static func pack(rules: String) -> String {
        """
        {
          "pack": "test",
          "rules": [
        \(rules)
          ]
        }
        """
    }

    static let validRule = """
            {
              "id": "acme.deploy.prod",
              "category": "paas",
              "flags": ["destructive"],
              "message": "deploys to production",
              "alternative": "deploy to staging",
              "match": {"action": "shell.exec", "program": "acme", "subcommand": "deploy prod"}
            }
        """

    /// The first problem loading `json` (from file `test.json`).
    static func problem(_ json: String) -> Diagnostic? {
        do {
            _ = try RulePack.load(json: json, file: "test.json")
            return nil
        } catch {
            return error
        }
    }

    static func place(_ diagnostic: Diagnostic?) -> String { diagnostic?.span?.description ?? "nowhere" }

    @Test func aValidPackLoadsAndClassifies() throws {
        let pack = try RulePack.load(json: Self.pack(rules: Self.validRule), file: "test.json")
        #expect(pack.name == "test")
        #expect(pack.rules.map(\.id) == ["acme.deploy.prod"])
        let classifier = Classifier(packs: [pack])
        let deploy = Action.exec(CommandInvocation(words: ["acme", "deploy", "prod"].map { ShellWord($0) }))
        let findings = classifier.findings(for: deploy, at: 3)
        #expect(findings.map(\.rule) == ["acme.deploy.prod"])
        #expect(findings.first?.actionIndex == 3)
        #expect(findings.first?.flags == [.destructive])
        let staging = Action.exec(CommandInvocation(words: ["acme", "deploy", "staging"].map { ShellWord($0) }))
        #expect(classifier.findings(for: staging, at: 0).isEmpty)
    }

    @Test func invalidJSONIsReportedByTheJSONParserWithItsPosition() {
        let diagnostic = Self.problem("{\n  \"pack\": \"x\",\n  \"rules\": [,]\n}")
        #expect(diagnostic?.message.hasPrefix("invalid JSON") == true)
        #expect(Self.place(diagnostic) == "test.json:3:13")
    }

    @Test func unknownKeysPointAtTheKey() {
        let rule = Self.validRule.replacingOccurrences(of: "\"flags\":", with: "\"flag\": [], \"flags\":")
        let diagnostic = Self.problem(Self.pack(rules: rule))
        #expect(diagnostic?.message == "in `rules[0].flag`: unknown key `flag` in a rule")
        #expect(diagnostic?.help?.contains("`flags`") == true)
        #expect(Self.place(diagnostic) == "test.json:7:7")
    }

    @Test func unknownKeysInAConditionNameTheActionKind() {
        let rule = Self.validRule.replacingOccurrences(of: "\"subcommand\"", with: "\"host\"")
        let diagnostic = Self.problem(Self.pack(rules: rule))
        #expect(diagnostic?.message == "in `rules[0].match.host`: unknown key `host` in a shell.exec condition")
        #expect(Self.place(diagnostic) == "test.json:10:60")
    }

    @Test func wrongTypesSayWhatWasExpectedAndFound() {
        let rule = Self.validRule.replacingOccurrences(of: "\"program\": \"acme\"", with: "\"program\": 42")
        let diagnostic = Self.problem(Self.pack(rules: rule))
        #expect(
            diagnostic?.message
                == "in `rules[0].match.program`: expected program names (a string or a list of strings), found the number 42"
        )
        #expect(Self.place(diagnostic) == "test.json:10:52")
    }

    @Test func unknownFlagsAreRejected() {
        let rule = Self.validRule.replacingOccurrences(
            of: "[\"destructive\"]", with: "[\"destructive\", \"dangerous\"]")
        let diagnostic = Self.problem(Self.pack(rules: rule))
        #expect(diagnostic?.message == "in `rules[0].flags[1]`: unknown flag `dangerous`")
        #expect(diagnostic?.help == "the flags are `destructive` and `irreversible`")
        #expect(Self.place(diagnostic) == "test.json:7:32")
    }

    @Test func opaqueIsNotARuleVerdict() {
        let rule = Self.validRule.replacingOccurrences(of: "[\"destructive\"]", with: "[\"opaque\"]")
        let diagnostic = Self.problem(Self.pack(rules: rule))
        #expect(diagnostic?.message.contains("`opaque` is not a rule's verdict") == true)
    }

    @Test func duplicateIDsPointAtTheSecond() {
        let diagnostic = Self.problem(Self.pack(rules: Self.validRule + ",\n" + Self.validRule))
        #expect(
            diagnostic?.message == "in `rules[1].id`: duplicate rule id `acme.deploy.prod` (first used by rules[0])")
        #expect(Self.place(diagnostic) == "test.json:13:13")
    }

    @Test func emptyMessagesAndAlternativesAreRejected() {
        let noMessage = Self.validRule.replacingOccurrences(of: "\"deploys to production\"", with: "\"  \"")
        #expect(Self.problem(Self.pack(rules: noMessage))?.message == "in `rules[0].message`: the message is empty")
        let noAlternative = Self.validRule.replacingOccurrences(of: "\"deploy to staging\"", with: "\"\"")
        let diagnostic = Self.problem(Self.pack(rules: noAlternative))
        #expect(diagnostic?.message == "in `rules[0].alternative`: the alternative is empty")
        #expect(Self.place(diagnostic) == "test.json:9:22")
        let twoLines = Self.validRule.replacingOccurrences(of: "\"deploys to production\"", with: "\"a\\nb\"")
        #expect(
            Self.problem(Self.pack(rules: twoLines))?.message == "in `rules[0].message`: the message must be one line")
    }

    @Test func missingFieldsAreNamed() {
        let rule = Self.validRule.replacingOccurrences(of: "\"alternative\": \"deploy to staging\",", with: "")
        let diagnostic = Self.problem(Self.pack(rules: rule))
        #expect(diagnostic?.message == "in `rules[0]`: missing `alternative`: one line with a safer way")
        #expect(Self.place(diagnostic) == "test.json:4:5")
        #expect(Self.problem("{\"rules\": []}")?.message == "in `the top level`: missing `pack`: the pack's name")
    }

    @Test func badGlobsAreRejected() {
        let classes = Self.validRule.replacingOccurrences(
            of: "\"subcommand\": \"deploy prod\"", with: "\"operand\": \"prod-[0-9]\"")
        let diagnostic = Self.problem(Self.pack(rules: classes))
        #expect(
            diagnostic?.message
                == "in `rules[0].match.operand`: bad glob `prod-[0-9]`: character classes (`[…]`) are not supported")
        let doubleStar = """
                {
                  "id": "acme.files", "category": "filesystem", "flags": [], "message": "m", "alternative": "a",
                  "match": {"action": "file.delete", "path": ["/srv/**", "/etc/**conf"]}
                }
            """
        let pathDiagnostic = Self.problem(Self.pack(rules: doubleStar))
        #expect(
            pathDiagnostic?.message
                == "in `rules[0].match.path[1]`: bad glob `/etc/**conf`: `**` must be a whole path segment (`/etc/**`, `**/.git`)"
        )
        #expect(Self.place(pathDiagnostic) == "test.json:6:62")
    }

    @Test func unknownActionKindsListTheKinds() {
        let rule = Self.validRule.replacingOccurrences(of: "\"shell.exec\"", with: "\"shell.run\"")
        let diagnostic = Self.problem(Self.pack(rules: rule))
        #expect(diagnostic?.message == "in `rules[0].match.action`: unknown action kind `shell.run`")
        #expect(diagnostic?.help?.contains("`http.request`") == true)
    }

    @Test func programsAreBasenamesAndFlagsStartWithADash() {
        let path = Self.validRule.replacingOccurrences(
            of: "\"program\": \"acme\"", with: "\"program\": \"/usr/bin/acme\"")
        #expect(Self.problem(Self.pack(rules: path))?.message.contains("rules name programs by their basename") == true)
        let flag = Self.validRule.replacingOccurrences(
            of: "\"subcommand\": \"deploy prod\"", with: "\"flags\": {\"any\": [\"force\"]}")
        #expect(
            Self.problem(Self.pack(rules: flag))?.message
                == "in `rules[0].match.flags.any`: flag `force` does not start with `-`")
    }

    @Test func execConditionsNeedAProgram() {
        let rule = Self.validRule.replacingOccurrences(of: "\"program\": \"acme\", ", with: "")
        #expect(
            Self.problem(Self.pack(rules: rule))?.message
                == "in `rules[0].match`: missing `program`: the programs (basenames) the condition applies to")
    }

    @Test func badIDsAndCategoriesAreRejected() {
        let id = Self.validRule.replacingOccurrences(of: "acme.deploy.prod", with: "Acme..Deploy")
        #expect(
            Self.problem(Self.pack(rules: id))?.message.hasPrefix("in `rules[0].id`: bad rule id `Acme..Deploy`")
                == true)
        let category = Self.validRule.replacingOccurrences(of: "\"paas\"", with: "\"Pa As\"")
        #expect(
            Self.problem(Self.pack(rules: category))?.message.hasPrefix("in `rules[0].category`: bad category") == true)
    }

    @Test func exceptionsTakeTheRulesActionKind() {
        let withAction = Self.validRule.replacingOccurrences(
            of: "\"subcommand\": \"deploy prod\"}",
            with: "\"subcommand\": \"deploy prod\"}, \"unless\": [{\"action\": \"http.request\", \"method\": \"GET\"}]")
        #expect(
            Self.problem(Self.pack(rules: withAction))?.message
                == "in `rules[0].unless[0].action`: an exception must test one kind of action the rule's `match` tests")
        let wrongKey = Self.validRule.replacingOccurrences(
            of: "\"subcommand\": \"deploy prod\"}",
            with: "\"subcommand\": \"deploy prod\"}, \"unless\": {\"method\": \"GET\"}")
        #expect(
            Self.problem(Self.pack(rules: wrongKey))?.message
                == "in `rules[0].unless.method`: unknown key `method` in an exception on shell.exec")
    }

    @Test func mixedRulesNeedTheActionInEachException() {
        let rule = """
                {
                  "id": "acme.mixed", "category": "filesystem", "flags": [], "message": "m", "alternative": "a",
                  "match": [{"action": "file.delete", "path": "/srv"}, {"action": "shell.exec", "program": "wipe"}],
                  "unless": [{"flags": ["-n"]}]
                }
            """
        #expect(
            Self.problem(Self.pack(rules: rule))?.message
                == "in `rules[0].unless[0]`: this rule tests several kinds of actions: say which one the exception is for with `action`"
        )
        let fixed = rule.replacingOccurrences(
            of: "{\"flags\": [\"-n\"]}", with: "{\"action\": \"shell.exec\", \"flags\": [\"-n\"]}")
        #expect(Self.problem(Self.pack(rules: fixed)) == nil)
    }

    @Test func everyProblemIsListedAndTheFirstSaysHowManyMore() {
        let rule = Self.validRule
            .replacingOccurrences(of: "[\"destructive\"]", with: "[\"bad\"]")
            .replacingOccurrences(of: "\"deploy to staging\"", with: "\"\"")
        let json = Self.pack(rules: rule)
        let problems = RulePack.problems(json: json, file: "test.json")
        #expect(
            problems.map(\.message) == [
                "in `rules[0].flags[0]`: unknown flag `bad`", "in `rules[0].alternative`: the alternative is empty",
            ])
        #expect(Self.problem(json)?.help?.hasSuffix("(1 more problem in this pack)") == true)
        #expect(problems.first?.rendered(source: json).contains("^") == true)
    }

    @Test func programSyntaxIsChecked() {
        let json = """
            {"pack": "p", "programs": {"acme": {"optionsWithValue": ["-C", "region"], "clusters": true}}, "rules": []}
            """
        let messages = RulePack.problems(json: json).map(\.message)
        #expect(
            messages == [
                "in `programs.acme.clusters`: unknown key `clusters` in a program",
                "in `programs.acme.optionsWithValue[1]`: option `region` does not start with `-`",
            ])
    }

    @Test func exceptionsReadTheCommandAsTheConditionDid() {
        let rule = Self.validRule.replacingOccurrences(
            of: "\"subcommand\": \"deploy prod\"}",
            with: "\"subcommand\": \"deploy prod\"}, \"unless\": {\"optionsWithValue\": [\"-x\"]}")
        #expect(
            Self.problem(Self.pack(rules: rule))?.message
                == "in `rules[0].unless.optionsWithValue`: unknown key `optionsWithValue` in an exception on shell.exec"
        )
    }

    @Test func aPackWithThousandsOfMistakesReportsTheFirstHundred() {
        let bad = Array(repeating: "{\"id\": 1}", count: 2_000).joined(separator: ",")
        #expect(RulePack.problems(json: Self.pack(rules: bad)).count == 100)
    }
}
