#!/usr/bin/env python3
"""Time and peak memory of `load_article` against input size, one fresh process per size.

Usage: python benchmarks/bench_linear.py [--quick]

Two series: one sentence with no full stop (1 KB to 1 MB) and an article of
ordinary sentences (the bundled article repeated, 1 MB to 20 MB; --quick stops
at 2 MB). For each size it prints seconds, seconds per MB and peak resident
memory; time and memory per MB should stay about flat (linear growth).
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUNDLED = ROOT / "data" / "articles" / "monitor-2000-v6-i19-russia-japan-kurils.txt"
CHILD = r"""
import json, resource, sys, time
sys.path.insert(0, sys.argv[1])
from workbench import load_article
kind, size = sys.argv[2], int(sys.argv[3])
load_article(text="Russia said it would talk to Japan.", published="2000-01-27")  # warm: lexicons
if kind == "sentence":
    unit = "Russia rejected the Japanese proposal and Japan insisted on the islands while Moscow said "
else:
    unit = open(sys.argv[4], encoding="utf-8").read() + "\n\n"
text = (unit * (size // len(unit) + 1))[:size]
t = time.perf_counter()
art = load_article(text=text, published="2000-01-27")
n = len(art.stances)
print(json.dumps({"seconds": time.perf_counter() - t,
                  "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def run(kind: str, size: int) -> dict:
    out = subprocess.run([sys.executable, "-c", CHILD, str(ROOT), kind, str(size), str(BUNDLED)],
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main(argv: list[str]) -> int:
    quick = "--quick" in argv
    series = [("sentence", [1_000, 10_000, 100_000, 1_000_000]),
              ("article", [1_000_000, 2_000_000] if quick else [1_000_000, 2_000_000, 5_000_000, 10_000_000, 20_000_000])]
    print(f"{'input':<10}{'size':>12}{'seconds':>10}{'s per MB':>10}{'peak MB':>10}")
    for kind, sizes in series:
        for size in sizes:
            r = run(kind, size)
            print(f"{kind:<10}{size:>12,}{r['seconds']:>10.2f}{r['seconds'] / size * 1e6:>10.2f}{r['rss_mb']:>10.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
