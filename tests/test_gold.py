"""Gold tests: the bundled article and the other annotated articles, scored
exactly as ../shared/eval/score.py scores `workbench extract` output."""
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


# Articles on other disputes, each written and annotated by someone who had
# not seen the code. Per-article floors guard the general rules against
# regressions; they sit below the group means reported in the README.
GROUPS = {
    # the dev set: rules were generalised from these
    "dev": (DEV_ARTICLES, GOLD, {
        "stance_f1": 0.75,
        # statements inferred from reported speech are neutral where an
        # annotator sometimes reads insistence: polarity may dip on one article
        "stance_polarity_accuracy": 0.75,
        "sentence_sides_jaccard": 0.80,
        "hedged_accuracy": 0.80,
        "reported_accuracy": 0.80,
        "citations_recall": 0.90,
    }),
    # held out at first, then also looked at: lower floors
    "heldout": (DEV_ARTICLES.parent / "heldout", GOLD / "heldout", {
        "stance_f1": 0.55,
        "stance_polarity_accuracy": 0.75,
        "sentence_sides_jaccard": 0.80,
        "hedged_accuracy": 0.80,
        "reported_accuracy": 0.70,
        "citations_recall": 1.0,
    }),
    # the last batch, first scored before any rule saw it (stance F1 0.62 then)
    "unseen": (DEV_ARTICLES.parent / "unseen", GOLD / "unseen", {
        "stance_f1": 0.65,
        "sentence_sides_jaccard": 0.75,
        "hedged_accuracy": 0.90,
        "reported_accuracy": 0.70,
        "citations_recall": 1.0,
    }),
}
CASES = [(group, path) for group, (folder, gold, _) in GROUPS.items()
         for path in sorted(folder.glob("*.txt")) if (gold / f"{path.stem}-stances.csv").exists()]


def test_every_group_has_articles():
    assert {g for g, _ in CASES} == set(GROUPS)


@pytest.mark.parametrize("group, article", CASES, ids=lambda x: x if isinstance(x, str) else x.stem)
def test_article_meets_floor(group, article, tmp_path):
    _, gold, floors = GROUPS[group]
    scores = score_article(article, article.stem, tmp_path, gold=gold)
    low = {k: scores.get(k) for k, floor in floors.items() if scores.get(k, 0) < floor}
    assert not low, scores
