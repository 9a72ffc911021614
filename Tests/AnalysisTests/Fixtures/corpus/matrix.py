"""The same command through every way of running it: one action per domain × one bypass family.

Both corpora use it: must_flag.py with one destructive action per domain (each variant must be flagged with the
action's category), benign.py with one harmless action per domain (no variant may be flagged: a wrapper by itself
is not a finding).
"""

import shlex


def line(argv: list[str]) -> str:
    return shlex.join(argv)


# family, how the command is run, a template for the rationale
VARIANTS = [
    ("wrapper", lambda a: "sudo " + line(a), "sudo runs it"),
    ("wrapper", lambda a: "bash -c " + shlex.quote(line(a)), "bash -c runs it"),
    ("wrapper", lambda a: "ssh prod-1 " + shlex.quote(line(a)), "ssh runs it on a server"),
    ("wrapper", lambda a: "nohup " + line(a) + " > /dev/null 2>&1 &", "nohup runs it in the background"),
    ("wrapper", lambda a: "eval " + shlex.quote(line(a)), "eval of a literal runs it"),
    ("absolute-path", lambda a: "/usr/bin/" + line(a), "the program by absolute path"),
    ("heredoc", lambda a: "bash <<'EOF'\n" + line(a) + "\nEOF", "a heredoc script for bash"),
    ("stdin", lambda a: "echo " + shlex.quote(line(a)) + " | sh", "a literal piped into sh"),
    ("substitution", lambda a: 'out="$(' + line(a) + ')"', "inside a command substitution"),
    ("chaining", lambda a: "cd /srv/app && " + line(a), "after cd in a chain"),
    ("interpreter", lambda a: 'python3 -c "import subprocess; subprocess.run(' + repr(a) + ')"', "Python subprocess.run"),
    ("interpreter", lambda a: "node -e \"require('child_process').execFileSync(" + repr(a[0]) + ", " + repr(a[1:]) + ")\"", "Node execFileSync"),
]

DESTRUCTIVE = [
    ("filesystem", ["rm", "-rf", "/"], "deletes the root directory"),
    ("system", ["shutdown", "-h", "now"], "halts the machine"),
    ("git", ["git", "push", "--force", "origin", "main"], "force-pushes main"),
    ("database", ["psql", "-c", "DROP DATABASE app"], "drops a database"),
    ("database", ["redis-cli", "FLUSHALL"], "erases every Redis key"),
    ("containers", ["docker", "volume", "rm", "pgdata"], "removes a data volume"),
    ("kubernetes", ["kubectl", "delete", "namespace", "prod"], "deletes a namespace"),
    ("infrastructure-as-code", ["terraform", "destroy", "-auto-approve"], "destroys the infrastructure"),
    ("cloud", ["aws", "s3", "rb", "s3://prod-backups", "--force"], "deletes a bucket"),
    ("paas", ["fly", "apps", "destroy", "my-app", "--yes"], "destroys an app"),
    ("github", ["gh", "repo", "delete", "acme/api", "--yes"], "deletes a repository"),
    ("secret-manager", ["vault", "kv", "delete", "secret/prod/api"], "deletes a secret"),
    ("http-api", ["curl", "-X", "DELETE", "https://api.heroku.com/apps/my-app"], "deletes an app through the API"),
    ("secrets", ["cat", ".env"], "prints the secrets file"),
]

HARMLESS = [
    (["ls", "-la", "src"], "lists a directory"),
    (["uptime"], "prints the uptime"),
    (["git", "status", "--short"], "shows the working tree"),
    (["psql", "-c", "SELECT count(*) FROM users"], "counts rows"),
    (["redis-cli", "PING"], "pings Redis"),
    (["docker", "ps", "-a"], "lists containers"),
    (["kubectl", "get", "pods", "-n", "prod"], "lists pods"),
    (["terraform", "plan", "-no-color"], "plans without changing anything"),
    (["aws", "s3", "ls", "s3://prod-assets"], "lists a bucket"),
    (["fly", "status", "-a", "my-app"], "shows app status"),
    (["gh", "pr", "list", "--limit", "5"], "lists pull requests"),
    (["vault", "status"], "shows Vault status"),
    (["curl", "-s", "https://api.github.com/zen"], "a GET request"),
    (["cat", "README.md"], "prints the README"),
]
