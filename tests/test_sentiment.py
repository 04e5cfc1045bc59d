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


EDGE_CASES = [
    "Moscow bluntly rejected the plan, which was never so good and not bad at all.",
    "Don't go!! (!) :-) it's a U.S.-led plan... e.g. Mr. Ivanov's “very” ‘good’ idea.",
    "“Really,” he said ( ! ) ok :) . The talks were NOT helpful, but the mood was kind of warm.",
    "Tokyo said no progress was made.\r\n\r\nThe least bit useful? Hardly! 'Yes' \"no\".",
    "It is not the least bit nice, no good no, VERY bad; the ministers met at 9 a.m. (6 a.m. GMT) in the U.S. capital.",
]


@pytest.mark.parametrize("text", EDGE_CASES)
def test_the_fast_scorers_give_the_libraries_scores_exactly(text):
    # the tokenizer, lexicon lookups and VADER loop are faster copies: same output, to the bit
    from textblob import TextBlob
    from textblob._text import find_tokens
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    from workbench.sentiment import _find_tokens
    assert _find_tokens(text) == find_tokens(text)
    for part in (text, text[: len(text) // 2], text.upper()):
        pol, subj, vad = scores(part)
        tb = TextBlob(part).sentiment
        assert (pol, subj) == (tb.polarity, tb.subjectivity)
        assert vad == SentimentIntensityAnalyzer().polarity_scores(part)["compound"]


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
