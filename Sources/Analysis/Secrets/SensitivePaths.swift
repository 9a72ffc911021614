/// Paths whose content is a credential by convention: `.env*`, keys, cloud and kube credentials, `.netrc`, …
///
/// Works on relative and absolute paths, `~/…`, behind any directory prefix; names compare as on Linux
/// (case-sensitively). The answer depends on the path's text only: no file is read, no link followed.
public enum SensitivePaths {
    /// The id of the sensitive-path rule `path` matches (`dotenv`, `ssh-private-key`, …), nil when none.
    public static func match(_ path: String) -> String? {
        // Without a `.`, a path is no exception, and it can only be a rule's file when some rule needs no dot.
        let hasNoException = exceptionIndex.cannotMatch(path)
        if hasNoException && ruleIndex.cannotMatch(path) { return nil }
        let components = PathComponents(path)
        guard !components.components.isEmpty else { return nil }
        if !hasNoException && exceptionIndex.firstMatch(components) != nil { return nil }
        return ruleIndex.firstMatch(components).map { rules[$0].id }
    }

    /// The id of the rule a file matched by `path`'s wildcards could match (`cat .env*` reads `.env`), nil when
    /// none: for paths the shell or `find` expands. Only globs with a literal start of two characters or more
    /// count (`.env*`, `id_*`, `secrets.*`), so `*` and `*.json` in a project stay quiet; `*.pem`-like suffixes are
    /// matched by `match` itself.
    public static func matchGlob(_ path: String) -> String? {
        let bytes = Array(path.utf8)
        let nameStart = (bytes.lastIndex(of: UInt8(ascii: "/")) ?? -1) + 1
        let name = String(decoding: bytes[nameStart...], as: UTF8.self)
        guard let wildcard = name.firstIndex(where: { $0 == "*" || $0 == "?" }), !name.contains("[") else {
            return nil
        }
        let start = name[..<wildcard]
        guard start.utf8.count >= 2 else { return nil }
        let glob = Glob(name)
        let directory = String(decoding: bytes[..<nameStart], as: UTF8.self)
        for rule in rules {
            guard let candidate = rule.pattern.representativeName, candidate.hasPrefix(start), glob.matches(candidate)
            else { continue }
            // The candidate in the glob's place: directories the rule needs (`.aws/credentials`) must be there too.
            if rule.pattern.matches(PathComponents(directory + candidate)) { return rule.id }
        }
        return nil
    }

    private static let exceptionIndex = SensitivePathIndex(exceptions)
    private static let ruleIndex = SensitivePathIndex(rules.map(\.pattern))

    /// Every rule id `match` can return, in table order.
    public static var ruleIDs: [String] {
        var seen: Set<String> = []
        return rules.map(\.id).filter { seen.insert($0).inserted }
    }

    /// Files that look like credentials by name but hold none: templates, public keys, SSH's non-secret files.
    static let exceptions: [SensitivePathPattern] = [
        .name(".env.example"), .name(".env.sample"), .name(".env.template"), .name(".env.dist"),
        .name(".env.defaults"), .name(".env.schema"), .name(".env.tpl"), .name(".env.example.local"),
        .name("example.env"), .name("sample.env"), .name("template.env"),
        .suffix(".pub"), .trailing([".ssh", "known_hosts"]), .trailing([".ssh", "known_hosts.old"]),
        .trailing([".ssh", "authorized_keys"]), .trailing([".ssh", "config"]), .trailing([".ssh", "environment"]),
        .trailing([".ssh", "rc"]),
    ]

    static let rules: [SensitivePathRule] = [
        SensitivePathRule(id: "dotenv", pattern: .name(".env")),
        SensitivePathRule(id: "dotenv", pattern: .nameAffixes(prefix: ".env.", suffix: "")),
        SensitivePathRule(id: "dotenv", pattern: .suffix(".env")),
        SensitivePathRule(id: "direnv", pattern: .name(".envrc")),
        SensitivePathRule(id: "ssh-private-key", pattern: .name("id_rsa")),
        SensitivePathRule(id: "ssh-private-key", pattern: .name("id_ed25519")),
        SensitivePathRule(id: "ssh-private-key", pattern: .name("id_ecdsa")),
        SensitivePathRule(id: "ssh-private-key", pattern: .name("id_dsa")),
        SensitivePathRule(id: "ssh-private-key", pattern: .name("id_ed25519_sk")),
        SensitivePathRule(id: "ssh-private-key", pattern: .name("id_ecdsa_sk")),
        SensitivePathRule(id: "ssh-private-key", pattern: .below([".ssh"])),
        // The directories themselves: copying, archiving or deleting them takes every key inside.
        SensitivePathRule(id: "credential-directory", pattern: .name(".ssh")),
        SensitivePathRule(id: "credential-directory", pattern: .name(".aws")),
        SensitivePathRule(id: "credential-directory", pattern: .name(".gnupg")),
        SensitivePathRule(id: "credential-directory", pattern: .name(".kube")),
        SensitivePathRule(id: "credential-directory", pattern: .name(".azure")),
        SensitivePathRule(id: "credential-directory", pattern: .trailing([".config", "gcloud"])),
        SensitivePathRule(id: "gpg-keyring", pattern: .below([".gnupg"])),
        SensitivePathRule(id: "system-passwords", pattern: .trailing(["etc", "shadow"])),
        SensitivePathRule(id: "system-passwords", pattern: .trailing(["etc", "gshadow"])),
        SensitivePathRule(id: "system-passwords", pattern: .trailing(["etc", "master.passwd"])),
        SensitivePathRule(id: "rails-master-key", pattern: .name("master.key")),
        SensitivePathRule(id: "private-key-file", pattern: .suffix(".pem")),
        SensitivePathRule(id: "private-key-file", pattern: .suffix(".key")),
        SensitivePathRule(id: "pkcs12", pattern: .suffix(".p12")),
        SensitivePathRule(id: "pkcs12", pattern: .suffix(".pfx")),
        SensitivePathRule(id: "java-keystore", pattern: .suffix(".jks")),
        SensitivePathRule(id: "java-keystore", pattern: .suffix(".keystore")),
        SensitivePathRule(id: "aws-credentials", pattern: .trailing([".aws", "credentials"])),
        SensitivePathRule(id: "aws-config", pattern: .trailing([".aws", "config"])),
        SensitivePathRule(id: "aws-credentials", pattern: .below([".aws", "sso", "cache"])),
        SensitivePathRule(id: "aws-credentials", pattern: .below([".aws", "cli", "cache"])),
        SensitivePathRule(id: "gcloud-credentials", pattern: .trailing([".config", "gcloud", "credentials.db"])),
        SensitivePathRule(id: "gcloud-credentials", pattern: .trailing([".config", "gcloud", "access_tokens.db"])),
        SensitivePathRule(
            id: "gcloud-credentials",
            pattern: .trailing([".config", "gcloud", "application_default_credentials.json"])),
        SensitivePathRule(id: "gcloud-credentials", pattern: .below([".config", "gcloud", "legacy_credentials"])),
        SensitivePathRule(id: "azure-credentials", pattern: .trailing([".azure", "accessTokens.json"])),
        SensitivePathRule(id: "azure-credentials", pattern: .trailing([".azure", "msal_token_cache.json"])),
        SensitivePathRule(id: "azure-credentials", pattern: .trailing([".azure", "msal_token_cache.bin"])),
        SensitivePathRule(id: "azure-credentials", pattern: .trailing([".azure", "service_principal_entries.json"])),
        SensitivePathRule(id: "kubeconfig", pattern: .trailing([".kube", "config"])),
        SensitivePathRule(id: "kubeconfig", pattern: .name("kubeconfig")),
        SensitivePathRule(id: "kubeconfig", pattern: .suffix(".kubeconfig")),
        SensitivePathRule(id: "docker-config", pattern: .trailing([".docker", "config.json"])),
        SensitivePathRule(id: "npmrc", pattern: .name(".npmrc")),
        SensitivePathRule(id: "yarnrc", pattern: .name(".yarnrc.yml")),
        SensitivePathRule(id: "pypirc", pattern: .name(".pypirc")),
        SensitivePathRule(id: "netrc", pattern: .name(".netrc")),
        SensitivePathRule(id: "netrc", pattern: .name("_netrc")),
        SensitivePathRule(id: "git-credentials", pattern: .name(".git-credentials")),
        SensitivePathRule(id: "git-credentials", pattern: .trailing([".config", "git", "credentials"])),
        SensitivePathRule(id: "pgpass", pattern: .name(".pgpass")),
        SensitivePathRule(id: "mysql-config", pattern: .name(".my.cnf")),
        SensitivePathRule(id: "vault-token", pattern: .name(".vault-token")),
        SensitivePathRule(id: "terraform-state", pattern: .suffix(".tfstate")),
        SensitivePathRule(id: "terraform-state", pattern: .suffix(".tfstate.backup")),
        SensitivePathRule(id: "terraform-credentials", pattern: .trailing([".terraform.d", "credentials.tfrc.json"])),
        SensitivePathRule(id: "gh-hosts", pattern: .trailing([".config", "gh", "hosts.yml"])),
        SensitivePathRule(id: "railway-config", pattern: .trailing([".railway", "config.json"])),
        SensitivePathRule(id: "fly-config", pattern: .trailing([".fly", "config.yml"])),
        SensitivePathRule(id: "secrets-file", pattern: .name("secrets.yml")),
        SensitivePathRule(id: "secrets-file", pattern: .name("secrets.yaml")),
        SensitivePathRule(id: "secrets-file", pattern: .name("secrets.json")),
        SensitivePathRule(id: "secrets-file", pattern: .name("secrets.toml")),
        SensitivePathRule(id: "credentials-file", pattern: .name("credentials.json")),
        SensitivePathRule(id: "gcp-service-account", pattern: .nameAffixes(prefix: "service-account", suffix: ".json")),
        SensitivePathRule(id: "gcp-service-account", pattern: .nameAffixes(prefix: "service_account", suffix: ".json")),
        SensitivePathRule(id: "htpasswd", pattern: .name(".htpasswd")),
    ]
}
