"""Gold tests: the bundled article and the dev-set articles, scored exactly
as ../shared/eval/score.py scores `workbench extract` output."""
from __future__ import annotations

import pytest

from conftest import BUNDLED, DEV_ARTICLES, GOLD, score_article

SEED_FLOORS = {
    "stance_recall": 0.90,
    "stance_precision": 0.85,
    "stance_polarity_accuracy": 0.90,
    "stance_issue_accuracy": 0.80,
    "sentence_sides_jaccard": 0.90,
    "hedged_accuracy": 0.85,
    "reported_accuracy": 0.85,
    "citations_recall": 1.0,
    "timeline_recall": 0.80,
}


@pytest.fixture(scope="module")
def seed_scores(tmp_path_factory):
    return score_article(BUNDLED, "seed", tmp_path_factory.mktemp("seed"))


@pytest.mark.parametrize("metric", sorted(SEED_FLOORS))
def test_bundled_article_meets_floor(seed_scores, metric):
    assert seed_scores[metric] >= SEED_FLOORS[metric], seed_scores


def _dev_articles():
    return sorted(p for p in DEV_ARTICLES.glob("*.txt") if (GOLD / f"{p.stem}-stances.csv").exists())


# Articles written by the team on other disputes, annotated without looking at
# the code: the rules must hold there too (floors a little below the seed's).
DEV_FLOORS = {
    "stance_f1": 0.75,
    # statements inferred from reported speech are neutral where an annotator
    # sometimes reads insistence: polarity may dip on one article
    "stance_polarity_accuracy": 0.75,
    "sentence_sides_jaccard": 0.80,
    "hedged_accuracy": 0.80,
    "reported_accuracy": 0.80,
    "citations_recall": 0.90,
}


@pytest.mark.parametrize("article", _dev_articles(), ids=lambda p: p.stem)
def test_dev_article_meets_floor(article, tmp_path):
    scores = score_article(article, article.stem, tmp_path)
    low = {k: scores.get(k) for k, floor in DEV_FLOORS.items() if scores.get(k, 0) < floor}
    assert not low, scores


# Held-out articles: written and annotated without sight of the code, and not
# tuned on. Their floors are lower; they guard against regressions in general
# rules rather than measure a target.
HELDOUT_FLOORS = {
    "stance_f1": 0.55,
    "stance_polarity_accuracy": 0.75,
    "sentence_sides_jaccard": 0.80,
    "hedged_accuracy": 0.80,
    "reported_accuracy": 0.70,
    "citations_recall": 1.0,
}
HELDOUT = DEV_ARTICLES.parent / "heldout"


@pytest.mark.parametrize("article", sorted(HELDOUT.glob("*.txt")), ids=lambda p: p.stem)
def test_heldout_article_meets_floor(article, tmp_path):
    scores = score_article(article, article.stem, tmp_path, gold=GOLD / "heldout")
    low = {k: scores.get(k) for k, floor in HELDOUT_FLOORS.items() if scores.get(k, 0) < floor}
    assert not low, scores


# The last batch, first scored before any rule saw it (stance F1 0.62 then).
UNSEEN_FLOORS = {
    "stance_f1": 0.65,
    "sentence_sides_jaccard": 0.75,
    "hedged_accuracy": 0.90,
    "reported_accuracy": 0.70,
    "citations_recall": 1.0,
}
UNSEEN = DEV_ARTICLES.parent / "unseen"


@pytest.mark.parametrize("article", sorted(UNSEEN.glob("*.txt")), ids=lambda p: p.stem)
def test_unseen_article_meets_floor(article, tmp_path):
    scores = score_article(article, article.stem, tmp_path, gold=GOLD / "unseen")
    low = {k: scores.get(k) for k, floor in UNSEEN_FLOORS.items() if scores.get(k, 0) < floor}
    assert not low, scores
