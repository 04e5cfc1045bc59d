"""Tone toward a target: the shipped model, the tone table and the three measures of side_sentiment."""
from __future__ import annotations

import json
from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from workbench import load_article, side_sentiment, tone_toward  # noqa: E402
from workbench.sentiment import tone_finding  # noqa: E402

from conftest import BUNDLED, ROOT  # noqa: E402

NEWSMTSC = ROOT.parent / "shared" / "newsmtsc"
BASELINE = Path(__file__).resolve().parent / "gold" / "tone_newsmtsc.json"


# ---------------------------------------------------------------- tone_toward


def test_tone_toward_one_row_per_target_in_order():
    text = "Russia rejected Japan's demand for the islands."
    t = tone_toward(text, [(16, 21), (0, 6)])
    assert list(t.columns) == ["start", "end", "polarity", "p_negative", "p_neutral", "p_positive"]
    assert t[["start", "end"]].values.tolist() == [[16, 21], [0, 6]]
    assert str(t["polarity"].dtype) == "int64" and set(t["polarity"]) <= {-1, 0, 1}
    p = t[["p_negative", "p_neutral", "p_positive"]].to_numpy()
    assert np.allclose(p.sum(axis=1), 1.0, atol=1e-4) and (p >= 0).all()
    assert (t["polarity"] == p.argmax(axis=1) - 1).all()


def test_tone_toward_tells_targets_of_one_sentence_apart():
    text = "The minister praised Japan for its generous aid and condemned Russia for its brutal war."
    t = tone_toward(text, [(21, 26), (62, 68)]).set_index("start")
    assert t.loc[21, "polarity"] == 1 and t.loc[62, "polarity"] == -1


def test_tone_toward_batch_matches_one_at_a_time():
    text = "Moscow rejected Tokyo's proposal, and Washington stayed silent."
    spans = [(0, 6), (16, 21), (38, 48)]
    together = tone_toward(text, spans)
    alone = pd.concat([tone_toward(text, [s]) for s in spans], ignore_index=True)
    assert (together["polarity"] == alone["polarity"]).all()
    cols = ["p_negative", "p_neutral", "p_positive"]
    # int8 activations are quantised per call, so a batch moves probabilities a little
    assert np.allclose(together[cols], alone[cols], atol=0.1)


def test_head_rows_are_cls_then_the_target_tokens_padded_with_cls():
    from workbench.tone import head_rows

    assert head_rows([[0, 1, 1, 0, 0], [0, 0, 0, 1, 0]]) == [[0, 1, 2], [0, 3, 0]]
    assert head_rows([[0, 0]]) == [[0]]  # a target with no token pools to zeros, as in training


def test_tone_toward_empty_and_bad_input():
    empty = tone_toward("Nothing here.", [])
    assert empty.empty and list(empty.columns)[:3] == ["start", "end", "polarity"]
    with pytest.raises(ValueError):
        tone_toward("short", [(3, 40)])
    with pytest.raises(ValueError):
        tone_toward("short", [(3, 3)])
    with pytest.raises(ValueError):
        tone_toward("short", ["ab"])
    with pytest.raises(TypeError):
        tone_toward(b"bytes", [(0, 1)])


def test_a_long_text_is_cut_around_each_target():
    filler = "The delegation met again in the afternoon. " * 60
    text = filler + "Tokyo welcomed the generous offer of Moscow."
    at = text.index("Moscow")
    t = tone_toward(text, [(0, 3), (at, at + 6)])
    assert len(t) == 2 and t["p_positive"].notna().all()


# ---------------------------------------------------------------- the tone table


def test_tone_is_built_only_when_asked_for():
    art = load_article(BUNDLED)
    assert "tone" not in art._frames  # load_article does not wait for the model
    tone = art.tone
    assert "tone" in art._frames and len(tone) > 20


def test_tone_table_rows_are_mentions_of_sides(bundled):
    tone, m = bundled.tone, bundled.mentions
    keep = m[(m["side"] != "") & ~m["role"].isin(["place", "source"])]
    assert len(tone) == len(keep)
    assert tone[["start", "end", "side"]].values.tolist() == keep[["start", "end", "side"]].values.tolist()
    assert np.allclose(tone["score"], tone["p_positive"] - tone["p_negative"])
    s = bundled.sentences.set_index("sentence")
    assert (tone["paragraph"].to_numpy() == s.loc[tone["sentence"], "paragraph"].to_numpy()).all()
    text = bundled.text
    for r in tone.itertuples():  # every row can be traced to its words
        assert s.loc[r.sentence, "start"] <= r.start < r.end <= s.loc[r.sentence, "end"]
        assert text[r.start:r.end].strip()


def _toward(article, sentence: int, side: str) -> float:
    t = article.tone
    return float(t[(t["sentence"] == sentence) & (t["side"] == side)]["score"].mean())


def _sentence_with(article, words: str) -> int:
    s = article.sentences
    return int(s[s["text"].str.contains(words, regex=False)]["sentence"].iloc[0])


@pytest.mark.parametrize("words, worse, better", [
    # Moscow refuses any concession to Japan: the refusal is Moscow's
    ("no intention of making any territorial concessions to Japan", "Russia", "Japan"),
    # the doubt is about the Russian offer, not about Tokyo, where it is made
    ("it is not clear how serious that Russian offer is", "Russia", "Japan"),
])
def test_tone_toward_russia_and_japan_differ_where_the_article_treats_them_differently(
        bundled, words, worse, better):
    i = _sentence_with(bundled, words)
    sent = bundled.sentences.set_index("sentence").loc[i]
    assert {worse, better} <= set(sent["sides"].split(";"))  # the sentence tone is one for both
    assert _toward(bundled, i, worse) < _toward(bundled, i, better) - 0.2


def test_tone_table_dtypes_survive_extract_and_read_tables(tmp_path, bundled):
    from workbench import read_tables
    from workbench.cli import main
    assert main(["extract", str(BUNDLED), "--out", str(tmp_path / "t"), "--quiet"]) == 0
    back = read_tables(tmp_path / "t")["tone"]
    assert list(back.columns) == list(bundled.tone.columns)
    assert dict(back.dtypes) == dict(bundled.tone.dtypes)
    assert str(back["polarity"].dtype) == "int64" and str(back["score"].dtype) == "float64"
    assert np.allclose(back["score"], bundled.tone["score"])


def test_corpus_tone_is_stacked_on_first_use():
    from workbench import load_corpus
    c = load_corpus([BUNDLED, BUNDLED])
    assert "tone" not in c.__dict__
    assert len(c.tone) == 2 * len(c.items[0].tone) and c.tone["article_id"].nunique() == 2


# ---------------------------------------------------------------- the three measures


def test_side_sentiment_three_measures(bundled):
    t = side_sentiment(bundled, by="paragraph", measure=["toward", "own", "sentence"])
    assert list(t.columns) == ["article_id", "paragraph", "side", "measure", "method", "score",
                               "n", "n_sentences"]
    assert set(t["measure"]) == {"toward", "own", "sentence"}
    assert set(t[t["measure"] == "toward"]["method"]) == {"model"}
    assert (t["n"] >= t["n_sentences"]).all() and (t["n_sentences"] >= 1).all()
    toward = t[t["measure"] == "toward"]
    assert toward["n"].sum() == len(bundled.tone)
    own = t[(t["measure"] == "own") & (t["method"] == "vader")]
    assert own["n"].sum() == (bundled.stances["side"] != "").sum()
    assert t["score"].between(-1, 1).all()


def test_side_sentiment_by_article_and_bad_measure(bundled):
    t = side_sentiment(bundled, by="article")
    assert "paragraph" not in t.columns and set(t["measure"]) == {"toward"}
    assert t.set_index("side").loc["Russia", "n"] == (bundled.tone["side"] == "Russia").sum()
    with pytest.raises(ValueError):
        side_sentiment(bundled, measure="mood")


class _Fake:
    """Just the tables tone_finding reads."""

    def __init__(self, tone):
        self.tone = tone


def _fake_tone(rows):
    from workbench import schema
    return schema.frame("tone", [dict(article_id="a", paragraph=1, sentence=s, side=side, actor=side,
                                      start=0, end=1, polarity=0, p_negative=0.0, p_neutral=0.0,
                                      p_positive=0.0, score=score) for side, s, score in rows])


def test_the_finding_never_ranks_a_side_on_fewer_than_three_sentences():
    tone = _fake_tone([("United States", 5, 0.9)]
                      + [("Russia", s, -0.4) for s in (1, 2, 3)]
                      + [("Japan", s, 0.1) for s in (1, 2, 3, 4)])
    f = tone_finding(_Fake(tone))
    assert "most favourable to Japan" in f and "least favourable to Russia" in f
    assert "United States (1 sentence)" in f and "favourable to United States" not in f
    few = tone_finding(_Fake(_fake_tone([("Russia", 1, 0.5), ("Japan", 2, -0.5)])))
    assert "favourable to" not in few


def test_the_summary_does_not_rank_the_united_states_on_one_sentence(bundled):
    text = bundled.summary()
    assert "too few to compare" in text
    assert "favourable to United States" not in text


# ---------------------------------------------------------------- the chart


def test_sentiment_arc_draws_tone_toward_with_n_and_faint_sentence_tone(bundled):
    import matplotlib.pyplot as plt

    from workbench.plots import sentiment_arc
    fig, ax = plt.subplots()
    data = side_sentiment(bundled, measure=["toward", "sentence"])
    sentiment_arc(data, ax=ax)
    labels = {ln.get_label(): ln for ln in ax.get_lines()}
    assert "Russia · tone toward it" in labels and "Japan · tone toward it" in labels
    ref = [ln for k, ln in labels.items() if k.endswith("(reference)")]
    assert ref and all(ln.get_alpha() < 0.5 for ln in ref)
    assert labels["Russia · tone toward it"].get_alpha() in (None, 1)
    ns = [t.get_text() for t in ax.texts if t.get_gid() == "n"]
    toward = data[data["measure"] == "toward"]
    assert sorted(map(int, ns)) == sorted(toward.groupby(["paragraph", "side"])["n"].sum())
    assert ax.get_title(loc="left").startswith("Tone toward")
    plt.close(fig)


# ---------------------------------------------------------------- NewsMTSC


def _newsmtsc_sample(split: str, n: int):
    rows = []
    with open(NEWSMTSC / f"{split}.jsonl", encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            rows.append((d["sentence_normalized"], [(t["from"], t["to"]) for t in d["targets"]],
                         [{2.0: -1, 4.0: 0, 6.0: 1}[t["polarity"]] for t in d["targets"]]))
            if len(rows) == n:
                break
    return rows


def _macro_f1(gold, pred) -> float:
    gold, pred = np.asarray(gold), np.asarray(pred)
    f1 = []
    for k in (-1, 0, 1):
        tp = np.sum((pred == k) & (gold == k))
        denom = np.sum(pred == k) + np.sum(gold == k)
        f1.append(2 * tp / denom if denom else 0.0)
    return float(np.mean(f1))


@pytest.mark.skipif(not (NEWSMTSC / "rw-test.jsonl").is_file(),
                    reason="../shared/newsmtsc is absent: the NewsMTSC check needs it")
@pytest.mark.parametrize("split", ["rw-test", "mt-test"])
def test_newsmtsc_sample_stays_at_its_baseline(split):
    base = json.loads(BASELINE.read_text())[split]
    rows = _newsmtsc_sample(split, base["sentences"])
    gold, pred = [], []
    for text, spans, labels in rows:
        gold += labels
        pred += tone_toward(text, spans)["polarity"].tolist()
    assert len(gold) == base["targets"]
    assert _macro_f1(gold, pred) >= base["macro_f1"] - 0.02
