"""Sentiment: TextBlob (pattern lexicon) polarity and subjectivity, VADER
compound; both work offline from the lexicons their packages ship."""
from __future__ import annotations

from functools import lru_cache

import pandas as pd


@lru_cache(maxsize=1)
def _textblob():
    from textblob.en import sentiment  # the PatternAnalyzer TextBlob(...).sentiment uses
    return sentiment


@lru_cache(maxsize=1)
def _vader():
    from vaderSentiment.vaderSentiment import (BOOSTER_DICT, N_SCALAR, SentimentIntensityAnalyzer,
                                               SentiText, negated)

    class _Vader(SentimentIntensityAnalyzer):
        """VADER, unchanged in its scores: its negation check lowercases the
        whole sentence once per word; here once per sentence."""

        _lower_of: tuple = (None, None)
        _emoji_chars: frozenset | None = None

        def polarity_scores(self, text):
            # the original walks the text character by character to spell out
            # emojis; with none in the text that walk is the identity
            if self._emoji_chars is None:
                self._emoji_chars = frozenset(self.emojis)
            if not self._emoji_chars.isdisjoint(text):
                return super().polarity_scores(text)
            text = text.strip()
            sentitext = SentiText(text)
            sentiments = []
            words_and_emoticons = sentitext.words_and_emoticons
            for i, item in enumerate(words_and_emoticons):
                valence = 0
                if item.lower() in BOOSTER_DICT:
                    sentiments.append(valence)
                    continue
                if (i < len(words_and_emoticons) - 1 and item.lower() == "kind"
                        and words_and_emoticons[i + 1].lower() == "of"):
                    sentiments.append(valence)
                    continue
                sentiments = self.sentiment_valence(valence, sentitext, item, i, sentiments)
            sentiments = self._but_check(words_and_emoticons, sentiments)
            return self.score_valence(sentiments, text)

        def _negation_check(self, valence, words, start_i, i):
            if self._lower_of[0] is not words:
                self._lower_of = (words, [str(w).lower() for w in words])
            lower = self._lower_of[1]
            n_scalar = N_SCALAR
            if start_i == 0:
                if negated([lower[i - 1]]):
                    valence = valence * n_scalar
            if start_i == 1:
                if lower[i - 2] == "never" and lower[i - 1] in ("so", "this"):
                    valence = valence * 1.25
                elif lower[i - 2] == "without" and lower[i - 1] == "doubt":
                    valence = valence
                elif negated([lower[i - (start_i + 1)]]):
                    valence = valence * n_scalar
            if start_i == 2:
                # (sic) the original's precedence: (never and so/this) or so/this
                if (lower[i - 3] == "never" and lower[i - 2] in ("so", "this")) or lower[i - 1] in ("so", "this"):
                    valence = valence * 1.25
                elif lower[i - 3] == "without" and (lower[i - 2] == "doubt" or lower[i - 1] == "doubt"):
                    valence = valence
                elif negated([lower[i - (start_i + 1)]]):
                    valence = valence * n_scalar
            return valence

    return _Vader()


def scores(text: str) -> tuple[float, float, float]:
    """(TextBlob polarity, TextBlob subjectivity, VADER compound) of *text*."""
    pol, subj = _textblob()(text)
    return float(pol), float(subj), float(_vader().polarity_scores(text)["compound"])


def side_sentiment(article, by: str = "paragraph") -> pd.DataFrame:
    """Each side's tone: one row per (unit, side, method) with the mean score
    of the sentences in which that side is present.

    *by* is ``"paragraph"`` or ``"sentence"``; *article* is an Article or a
    corpus (then ``article_id`` leads). Columns: article_id, <by>, side,
    method ('textblob' | 'vader'), score, n_sentences.
    """
    if by not in ("paragraph", "sentence"):
        raise ValueError("by must be 'paragraph' or 'sentence'")
    s = article.sentences
    cols = ["article_id", by, "side", "method", "score", "n_sentences"]
    if s.empty:
        return pd.DataFrame(columns=cols)
    long = s.assign(side=s["sides"].fillna("").str.split(";")).explode("side")
    long = long[long["side"].astype(bool)]
    if long.empty:
        return pd.DataFrame(columns=cols)
    parts = []
    for method, col in (("textblob", "polarity"), ("vader", "vader")):
        g = (long.groupby(["article_id", by, "side"], observed=True, sort=False)[col]
             .agg(score="mean", n_sentences="size").reset_index())
        g["method"] = method
        parts.append(g)
    out = pd.concat(parts, ignore_index=True)
    out = out.sort_values(["article_id", by, "side", "method"], kind="stable")
    out["n_sentences"] = out["n_sentences"].astype("int64")
    return out[cols].reset_index(drop=True)
