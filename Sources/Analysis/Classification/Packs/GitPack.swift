/// Git commands that lose work or history, locally or on a remote.
enum GitPack {
    /// The programs and action kinds the pack's rules apply to, so the pack is read only when an action needs it
    /// (checked against the JSON by `ClassificationPackTests`).
    static let scope = PackScope(
        programs: ["bfg", "git", "git-filter-branch", "git-filter-repo"],
        kinds: [])

    /// The pack, read from `json` the first time it is needed, and its index.
    static let pack = BuiltInPack.read(json, name: "git")
    static let index = PackIndex(pack: pack)

    static let json = #"""
        {
          "pack": "git",
          "description": "Git commands that discard uncommitted work, rewrite or delete history, or overwrite a remote.",
          "programs": {
            "git": {
              "optionsWithValue": ["-C", "-c", "--git-dir", "--work-tree", "--namespace", "--config-env", "--super-prefix",
                                   "-m", "-F", "--message", "--file", "-o", "--push-option", "--repo", "--receive-pack",
                                   "--exec", "--template", "--pathspec-from-file"],
              "abbreviatesLongOptions": true
            }
          },
          "rules": [
            {
              "id": "git.reset.hard",
              "category": "git",
              "flags": ["destructive", "irreversible"],
              "message": "git reset --hard discards uncommitted changes (and, with a target, the commits after it)",
              "alternative": "git stash push (keeps the changes), or git reset --keep, or commit to a branch first",
              "match": {"action": "shell.exec", "program": "git", "subcommand": "reset", "flags": ["--hard"]}
            },
            {
              "id": "git.clean.force",
              "category": "git",
              "flags": ["destructive", "irreversible"],
              "message": "git clean -f deletes untracked files, which git cannot restore",
              "alternative": "git clean -n to list what would be deleted, then delete specific files",
              "match": {"action": "shell.exec", "program": "git", "subcommand": "clean", "flags": ["-f", "--force"]},
              "unless": [{"flags": ["-n", "--dry-run"]}]
            },
            {
              "id": "git.checkout.discard",
              "category": "git",
              "flags": ["destructive", "irreversible"],
              "message": "git checkout of paths overwrites working-tree files, discarding their uncommitted changes",
              "alternative": "git stash push -- <paths> first, or git diff to review what would be lost",
              "match": [
                {"action": "shell.exec", "program": "git", "subcommand": "checkout", "flags": ["--"]},
                {"action": "shell.exec", "program": "git", "subcommand": "checkout",
                 "operand": {"equals": [".", ":/", "*", "./", ":/*", ":(top)"]}}
              ]
            },
            {
              "id": "git.checkout.force",
              "category": "git",
              "flags": ["destructive", "irreversible"],
              "message": "switching branches with --force or --discard-changes throws away uncommitted changes",
              "alternative": "git stash push, then switch branches",
              "match": [
                {"action": "shell.exec", "program": "git", "subcommand": "checkout", "flags": ["-f", "--force"]},
                {"action": "shell.exec", "program": "git", "subcommand": "switch",
                 "flags": ["-f", "--force", "--discard-changes"]}
              ]
            },
            {
              "id": "git.restore.worktree",
              "category": "git",
              "flags": ["destructive", "irreversible"],
              "message": "git restore overwrites working-tree files, discarding their uncommitted changes",
              "alternative": "git stash push -- <paths> first; git restore --staged only unstages",
              "match": {"action": "shell.exec", "program": "git", "subcommand": "restore"},
              "unless": [{"flags": {"any": ["-S", "--staged"], "none": ["-W", "--worktree"]}}]
            },
            {
              "id": "git.rm.force",
              "category": "git",
              "flags": ["destructive"],
              "message": "git rm --force deletes files even when they have uncommitted changes",
              "alternative": "git rm --cached to stop tracking a file without deleting it, or commit first",
              "match": {"action": "shell.exec", "program": "git", "subcommand": "rm", "flags": ["-f", "--force"]},
              "unless": [{"flags": ["--cached", "-n", "--dry-run"]}]
            },
            {
              "id": "git.push.force",
              "category": "git",
              "flags": ["destructive", "irreversible"],
              "message": "git push --force overwrites the remote branch, dropping commits others may have pushed",
              "alternative": "git push --force-with-lease (refuses if the remote moved), or push a new branch",
              "match": {"action": "shell.exec", "program": "git", "subcommand": "push", "flags": ["-f", "--force"]},
              "unless": [{"flags": ["-n", "--dry-run"]}]
            },
            {
              "id": "git.push.force-refspec",
              "category": "git",
              "flags": ["destructive", "irreversible"],
              "message": "a +refspec force-pushes that ref, overwriting the remote branch",
              "alternative": "git push --force-with-lease <remote> <branch>, or push a new branch",
              "match": {"action": "shell.exec", "program": "git", "subcommand": "push", "operand": {"glob": "+?*"}},
              "unless": [{"flags": ["--force-with-lease"]}, {"flags": ["-n", "--dry-run"]}]
            },
            {
              "id": "git.push.delete-refspec",
              "category": "git",
              "flags": ["destructive"],
              "message": "a :ref refspec deletes the branch or tag on the remote",
              "alternative": "leave the remote branch; ask a human to delete shared branches",
              "match": {"action": "shell.exec", "program": "git", "subcommand": "push", "operand": {"glob": ":?*"}},
              "unless": [{"flags": ["-n", "--dry-run"]}]
            },
            {
              "id": "git.push.delete",
              "category": "git",
              "flags": ["destructive"],
              "message": "git push --delete deletes branches or tags on the remote",
              "alternative": "leave the remote branch; ask a human to delete shared branches",
              "match": {"action": "shell.exec", "program": "git", "subcommand": "push", "flags": ["-d", "--delete"]},
              "unless": [{"flags": ["-n", "--dry-run"]}]
            },
            {
              "id": "git.push.mirror",
              "category": "git",
              "flags": ["destructive", "irreversible"],
              "message": "git push --mirror makes the remote's refs equal to yours: remote-only branches are deleted, others overwritten",
              "alternative": "push the branches you mean by name",
              "match": {"action": "shell.exec", "program": "git", "subcommand": "push", "flags": ["--mirror"]},
              "unless": [{"flags": ["-n", "--dry-run"]}]
            },
            {
              "id": "git.push.prune",
              "category": "git",
              "flags": ["destructive"],
              "message": "git push --prune deletes remote branches that have no local counterpart",
              "alternative": "push the branches you mean by name, without --prune",
              "match": {"action": "shell.exec", "program": "git", "subcommand": "push", "flags": ["--prune"]},
              "unless": [{"flags": ["-n", "--dry-run"]}]
            },
            {
              "id": "git.branch.force-delete",
              "category": "git",
              "flags": ["destructive"],
              "message": "git branch -D deletes a branch even when its commits are not merged anywhere",
              "alternative": "git branch -d (refuses to delete unmerged work)",
              "match": [
                {"action": "shell.exec", "program": "git", "subcommand": "branch", "flags": ["-D"]},
                {"action": "shell.exec", "program": "git", "subcommand": "branch", "flags": {"all": ["-d", "-f"]}},
                {"action": "shell.exec", "program": "git", "subcommand": "branch", "flags": {"all": ["--delete", "--force"]}},
                {"action": "shell.exec", "program": "git", "subcommand": "branch", "flags": {"all": ["-d", "--force"]}},
                {"action": "shell.exec", "program": "git", "subcommand": "branch", "flags": {"all": ["--delete", "-f"]}}
              ],
              "unless": [{"flags": ["-r", "--remotes"]}]
            },
            {
              "id": "git.branch.force-overwrite",
              "category": "git",
              "flags": ["destructive"],
              "message": "git branch with --force, -M or -C moves or replaces an existing branch, dropping its commits",
              "alternative": "create a branch with a new name",
              "match": {"action": "shell.exec", "program": "git", "subcommand": "branch", "flags": ["-M", "-C", "-f", "--force"]},
              "unless": [{"flags": ["-d", "-D", "--delete"]}]
            },
            {
              "id": "git.stash.drop",
              "category": "git",
              "flags": ["destructive", "irreversible"],
              "message": "git stash drop deletes a stash entry and the changes saved in it",
              "alternative": "git stash apply (keeps the entry), or git stash branch <name>",
              "match": {"action": "shell.exec", "program": "git", "subcommand": "stash drop"}
            },
            {
              "id": "git.stash.clear",
              "category": "git",
              "flags": ["destructive", "irreversible"],
              "message": "git stash clear deletes every stash entry",
              "alternative": "drop the specific entries you no longer need, after checking them with git stash show",
              "match": {"action": "shell.exec", "program": "git", "subcommand": "stash clear"}
            },
            {
              "id": "git.history.rewrite",
              "category": "git",
              "flags": ["destructive", "irreversible"],
              "message": "rewrites the repository's whole history",
              "alternative": "work on a fresh clone and let a human review before pushing rewritten history",
              "match": [
                {"action": "shell.exec", "program": "git", "subcommand": ["filter-branch", "filter-repo"]},
                {"action": "shell.exec", "program": ["git-filter-repo", "git-filter-branch", "bfg"]}
              ]
            },
            {
              "id": "git.reflog.expire",
              "category": "git",
              "flags": ["destructive", "irreversible"],
              "message": "expiring or deleting reflog entries removes the record that lets lost commits be recovered",
              "alternative": "leave the reflog; git gc prunes it on its own schedule",
              "match": {"action": "shell.exec", "program": "git", "subcommand": ["reflog expire", "reflog delete"]}
            },
            {
              "id": "git.gc.prune-now",
              "category": "git",
              "flags": ["destructive", "irreversible"],
              "message": "pruning unreachable objects now deletes commits that are only recoverable from them",
              "alternative": "git gc without --prune=now keeps unreachable objects for two weeks",
              "match": [
                {"action": "shell.exec", "program": "git", "subcommand": "gc",
                 "option": {"name": "--prune", "equals": ["now", "all"]}},
                {"action": "shell.exec", "program": "git", "subcommand": "prune"}
              ],
              "unless": [{"flags": ["-n", "--dry-run"]}]
            },
            {
              "id": "git.update-ref.delete",
              "category": "git",
              "flags": ["destructive"],
              "message": "git update-ref -d deletes a ref directly",
              "alternative": "git branch -d or git tag -d, which check what they delete",
              "match": {"action": "shell.exec", "program": "git", "subcommand": "update-ref", "flags": ["-d"]}
            },
            {
              "id": "git.tag.delete",
              "category": "git",
              "flags": ["destructive"],
              "message": "git tag -d deletes a tag",
              "alternative": "leave released tags in place; create a new tag instead",
              "match": {"action": "shell.exec", "program": "git", "subcommand": "tag", "flags": ["-d", "--delete"]}
            },
            {
              "id": "git.worktree.remove-force",
              "category": "git",
              "flags": ["destructive", "irreversible"],
              "message": "git worktree remove --force deletes a worktree with its uncommitted changes",
              "alternative": "commit or stash in the worktree first, then git worktree remove",
              "match": {"action": "shell.exec", "program": "git", "subcommand": "worktree remove", "flags": ["-f", "--force"]}
            },
            {
              "id": "git.submodule.deinit-force",
              "category": "git",
              "flags": ["destructive"],
              "message": "git submodule deinit --force removes submodule working trees with local changes",
              "alternative": "commit or stash inside the submodule first",
              "match": {"action": "shell.exec", "program": "git", "subcommand": "submodule deinit", "flags": ["-f", "--force"]}
            }
          ]
        }
        """#
}
