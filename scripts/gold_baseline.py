#!/usr/bin/env python3
"""Rewrite tests/gold/baseline.json: every gold article's figures with the code as it is.

Usage: python scripts/gold_baseline.py [--check]

Run it after a change that is better on real text, read the diff, and commit
the baseline with the change. With --check it only prints what would change.
Figures only: no article text goes into the baseline.
"""
from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from goldsets import BASELINE, TRACKED, key, realdev_cases, score, self_written_cases  # noqa: E402


def main(argv: list[str]) -> int:
    old = json.loads(BASELINE.read_text(encoding="utf-8")) if BASELINE.exists() else {}
    new = {}
    for case in self_written_cases() + realdev_cases():
        with tempfile.TemporaryDirectory() as tmp:
            got = score(case[1], case[2], case[3], case[4], Path(tmp))
        new[key(case)] = {k: got[k] for k in TRACKED if k in got}
        for k, v in new[key(case)].items():
            was = old.get(key(case), {}).get(k)
            if was is not None and abs(was - v) > 1e-9:
                print(f"{key(case)} {k}: {was} -> {v}")
    if "--check" not in argv:
        BASELINE.write_text(json.dumps(new, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        print(f"wrote {BASELINE} ({len(new)} articles)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
