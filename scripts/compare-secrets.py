#!/usr/bin/env python3
"""Measures detect-secrets (Yelp, PyPI) on the labelled secrets sample, beside Warden's verdicts when given.

Usage:
  python scripts/compare-secrets.py [--sample FILE] [--warden VERDICTS.json] [--json OUT.json]

The sample is Tests/AnalysisTests/Fixtures/secrets/sample.jsonl (see scripts/generate-secrets-sample.py). Each
snippet is written to its own file (with the snippet's extension, so detect-secrets' file-type filters apply) and
scanned with detect-secrets' default plugins and filters; a snippet counts as flagged when any secret is reported
in it. VERDICTS.json maps snippet ids to the rule ids Warden reported (SecretsComparisonTests writes it).
Prints precision and recall per category for both tools. Exits 2 when detect-secrets cannot be imported.
"""
import argparse
import json
import pathlib
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent

try:
    from importlib.metadata import version as package_version
    from detect_secrets import SecretsCollection
    from detect_secrets.settings import default_settings
except ImportError as error:
    print(f"detect-secrets is not installed: {error} (pip install -r scripts/requirements.txt)", file=sys.stderr)
    sys.exit(2)


def detect_secrets_verdicts(samples):
    verdicts = {}
    with tempfile.TemporaryDirectory() as directory:
        paths = {}
        for sample in samples:
            path = pathlib.Path(directory) / f"{sample['id']}.{sample['ext']}"
            path.write_text(sample["text"] + "\n")
            paths[str(path)] = sample["id"]
        collection = SecretsCollection()
        with default_settings():
            for path in paths:
                collection.scan_file(path)
        found = {paths[filename]: sorted({s.type for s in secrets}) for filename, secrets in collection.data.items()}
    for sample in samples:
        verdicts[sample["id"]] = found.get(sample["id"], [])
    return verdicts


def score(samples, verdicts):
    counts = {"tp": 0, "fp": 0, "fn": 0, "tn": 0}
    for sample in samples:
        flagged = bool(verdicts.get(sample["id"]))
        key = ("tp" if flagged else "fn") if sample["secret"] else ("fp" if flagged else "tn")
        counts[key] += 1
    tp, fp, fn = counts["tp"], counts["fp"], counts["fn"]
    counts["precision"] = tp / (tp + fp) if tp + fp else 1.0
    counts["recall"] = tp / (tp + fn) if tp + fn else 1.0
    return counts


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sample", default=ROOT / "Tests/AnalysisTests/Fixtures/secrets/sample.jsonl")
    parser.add_argument("--warden", help="JSON file: snippet id -> rule ids Warden reported")
    parser.add_argument("--json", help="also write the scores as JSON here")
    parser.add_argument("--mistakes", action="store_true", help="list each tool's wrong verdicts")
    args = parser.parse_args()

    samples = [json.loads(line) for line in pathlib.Path(args.sample).read_text().splitlines() if line.strip()]
    tools = {f"detect-secrets {package_version('detect-secrets')}": detect_secrets_verdicts(samples)}
    if args.warden:
        tools = {"warden": json.loads(pathlib.Path(args.warden).read_text()), **tools}

    categories = sorted({s["category"] for s in samples})
    header = f"{'category':<16} {'+':>4} {'-':>4}" + "".join(f" | {name[:22]:>22}: P     R     FP" for name in tools)
    print(header)
    print("-" * len(header))
    report = {}
    for category in categories + ["total"]:
        subset = samples if category == "total" else [s for s in samples if s["category"] == category]
        positives = sum(s["secret"] for s in subset)
        row = f"{category:<16} {positives:>4} {len(subset) - positives:>4}"
        for name, verdicts in tools.items():
            result = score(subset, verdicts)
            report.setdefault(name, {})[category] = result
            precision = f"{result['precision']:.3f}" if result["tp"] + result["fp"] else "  -  "
            recall = f"{result['recall']:.3f}" if positives else "  -  "
            row += f" | {'':>22}  {precision} {recall} {result['fp']:>3}"
        print(row)
    if args.mistakes:
        for name, verdicts in tools.items():
            for sample in samples:
                flagged = bool(verdicts.get(sample["id"]))
                if flagged != sample["secret"]:
                    kind = f"false positive {verdicts[sample['id']]}" if flagged else "missed"
                    print(f"{name}: {sample['id']} {kind}")
    if args.json:
        pathlib.Path(args.json).write_text(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
