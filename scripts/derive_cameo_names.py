#!/usr/bin/env python3
"""Write data/lexicons/cameo_names.csv: CAMEO event code -> its name in the codebook.

Usage: python scripts/derive_cameo_names.py [EVENTCODES_TSV]

Reads the CAMEO event codes of ../shared/reference/cameo/eventcodes.tsv (CAMEO
codebook 1.1b3, Gerner, Schrodt, Yilmaz and Abu-Jabr 2002, as distributed with
GDELT's CAMEO.eventcodes.txt) and writes each code as zero-padded text with its
name in sentence case ("010" -> "Make statement, not specified below"). The
export puts the name beside every stance's code (`cameo_name`). Rerun it when
the reference changes; the run time never reads ../shared.
"""
from __future__ import annotations

import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT.parent / "shared" / "reference" / "cameo" / "eventcodes.tsv"
TARGET = ROOT / "data" / "lexicons" / "cameo_names.csv"


def sentence_case(name: str) -> str:
    """'MAKE PUBLIC STATEMENT' -> 'Make public statement'; mixed case is kept."""
    name = " ".join(name.split())
    return name[:1] + name[1:].lower() if name.isupper() else name


def main(argv: list[str]) -> int:
    source = Path(argv[0]) if argv else SOURCE
    with open(source, newline="", encoding="utf-8") as f:
        rows = [r for r in csv.reader(f, delimiter="\t") if r and r[0].strip().isdigit()]
    with open(TARGET, "w", newline="", encoding="utf-8") as f:
        out = csv.writer(f, lineterminator="\n")
        out.writerow(["cameo", "name"])
        for code, name in sorted(rows, key=lambda r: (r[0].strip()[:2], r[0].strip())):
            out.writerow([code.strip(), sentence_case(name)])
    print(f"wrote {TARGET} ({len(rows)} codes)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
