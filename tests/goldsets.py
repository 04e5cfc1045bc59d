"""The gold-annotated article sets and how each is scored.

Each case is (set name, article path, gold folder, gold prefix, publication
date or None). The real development set is read from ../shared/realdev when it
is there; its third-party text never enters the project.
"""
from __future__ import annotations

import contextlib
import csv
import importlib.util
import io
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TESTS = ROOT / "tests"
GOLD = TESTS / "gold"
BUNDLED = ROOT / "data" / "articles" / "monitor-2000-v6-i19-russia-japan-kurils.txt"
REALDEV = ROOT.parent / "shared" / "realdev"
BASELINE = GOLD / "baseline.json"
#: the figures a change must not lower by more than TOLERANCE, per article
TRACKED = ("stance_f1", "stance_recall", "stance_precision", "stance_polarity_accuracy",
           "sentence_sides_jaccard", "hedged_accuracy", "reported_accuracy",
           "citations_recall", "timeline_recall")
TOLERANCE = 0.02


def self_written_cases() -> list[tuple]:
    """The bundled article and the articles the team had written (regression only)."""
    cases = [("bundled", BUNDLED, GOLD, "seed", None)]
    for name, folder, gold in (("dev", TESTS / "data" / "articles", GOLD),
                               ("heldout", TESTS / "data" / "heldout", GOLD / "heldout"),
                               ("unseen", TESTS / "data" / "unseen", GOLD / "unseen")):
        cases += [(name, p, gold, p.stem, None) for p in sorted(folder.glob("*.txt"))
                  if (gold / f"{p.stem}-stances.csv").exists()]
    return cases


def realdev_cases(root: Path = REALDEV) -> list[tuple]:
    """The real articles of ../shared/realdev with their publication dates ([] when absent)."""
    if not (root / "published.tsv").exists():
        return []
    with open(root / "published.tsv", newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    return [(f"realdev-{r['region']}", root / "articles" / f"{r['slug']}.txt", root / "gold", r["slug"],
             r.get("published") or None) for r in sorted(rows, key=lambda r: r["slug"])]


def _scorer():
    spec = importlib.util.spec_from_file_location("wb_score", TESTS / "score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def score(article: Path, gold: Path, prefix: str, published, out: Path) -> dict:
    """`workbench extract` *article* into *out*, scored by the yardstick (tests/score.py,
    a copy of ../shared/eval/score.py)."""
    from workbench.cli import main
    argv = ["extract", str(article), "--out", str(out), "--quiet"]
    if published:
        argv += ["--published", published]
    assert main(argv) == 0
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        _scorer().main([str(article), str(gold), str(out), f"--prefix={prefix}", "--json"])
    return json.loads(buf.getvalue())


def key(case) -> str:
    return f"{case[0].split('-')[0]}/{case[3]}"
