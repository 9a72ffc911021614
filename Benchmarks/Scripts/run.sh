#!/usr/bin/env bash
# Reproduces docs/performance.md: generates the inputs, runs the ordo-one benchmarks of the Cedar engine, and
# times the same inputs with Rust Cedar (cedarpy) and with `warden cedar authorize --timing`, same machine, same run.
# Usage: Benchmarks/Scripts/run.sh [INPUTS_DIR]   (needs .venv with cedarpy: scripts/test creates it)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
inputs=${1:-/tmp/warden-bench-inputs}
python="${WARDEN_PYTHON:-$root/.venv/bin/python}"

python3 "$root/Benchmarks/Scripts/generate_inputs.py" "$inputs"

echo "--- ordo-one/benchmark (release)"
(cd "$root/Benchmarks" && WARDEN_BENCH_INPUTS="$inputs" swift package --disable-sandbox benchmark \
    --no-progress --format markdown --metric wallClock --metric instructions --metric mallocCountTotal)

echo "--- side by side with Rust Cedar (internal timers, authorization only)"
swift build -c release --package-path "$root" --product warden >/dev/null
"$python" "$root/Benchmarks/Scripts/compare_with_rust.py" "$inputs" "$root/.build/release/warden" --rounds 5
