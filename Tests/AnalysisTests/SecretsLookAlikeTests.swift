import Testing

@testable import Analysis

/// Text that resembles a credential and is not one: the scanner stays silent.
@Suite struct SecretsLookAlikeTests {
    static func lookAlikes() -> [String] {
        var fake = SecretsFakes(seed: 7)
        typealias F = SecretsFakes
        return [
            // Prefix rules: wrong length, inside a longer word, placeholder bodies, documentation.
            "AKIA" + fake.string(F.base32, 15),
            "AKIA" + fake.string(F.base32, 17),
            "AKIAIOSFODNN7EXAMPLE",
            "XAKIA" + fake.string(F.base32, 16),
            "ghp_" + fake.string(F.alphanumeric, 35),
            "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
            "ghp_" + fake.string(F.alphanumeric, 36) + "_suffix",
            "github_pat_" + fake.string(F.alphanumeric, 40),
            "glpat-short",
            "xoxb-not-a-token",
            "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX",
            "sk_live_...",
            "pk_live_" + fake.string(F.alphanumeric, 24),
            "sk-" + fake.string(F.alphanumeric, 48),
            "risk-assessment desk-booking task-force",
            "sk-ant-api03-...",
            "AIza" + fake.string(F.base64URL, 34),
            "SK" + fake.string(F.lowerHex, 32) + " is a message sid",
            "npm_" + fake.string(F.alphanumeric, 20),
            "hf_hub_download(repo_id='bert-base-uncased')",
            "SG.ExampleKey.Value",
            "dop_v1_" + fake.string(F.lowerHex, 20),
            // Keyed rules: the name or the shape is wrong.
            "RAILWAY_PROJECT_ID=" + fake.uuid(),
            "railway link --project " + fake.uuid(),
            "request_id=" + fake.uuid() + " status=200",
            "{\"id\": \"" + fake.uuid() + "\", \"name\": \"heroku-24\"}",
            "AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
            "TWILIO_ACCOUNT_SID=AC" + fake.string(F.lowerHex, 32),
            // Private keys and JWTs.
            "-----BEGIN PUBLIC KEY-----\n" + fake.pemBody(lines: 3) + "\n-----END PUBLIC KEY-----",
            "-----BEGIN CERTIFICATE-----\n" + fake.pemBody(lines: 3) + "\n-----END CERTIFICATE-----",
            "if pem.startswith('-----BEGIN RSA PRIVATE KEY-----'):",
            "-----BEGIN OPENSSH PRIVATE KEY-----\n...\n-----END OPENSSH PRIVATE KEY-----",
            "eyJmb28iOiJiYXIifQ==",
            "eyJ" + fake.string(F.base64URL, 20) + "." + fake.string(F.base64URL, 20) + "."
                + fake.string(F.base64URL, 43),
            "const [header, payload, signature] = token.split('.')",
            // URLs.
            "postgres://postgres:postgres@localhost:5432/app",
            "mysql://user:password@host/db",
            "postgres://${DB_USER}:${DB_PASSWORD}@db/app",
            "ssh://git@github.com/acme/infra.git",
            "https://api.acme.dev/v1/items?page=2",
            // Assignments: placeholders, references, code, words, describing names, low entropy.
            "password: changeme",
            "API_KEY=your-api-key-here",
            "SECRET_KEY=<generate with openssl rand -hex 32>",
            "token: ${GITHUB_TOKEN}",
            "password: {{ .Values.password }}",
            "export DB_PASSWORD=$(vault kv get -field=password secret/db)",
            "password = os.environ[\"DB_PASSWORD\"]",
            "token = get_token()",
            "apiKey: process.env.API_KEY,",
            "password := os.Getenv(\"DB_PASSWORD\")",
            "password = var.db_password",
            "token = token or self.token",
            "password: ********",
            "password = None",
            "secret: true",
            "max_tokens: 4096",
            "tokenizer: cl100k_base",
            "PASSWORD_MIN_LENGTH=12",
            "TOKEN_TTL=3600",
            "SECRET_NAME=prod/api/db",
            "password_field = \"password\"",
            "password_encryption = scram-sha-256",
            "token_type: bearer",
            "Authorization: Bearer $TOKEN",
            "Authorization: Bearer ${RAILWAY_TOKEN}",
            "password: \"Enter your password\"",
            "secret_key = \"short\"",
            "api_key = \"aaaaaaaaaaaaaaaaaaaaaaaa\"",
            "password_hash = \"$2b$12$" + fake.string(F.alphanumeric, 53) + "\"",
            "checksum = \"" + fake.string(F.lowerHex, 64) + "\"",
            "\"integrity\": \"sha512-" + fake.string(F.base64, 86) + "==\"",
            "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + fake.string(F.base64, 43) + " dana@laptop",
            "git cherry-pick " + fake.string(F.lowerHex, 40),
            "<img src=\"data:image/png;base64," + fake.string(F.base64, 400) + "\">",
            "password == \"" + fake.password() + "\"",
            "the password is hidden",
            "psql --password-stdin",
            "os.getenv(\"DB_PASSWORD\", \"postgres\")",
            "[\"password\", \"token\", \"secret\"]",
        ]
    }

    @Test(arguments: lookAlikes())
    func findsNothing(_ text: String) {
        let matches = SecretScanner().scan(text)
        #expect(matches.isEmpty, "\(matches.map(\.rule))")
    }
}
