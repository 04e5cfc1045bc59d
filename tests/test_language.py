"""Fightin' Words (Monroe, Colaresi and Quinn 2008) on a hand-made corpus
whose answer is known, and the Scattertext-like chart."""
from __future__ import annotations

import math

import matplotlib
import pandas as pd
import pytest

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

from workbench import language, trends  # noqa: E402
from workbench.language import compare_language, statements, terms  # noqa: E402
from workbench.plots_archive import language_chart  # noqa: E402


@pytest.fixture(autouse=True)
def _close():
    yield
    plt.close("all")


A_SAYS = [  # side Alpha speaks of sovereignty; both sides of talks and the government
    "The government insists on its sovereignty over the islands.",
    "The government will defend its sovereignty and its borders.",
    "Their sovereignty is not negotiable, the minister said.",
    "The minister called for talks on the sovereignty question.",
    "The government rejected any limit on its sovereignty.",
    "The minister wants talks, but only on sovereignty.",
]
B_SAYS = [  # side Beta speaks of cooperation
    "The government proposed economic cooperation in the region.",
    "The minister offered cooperation on fishing and trade.",
    "The government wants talks on economic cooperation.",
    "The minister said cooperation would benefit both peoples.",
    "The government called for talks and closer cooperation.",
    "The minister hopes cooperation will build trust.",
    "The minister praised cooperation.",
    "Cooperation is the way forward.",
]


def _stances(copies: int = 3) -> pd.DataFrame:
    """Each side's statements in *copies* articles."""
    rows = []
    for k in range(copies):
        for side, says in (("Alpha", A_SAYS), ("Beta", B_SAYS)):
            for i, text in enumerate(says, 1):
                rows.append({"article_id": f"{side}-{k}", "sentence": i, "side": side, "text": text})
                if i == 1:  # a second stance in the same sentence: counted once
                    rows.append({"article_id": f"{side}-{k}", "sentence": i, "side": side,
                                 "text": text})
    return pd.DataFrame(rows)


def test_terms_words_and_phrases():
    got = terms("Russia's Foreign Ministry rejected the proposal, and Japan protested.")
    assert "russia foreign" in got and "foreign ministry" in got and "ministry rejected" in got
    assert "the" not in got and "rejected proposal" not in got  # a phrase never spans 'the'
    assert "proposal japan" not in got  # nor a comma
    assert terms("Talks talks", ngram=1) == ["talks", "talks"]


def test_statements_are_counted_once_per_sentence():
    st = _stances()
    assert len(statements(st, "Alpha")) == 18
    assert statements(st, "Gamma").empty


def test_the_known_answer():
    t = compare_language(_stances(), "Alpha", "Beta", prior=10, min_count=2)
    assert list(t.columns) == language.COLUMNS
    assert t.iloc[0]["term"] == "sovereignty" and t.iloc[0]["side"] == "Alpha"
    assert t.iloc[-1]["term"] == "cooperation" and t.iloc[-1]["side"] == "Beta"
    talks = t.set_index("term").loc["talks"]
    assert (talks["count_a"], talks["count_b"]) == (6, 6) and abs(talks["z"]) < 1.96
    assert talks["side"] == ""
    assert t["z"].is_monotonic_decreasing
    assert t.attrs["statements_a"] == 18 and t.attrs["statements_b"] == 24


def test_z_is_monroe_colaresi_quinn():
    """δ and its variance by hand (eqs. 16, 20, 22), background = both sides."""
    st = _stances()
    t = compare_language(st, "Alpha", "Beta", prior=10).set_index("term")
    ca = language._counts(statements(st, "Alpha"), 2)
    cb = language._counts(statements(st, "Beta"), 2)
    bg = ca + cb
    na, nb, nbg = sum(ca.values()), sum(cb.values()), sum(bg.values())
    w = "sovereignty"
    alpha = 10 * bg[w] / nbg
    d = (math.log((ca[w] + alpha) / (na + 10 - ca[w] - alpha))
         - math.log((cb[w] + alpha) / (nb + 10 - cb[w] - alpha)))
    var = 1 / (ca[w] + alpha) + 1 / (cb[w] + alpha)
    assert t.loc[w, "log_odds"] == pytest.approx(d)
    assert t.loc[w, "z"] == pytest.approx(d / math.sqrt(var))
    assert t.loc[w, "freq_a"] == pytest.approx(1000 * ca[w] / na)


def test_swapping_the_sides_turns_the_table_over():
    st = _stances()
    ab = compare_language(st, "Alpha", "Beta").set_index("term")["z"]
    ba = compare_language(st, "Beta", "Alpha").set_index("term")["z"]
    pd.testing.assert_series_equal(ab.sort_index(), -ba.sort_index())


def test_a_stronger_prior_shrinks_the_scores():
    st = _stances()
    weak = compare_language(st, "Alpha", "Beta", prior=5).set_index("term")
    strong = compare_language(st, "Alpha", "Beta", prior=5000).set_index("term")
    assert abs(strong.loc["sovereignty", "z"]) < abs(weak.loc["sovereignty", "z"])


def test_nothing_to_compare_is_an_empty_table():
    t = compare_language(_stances(), "Alpha", "Nobody", min_count=50)
    assert t.empty and list(t.columns) == language.COLUMNS


def test_a_corpus_and_its_sentences_as_background(bundled):
    t = compare_language(bundled, "Russia", "Japan")
    assert len(t) > 20 and set(t["side"]) <= {"Russia", "Japan", ""}
    assert t.attrs["statements_a"] > 0 and t.attrs["statements_b"] > 0


def test_language_finding_names_the_terms():
    t = compare_language(_stances(), "Alpha", "Beta", prior=10)
    s = trends.language_finding(t)
    assert "'sovereignty'" in s and "'cooperation'" in s and s.startswith("Alpha")


def test_language_chart_labels_without_overlap():
    t = compare_language(_stances(), "Alpha", "Beta", prior=10, min_count=1)
    fig, ax = plt.subplots(figsize=(8, 5))
    language_chart(t, top=15, source="hand-made corpus", ax=ax)
    fig.canvas.draw()
    r = fig.canvas.get_renderer()
    terms_ = set(t["term"])
    labels = [x for x in ax.texts if set(x.get_text().split(", ")) <= terms_]
    shown = {w for x in labels for w in x.get_text().split(", ")}
    assert {"sovereignty", "cooperation"} <= shown
    boxes = [x.get_window_extent(r) for x in labels]
    assert not any(a.overlaps(b) for i, a in enumerate(boxes) for b in boxes[i + 1:])
    assert any("hand-made corpus" in x.get_text() for x in ax.texts)  # source line
    colours = {c.get_label(): c for c in ax.collections}
    assert set(colours) >= {"Alpha", "Beta", "neither"}
    assert len(colours["Alpha"].get_offsets()) == (t["side"] == "Alpha").sum()


def test_language_chart_with_nothing():
    ax = language_chart(compare_language(_stances(), "Alpha", "Nobody", min_count=99))
    assert any("No statements" in x.get_text() for x in ax.texts)
