/// Benchmark inputs: commands as coding agents write them in Bash tool calls.
enum AgentCommands {
    static let typical: [(name: String, command: String)] = [
        ("git-status", "git status"),
        ("test-run", "cd /work/app && npm test -- --watch=false 2>&1 | tail -40"),
        ("grep", #"rg -n "volumeDelete" src/ --glob '*.ts' | head -20"#),
        ("force-push", "git push --force origin main"),
        ("rm-rf", #"rm -rf "$HOME/.cache/app" build/ dist/"#),
        ("wrapped", #"sudo -u deploy env NODE_ENV=production bash -c 'cd /srv && rm -rf releases/old'"#),
        (
            "incident",
            #"curl -s -X POST https://backboard.railway.app/graphql/v2 -H "Authorization: Bearer $RAILWAY_TOKEN" -H 'Content-Type: application/json' -d '{"query":"mutation { volumeDelete(volumeId: \"3d1f0c2e\") }"}'"#
        ),
        ("psql-heredoc", "psql \"$DATABASE_URL\" <<'SQL'\nSELECT id, email FROM users WHERE id = 42;\nSQL"),
        ("python-one-liner", #"python3 -c 'import json,sys; print(json.load(sys.stdin)["version"])' < package.json"#),
        ("find-xargs", #"find . -name '*.orig' -print0 | xargs -0 rm -f"#),
    ]

    /// A `bytes`-long command: many chained ordinary commands with quoting and substitutions.
    static func large(bytes: Int) -> String {
        let unit = #"echo "step $(date +%s)" && grep -rn 'TODO' src/ | wc -l; "#
        return String(repeating: unit, count: bytes / unit.utf8.count + 1)
    }

    /// A `bytes`-long script made of the typical commands, one per line, repeated.
    static func script(bytes: Int) -> String {
        let unit = typical.map(\.command).joined(separator: "\n") + "\n"
        return String(repeating: unit, count: bytes / unit.utf8.count + 1)
    }

    /// A file written through a quoted heredoc, `bytes` long: how agents create files from the shell.
    static func heredocFile(bytes: Int) -> String {
        let line = "export function item42(value: number): string { return `value ${value}`.padStart(12) } // ok\n"
        return "cat > src/generated.ts <<'EOF'\n" + String(repeating: line, count: bytes / line.utf8.count) + "EOF\n"
    }

    /// `bytes` of source-like text with a few credentials in it.
    static func textWithSecrets(bytes: Int) -> String {
        let unit = """
            let config = loadConfig(path: "./config/app.yaml") // sha256: 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b
            export AWS_ACCESS_KEY_ID=AKIAQWERTYUIOPASDFGH
            const url = `https://api.example.com/v1/items/${id}?page=${page}`;

            """
        return String(repeating: unit, count: bytes / unit.utf8.count + 1)
    }
}
