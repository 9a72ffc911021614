/// GitHub CLI commands that delete repositories, releases, secrets and other account resources.
enum GitHubPack {
    /// The programs and action kinds the pack's rules apply to, so the pack is read only when an action needs it
    /// (checked against the JSON by `ClassificationPackTests`).
    static let scope = PackScope(
        programs: ["gh", "hub"],
        kinds: [])

    /// The pack, read from `json` the first time it is needed, and its index.
    static let pack = BuiltInPack.read(json, name: "github")
    static let index = PackIndex(pack: pack)

    static let json = #"""
        {
          "pack": "github",
          "description": "GitHub CLI (gh, hub) commands that delete or archive repositories, releases, secrets and keys, expose private code, or call the API with DELETE or deleting GraphQL mutations.",
          "programs": {
            "gh": {"optionsWithValue": ["-R", "--repo", "-X", "--method", "-H", "--header", "-f", "--raw-field", "-F", "--field",
                                        "--input", "-q", "--jq", "-t", "--template", "--hostname", "--cache", "-p", "--preview",
                                        "--visibility", "-b", "--body", "--title", "-m", "--message"]}
          },
          "rules": [
            {
              "id": "github.repo.delete",
              "category": "github",
              "flags": ["destructive", "irreversible"],
              "message": "deletes a GitHub repository with its issues, pull requests, releases and wiki",
              "alternative": "archive the repository (gh repo archive) and ask a human to delete it",
              "match": [
                {"action": "shell.exec", "program": "gh", "subcommand": "repo delete"},
                {"action": "shell.exec", "program": "hub", "subcommand": "delete"}
              ]
            },
            {
              "id": "github.repo.archive",
              "category": "github",
              "flags": ["destructive"],
              "message": "archives a GitHub repository: it becomes read-only for everyone",
              "alternative": "ask a human to archive repositories",
              "match": {"action": "shell.exec", "program": "gh", "subcommand": ["repo archive", "repo rename"]}
            },
            {
              "id": "github.repo.make-public",
              "category": "github",
              "flags": ["irreversible"],
              "message": "makes a repository public: its code and history can be copied by anyone, for good",
              "alternative": "ask a human to change repository visibility",
              "match": [
                {"action": "shell.exec", "program": "gh", "subcommand": "repo edit", "option": {"name": "--visibility", "equals": "public", "ignoreCase": true}},
                {"action": "shell.exec", "program": "gh", "subcommand": "repo edit", "word": {"prefix": "--visibility=public"}}
              ]
            },
            {
              "id": "github.release.delete",
              "category": "github",
              "flags": ["destructive", "irreversible"],
              "message": "deletes a GitHub release and its assets (and, with --cleanup-tag, its tag)",
              "alternative": "edit the release (mark it as a draft or pre-release) and ask a human to delete it",
              "match": {"action": "shell.exec", "program": "gh", "subcommand": ["release delete", "release delete-asset"]}
            },
            {
              "id": "github.secret.delete",
              "category": "github",
              "flags": ["destructive", "irreversible"],
              "message": "deletes GitHub Actions secrets or variables that workflows depend on",
              "alternative": "ask a human to change repository secrets",
              "match": {"action": "shell.exec", "program": "gh", "subcommand": ["secret delete", "secret remove", "variable delete", "variable remove"]}
            },
            {
              "id": "github.resource.delete",
              "category": "github",
              "flags": ["destructive", "irreversible"],
              "message": "deletes a GitHub issue, gist, label, project, codespace, cache, deploy key or SSH/GPG key",
              "alternative": "close or edit instead of deleting, and ask a human",
              "match": {"action": "shell.exec", "program": "gh",
                        "subcommand": ["issue delete", "gist delete", "label delete", "project delete", "codespace delete", "cache delete",
                                       "repo deploy-key delete", "ssh-key delete", "gpg-key delete", "run delete", "ruleset delete", "project item-delete",
                                       "project field-delete", "extension remove", "org remove"]}
            },
            {
              "id": "github.api.delete",
              "category": "github",
              "flags": ["destructive"],
              "message": "gh api sends a DELETE request to the GitHub API",
              "alternative": "use the specific gh subcommand, which asks for confirmation, or ask a human",
              "match": {"action": "shell.exec", "program": "gh", "subcommand": "api", "option": {"name": ["-X", "--method"], "equals": "delete", "ignoreCase": true}}
            },
            {
              "id": "github.api.graphql-mutation",
              "category": "github",
              "flags": ["destructive"],
              "message": "gh api graphql runs a mutation that deletes, removes or archives",
              "alternative": "use the specific gh subcommand, or ask a human",
              "match": {"action": "shell.exec", "program": "gh", "subcommand": "api", "operand": {"position": 0, "equals": "graphql"},
                        "option": [
                          {"name": ["-f", "-F", "--field", "--raw-field"], "glob": "query=*mutation*", "ignoreCase": true},
                          {"name": ["-f", "-F", "--field", "--raw-field"], "contains": ["delete", "remove", "destroy", "archive", "purge", "wipe", "reset"], "ignoreCase": true}
                        ]}
            },
            {
              "id": "github.api.graphql-unreadable",
              "category": "github",
              "flags": ["destructive"],
              "message": "gh api graphql reads its query from a file or stdin, so Warden cannot tell whether it deletes",
              "alternative": "pass the query inline with -f query='…' so it can be checked",
              "match": {"action": "shell.exec", "program": "gh", "subcommand": "api", "operand": {"position": 0, "equals": "graphql"}, "flags": ["--input"]}
            },
            {
              "id": "github.pr.admin-merge",
              "category": "github",
              "flags": [],
              "message": "merges a pull request with admin rights, bypassing branch protection and required reviews",
              "alternative": "get the required reviews and checks, then merge normally",
              "match": {"action": "shell.exec", "program": "gh", "subcommand": "pr merge", "flags": ["--admin"]}
            },
            {
              "id": "github.workflow.disable",
              "category": "github",
              "flags": [],
              "message": "disables a GitHub Actions workflow (checks and deployments stop running)",
              "alternative": "ask a human to disable workflows",
              "match": {"action": "shell.exec", "program": "gh", "subcommand": ["workflow disable", "run cancel"]}
            }
          ]
        }
        """#
}
