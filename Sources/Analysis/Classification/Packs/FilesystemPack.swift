/// Deleting, wiping and overwriting files and disks.
enum FilesystemPack {
    /// The programs and action kinds the pack's rules apply to, so the pack is read only when an action needs it
    /// (checked against the JSON by `ClassificationPackTests`).
    static let scope = PackScope(
        programs: [
            "blkdiscard", "cfdisk", "chgrp", "chmod", "chown", "dd", "diskutil", "fdisk", "gdisk", "gparted", "mke2fs",
            "mkfs", "mkfs.bfs", "mkfs.btrfs", "mkfs.cramfs", "mkfs.exfat", "mkfs.ext2", "mkfs.ext3", "mkfs.ext4",
            "mkfs.f2fs", "mkfs.fat", "mkfs.jfs", "mkfs.minix", "mkfs.msdos", "mkfs.ntfs", "mkfs.reiserfs", "mkfs.vfat",
            "mkfs.xfs", "mkntfs", "mkswap", "newfs", "newfs_apfs", "newfs_hfs", "newfs_msdos", "parted", "rm", "sfdisk",
            "sgdisk", "shred", "srm", "truncate", "wipe", "wipefs",
        ],
        kinds: ["file.delete", "file.write"])

    /// The pack, read from `json` the first time it is needed, and its index.
    static let pack = BuiltInPack.read(json, name: "filesystem")
    static let index = PackIndex(pack: pack)

    static let json = #"""
        {
          "pack": "filesystem",
          "description": "Deleting, wiping and overwriting files, directories, file systems and disks.",
          "programs": {
            "dd": {"clustersShortOptions": false},
            "truncate": {"optionsWithValue": ["-s", "--size", "-r", "--reference"]},
            "chmod": {"optionsWithValue": ["--reference"]},
            "chown": {"optionsWithValue": ["--reference", "--from"]},
            "sgdisk": {"optionsWithValue": ["-d", "--delete", "-n", "--new", "-t", "--typecode"]},
            "diskutil": {"clustersShortOptions": false}
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
              "message": "deletes recursively a path known only at run time (an empty variable can make it /)",
              "alternative": "check the variable first (${DIR:?}) or delete a literal path inside the project",
              "match": {"action": "file.delete", "recursive": true, "static": false, "path": {"contains": ["$", "`"]}},
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
              "id": "fs.disk.overwrite",
              "category": "filesystem",
              "flags": ["destructive", "irreversible"],
              "message": "writes directly to a disk device, destroying its file systems",
              "alternative": "write to a file, or ask a human to image the disk",
              "match": [
                {"action": ["file.write", "file.delete"],
                 "path": ["/dev/sd*", "/dev/hd*", "/dev/vd*", "/dev/xvd*", "/dev/nvme*", "/dev/mmcblk*", "/dev/disk*",
                          "/dev/rdisk*", "/dev/md*", "/dev/dm-*", "/dev/mapper/*", "/dev/loop*", "/dev/sr*", "/dev/mem",
                          "/dev/kmem", "/dev/port"]},
                {"action": "shell.exec", "program": "dd",
                 "operand": {"glob": ["of=/dev/sd*", "of=/dev/hd*", "of=/dev/vd*", "of=/dev/xvd*", "of=/dev/nvme*",
                                      "of=/dev/mmcblk*", "of=/dev/disk*", "of=/dev/rdisk*", "of=/dev/md*", "of=/dev/dm-*",
                                      "of=/dev/mapper/*", "of=/dev/mem"]}}
              ]
            },
            {
              "id": "fs.mkfs",
              "category": "filesystem",
              "flags": ["destructive", "irreversible"],
              "message": "creates a file system, erasing what the device held",
              "alternative": "ask a human to format devices; use a disk image file for experiments",
              "match": [
                {"action": "shell.exec",
                 "program": ["mkfs", "mkfs.ext2", "mkfs.ext3", "mkfs.ext4", "mkfs.xfs", "mkfs.btrfs", "mkfs.vfat", "mkfs.fat",
                             "mkfs.msdos", "mkfs.ntfs", "mkfs.exfat", "mkfs.f2fs", "mkfs.minix", "mke2fs", "mkswap", "mkntfs",
                             "newfs", "newfs_apfs", "newfs_hfs", "newfs_msdos", "mkfs.bfs", "mkfs.cramfs", "mkfs.jfs", "mkfs.reiserfs"]},
                {"action": "shell.exec", "program": "diskutil",
                 "subcommand": ["eraseDisk", "eraseVolume", "zeroDisk", "randomDisk", "secureErase", "partitionDisk",
                                "reformat", "apfs deleteContainer", "apfs deleteVolume", "apfs eraseVolume"]}
              ]
            },
            {
              "id": "fs.wipe-signatures",
              "category": "filesystem",
              "flags": ["destructive", "irreversible"],
              "message": "erases partition tables or file system signatures, or discards a device's blocks",
              "alternative": "ask a human to repartition or wipe devices",
              "match": [
                {"action": "shell.exec", "program": ["wipefs", "blkdiscard"]},
                {"action": "shell.exec", "program": ["sgdisk", "gdisk"], "flags": ["-Z", "--zap-all", "-z", "--zap", "-o", "--clear"]},
                {"action": "shell.exec", "program": ["sfdisk"], "flags": ["--delete", "--wipe"]}
              ],
              "unless": [{"flags": ["--no-act", "-n"]}]
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
            }
          ]
        }
        """#
}
