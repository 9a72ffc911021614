/// Secret managers: deleting secrets, and reading them into the agent's context.
enum SecretManagerPack {
    /// The programs and action kinds the pack's rules apply to, so the pack is read only when an action needs it
    /// (checked against the JSON by `ClassificationPackTests`).
    static let scope = PackScope(
        programs: [
            "aws", "az", "bw", "doppler", "gcloud", "gopass", "heroku", "infisical", "kubectl", "netlify", "ntl", "oc",
            "op", "pass", "railway", "security", "vault", "vc", "vercel",
        ],
        kinds: [])

    /// The pack, read from `json` the first time it is needed, and its index.
    static let pack = BuiltInPack.read(json, name: "secret-manager")
    static let index = PackIndex(pack: pack)

    static let json = #"""
        {
          "pack": "secret-manager",
          "description": "Secret managers (Vault, AWS Secrets Manager and SSM, Google Secret Manager, Azure Key Vault, Doppler, 1Password, Infisical, Bitwarden, pass, macOS keychain, Kubernetes secrets, platform config): deleting secrets (destructive) and reading them, which pulls credentials into the agent's context (no flag, category secret-manager).",
          "programs": {
            "vault": {"clustersShortOptions": false, "optionsWithValue": ["-address", "-namespace", "-mount", "-field", "-format", "-version", "-versions", "-ca-cert"]},
            "aws": {"clustersShortOptions": false, "optionsWithValue": ["--profile", "--region", "--output", "--endpoint-url", "--query", "--secret-id", "--name", "--names", "--recovery-window-in-days"]},
            "gcloud": {"clustersShortOptions": false, "optionsWithValue": ["--project", "--account", "--configuration", "--format", "--secret", "--location"]},
            "az": {"clustersShortOptions": false, "optionsWithValue": ["-n", "--name", "--vault-name", "--id", "--subscription", "-o", "--output", "--query", "-f", "--file"]},
            "doppler": {"optionsWithValue": ["-p", "--project", "-c", "--config", "--token", "--format"]},
            "op": {"optionsWithValue": ["--vault", "--account", "--format", "--fields", "--session"]},
            "infisical": {"optionsWithValue": ["--env", "--path", "--projectId", "--token", "--format", "--domain"]},
            "kubectl": {"optionsWithValue": ["-o", "--output", "-n", "--namespace", "--context", "--kubeconfig", "-l", "--selector", "--cluster", "--user", "--template"]},
            "heroku": {"optionsWithValue": ["-a", "--app", "-r", "--remote"]},
            "railway": {"optionsWithValue": ["-s", "--service", "-e", "--environment"]},
            "security": {"clustersShortOptions": false, "optionsWithValue": ["-s", "-a", "-l", "-c", "-D", "-j"]}
          },
          "rules": [
            {
              "id": "secret-manager.vault.delete",
              "category": "secret-manager",
              "flags": ["destructive"],
              "message": "deletes secrets from Vault (kv delete can be undone with kv undelete while versions remain)",
              "alternative": "ask a human to delete secrets",
              "match": [
                {"action": "shell.exec", "program": "vault", "subcommand": ["kv delete", "delete", "lease revoke", "token revoke"]}
              ]
            },
            {
              "id": "secret-manager.vault.destroy",
              "category": "secret-manager",
              "flags": ["destructive", "irreversible"],
              "message": "permanently destroys Vault secret versions, their metadata, or a whole secrets engine",
              "alternative": "ask a human to destroy secrets",
              "match": {"action": "shell.exec", "program": "vault",
                        "subcommand": ["kv destroy", "kv metadata delete", "secrets disable", "auth disable", "policy delete", "operator raft remove-peer"]}
            },
            {
              "id": "secret-manager.aws.delete",
              "category": "secret-manager",
              "flags": ["destructive"],
              "message": "deletes an AWS secret or parameter (Secrets Manager keeps it for a recovery window)",
              "alternative": "ask a human to delete secrets",
              "match": [
                {"action": "shell.exec", "program": "aws", "subcommand": ["secretsmanager delete-secret", "ssm delete-parameter", "ssm delete-parameters",
                                                                           "secretsmanager delete-resource-policy", "secretsmanager remove-regions-from-replication"]}
              ],
              "unless": [{"flags": ["--force-delete-without-recovery"]}]
            },
            {
              "id": "secret-manager.aws.delete-without-recovery",
              "category": "secret-manager",
              "flags": ["destructive", "irreversible"],
              "message": "deletes an AWS secret at once, with no recovery window",
              "alternative": "delete with a recovery window (--recovery-window-in-days 30), and ask a human",
              "match": {"action": "shell.exec", "program": "aws", "subcommand": "secretsmanager delete-secret", "flags": ["--force-delete-without-recovery"]}
            },
            {
              "id": "secret-manager.gcloud.delete",
              "category": "secret-manager",
              "flags": ["destructive", "irreversible"],
              "message": "deletes a Google Cloud secret or destroys its versions",
              "alternative": "disable the version (gcloud secrets versions disable) and ask a human",
              "match": {"action": "shell.exec", "program": "gcloud", "subcommand": ["secrets delete", "secrets versions destroy", "beta secrets delete", "kms keys versions destroy"]}
            },
            {
              "id": "secret-manager.azure.delete",
              "category": "secret-manager",
              "flags": ["destructive"],
              "message": "deletes an Azure Key Vault secret, key or certificate (recoverable while soft-deleted)",
              "alternative": "ask a human to delete Key Vault items",
              "match": {"action": "shell.exec", "program": "az", "subcommand": ["keyvault secret delete", "keyvault key delete", "keyvault certificate delete", "keyvault delete"]}
            },
            {
              "id": "secret-manager.azure.purge",
              "category": "secret-manager",
              "flags": ["destructive", "irreversible"],
              "message": "purges a deleted Key Vault item or vault: it cannot be recovered",
              "alternative": "leave soft-deleted items to expire, and ask a human",
              "match": {"action": "shell.exec", "program": "az", "subcommand": ["keyvault secret purge", "keyvault key purge", "keyvault certificate purge", "keyvault purge"]}
            },
            {
              "id": "secret-manager.other.delete",
              "category": "secret-manager",
              "flags": ["destructive"],
              "message": "deletes secrets or vault items from a secret manager",
              "alternative": "ask a human to delete secrets",
              "match": [
                {"action": "shell.exec", "program": "doppler", "subcommand": ["secrets delete", "secrets rm", "secrets remove", "configs delete", "environments delete", "projects delete"]},
                {"action": "shell.exec", "program": "op", "subcommand": ["item delete", "item rm", "vault delete", "document delete", "connect token delete"]},
                {"action": "shell.exec", "program": "infisical", "subcommand": ["secrets delete"]},
                {"action": "shell.exec", "program": "bw", "subcommand": ["delete"]},
                {"action": "shell.exec", "program": ["pass", "gopass"], "subcommand": ["rm", "remove", "delete"]},
                {"action": "shell.exec", "program": "security", "subcommand": ["delete-generic-password", "delete-internet-password", "delete-keychain", "delete-certificate"]}
              ],
              "unless": [{"flags": ["--archive"]}]
            },
            {
              "id": "secret-manager.read.vault",
              "category": "secret-manager",
              "flags": [],
              "message": "reads secrets from Vault into the agent's context",
              "alternative": "let Warden inject the credential the task needs; do not print secrets",
              "match": {"action": "shell.exec", "program": "vault", "subcommand": ["kv get", "read", "kv metadata get"]}
            },
            {
              "id": "secret-manager.read.aws",
              "category": "secret-manager",
              "flags": [],
              "message": "reads a secret value from AWS into the agent's context",
              "alternative": "let Warden inject the credential the task needs; do not print secrets",
              "match": [
                {"action": "shell.exec", "program": "aws", "subcommand": ["secretsmanager get-secret-value", "secretsmanager batch-get-secret-value"]},
                {"action": "shell.exec", "program": "aws", "subcommand": ["ssm get-parameter", "ssm get-parameters", "ssm get-parameters-by-path"], "flags": ["--with-decryption"]}
              ]
            },
            {
              "id": "secret-manager.read.gcloud",
              "category": "secret-manager",
              "flags": [],
              "message": "reads a secret version from Google Secret Manager into the agent's context",
              "alternative": "let Warden inject the credential the task needs; do not print secrets",
              "match": {"action": "shell.exec", "program": "gcloud", "subcommand": ["secrets versions access", "beta secrets versions access"]}
            },
            {
              "id": "secret-manager.read.azure",
              "category": "secret-manager",
              "flags": [],
              "message": "reads a Key Vault secret into the agent's context",
              "alternative": "let Warden inject the credential the task needs; do not print secrets",
              "match": {"action": "shell.exec", "program": "az", "subcommand": ["keyvault secret show", "keyvault secret download"]}
            },
            {
              "id": "secret-manager.read.password-manager",
              "category": "secret-manager",
              "flags": [],
              "message": "reads a secret from a password manager or secrets service into the agent's context",
              "alternative": "let Warden inject the credential the task needs; do not print secrets",
              "match": [
                {"action": "shell.exec", "program": "op", "subcommand": ["read", "item get", "document get", "inject"]},
                {"action": "shell.exec", "program": "doppler", "subcommand": ["secrets get", "secrets download", "secrets"]},
                {"action": "shell.exec", "program": "infisical", "subcommand": ["secrets get", "secrets", "export"]},
                {"action": "shell.exec", "program": "bw", "subcommand": ["get", "export"]},
                {"action": "shell.exec", "program": ["pass", "gopass"], "subcommand": ["show"]},
                {"action": "shell.exec", "program": "security", "subcommand": ["find-generic-password", "find-internet-password"], "flags": ["-w", "-g"]}
              ],
              "unless": [{"program": ["doppler", "infisical"], "flags": ["--only-names"]}]
            },
            {
              "id": "secret-manager.read.kubernetes",
              "category": "secret-manager",
              "flags": [],
              "message": "prints Kubernetes secrets (base64 is not encryption) into the agent's context",
              "alternative": "let Warden inject the credential the task needs; list secrets without -o to see names only",
              "match": {"action": "shell.exec", "program": ["kubectl", "oc"], "subcommand": "get",
                        "operand": {"equals": ["secret", "secrets"], "prefix": ["secret/", "secrets/"]},
                        "option": {"name": ["-o", "--output"], "glob": ["yaml", "json", "jsonpath*", "go-template*", "custom-columns*"]}}
            },
            {
              "id": "secret-manager.read.platform-config",
              "category": "secret-manager",
              "flags": [],
              "message": "prints or downloads a platform's environment variables, which hold its credentials",
              "alternative": "let Warden inject the credential the task needs; do not print secrets",
              "match": [
                {"action": "shell.exec", "program": "heroku", "subcommand": ["config", "config:get"]},
                {"action": "shell.exec", "program": "railway", "subcommand": ["variables", "variable list", "variables list", "run printenv"]},
                {"action": "shell.exec", "program": ["vercel", "vc"], "subcommand": ["env pull", "pull"]},
                {"action": "shell.exec", "program": ["netlify", "ntl"], "subcommand": ["env:get", "env:list", "env get", "env list"], "flags": ["--plain", "--json"]}
              ],
              "unless": [{"program": "railway", "flags": ["--set"]}]
            }
          ]
        }
        """#
}
