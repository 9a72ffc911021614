import Testing

@testable import Analysis

@Suite struct SecretsSensitivePathsTests {
    /// Paths that hold credentials by convention, with the rule id each must get.
    static let sensitive: [(String, String)] = [
        (".env", "dotenv"), ("/srv/app/.env", "dotenv"), ("~/project/.env.local", "dotenv"),
        ("./.env.production", "dotenv"), ("config/prod.env", "dotenv"), ("app/.envrc", "direnv"),
        ("/home/dana/.ssh/id_rsa", "ssh-private-key"), ("~/.ssh/id_ed25519", "ssh-private-key"),
        ("keys/id_ecdsa", "ssh-private-key"), ("id_dsa", "ssh-private-key"), ("~/.ssh/deploy_key", "ssh-private-key"),
        ("~/.ssh/github-actions", "ssh-private-key"), ("certs/server.pem", "private-key-file"),
        ("/etc/ssl/private/site.key", "private-key-file"), ("client.p12", "pkcs12"), ("win/cert.pfx", "pkcs12"),
        ("android/release.jks", "java-keystore"), ("app/upload.keystore", "java-keystore"),
        ("~/.aws/credentials", "aws-credentials"), ("/root/.aws/config", "aws-config"),
        ("~/.aws/sso/cache/4f2c.json", "aws-credentials"),
        ("~/.config/gcloud/credentials.db", "gcloud-credentials"),
        ("~/.config/gcloud/access_tokens.db", "gcloud-credentials"),
        ("/home/u/.config/gcloud/application_default_credentials.json", "gcloud-credentials"),
        ("~/.config/gcloud/legacy_credentials/dana@acme.dev/adc.json", "gcloud-credentials"),
        ("~/.azure/msal_token_cache.json", "azure-credentials"), ("~/.azure/accessTokens.json", "azure-credentials"),
        ("~/.kube/config", "kubeconfig"), ("ops/kubeconfig", "kubeconfig"), ("prod.kubeconfig", "kubeconfig"),
        ("~/.docker/config.json", "docker-config"), ("~/.npmrc", "npmrc"), ("web/.npmrc", "npmrc"),
        (".yarnrc.yml", "yarnrc"), ("~/.pypirc", "pypirc"), ("~/.netrc", "netrc"), ("C_/Users/d/_netrc", "netrc"),
        ("~/.git-credentials", "git-credentials"), ("~/.config/git/credentials", "git-credentials"),
        ("~/.pgpass", "pgpass"), ("~/.my.cnf", "mysql-config"), ("~/.vault-token", "vault-token"),
        ("infra/terraform.tfstate", "terraform-state"), ("infra/terraform.tfstate.backup", "terraform-state"),
        ("~/.terraform.d/credentials.tfrc.json", "terraform-credentials"), ("~/.config/gh/hosts.yml", "gh-hosts"),
        ("~/.railway/config.json", "railway-config"), ("~/.fly/config.yml", "fly-config"),
        ("config/secrets.yml", "secrets-file"), ("secrets.yaml", "secrets-file"),
        ("deploy/secrets.json", "secrets-file"),
        ("credentials.json", "credentials-file"), ("keys/service-account.json", "gcp-service-account"),
        ("service-account-prod.json", "gcp-service-account"), ("/var/www/.htpasswd", "htpasswd"),
        ("config/master.key", "rails-master-key"), ("a/b/../../.env", "dotenv"), ("//double//slash/.env", "dotenv"),
        ("~/.aws", "credential-directory"), ("/home/dana/.ssh", "credential-directory"),
        ("~/.gnupg", "credential-directory"), ("~/.gnupg/private-keys-v1.d/x.key", "gpg-keyring"),
        ("/etc/shadow", "system-passwords"), ("/etc/gshadow", "system-passwords"),
    ]

    /// Paths that look related but hold no credential.
    static let ordinary: [String] = [
        ".env.example", "app/.env.sample", ".env.template", "/srv/.env.dist", "example.env", "~/.ssh/id_rsa.pub",
        "~/.ssh/id_ed25519.pub", "~/.ssh/known_hosts", "~/.ssh/config", "~/.ssh/authorized_keys", "src/env.ts",
        "environment.yml", ".environment", "docs/.envrc.md", "README.md", "Sources/Keychain.swift", "keys.py",
        "monkey.json", "id_rsa_test.go", "~/.aws/cli/alias", "~/.kube/cache/discovery/x.json",
        "~/.config/gcloud/configurations/config_default", "~/.config/gh/config.yml", "docker-compose.yml",
        "package.json", ".npmignore", "terraform.tfvars.example", "main.tf", "credentials.py", "secrets.py",
        "credentials.json.example", ".ENV", "/", "", ".", "Secrets.yml", "pem", ".pem",
    ]

    @Test func recognizesEveryConvention() {
        for (path, rule) in Self.sensitive {
            #expect(SensitivePaths.match(path) == rule, "\(path)")
        }
    }

    @Test func ignoresOrdinaryFilesAndTemplates() {
        for path in Self.ordinary {
            #expect(SensitivePaths.match(path) == nil, "\(path)")
        }
    }

    @Test func everyRuleIDIsExercised() {
        let exercised = Set(Self.sensitive.map(\.1))
        #expect(Set(SensitivePaths.ruleIDs).subtracting(exercised).isEmpty)
    }

    @Test func isFastEnoughForEveryFileAction() {
        let paths = Self.sensitive.map(\.0) + Self.ordinary
        let clock = ContinuousClock()
        var hits = 0
        let elapsed = clock.measure {
            for _ in 0..<100 { for path in paths where SensitivePaths.match(path) != nil { hits += 1 } }
        }
        let perPath = elapsed / (100 * paths.count)
        print("secrets: SensitivePaths.match takes \(perPath) per path (debug build)")
        #expect(hits == 100 * Self.sensitive.count)
        #expect(perPath < .milliseconds(1))
    }
}
