/// Stopping the machine, killing processes en masse, dropping firewall rules, removing users and schedules,
/// overwriting, formatting and wiping disks.
enum SystemPack {
    /// The programs and action kinds the pack's rules apply to, so the pack is read only when an action needs it
    /// (checked against the JSON by `ClassificationPackTests`).
    static let scope = PackScope(
        programs: [
            "blkdiscard", "crontab", "dd", "delgroup", "deluser", "diskutil", "dscl", "firewall-cmd", "gdisk",
            "groupdel", "halt", "init", "ip6tables", "iptables", "iptables-legacy", "iptables-nft", "kill", "killall",
            "killall5", "mke2fs", "mkfs", "mkfs.bfs", "mkfs.btrfs", "mkfs.cramfs", "mkfs.exfat", "mkfs.ext2",
            "mkfs.ext3", "mkfs.ext4", "mkfs.f2fs", "mkfs.fat", "mkfs.jfs", "mkfs.minix", "mkfs.msdos", "mkfs.ntfs",
            "mkfs.reiserfs", "mkfs.vfat", "mkfs.xfs", "mkntfs", "mkswap", "modprobe", "newfs", "newfs_apfs",
            "newfs_hfs", "newfs_msdos", "nft", "passwd", "pkill", "poweroff", "reboot", "rmmod", "service", "sfdisk",
            "sgdisk", "shutdown", "swapoff", "sysadminctl", "sysctl", "systemctl", "telinit", "ufw", "umount",
            "userdel", "wipefs",
        ],
        kinds: ["file.delete", "file.write"])

    /// The pack, read from `json` the first time it is needed, and its index.
    static let pack = BuiltInPack.read(json, name: "system")
    static let index = PackIndex(pack: pack)

    static let json = #"""
        {
          "pack": "system",
          "description": "Stopping or rebooting the machine, killing processes en masse, flushing firewalls, stopping critical services, deleting users and crontabs, overwriting, formatting and wiping disks.",
          "programs": {
            "kill": {"clustersShortOptions": false, "optionsWithValue": ["-s", "-n"]},
            "pkill": {"optionsWithValue": ["-u", "-U", "-g", "-G", "-P", "-s", "-t", "--signal"]},
            "killall": {"optionsWithValue": ["-u", "--user", "-s", "--signal", "-o", "--older-than", "-y", "--younger-than"]},
            "iptables": {"optionsWithValue": ["-t", "--table"]},
            "ip6tables": {"optionsWithValue": ["-t", "--table"]},
            "systemctl": {"optionsWithValue": ["-H", "--host", "-M", "--machine", "-t", "--type", "-s", "--signal", "-p", "--property"]},
            "shutdown": {"clustersShortOptions": true},
            "crontab": {"optionsWithValue": ["-u"]},
            "dd": {"clustersShortOptions": false},
            "sgdisk": {"optionsWithValue": ["-d", "--delete", "-n", "--new", "-t", "--typecode"]},
            "diskutil": {"clustersShortOptions": false}
          },
          "rules": [
            {
              "id": "system.power.shutdown",
              "category": "system",
              "flags": ["destructive"],
              "message": "shuts down or reboots the machine, stopping everything running on it",
              "alternative": "ask a human to restart the machine; restart only the service you changed",
              "match": [
                {"action": "shell.exec", "program": ["shutdown", "reboot", "halt", "poweroff"]},
                {"action": "shell.exec", "program": "systemctl",
                 "subcommand": ["reboot", "poweroff", "halt", "kexec", "soft-reboot", "emergency", "rescue"]},
                {"action": "shell.exec", "program": ["init", "telinit"], "operand": {"position": 0, "equals": ["0", "6", "1", "s", "S"]}},
                {"action": "shell.exec", "program": "systemctl", "subcommand": "isolate",
                 "operand": {"equals": ["rescue.target", "emergency.target", "poweroff.target", "reboot.target", "halt.target"]}}
              ],
              "unless": [{"flags": ["-c", "--help", "-k"]}]
            },
            {
              "id": "system.kill.all-processes",
              "category": "system",
              "flags": ["destructive"],
              "message": "signals every process you may signal (pid -1), which ends your session and its services",
              "alternative": "kill the specific process by its pid, after checking it with ps",
              "match": [
                {"action": "shell.exec", "program": "kill", "word": {"position": -1, "equals": "-1"}},
                {"action": "shell.exec", "program": "kill", "operand": {"equals": "-1"}}
              ]
            },
            {
              "id": "system.kill.by-name",
              "category": "system",
              "flags": ["destructive"],
              "message": "kills every process with a matching name, including ones that are not yours to stop",
              "alternative": "find the process with pgrep -a and kill it by pid",
              "match": [
                {"action": "shell.exec", "program": ["killall", "killall5"]},
                {"action": "shell.exec", "program": "pkill",
                 "flags": ["-9", "-KILL", "-SIGKILL", "-kill"]},
                {"action": "shell.exec", "program": "pkill", "option": {"name": ["--signal", "-s"], "equals": ["9", "KILL", "SIGKILL"], "ignoreCase": true}}
              ],
              "unless": [{"flags": ["-l", "--list"], "program": ["killall"]}]
            },
            {
              "id": "system.crontab.remove",
              "category": "system",
              "flags": ["destructive", "irreversible"],
              "message": "crontab -r deletes the whole crontab, with no backup",
              "alternative": "crontab -l > crontab.bak first, then crontab -e to remove one entry",
              "match": {"action": "shell.exec", "program": "crontab", "flags": ["-r"]}
            },
            {
              "id": "system.firewall.flush",
              "category": "system",
              "flags": ["destructive"],
              "message": "flushes or disables the firewall rules",
              "alternative": "add or delete one specific rule, after saving the current rules (iptables-save)",
              "match": [
                {"action": "shell.exec", "program": ["iptables", "ip6tables", "iptables-legacy", "iptables-nft"],
                 "flags": ["-F", "--flush", "-X", "--delete-chain", "-P", "--policy"]},
                {"action": "shell.exec", "program": "nft", "subcommand": ["flush ruleset", "delete table", "flush table"]},
                {"action": "shell.exec", "program": "ufw", "subcommand": ["disable", "reset"]},
                {"action": "shell.exec", "program": "firewall-cmd", "flags": ["--panic-on", "--complete-reload"]}
              ]
            },
            {
              "id": "system.service.stop-critical",
              "category": "system",
              "flags": ["destructive"],
              "message": "stops, disables or masks a service the machine or remote access depends on",
              "alternative": "restart the service instead (systemctl restart), or ask a human",
              "match": [
                {"action": "shell.exec", "program": "systemctl", "subcommand": ["stop", "disable", "mask", "kill"],
                 "operand": {"glob": ["ssh", "ssh.*", "sshd", "sshd.*", "systemd-*", "dbus", "dbus.*", "network*", "NetworkManager*",
                                      "docker", "docker.*", "containerd", "containerd.*", "kubelet", "kubelet.*", "firewalld*",
                                      "ufw", "ufw.*", "postgresql*", "mysql*", "mariadb*", "redis*", "mongod*", "nginx*",
                                      "apache2*", "httpd*", "cron", "cron.*", "crond*", "rsyslog*", "auditd*", "multi-user.target",
                                      "wpa_supplicant*", "getty*", "*.target"]}},
                {"action": "shell.exec", "program": "service",
                 "operand": [{"position": 0, "glob": ["ssh", "sshd", "networking", "network-manager", "docker", "kubelet", "postgresql*", "mysql*", "nginx", "apache2", "cron"]},
                             {"position": 1, "equals": ["stop"]}]}
              ]
            },
            {
              "id": "system.user.delete",
              "category": "system",
              "flags": ["destructive"],
              "message": "deletes a user account or group (with -r, its home directory too)",
              "alternative": "lock the account (usermod -L) and ask a human to remove it",
              "match": [
                {"action": "shell.exec", "program": ["userdel", "deluser", "groupdel", "delgroup"]},
                {"action": "shell.exec", "program": "dscl", "word": {"equals": ["-delete"]}},
                {"action": "shell.exec", "program": "sysadminctl", "flags": ["-deleteUser"]}
              ]
            },
            {
              "id": "system.password.remove",
              "category": "system",
              "flags": ["destructive"],
              "message": "removes or expires a user's password",
              "alternative": "ask a human to change account credentials",
              "match": {"action": "shell.exec", "program": "passwd", "flags": ["-d", "--delete"]}
            },
            {
              "id": "system.kernel.modify",
              "category": "system",
              "flags": ["destructive"],
              "message": "unloads kernel modules or switches off swap or a mounted file system by force",
              "alternative": "ask a human to change kernel and mount configuration",
              "match": [
                {"action": "shell.exec", "program": ["rmmod"]},
                {"action": "shell.exec", "program": "modprobe", "flags": ["-r", "--remove"]},
                {"action": "shell.exec", "program": "swapoff", "flags": ["-a", "--all"]},
                {"action": "shell.exec", "program": "umount", "flags": ["-f", "--force", "-l", "--lazy", "-a", "--all"]}
              ]
            },
            {
              "id": "system.sysrq",
              "category": "system",
              "flags": ["destructive", "irreversible"],
              "message": "writes to the kernel's SysRq trigger, which can crash or reboot the machine at once",
              "alternative": "ask a human to restart the machine",
              "match": {"action": "file.write", "path": ["/proc/sysrq-trigger", "/proc/sys/kernel/*"]}
            },
            {
              "id": "system.sysctl.write",
              "category": "system",
              "flags": ["destructive"],
              "message": "changes kernel parameters of the running system",
              "alternative": "ask a human to tune kernel parameters",
              "match": {"action": "shell.exec", "program": "sysctl", "flags": ["-w", "--write", "-p", "--load"]}
            },
            {
              "id": "system.disk.overwrite",
              "category": "system",
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
              "id": "system.mkfs",
              "category": "system",
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
              "id": "system.wipe-signatures",
              "category": "system",
              "flags": ["destructive", "irreversible"],
              "message": "erases partition tables or file system signatures, or discards a device's blocks",
              "alternative": "ask a human to repartition or wipe devices",
              "match": [
                {"action": "shell.exec", "program": ["wipefs", "blkdiscard"]},
                {"action": "shell.exec", "program": ["sgdisk", "gdisk"], "flags": ["-Z", "--zap-all", "-z", "--zap", "-o", "--clear"]},
                {"action": "shell.exec", "program": ["sfdisk"], "flags": ["--delete", "--wipe"]}
              ],
              "unless": [{"flags": ["--no-act", "-n"]}]
            }
          ]
        }
        """#
}
