import Testing

@testable import Analysis

/// One text with the one credential the scanner must find in it.
struct SecretCase: Sendable, CustomTestStringConvertible {
    var rule: String
    var text: String
    var secret: String
    var testDescription: String { "\(rule) in \(text.prefix(24).debugDescription)" }
}

/// Every rule, positive: the scanner reports the rule and exactly the credential's bytes.
@Suite struct SecretsRuleTests {
    static func positives() -> [SecretCase] {
        var fake = SecretsFakes()
        typealias F = SecretsFakes
        var cases: [SecretCase] = []
        func add(_ rule: String, _ secret: String, _ template: String) {
            cases.append(
                SecretCase(rule: rule, text: template.replacingOccurrences(of: "{S}", with: secret), secret: secret))
        }
        add("aws-access-key-id", "AKIA" + fake.string(F.base32, 16), "AWS_ACCESS_KEY_ID={S}")
        add("aws-access-key-id", "ASIA" + fake.string(F.base32, 16), "\"AccessKeyId\": \"{S}\",")
        add("aws-secret-access-key", fake.string(F.base64, 40), "aws_secret_access_key = {S}")
        add("aws-secret-access-key", fake.string(F.base64, 40), "export AWS_SECRET_ACCESS_KEY=\"{S}\"")
        add("aws-secret-access-key", fake.string(F.base64, 40), "{\"SecretAccessKey\": \"{S}\"}")
        add("github-pat", "ghp_" + fake.string(F.alphanumeric, 36), "GITHUB_TOKEN={S}")
        add("github-oauth-token", "gho_" + fake.string(F.alphanumeric, 36), "oauth_token: {S}")
        add("github-app-token", "ghu_" + fake.string(F.alphanumeric, 36), "token {S} expires soon")
        add("github-app-token", "ghs_" + fake.string(F.alphanumeric, 36), "https://x-access-token:{S}@github.com/a/b")
        add("github-refresh-token", "ghr_" + fake.string(F.alphanumeric, 36), "refresh={S}")
        add(
            "github-fine-grained-pat",
            "github_pat_" + fake.string(F.alphanumeric, 22) + "_" + fake.string(F.alphanumeric, 59), "GH_TOKEN={S}")
        add("gitlab-pat", "glpat-" + fake.string(F.base64URL, 20), "curl -H 'PRIVATE-TOKEN: {S}' https://gitlab.com")
        add("slack-bot-token", "xoxb-" + fake.string(F.digits, 11) + "-" + fake.string(F.alphanumeric, 24), "{S}")
        add("slack-user-token", "xoxp-" + fake.string(F.digits, 11) + "-" + fake.string(F.lowerHex, 32), "t={S}")
        add("slack-token", "xoxa-2-" + fake.string(F.alphanumeric, 30), "legacy: {S}")
        add("slack-app-token", "xapp-1-A" + fake.string(F.upper, 10) + "-" + fake.string(F.lowerHex, 40), "{S}")
        add(
            "slack-webhook-url",
            "hooks.slack.com/services/T" + fake.string(F.upper, 8) + "/B" + fake.string(F.upper, 10) + "/"
                + fake.string(F.alphanumeric, 24), "curl -d '{}' https://{S}")
        add("stripe-secret-key", "sk_live_" + fake.string(F.alphanumeric, 24), "Stripe.api_key = '{S}'")
        add("stripe-restricted-key", "rk_live_" + fake.string(F.alphanumeric, 99), "STRIPE_KEY={S}")
        add("stripe-test-key", "sk_" + "test_" + fake.string(F.alphanumeric, 24), "stripe('{S}')")
        add("gitlab-token", "glrt-" + fake.string(F.base64URL, 20), "gitlab-runner register --token {S}")
        add("google-oauth-token", "ya29." + fake.string(F.base64URL, 80), "Authorization: Bearer {S}")
        add(
            "anthropic-oauth-token", "sk-ant-oat01-" + fake.string(F.base64URL, 93) + "AA",
            "CLAUDE_CODE_OAUTH_TOKEN={S}")
        add("supabase-secret-key", "sb_secret_" + fake.string(F.base64URL, 31), "SUPABASE_SECRET_KEY={S}")
        add("stripe-webhook-secret", "whsec_" + fake.string(F.alphanumeric, 32), "STRIPE_WEBHOOK_SECRET={S}")
        add(
            "openai-api-key", "sk-proj-" + fake.string(F.base64URL, 40) + "T3BlbkFJ" + fake.string(F.base64URL, 40),
            "OPENAI_API_KEY={S}")
        add(
            "openai-api-key", "sk-" + fake.string(F.alphanumeric, 20) + "T3BlbkFJ" + fake.string(F.alphanumeric, 20),
            "openai.api_key = \"{S}\"")
        add("openai-api-key", "sk-svcacct-" + fake.string(F.base64URL, 60), "key: {S}")
        add("anthropic-api-key", "sk-ant-api03-" + fake.string(F.base64URL, 93) + "AA", "x-api-key: {S}")
        add("anthropic-admin-key", "sk-ant-admin01-" + fake.string(F.base64URL, 93) + "AA", "{S}")
        add("google-api-key", "AIza" + fake.string(F.base64URL, 35), "maps/api/js?key={S}&callback=init")
        add("google-oauth-client-secret", "GOCSPX-" + fake.string(F.base64URL, 28), "\"client_secret\": \"{S}\"")
        add("fly-token", "fo1_" + fake.string(F.base64URL, 43), "FLY_API_TOKEN={S}")
        add("fly-token", "FlyV1 fm2_" + fake.string(F.base64, 120) + ",fm2_" + fake.string(F.base64, 60), "\"{S}\"")
        add("heroku-api-key", "HRKU-AA" + fake.string(F.base64URL, 58), "HEROKU_API_KEY={S}")
        add("heroku-api-key", fake.uuid(), "HEROKU_API_KEY={S}")
        add("railway-token", fake.uuid(), "RAILWAY_TOKEN={S} railway up")
        add("railway-token", fake.uuid(), "  RAILWAY_API_TOKEN: {S}")
        add(
            "railway-token", fake.uuid(),
            "curl https://backboard.railway.app/graphql/v2 -H \"Authorization: Bearer {S}\" -d '{}'")
        add("railway-token", fake.uuid(), "curl backboard.railway.com/graphql/v2 -H 'Project-Access-Token: {S}'")
        add("npm-token", "npm_" + fake.string(F.alphanumeric, 36), "//registry.npmjs.org/:_authToken={S}")
        add("pypi-token", "pypi-AgEIcHlwaS5vcmc" + fake.string(F.base64URL, 120), "password = {S}")
        add(
            "dockerhub-token", "dckr_pat_" + fake.string(F.base64URL, 27),
            "echo {S} | docker login -u me --password-stdin")
        add("huggingface-token", "hf_" + fake.string(F.upper + F.lower, 34), "HF_TOKEN={S}")
        add("sendgrid-api-key", "SG." + fake.string(F.base64URL, 22) + "." + fake.string(F.base64URL, 43), "key={S}")
        add("twilio-api-key", "SK" + fake.string(F.lowerHex, 32), "twilio api:core:keys:fetch --sid {S}")
        add("twilio-auth-token", fake.string(F.lowerHex, 32), "TWILIO_AUTH_TOKEN={S}")
        add("digitalocean-token", "dop_v1_" + fake.string(F.lowerHex, 64), "doctl auth init -t {S}")
        add("supabase-token", "sbp_" + fake.string(F.lowerHex, 40), "SUPABASE_ACCESS_TOKEN={S}")
        add("netlify-token", "nfp_" + fake.string(F.alphanumeric, 36), "NETLIFY_AUTH_TOKEN={S}")
        add("vercel-token", fake.string(F.alphanumeric, 24), "VERCEL_TOKEN={S}")
        let rsa = "-----BEGIN RSA PRIVATE KEY-----\n" + fake.pemBody(lines: 4) + "\n-----END RSA PRIVATE KEY-----"
        add("private-key", rsa, "key:\n{S}\nrest")
        for label in [
            "PRIVATE KEY", "EC PRIVATE KEY", "DSA PRIVATE KEY", "OPENSSH PRIVATE KEY", "ENCRYPTED PRIVATE KEY",
        ] {
            add(
                "private-key", "-----BEGIN \(label)-----\n" + fake.pemBody(lines: 2) + "\n-----END \(label)-----", "{S}"
            )
        }
        add(
            "private-key",
            "-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n" + fake.pemBody(lines: 3)
                + "\n-----END PGP PRIVATE KEY BLOCK-----",
            "{S}")
        add(
            "gcp-service-account-key",
            "-----BEGIN PRIVATE KEY-----\\n" + fake.pemBody(lines: 2).replacingOccurrences(of: "\n", with: "\\n")
                + "\\n-----END PRIVATE KEY-----", "{\"private_key\": \"{S}\\n\", \"client_email\": \"ci@acme.iam\"}")
        add("jwt", fake.jwt(), "Authorization: Bearer {S}")
        add("jwt", fake.jwt(), "{\"id_token\":\"{S}\"}")
        add("url-credentials", fake.string(F.alphanumeric, 20), "DATABASE_URL=postgres://app:{S}@db.internal:5432/app")
        add("url-credentials", fake.string(F.alphanumeric, 20), "redis://:{S}@cache:6379/0")
        add("generic-password", fake.password(), "DB_PASSWORD={S}")
        add("generic-password", fake.password(), "  password: \"{S}\"")
        add("generic-password", fake.password(), "mysql --password={S} app")
        add("generic-password", fake.password(), "psql --password {S} app")
        add("generic-password", fake.password(), "define('DB_PASSWORD', '{S}');")
        add("generic-password", fake.password(), "<password>{S}</password>")
        add("generic-password", fake.password(), "curl -u admin:{S} https://ci")
        add("generic-password", fake.password(), "machine example.org login me password {S}")
        add("generic-password", fake.password(), "$password = '{S}';")
        add("generic-secret", fake.string(F.alphanumeric, 32), "\"client_secret\": \"{S}\"")
        add("generic-secret", fake.string(F.alphanumeric, 32), "apiKey: '{S}',")
        add("generic-secret", fake.string(F.alphanumeric, 32), "token := \"{S}\"")
        add("generic-secret", fake.string(F.alphanumeric, 32), "secret => '{S}'")
        add("generic-secret", fake.string(F.alphanumeric, 32), "export SESSION_SECRET={S}")
        add("generic-secret", fake.string(F.lowerHex, 32), "GET /v1/x?api_key={S}&page=2")
        add("generic-secret", fake.string(F.alphanumeric, 32), "X-Api-Key: {S}")
        add("generic-secret", fake.string(F.alphanumeric, 32), "app --token {S} --verbose")
        add("generic-secret", fake.string(F.alphanumeric, 32), "[auth]\nsecret_key = \"{S}\"")
        add("authorization-header", fake.string(F.alphanumeric, 40), "Authorization: Bearer {S}")
        add("authorization-header", fake.string(F.base64, 24) + "==", "-H 'Authorization: Basic {S}'")
        return cases
    }

    @Test(arguments: positives())
    func findsTheCredentialAndOnlyIt(_ example: SecretCase) throws {
        let matches = SecretScanner().scan(example.text)
        try #require(matches.count == 1, "\(matches.map(\.rule))")
        #expect(matches[0].rule == example.rule)
        let bytes = Array(example.text.utf8)
        #expect(String(decoding: bytes[matches[0].range], as: UTF8.self) == example.secret)
    }

    @Test func everyTokenRuleHasAPositiveCase() {
        let covered = Set(Self.positives().map(\.rule))
        let rules = Set(TokenRules.all.map(\.id) + KeyedRules.all.map(\.id))
        #expect(rules.subtracting(covered).isEmpty, "\(rules.subtracting(covered).sorted())")
    }
}
