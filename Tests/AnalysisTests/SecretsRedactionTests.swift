import Testing

@testable import Analysis

@Suite struct SecretsRedactionTests {
    @Test func replacesEachCredentialWithItsRuleID() {
        var fake = SecretsFakes(seed: 11)
        let github = "ghp_" + fake.string(SecretsFakes.alphanumeric, 36)
        let password = fake.password()
        let text = "GITHUB_TOKEN=\(github)\nDATABASE_URL=postgres://app:\(password)@db:5432/app\nLOG_LEVEL=debug\n"
        #expect(
            SecretScanner().redact(text)
                == "GITHUB_TOKEN=[REDACTED:github-pat]\n"
                + "DATABASE_URL=postgres://app:[REDACTED:url-credentials]@db:5432/app\nLOG_LEVEL=debug\n")
    }

    @Test func leavesTextWithoutCredentialsAlone() {
        let text = "no secrets here: password: changeme, token: ${TOKEN} — ünïcödé ✓"
        #expect(SecretScanner().redact(text) == text)
    }

    @Test func aPrefixedTokenInAGenericAssignmentIsReportedOnceWithTheSpecificRule() {
        var fake = SecretsFakes(seed: 12)
        let token = "sk_live_" + fake.string(SecretsFakes.alphanumeric, 30)
        let matches = SecretScanner().scan("api_key = \"\(token)\"")
        #expect(matches.map(\.rule) == ["stripe-secret-key"])
        #expect(SecretScanner().redact("api_key = \"\(token)\"") == "api_key = \"[REDACTED:stripe-secret-key]\"")
    }

    @Test func aTokenAsAURLPasswordIsReportedWithTheTokenRule() {
        var fake = SecretsFakes(seed: 13)
        let token = "ghp_" + fake.string(SecretsFakes.alphanumeric, 36)
        #expect(
            SecretScanner().redact("git clone https://bot:\(token)@github.com/acme/x.git")
                == "git clone https://bot:[REDACTED:github-pat]@github.com/acme/x.git")
    }

    @Test func aJWTBehindBearerIsReportedAsAJWT() {
        var fake = SecretsFakes(seed: 14)
        let jwt = fake.jwt()
        #expect(SecretScanner().scan("Authorization: Bearer \(jwt)").map(\.rule) == ["jwt"])
    }

    @Test func overlappingMatchesAreMergedIntoOneReplacement() {
        var fake = SecretsFakes(seed: 15)
        let key = "AKIA" + fake.string(SecretsFakes.base32, 16)
        let text = "id=\(key) end"
        let scanner = SecretScanner()
        let matches = scanner.scan(text)
        #expect(matches.count == 1)
        // `withoutOverlaps` keeps the earlier, higher-priority match; the redactor merges whatever overlaps remain.
        let overlapping = [
            SecretMatch(rule: "a", range: 0..<10), SecretMatch(rule: "b", range: 5..<20),
            SecretMatch(rule: "c", range: 25..<30),
        ]
        #expect(SecretScanner.withoutOverlaps(overlapping, against: []).map(\.rule) == ["a", "c"])
        #expect(
            SecretScanner.withoutOverlaps(overlapping, against: [SecretMatch(rule: "k", range: 2..<3)]).map(\.rule)
                == ["b", "c"])
    }

    @Test func rangesAreUTF8ByteOffsetsAndRedactionKeepsTheTextAround() throws {
        var fake = SecretsFakes(seed: 16)
        let token = "npm_" + fake.string(SecretsFakes.alphanumeric, 36)
        let text = "Clé d’accès 🔑: «\(token)» — ne pas partager"
        let match = try #require(SecretScanner().scan(text).first)
        let prefix = "Clé d’accès 🔑: «"
        #expect(match.range == prefix.utf8.count..<(prefix.utf8.count + token.utf8.count))
        #expect(SecretScanner().redact(text) == "Clé d’accès 🔑: «[REDACTED:npm-token]» — ne pas partager")
    }

    @Test func aSecretNextToMultibyteCharactersIsStillBounded() {
        var fake = SecretsFakes(seed: 17)
        let token = "glpat-" + fake.string(SecretsFakes.base64URL, 20)
        #expect(SecretScanner().redact("日本\(token)語") == "日本[REDACTED:gitlab-pat]語")
    }

    @Test func nothingReturnedContainsTheSecret() {
        var fake = SecretsFakes(seed: 18)
        let token = "xoxb-" + fake.string(SecretsFakes.digits, 11) + "-" + fake.string(SecretsFakes.alphanumeric, 24)
        for match in SecretScanner().scan("SLACK=\(token)") {
            #expect(!match.rule.contains(token))
            #expect(!"\(match)".contains(token))
        }
        #expect(!SecretScanner().redact("SLACK=\(token)").contains(token))
    }

    @Test func redactsEveryCredentialOfTheRuleTable() {
        for example in SecretsRuleTests.positives() {
            let redacted = SecretScanner().redact(example.text)
            #expect(!redacted.contains(example.secret), "\(example.rule)")
            #expect(redacted.contains("[REDACTED:\(example.rule)]"), "\(example.rule)")
        }
    }

    @Test func anUnterminatedKeyBlockIsRedactedToTheEndOfItsBody() {
        var fake = SecretsFakes(seed: 19)
        let text = "$ head -5 id_rsa\n-----BEGIN RSA PRIVATE KEY-----\n\(fake.pemBody(lines: 3))\n"
        #expect(SecretScanner().redact(text) == "$ head -5 id_rsa\n[REDACTED:private-key]")
    }
}

@Suite struct SecretsScaleTests {
    /// A megabyte of realistic text with a credential every 4 KB: every one is found, in time linear in the size.
    @Test func scansAMegabyteWithSecretsThroughout() {
        var fake = SecretsFakes(seed: 20)
        var text = ""
        var tokens: [String] = []
        let filler = "let value = compute(index: i, offset: 42) // keep the cache warm; see README.md\n"
        while text.utf8.count < 1_000_000 {
            for _ in 0..<50 { text += filler }
            let token = "ghp_" + fake.string(SecretsFakes.alphanumeric, 36)
            tokens.append(token)
            text += "GITHUB_TOKEN=\(token)\n"
        }
        let clock = ContinuousClock()
        var matches: [SecretMatch] = []
        let elapsed = clock.measure { matches = SecretScanner().scan(text) }
        print("secrets: scanned \(text.utf8.count) bytes with \(tokens.count) tokens in \(elapsed)")
        #expect(matches.count == tokens.count)
        #expect(matches.allSatisfy { $0.rule == "github-pat" })
        #expect(elapsed < .seconds(10))
    }

    /// Inputs built to defeat look-arounds (256 KB each): repeated separators, prefixes, BEGIN lines and URL
    /// starts. Debug builds are slow; release timings are in docs/secrets.md.
    @Test(arguments: [
        "password=", "token:", "-----BEGIN RSA PRIVATE KEY-----\n", "a://", "eyJ", "AKIA", "--token ", "\"password\",",
        "<password>", "ghp_", "x=\"",
    ])
    func adversarialRepetitionStaysFast(_ unit: String) {
        let text = String(repeating: unit, count: 256 * 1024 / unit.utf8.count)
        let clock = ContinuousClock()
        let elapsed = clock.measure { _ = SecretScanner().redact(text) }
        print("secrets: \(unit.debugDescription) × \(text.utf8.count / unit.utf8.count) in \(elapsed)")
        #expect(elapsed < .seconds(5))
    }
}

@Suite struct SecretsAssignmentAPITests {
    @Test func anAssignmentsNameGivesItsValueContext() {
        var fake = SecretsFakes(seed: 21)
        let uuid = fake.uuid()
        #expect(SecretScanner().scan(uuid).isEmpty)
        let matches = SecretScanner().scan(assignmentOf: "RAILWAY_TOKEN", value: uuid)
        #expect(matches == [SecretMatch(rule: "railway-token", range: 0..<uuid.utf8.count)])
        #expect(SecretScanner().scan(assignmentOf: "RAILWAY_PROJECT_ID", value: uuid).isEmpty)
    }
}
