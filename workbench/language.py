"""How two sides talk: the words and phrases that set one side's statements
apart from another's.

:func:`compare_language` scores every word and two-word phrase of the two
sides' attributed statements (the sentences their stances come from) with the
log-odds ratio with an informative Dirichlet prior of Monroe, Colaresi and
Quinn ("Fightin' Words: Lexical Feature Selection and Evaluation for
Identifying the Content of Political Conflict", *Political Analysis* 16(4),
2008, eqs. 16–22): the prior is the word's frequency in the whole archive, so
rare words do not dominate and frequent function words are not mistaken for a
side's vocabulary; each log-odds comes with its variance and a z-score.
Function words (``data/lexicons/stopwords.csv``) are left out, and a phrase
never runs across one.
"""
from __future__ import annotations

import csv
import re
from collections import Counter
from functools import lru_cache
from typing import Any, Iterable

import numpy as np
import pandas as pd

__all__ = ["compare_language", "statements", "terms", "stopwords", "COLUMNS", "Z_CRITICAL"]

#: The columns of :func:`compare_language`'s table.
COLUMNS = ["term", "n_words", "count_a", "count_b", "freq_a", "freq_b", "count",
           "log_odds", "variance", "z", "side"]
#: |z| at or above this (two-sided 5 %) marks a term as one side's.
Z_CRITICAL = 1.96
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*[A-Za-z]|[A-Za-z]")


@lru_cache(maxsize=4)
def stopwords(path: str | None = None) -> frozenset[str]:
    """The function words of ``stopwords.csv`` in the lexicon folder."""
    from .lexicons import lexicon_dir

    with open(lexicon_dir(path) / "stopwords.csv", newline="", encoding="utf-8") as fh:
        return frozenset(r["word"].strip().lower() for r in csv.DictReader(fh)
                         if r["word"].strip() and not r["word"].startswith("#"))


def terms(text: str, *, ngram: int = 2, stop: Iterable[str] | None = None) -> list[str]:
    """The words (lower-cased, function words left out) and phrases of up to
    *ngram* words of *text*; a phrase never runs across a function word or
    punctuation."""
    stop = stopwords() if stop is None else frozenset(stop)
    out: list[str] = []
    for piece in re.split(r"[.,;:!?()\[\]\"“”–—]|\s-\s", text):
        run: list[str] = []
        for w in _WORD.findall(piece):
            w = w.lower().replace("’", "'")
            if w.endswith("'s"):
                w = w[:-2]
            if w in stop or len(w) < 2:
                run = []
                continue
            run.append(w)
            for n in range(1, min(ngram, len(run)) + 1):
                out.append(" ".join(run[-n:]))
    return out


def _tables(corpus: Any) -> tuple[pd.DataFrame, pd.DataFrame | None]:
    """The stances and sentences tables of an Article, Corpus, Archive, a
    dict of tables or a stances table (Dask frames are computed)."""
    if isinstance(corpus, pd.DataFrame):
        return corpus, None
    get = corpus.get if isinstance(corpus, dict) else lambda k: getattr(corpus, k, None)
    st, se = get("stances"), get("sentences")
    if st is None:
        from .errors import UsageError
        raise UsageError("compare_language: give an article, a corpus, an archive or a stances table")
    if hasattr(st, "compute"):
        st = st[["article_id", "sentence", "side", "text"]].compute()
    if se is not None and hasattr(se, "compute"):
        se = se[["article_id", "sentence", "text"]].compute()
    return st, se


def statements(stances: pd.DataFrame, side: str) -> pd.Series:
    """The sentences in which *side* takes a stance, each once (the text of
    its attributed statements)."""
    if stances.empty or "text" not in stances.columns:
        return pd.Series([], dtype=object)
    d = stances[stances["side"].astype(str) == side]
    keys = [c for c in ("article_id", "sentence") if c in d.columns]
    d = d.drop_duplicates(keys) if keys else d
    return d["text"].astype(str).reset_index(drop=True)


def _counts(texts: Iterable[str], ngram: int) -> Counter:
    c: Counter = Counter()
    for t in texts:
        c.update(terms(t, ngram=ngram))
    return c


def compare_language(corpus: Any, side_a: str, side_b: str, *, ngram: int = 2,
                     min_count: int = 2, prior: float = 500.0,
                     background: Iterable[str] | None = None) -> pd.DataFrame:
    """Words and phrases that set *side_a*'s statements apart from *side_b*'s.

    *corpus*: an Article, Corpus, Archive (eager or lazy), a dict of tables or
    the stances table; each side's text is the set of sentences in which it
    takes a stance. The prior is the background frequency of each term (by
    default every sentence of the corpus, else both sides' statements)
    scaled to *prior* pseudo-counts (α0). Terms counted fewer than
    *min_count* times in the two sides together are left out.

    Returns one row per term, highest z first: term, n_words, count_a,
    count_b, freq_a and freq_b (per 1,000 terms of that side), count,
    log_odds (δ, positive: more side A), variance, z (δ / √variance) and
    side (the side a term belongs to when |z| ≥ 1.96, else ""). The table's
    ``attrs`` hold side_a, side_b and each side's number of statements.
    """
    st, se = _tables(corpus)
    a, b = statements(st, side_a), statements(st, side_b)
    ca, cb = _counts(a, ngram), _counts(b, ngram)
    if background is None and se is not None and len(se):
        background = se["text"].astype(str)
    cbg = _counts(background, ngram) if background is not None else Counter()
    cbg.update(ca)  # every term of the two sides has a prior
    cbg.update(cb)
    vocab = sorted(t for t in set(ca) | set(cb) if ca[t] + cb[t] >= min_count)
    out = _log_odds(vocab, ca, cb, cbg, prior, (side_a, side_b))
    out.attrs.update({"side_a": side_a, "side_b": side_b,
                      "statements_a": len(a), "statements_b": len(b)})
    return out


def _log_odds(vocab: list[str], ca: Counter, cb: Counter, cbg: Counter,
              prior: float, names: tuple[str, str]) -> pd.DataFrame:
    """Monroe, Colaresi and Quinn (2008), eqs. 16 (δ), 20 (variance), 22 (z)."""
    if not vocab:
        return pd.DataFrame({c: pd.Series(dtype=object if c in ("term", "side") else float)
                             for c in COLUMNS})
    ya = np.array([ca[t] for t in vocab], dtype=float)
    yb = np.array([cb[t] for t in vocab], dtype=float)
    na, nb = float(sum(ca.values())), float(sum(cb.values()))
    bg_total = float(sum(cbg.values()))
    alpha = prior * np.array([cbg[t] for t in vocab], dtype=float) / bg_total
    a0 = prior
    la = np.log(ya + alpha) - np.log(na + a0 - ya - alpha)
    lb = np.log(yb + alpha) - np.log(nb + a0 - yb - alpha)
    delta = la - lb
    var = 1.0 / (ya + alpha) + 1.0 / (yb + alpha)
    z = delta / np.sqrt(var)
    df = pd.DataFrame({
        "term": vocab, "n_words": [t.count(" ") + 1 for t in vocab],
        "count_a": ya.astype(int), "count_b": yb.astype(int),
        "freq_a": 1000 * ya / na if na else 0.0, "freq_b": 1000 * yb / nb if nb else 0.0,
        "count": (ya + yb).astype(int), "log_odds": delta, "variance": var, "z": z})
    df["side"] = np.where(z >= Z_CRITICAL, names[0], np.where(z <= -Z_CRITICAL, names[1], ""))
    df = df.sort_values(["z", "term"], ascending=[False, True], kind="stable")
    return df.reset_index(drop=True)[COLUMNS]
