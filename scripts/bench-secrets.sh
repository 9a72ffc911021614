#!/usr/bin/env bash
# Release-mode timings of the secrets scanner (docs/secrets.md): compiles Sources/Analysis/Secrets with a small
# driver (whole-module, -O) and runs it. The Secrets folder depends on nothing else, so this takes seconds.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
swiftc -O -wmo -module-name SecretsBench "$root"/Sources/Analysis/Secrets/*.swift "$root/scripts/bench-secrets/main.swift" \
    -o "$out/bench-secrets"
"$out/bench-secrets"
