"""Across an archive: each side's stance balance over publication time, and
the finding it supports.

The balance of a set of stances is (cooperative − conflictual) / n, from −1
(every stance conflictual) to +1 (every stance cooperative), where a stance's
``polarity`` says which it is (its Goldstein weight ≥ 1 or ≤ −1). Stances are
placed in time by their article's publication date; how firmly they are held
is kept apart: ``firm`` (the author's own account, not hedged), ``hedged``
(may, appears, reportedly …) and ``reported`` (attributed to a named source,
not hedged). Drawing is in :mod:`workbench.plots_archive`.
"""
from __future__ import annotations

from typing import Any, Iterable

import pandas as pd

__all__ = ["FIRMNESS", "stances_in_time", "stance_balance", "archive_source",
           "trend_finding", "language_finding", "archive_finding"]

#: How firmly a stance is held, in drawing order.
FIRMNESS = ("firm", "hedged", "reported")
_FREQ = {"year": "Y", "month": "M"}
_COLUMNS = ["period", "date", "side", "issue", "firmness", "n", "n_articles",
            "cooperative", "conflictual", "balance", "goldstein"]


def _frames(data: Any, articles: pd.DataFrame | None) -> tuple[pd.DataFrame, pd.DataFrame | None]:
    """(stances, articles) of an Article, Corpus, Archive or a stances table
    (Dask frames are computed, only the columns needed)."""
    if isinstance(data, pd.DataFrame):
        st = data
    else:
        st = getattr(data, "stances", None)
        articles = getattr(data, "articles", None) if articles is None else articles
        if st is None:
            from .errors import UsageError
            raise UsageError("give an article, a corpus, an archive or a stances table")
    if hasattr(st, "compute"):
        keep = [c for c in ("article_id", "sentence", "side", "issue", "polarity",
                            "goldstein", "hedged", "reported", "year") if c in st.columns]
        st = st[keep].compute()
    if articles is not None and hasattr(articles, "compute"):
        articles = articles[["article_id", "published"]].compute()
    return st, articles


def stances_in_time(data: Any, articles: pd.DataFrame | None = None) -> pd.DataFrame:
    """The stances with their article's publication date (``date``, a
    Timestamp; stances of undated articles are left out) and ``firmness``."""
    st, arts = _frames(data, articles)
    st = st.copy()
    if arts is not None and len(arts) and "published" in arts.columns:
        pub = arts.drop_duplicates("article_id").set_index("article_id")["published"]
        st["date"] = pd.to_datetime(st["article_id"].map(pub).astype(str).str[:10],
                                    errors="coerce", format="mixed")
    elif "year" in st.columns:
        st["date"] = pd.to_datetime(st["year"].astype(str), format="%Y", errors="coerce")
        st.loc[st["year"] == 0, "date"] = pd.NaT
    else:
        st["date"] = pd.NaT
    hedged = st.get("hedged", pd.Series(False, index=st.index)).fillna(False).astype(bool)
    reported = st.get("reported", pd.Series(False, index=st.index)).fillna(False).astype(bool)
    st["firmness"] = "firm"
    st.loc[reported, "firmness"] = "reported"
    st.loc[hedged, "firmness"] = "hedged"
    return st[st["date"].notna() & st["side"].astype(str).ne("")].reset_index(drop=True)


def stance_balance(data: Any, articles: pd.DataFrame | None = None, *, freq: str = "year",
                   by_issue: bool = False, sides: Iterable[str] | None = None) -> pd.DataFrame:
    """Each side's stance balance per year or month (*freq*), per firmness and
    over all (``firmness == "all"``); per issue too when *by_issue*.

    Returns columns period (``"2000"`` or ``"2000-03"``), date (the period's
    start), side, issue (``""`` unless *by_issue*), firmness, n (stances),
    n_articles, cooperative, conflictual, balance ((cooperative −
    conflictual) / n) and goldstein (mean). Empty table, same columns, when
    there is nothing dated."""
    if freq not in _FREQ:
        from .errors import UsageError
        raise UsageError(f"freq must be 'year' or 'month', not {freq!r}")
    st = stances_in_time(data, articles)
    if sides is not None:
        st = st[st["side"].astype(str).isin([str(s) for s in sides])]
    if st.empty:
        return pd.DataFrame({c: pd.Series(dtype=object) for c in _COLUMNS})
    per = st["date"].dt.to_period(_FREQ[freq])
    st = st.assign(period=per.astype(str), date=per.dt.start_time, side=st["side"].astype(str),
                   issue=st["issue"].astype(str) if by_issue else "",
                   cooperative=(st["polarity"] > 0).astype(int),
                   conflictual=(st["polarity"] < 0).astype(int))
    both = pd.concat([st, st.assign(firmness="all")], ignore_index=True)
    g = both.groupby(["period", "date", "side", "issue", "firmness"], sort=True)
    out = g.agg(n=("polarity", "size"), n_articles=("article_id", "nunique"),
                cooperative=("cooperative", "sum"), conflictual=("conflictual", "sum"),
                goldstein=("goldstein", "mean")).reset_index()
    out["balance"] = (out["cooperative"] - out["conflictual"]) / out["n"]
    return out[_COLUMNS]


def archive_source(data: Any, name: str | None = None) -> str:
    """The source line of an archive chart: "Source: archive 'kurils'
    (24 articles, 1996–2019); workbench" — the archive's name (or *name*),
    how many articles and which years."""
    arts = getattr(data, "articles", data if isinstance(data, pd.DataFrame) else None)
    name = name or getattr(data, "name", None)
    if arts is not None and hasattr(arts, "compute"):
        arts = arts[["article_id", "published"]].compute()
    bits = []
    if arts is not None and "published" in arts.columns and len(arts):
        n = arts["article_id"].nunique()
        years = pd.to_numeric(arts["published"].astype(str).str[:4], errors="coerce").dropna()
        span = ""
        if len(years):
            lo, hi = int(years.min()), int(years.max())
            span = f", {lo}" if lo == hi else f", {lo}–{hi}"
        bits.append(f"{n} article{'s' if n != 1 else ''}{span}")
    label = f"archive '{name}'" if name else "archive"
    return f"Source: {label}" + (f" ({bits[0]})" if bits else "") + "; workbench"


def trend_finding(data: Any, side: str, articles: pd.DataFrame | None = None) -> str:
    """One sentence on how *side*'s firm stances moved between the first and
    the last year it took any: "Russia's firm stances moved from a balance of
    −0.50 in 1997 (4 stances) to +0.33 in 2003 (6 stances)"."""
    b = stance_balance(data, articles, freq="year", sides=[side])
    b = b[b["firmness"] == "firm"].sort_values("period")
    if b.empty:
        return f"{side} took no firm, dated stance in this archive."
    first, last = b.iloc[0], b.iloc[-1]
    if first["period"] == last["period"]:
        return (f"{side}'s firm stances have a balance of {first['balance']:+.2f} in "
                f"{first['period']} ({_n(first['n'])}), the only year it took any.")
    way = ("more cooperative" if last["balance"] > first["balance"] else
           "more conflictual" if last["balance"] < first["balance"] else "no different")
    return (f"{side}'s firm stances grew {way}: a balance of {first['balance']:+.2f} in "
            f"{first['period']} ({_n(first['n'])}), {last['balance']:+.2f} in "
            f"{last['period']} ({_n(last['n'])}).")


def _n(n: int) -> str:
    return f"{int(n)} stance" + ("" if int(n) == 1 else "s")


def language_finding(table: pd.DataFrame, top: int = 3) -> str:
    """One sentence naming the terms most typical of each side in a
    :func:`workbench.language.compare_language` table."""
    a, b = table.attrs.get("side_a", "side A"), table.attrs.get("side_b", "side B")
    sig_a = table[table["side"] == a].nlargest(top, "z")["term"].tolist()
    sig_b = table[table["side"] == b].nsmallest(top, "z")["term"].tolist()

    def said(side: str, words: list[str]) -> str:
        if not words:
            return f"no term sets {side}'s statements apart at the 5 % level"
        return f"{side}'s statements stand out for " + ", ".join(f"'{w}'" for w in words)
    return f"{said(a, sig_a)}; {said(b, sig_b)}."


def archive_finding(data: Any, side_a: str, side_b: str,
                    language: pd.DataFrame | None = None) -> str:
    """The finding of an archive in a few sentences: how each side's firm
    stances moved, and what sets their statements apart (*language*: a
    :func:`workbench.language.compare_language` table, computed if None)."""
    if language is None:
        from .language import compare_language
        language = compare_language(data, side_a, side_b)
    return " ".join([trend_finding(data, side_a), trend_finding(data, side_b),
                     language_finding(language)[:1].upper() + language_finding(language)[1:]])
