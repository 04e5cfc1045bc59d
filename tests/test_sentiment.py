from __future__ import annotations

import pytest

from workbench import side_sentiment
from workbench.sentiment import scores


def test_scores_match_textblob_and_vader():
    from textblob import TextBlob
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
    text = "Moscow bluntly rejected the plan, which was never so good and not bad at all."
    pol, subj, vad = scores(text)
    tb = TextBlob(text).sentiment
    assert (pol, subj) == pytest.approx((tb.polarity, tb.subjectivity))
    assert vad == pytest.approx(SentimentIntensityAnalyzer().polarity_scores(text)["compound"])


def test_side_sentiment_is_tidy(bundled):
    t = side_sentiment(bundled, by="paragraph", measure="sentence")
    assert list(t.columns) == ["article_id", "paragraph", "side", "measure", "method", "score", "n",
                               "n_sentences"]
    assert set(t["method"]) == {"textblob", "vader"} and set(t["measure"]) == {"sentence"}
    assert (t["n"] == t["n_sentences"]).all()
    assert {"Russia", "Japan"} <= set(t["side"])
    assert t["score"].between(-1, 1).all()
    assert (t["n_sentences"] >= 1).all()


def test_paragraph_tone_is_the_mean_of_its_sentences(bundled):
    p = bundled.paragraphs.set_index("paragraph")
    s = bundled.sentences.groupby("paragraph")["vader"].mean()
    assert p["vader"].round(9).equals(s.round(9))


def test_bad_unit():
    with pytest.raises(ValueError):
        side_sentiment(None, by="word")
