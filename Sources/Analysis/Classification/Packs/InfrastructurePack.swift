/// Terraform, OpenTofu, Terragrunt, Pulumi, CDK and Serverless commands that destroy or change infrastructure
/// without review.
enum InfrastructurePack {
    /// The programs and action kinds the pack's rules apply to, so the pack is read only when an action needs it
    /// (checked against the JSON by `ClassificationPackTests`).
    static let scope = PackScope(
        programs: ["cdk", "cdktf", "pulumi", "serverless", "sls", "terraform", "terragrunt", "tofu"],
        kinds: [])

    /// The pack, read from `json` the first time it is needed, and its index.
    static let pack = BuiltInPack.read(json, name: "infrastructure-as-code")
    static let index = PackIndex(pack: pack)

    static let json = #"""
        {
          "pack": "infrastructure-as-code",
          "description": "Terraform, OpenTofu, Terragrunt, Pulumi, AWS CDK and Serverless commands that destroy infrastructure, apply changes without review, or edit state. Plans and previews are safe.",
          "programs": {
            "terraform": {"clustersShortOptions": false, "optionsWithValue": ["-var", "-var-file", "-target", "-state", "-state-out", "-backup", "-lock-timeout", "-parallelism", "-replace"]},
            "tofu": {"clustersShortOptions": false, "optionsWithValue": ["-var", "-var-file", "-target", "-state", "-state-out", "-backup", "-lock-timeout", "-parallelism", "-replace"]},
            "terragrunt": {"clustersShortOptions": false, "optionsWithValue": ["--terragrunt-working-dir", "--working-dir", "-var", "-var-file", "-target"]},
            "pulumi": {"optionsWithValue": ["-s", "--stack", "-C", "--cwd", "--config-file", "-t", "--target", "--message", "-m", "--parallel", "-p"]},
            "cdk": {"optionsWithValue": ["--require-approval", "--profile", "-a", "--app", "-c", "--context", "--role-arn", "-r"]},
            "serverless": {"optionsWithValue": ["--stage", "-s", "--region", "-r", "--aws-profile", "-c", "--config"]},
            "sls": {"optionsWithValue": ["--stage", "-s", "--region", "-r", "--aws-profile", "-c", "--config"]}
          },
          "rules": [
            {
              "id": "iac.terraform.destroy",
              "category": "infrastructure-as-code",
              "flags": ["destructive", "irreversible"],
              "message": "destroys every resource the configuration manages",
              "alternative": "terraform plan -destroy to review, and ask a human to run the destroy",
              "match": [
                {"action": "shell.exec", "program": ["terraform", "tofu", "terragrunt"], "subcommand": ["destroy", "run-all destroy", "run destroy", "destroy-all"]},
                {"action": "shell.exec", "program": ["terraform", "tofu", "terragrunt"], "subcommand": ["apply", "run-all apply"], "flags": ["-destroy", "--destroy"]}
              ],
              "unless": [{"flags": ["-help", "--help", "-h"]}]
            },
            {
              "id": "iac.terraform.auto-approve",
              "category": "infrastructure-as-code",
              "flags": ["destructive"],
              "message": "applies infrastructure changes without showing the plan for review (it may replace or delete resources)",
              "alternative": "terraform plan -out=plan.tfplan, let a human review it, then terraform apply plan.tfplan",
              "match": {"action": "shell.exec", "program": ["terraform", "tofu", "terragrunt"], "subcommand": ["apply", "run-all apply", "import"],
                        "flags": ["-auto-approve", "--auto-approve", "--terragrunt-non-interactive", "--non-interactive"]},
              "unless": [{"flags": ["-destroy", "--destroy"]}]
            },
            {
              "id": "iac.terraform.state-edit",
              "category": "infrastructure-as-code",
              "flags": ["destructive"],
              "message": "edits Terraform state directly: resources are forgotten, moved, or marked for replacement",
              "alternative": "change the configuration and let plan/apply reconcile; back up the state first (terraform state pull)",
              "match": {"action": "shell.exec", "program": ["terraform", "tofu", "terragrunt"],
                        "subcommand": ["state rm", "state mv", "state replace-provider", "taint", "force-unlock", "untaint"]},
              "unless": [{"flags": ["-dry-run", "--dry-run"]}]
            },
            {
              "id": "iac.terraform.state-push",
              "category": "infrastructure-as-code",
              "flags": ["destructive", "irreversible"],
              "message": "terraform state push overwrites the remote state",
              "alternative": "let terraform apply write state; ask a human to restore state",
              "match": {"action": "shell.exec", "program": ["terraform", "tofu", "terragrunt"], "subcommand": "state push"}
            },
            {
              "id": "iac.terraform.workspace-delete",
              "category": "infrastructure-as-code",
              "flags": ["destructive", "irreversible"],
              "message": "deletes a workspace and its state (with -force, even when it still manages resources)",
              "alternative": "destroy the workspace's resources through review first; ask a human",
              "match": {"action": "shell.exec", "program": ["terraform", "tofu", "terragrunt"], "subcommand": "workspace delete"}
            },
            {
              "id": "iac.pulumi.destroy",
              "category": "infrastructure-as-code",
              "flags": ["destructive", "irreversible"],
              "message": "pulumi destroy deletes every resource in the stack",
              "alternative": "pulumi destroy --preview-only to review, and ask a human to run it",
              "match": {"action": "shell.exec", "program": "pulumi", "subcommand": ["destroy", "down", "dn"]},
              "unless": [{"flags": ["--preview-only", "--help", "-h"]}]
            },
            {
              "id": "iac.pulumi.stack-remove",
              "category": "infrastructure-as-code",
              "flags": ["destructive", "irreversible"],
              "message": "pulumi stack rm deletes the stack and its state (with --force, while it still has resources)",
              "alternative": "destroy the stack's resources through review first; ask a human",
              "match": {"action": "shell.exec", "program": "pulumi", "subcommand": ["stack rm", "stack remove"]}
            },
            {
              "id": "iac.pulumi.state-edit",
              "category": "infrastructure-as-code",
              "flags": ["destructive"],
              "message": "edits Pulumi state directly (deletes, unprotects or moves resources)",
              "alternative": "change the program and let pulumi up reconcile; export the state first",
              "match": {"action": "shell.exec", "program": "pulumi", "subcommand": ["state delete", "state unprotect", "state move", "stack import", "cancel"]}
            },
            {
              "id": "iac.pulumi.up-unreviewed",
              "category": "infrastructure-as-code",
              "flags": ["destructive"],
              "message": "pulumi up without a preview applies changes (possibly replacements) unreviewed",
              "alternative": "pulumi preview, let a human review, then pulumi up",
              "match": {"action": "shell.exec", "program": "pulumi", "subcommand": ["up", "update", "u", "refresh"], "flags": ["-y", "--yes", "-f", "--skip-preview"]},
              "unless": [{"flags": ["--preview-only"]}]
            },
            {
              "id": "iac.cdk.destroy",
              "category": "infrastructure-as-code",
              "flags": ["destructive", "irreversible"],
              "message": "cdk destroy deletes the stacks and their resources",
              "alternative": "ask a human to destroy stacks",
              "match": {"action": "shell.exec", "program": ["cdk", "cdktf"], "subcommand": "destroy"}
            },
            {
              "id": "iac.cdk.deploy-unreviewed",
              "category": "infrastructure-as-code",
              "flags": ["destructive"],
              "message": "deploys without approving security-relevant changes",
              "alternative": "cdk diff, let a human review, then deploy with approval",
              "match": {"action": "shell.exec", "program": ["cdk", "cdktf"], "subcommand": ["deploy", "apply"],
                        "option": {"name": "--require-approval", "equals": "never"}}
            },
            {
              "id": "iac.serverless.remove",
              "category": "infrastructure-as-code",
              "flags": ["destructive", "irreversible"],
              "message": "serverless remove deletes the service's stack and its resources",
              "alternative": "ask a human to remove deployed services",
              "match": {"action": "shell.exec", "program": ["serverless", "sls"], "subcommand": "remove"}
            }
          ]
        }
        """#
}
