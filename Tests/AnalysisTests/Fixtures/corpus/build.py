"""Writes must-flag.jsonl and benign.jsonl from must_flag.py and benign.py.

Run from this directory: `python3 build.py`. The JSONL files are what the tests read; edit the .py sources
(they are easier to read and review than escaped JSON) and rebuild, and commit both.
"""

import json
import sys

sys.dont_write_bytecode = True

import benign  # noqa: E402
import must_flag  # noqa: E402


def write(path: str, rows: list[dict]) -> None:
    with open(path, "w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")


def main() -> None:
    flagged = [
        {"command": c, "category": cat, "family": fam, "rationale": why} for c, cat, fam, why in must_flag.ENTRIES
    ]
    harmless = [{"command": c, "family": fam, "rationale": why} for c, fam, why in benign.ENTRIES]
    seen: dict[str, str] = {}
    for name, rows in (("must-flag", flagged), ("benign", harmless)):
        for row in rows:
            if row["command"] in seen:
                sys.exit(f"duplicate command in {seen[row['command']]} and {name}: {row['command']!r}")
            seen[row["command"]] = name
    write("must-flag.jsonl", flagged)
    write("benign.jsonl", harmless)
    print(f"must-flag: {len(flagged)}, benign: {len(harmless)}")


if __name__ == "__main__":
    main()
