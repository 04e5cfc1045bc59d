"""Gold regression tests: every annotated article is scored exactly as
../shared/eval/score.py scores `workbench extract` output, and compared with
the committed baseline (tests/gold/baseline.json): no figure may drop by more
than 0.02. After a change that is better on real text, rewrite the baseline
with `python scripts/gold_baseline.py` and commit it with the change.

The real articles (../shared/realdev) are the measure that matters; the
team's own articles stay as regression tests only."""
from __future__ import annotations

import json

import pytest

from goldsets import BASELINE, TOLERANCE, TRACKED, key, realdev_cases, score, self_written_cases

BASE = json.loads(BASELINE.read_text(encoding="utf-8"))
REAL = realdev_cases()
CASES = self_written_cases() + REAL


def _drops(now: dict, then: dict) -> dict:
    return {k: (then[k], now.get(k)) for k in TRACKED
            if k in then and now.get(k, 0.0) < then[k] - TOLERANCE}


@pytest.mark.parametrize("case", CASES, ids=key)
def test_no_figure_drops_below_baseline(case, tmp_path):
    assert key(case) in BASE, f"{key(case)} has no baseline: run scripts/gold_baseline.py"
    now = score(case[1], case[2], case[3], case[4], tmp_path)
    assert not _drops(now, BASE[key(case)]), (_drops(now, BASE[key(case)]), now)


def test_real_articles_are_measured():
    if not REAL:
        pytest.skip("../shared/realdev is absent: the real-article regression tests did not run")
    assert {c[0] for c in REAL} == {"realdev-post-soviet", "realdev-world"}


def test_bundled_article_core_figures():
    """The bundled article's own gold: every gold stance found, none on the wrong side."""
    b = BASE["bundled/seed"]
    assert b["stance_recall"] == 1.0 and b["stance_precision"] >= 0.94
    assert b["sentence_sides_jaccard"] == 1.0 and b["citations_recall"] == 1.0


def test_drops_are_detected():
    assert _drops({"stance_f1": 0.7}, {"stance_f1": 0.75}) == {"stance_f1": (0.75, 0.7)}
    assert not _drops({"stance_f1": 0.74}, {"stance_f1": 0.75})
