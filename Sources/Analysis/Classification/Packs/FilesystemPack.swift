/// Deleting, shredding and overwriting files and directories.
enum FilesystemPack {
    /// The programs and action kinds the pack's rules apply to, so the pack is read only when an action needs it
    /// (checked against the JSON by `ClassificationPackTests`).
    static let scope = PackScope(
        programs: [
            "cfdisk", "chgrp", "chmod", "chown", "fdisk", "gln", "gparted", "ln", "parted", "rm", "sfdisk", "shred",
            "srm", "truncate", "wipe",
        ],
        kinds: ["file.delete", "file.write"])

    /// The pack, read from `json` the first time it is needed, and its index.
    static let pack = BuiltInPack.read(json, name: "filesystem")
    static let index = PackIndex(pack: pack)

    static let json = #"""
        {
          "pack": "filesystem",
          "description": "Deleting, shredding, truncating and overwriting files and directories, editing partition tables, opening permissions.",
          "programs": {
            "truncate": {"optionsWithValue": ["-s", "--size", "-r", "--reference"]},
            "chmod": {"optionsWithValue": ["--reference"]},
            "chown": {"optionsWithValue": ["--reference", "--from"]}
          },
          "rules": [
            {
              "id": "fs.delete.root",
              "category": "filesystem",
              "flags": ["destructive", "irreversible"],
              "message": "deletes the root directory: every file on the machine",
              "alternative": "delete the specific directory you mean, by its full path",
              "match": {"action": "file.delete", "path": "/"}
            },
            {
              "id": "fs.delete.root-contents",
              "category": "filesystem",
              "flags": ["destructive", "irreversible"],
              "message": "deletes everything under the root directory",
              "alternative": "delete the specific directory you mean, by its full path",
              "match": {"action": "file.delete", "path": {"equals": ["/*", "/.*", "/**"]}}
            },
            {
              "id": "fs.delete.no-preserve-root",
              "category": "filesystem",
              "flags": ["destructive", "irreversible"],
              "message": "rm with --no-preserve-root: the safeguard against deleting / is switched off",
              "alternative": "drop --no-preserve-root and name the directory to delete",
              "match": {"action": "shell.exec", "program": "rm", "flags": ["--no-preserve-root"]}
            },
            {
              "id": "fs.delete.home",
              "category": "filesystem",
              "flags": ["destructive", "irreversible"],
              "message": "deletes a home directory or everything in it",
              "alternative": "delete only the files you created, by their paths",
              "match": {
                "action": "file.delete",
                "path": {
                  "equals": ["~/*", "~/.*", "/home/*", "/Users/*", "/root/*"],
                  "glob": ["~", "~*", "/home", "/home/*", "/Users", "/Users/*", "/root", "/var/root"]
                }
              }
            },
            {
              "id": "fs.delete.system-directory",
              "category": "filesystem",
              "flags": ["destructive", "irreversible"],
              "message": "deletes a system directory the machine needs to run",
              "alternative": "change system files through the package manager or configuration tools",
              "match": {
                "action": "file.delete",
                "path": [
                  "/bin", "/boot", "/dev", "/etc", "/lib", "/lib32", "/lib64", "/opt", "/proc", "/sbin", "/srv", "/sys",
                  "/usr", "/var", "/usr/*", "/var/*", "/etc/*", "/boot/*", "/var/lib/*",
                  "/System", "/System/**", "/Library", "/Applications", "/private", "/private/etc", "/private/var",
                  "/snap", "/nix", "/nix/store", "/mnt", "/media", "/Volumes", "/Volumes/*"
                ]
              },
              "unless": [{"path": ["/var/tmp", "/usr/local", "/usr/src", "/opt/homebrew"]}]
            },
            {
              "id": "fs.delete.system-file",
              "category": "filesystem",
              "flags": ["destructive"],
              "message": "deletes files inside a system directory",
              "alternative": "change system files through the package manager or configuration tools",
              "match": {
                "action": "file.delete",
                "path": ["/etc/**", "/boot/**", "/bin/**", "/sbin/**", "/lib/**", "/lib64/**", "/usr/**", "/System/**",
                         "/var/lib/**", "/var/log/**"]
              },
              "unless": [{"path": ["/usr/local/**", "/usr/src/**", "/var/lib/docker/tmp/**"]}]
            },
            {
              "id": "fs.delete.working-directory",
              "category": "filesystem",
              "flags": ["destructive", "irreversible"],
              "message": "deletes the current or a parent directory, or everything in it",
              "alternative": "delete the specific files or build directories you mean, by name",
              "match": {
                "action": "file.delete",
                "path": {"equals": [".", "..", "../..", "../../..", "../../../..", "*", ".*", "../*", "../../*", "*/", "**"]}
              }
            },
            {
              "id": "fs.delete.git-directory",
              "category": "filesystem",
              "flags": ["destructive", "irreversible"],
              "message": "deletes a repository's .git directory: its whole history and unpushed work",
              "alternative": "keep .git; to start over, clone the repository again into a new directory",
              "match": {"action": "file.delete", "path": ["**/.git", "**/.git/objects", "**/.git/objects/**", "**/.git/refs", "**/.git/refs/**"]}
            },
            {
              "id": "fs.delete.dynamic-path",
              "category": "filesystem",
              "flags": ["destructive", "irreversible"],
              "message": "deletes recursively a path known only at run time: a variable (an empty one can make it /), or what find or xargs hands over",
              "alternative": "check the variable first (${DIR:?}) or delete a literal path inside the project",
              "match": [
                {"action": "file.delete", "recursive": true, "static": false, "path": {"contains": ["$", "`"]}},
                {"action": "file.delete", "recursive": true, "static": false, "path": {"not": {"contains": ["*", "?", "["]}}}
              ],
              "unless": [{"path": ["/tmp/?*/**", "/tmp/?*", "/var/tmp/?*", "/var/tmp/?*/**", "$TMPDIR/?*", "$TMPDIR/?*/**",
                                    "/private/tmp/?*", "/private/tmp/?*/**", "/dev/shm/?*", "/dev/shm/?*/**"]}]
            },
            {
              "id": "fs.shred",
              "category": "filesystem",
              "flags": ["destructive", "irreversible"],
              "message": "shreds files: overwrites their content so it cannot be recovered",
              "alternative": "delete the files normally (rm), or move them aside",
              "match": [
                {"action": "shell.exec", "program": ["shred", "srm", "wipe"]},
                {"action": "shell.exec", "program": "rm", "flags": ["-P"]}
              ]
            },
            {
              "id": "fs.partition",
              "category": "filesystem",
              "flags": ["destructive"],
              "message": "edits a disk's partition table",
              "alternative": "ask a human to repartition disks",
              "match": {"action": "shell.exec", "program": ["fdisk", "parted", "sfdisk", "cfdisk", "gparted"]},
              "unless": [{"flags": ["-l", "--list", "-s", "--show-size", "-d", "--dump"]}]
            },
            {
              "id": "fs.truncate.empty",
              "category": "filesystem",
              "flags": ["destructive", "irreversible"],
              "message": "truncates files to zero length, discarding their content",
              "alternative": "move the file aside or copy it before emptying it",
              "match": {"action": "shell.exec", "program": "truncate",
                        "option": {"name": ["-s", "--size"], "equals": ["0", "0K", "0M", "0G", "0B"]}}
            },
            {
              "id": "fs.chmod.world-writable-recursive",
              "category": "filesystem",
              "flags": ["destructive"],
              "message": "makes a whole tree writable (or fully open) for every user",
              "alternative": "grant the specific permission to the specific files that need it (chmod u+w file)",
              "match": {"action": "shell.exec", "program": "chmod", "flags": ["-R", "--recursive"],
                        "operand": {"position": 0, "equals": ["777", "0777", "666", "0666", "a+rwx", "ugo+rwx", "a+w", "o+w", "go+w", "ugo+w", "o+rwx", "+w", "a=rwx"]}}
            },
            {
              "id": "fs.permissions.system-recursive",
              "category": "filesystem",
              "flags": ["destructive"],
              "message": "changes owner or permissions of a whole system tree",
              "alternative": "change the ownership of the specific files that need it",
              "match": {"action": "shell.exec", "program": ["chmod", "chown", "chgrp"], "flags": ["-R", "--recursive"],
                        "operand": {"equals": ["/", "/*", "/etc", "/usr", "/var", "/bin", "/lib", "~", "$HOME", "/home"]}}
            },
            {
              "id": "fs.write.system-file",
              "category": "filesystem",
              "flags": ["destructive"],
              "message": "overwrites or changes a system file",
              "alternative": "change system configuration through the package manager or configuration tools",
              "match": {"action": "file.write",
                        "path": ["/etc/**", "/boot/**", "/bin/**", "/sbin/**", "/lib/**", "/lib64/**", "/usr/**", "/System/**"]},
              "unless": [{"path": ["/usr/local/**", "/usr/src/**"]}]
            },
            {
              "id": "fs.write.shell-startup",
              "category": "filesystem",
              "flags": [],
              "message": "changes a shell startup file or SSH authorization: code or keys that persist after the session",
              "alternative": "ask a human to change shell profiles and authorized keys",
              "match": {"action": "file.write",
                        "path": ["~/.bashrc", "~/.bash_profile", "~/.profile", "~/.zshrc", "~/.zprofile", "~/.zshenv",
                                 "~/.config/fish/config.fish", "~/.ssh/authorized_keys", "~/.ssh/authorized_keys2",
                                 "/root/.ssh/authorized_keys", "/root/.bashrc"]}
            },
            {
              "id": "fs.link.sensitive-target",
              "category": "filesystem",
              "flags": [],
              "message": "makes a symbolic link to the root, a home or a system directory: later commands through the innocent-looking link act on it (`rm -rf link/` empties the target)",
              "alternative": "name the directory itself in the commands that need it",
              "match": {"action": "shell.exec", "program": ["ln", "gln"], "flags": ["-s", "--symbolic"],
                        "operand": ["/", "//", "/.", "~", "~/", "$HOME", "$HOME/", "${HOME}", "${HOME}/", "/home",
                                    "/home/*", "/Users", "/Users/*", "/root", "/etc", "/usr", "/var", "/boot", "/bin",
                                    "/sbin", "/lib", "/lib64", "/opt", "/srv", "/mnt", "/media", "/proc", "/sys",
                                    "/dev"]}
            },
            {
              "id": "fs.write.tool-config",
              "category": "filesystem",
              "flags": [],
              "message": "changes a git hook or a tool's configuration: code other commands run later (git hooks, aliases and fsmonitor, SSH ProxyCommand) or requests they send elsewhere (curl and wget defaults)",
              "alternative": "ask a human to change hooks and tool configuration; pass options on the command line instead",
              "match": {"action": "file.write",
                        "path": ["**/.git/hooks/**", "**/.git/config", "~/.gitconfig", "~/.config/git/config",
                                 "~/.curlrc", "~/.config/curlrc", "~/.wgetrc", "~/.ssh/config", "/etc/gitconfig",
                                 "/etc/ssh/ssh_config"]}
            }
          ]
        }
        """#
}
