#!/usr/bin/env python3
"""Side-by-side: Warden's Cedar vs Rust Cedar (cedarpy), same inputs, same machine, same run.

Both sides are timed by the engine's own internal timer around authorization alone (JSON excluded):
`warden cedar authorize --timing` reports authz_ns per request; cedarpy reports authz_duration_micros.
Usage: compare_with_rust.py INPUTS WARDEN_BINARY [--rounds N]
"""
import json
import statistics
import subprocess
import sys
import time

import cedarpy

SCENARIOS = ["agents-10", "agents-100", "agents-1000", "gdrive", "github", "tinytodo"]


def rust(folder, rounds):
    policies = open(f"{folder}/policies.cedar").read()
    entities = cedarpy.Entities.from_json_str(open(f"{folder}/entities.json").read())
    requests = json.load(open(f"{folder}/requests.json"))
    policy_set = cedarpy.PolicySet.from_str(policies)
    times, decisions = [], None
    for _ in range(rounds):
        results = cedarpy.is_authorized_batch(requests, policy_set, entities)
        times += [r.metrics["authz_duration_micros"] * 1000 for r in results]
        decisions = [str(r.decision).split(".")[-1].lower() for r in results]
    return statistics.median(times), decisions


def warden(folder, binary, rounds):
    times, decisions = [], None
    for _ in range(rounds):
        out = subprocess.run([binary, "cedar", "authorize", "--positional-ids", "-p", f"{folder}/policies.cedar",
                              "--entities", f"{folder}/entities.json", "--requests", f"{folder}/requests.json",
                              "--format", "json", "--timing"], check=True, capture_output=True, text=True).stdout
        results = json.loads(out)
        times += [r["authz_ns"] for r in results]
        decisions = [r["decision"] for r in results]
    return statistics.median(times), decisions


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    inputs, binary = sys.argv[1], sys.argv[2]
    rounds = int(sys.argv[sys.argv.index("--rounds") + 1]) if "--rounds" in sys.argv else 5
    print("| scenario | Warden median authz | Rust Cedar median authz | speed-up | same decisions |")
    print("|---|---:|---:|---:|---|")
    for name in SCENARIOS:
        folder = f"{inputs}/{name}"
        ours, our_decisions = warden(folder, binary, rounds)
        theirs, their_decisions = rust(folder, rounds)
        same = "yes" if our_decisions == their_decisions else "NO"
        print(f"| {name} | {ours / 1000:.2f} µs | {theirs / 1000:.2f} µs | {theirs / max(ours, 1):.0f}× | {same} |")
    folder = f"{inputs}/agents-1000"
    text = open(f"{folder}/policies.cedar").read()
    start = time.perf_counter()
    for _ in range(5):
        cedarpy.PolicySet.from_str(text)
    rust_parse = (time.perf_counter() - start) * 1000 / 5
    print(f"\nRust Cedar: parse 1,000 policies (PolicySet.from_str, Python call included): {rust_parse:.1f} ms")


if __name__ == "__main__":
    main()
