#!/usr/bin/env python3
"""Score a gold-annotated set of articles in one process (fast dev loop).

Usage: python scripts/score_set.py [SET_DIR] [--verbose] [--json] [--only SLUG...]

The same figures as ../shared/eval/score_set.py (it reuses ../shared/eval/score.py),
but each article is extracted with `load_article` in this process instead of one
`workbench extract` process per article, so a 34-article set scores in seconds.
SET_DIR defaults to ../shared/realdev.
"""
from __future__ import annotations

import contextlib
import csv
import io
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(SHARED / "eval"))

KEYS = ["stance_f1", "stance_recall", "stance_precision", "stance_polarity_accuracy",
        "sentence_sides_jaccard", "hedged_accuracy", "reported_accuracy",
        "timeline_recall", "citations_recall"]


def score_one(article: Path, gold: Path, slug: str, published: str | None, verbose: bool):
    import score  # ../shared/eval/score.py
    import score_set  # ../shared/eval/score_set.py
    from workbench import load_article
    from workbench.cli import write_tables

    art = load_article(article, published=published or None)
    with tempfile.TemporaryDirectory() as tmp:
        write_tables(art.tables(), Path(tmp))
        buf = io.StringIO()
        with contextlib.redirect_stdout(buf):
            score.main([str(article), str(gold), tmp, f"--prefix={slug}", "--json"])
        report = json.loads(buf.getvalue())
        lines = score_set.misses(str(article), str(gold), tmp, slug) if verbose else []
    return report, lines


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    verbose, as_json = "--verbose" in argv, "--json" in argv
    root = SHARED / "realdev"
    if args and Path(args[0]).is_dir():
        root = Path(args.pop(0))
    only = set(args)
    with open(root / "published.tsv", newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    results, regions = {}, {}
    for row in sorted(rows, key=lambda r: r["slug"]):
        slug = row["slug"]
        if only and slug not in only:
            continue
        report, lines = score_one(root / "articles" / f"{slug}.txt", root / "gold", slug,
                                  row.get("published"), verbose)
        results[slug] = report
        regions.setdefault(row.get("region", "all"), []).append(slug)
        if not as_json:
            print(f"{slug} [{row.get('region')}]: F1 {report['stance_f1']}  recall {report['stance_recall']}"
                  f"  precision {report['stance_precision']}  sides {report['sentence_sides_jaccard']}")
            for line in lines:
                print(line)
    if as_json:
        print(json.dumps(results, indent=1, sort_keys=True))
        return 0
    for name, slugs in [("all", list(results)), *sorted(regions.items())]:
        means = {k: round(sum(results[s].get(k, 0) for s in slugs if k in results[s])
                          / max(1, sum(k in results[s] for s in slugs)), 3) for k in KEYS}
        print(f"mean {name} ({len(slugs)}): " + "  ".join(f"{k} {v}" for k, v in means.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
