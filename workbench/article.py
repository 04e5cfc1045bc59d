"""load_article / load_corpus: an article (a file, or text given as ``text=``)
into the tables of the contract (see ``schema.COLUMNS``)."""
from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import sys
import warnings
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from . import analysis as _analysis
from . import dates as _dates
from . import mentions as _mentions
from . import rules as _rules
from . import schema
from . import stances as _stances
from .errors import InputError, UsageError
from .lexicons import load_lexicons
from .reading import decode, read_text
from .sentiment import scores
from .text import count_words, paragraph_spans, parse_header, sentence_spans


class _Tables:
    """The seven tables of the contract (pandas DataFrames)."""

    def tables(self) -> dict[str, pd.DataFrame]:
        return {name: getattr(self, name) for name in schema.TABLES}


class Article(_Tables):
    """One article: its text and its tables (``articles``, ``paragraphs``,
    ``sentences``, ``mentions``, ``stances``, ``citations``, ``timeline``).

    A table is built from the extracted rows the first time it is used."""

    def __init__(self, text: str = "", path: str = "", rows: dict | None = None,
                 meta: dict | None = None, **frames: pd.DataFrame):
        self.text = text
        self.path = path
        self.meta = meta or {}
        self._rows = rows or {}
        self._frames: dict[str, pd.DataFrame] = dict(frames)

    @classmethod
    def from_text(cls, text, published=None, **kw) -> "Article":
        """The article whose text is *text*: ``load_article(text=text, ...)``."""
        return load_article(text=text, published=published, **kw)

    def _table(self, name: str) -> pd.DataFrame:
        if name not in self._frames:
            if name in schema.LAZY_TABLES and name not in self._rows and self.text:
                self._rows[name] = _lazy_rows(self, name)
            self._frames[name] = schema.frame(name, self._rows.get(name, []))
        return self._frames[name]

    def _set_article_id(self, new: str) -> None:
        for rows in self._rows.values():
            for r in rows:
                r["article_id"] = new
        for df in self._frames.values():
            df["article_id"] = new

    @property
    def article_id(self) -> str:
        rows = self._rows.get("articles")
        if rows:
            return str(rows[0]["article_id"])
        return str(self.articles["article_id"].iloc[0]) if len(self.articles) else ""

    def __repr__(self) -> str:
        return f"<Article {self.article_id}: {len(self._rows.get('sentences', []))} sentences>"

    def summary(self) -> str:
        """A short plain-text summary: who, stances per side, tone per side."""
        from .sentiment import MIN_SENTENCES, side_sentiment, tone_finding
        a = self.articles.iloc[0]
        lines = [f"{a['article_id']}: {a['n_paragraphs']} paragraphs, {a['n_sentences']} sentences, "
                 f"{len(self.stances)} stances, {len(self.citations)} citations, "
                 f"{len(self.timeline)} dated events"]
        meta = ", ".join(f"{k} {a[k]}" for k in ("publication", "volume", "issue", "published")
                         if pd.notna(a[k]) and str(a[k]))
        if meta and a["published"] and str(a.get("published_source", "")).startswith("estimated"):
            meta += " (estimated from the volume and issue number)"
        if meta:
            lines.append(f"  {meta}")
        actors = (self.mentions[~self.mentions["role"].isin(["place", "source"])]
                  .groupby(["side", "actor"], observed=True).size().sort_values(ascending=False))
        tone = side_sentiment(self, by="article").set_index("side")
        for side in self.stances["side"].value_counts().index.tolist() + [
                s for s in actors.index.get_level_values(0).unique() if s not in set(self.stances["side"])]:
            st = self.stances[self.stances["side"] == side]
            who = ", ".join(actors.loc[side].index[:4]) if side in actors.index.get_level_values(0) else ""
            counts = ", ".join(f"{k} {v}" for k, v in st["stance"].value_counts().items())
            t = tone.loc[side] if side in tone.index else None
            tone_s = "n/a" if t is None else (f"{t['score']:+.2f} over {t['n']} mention(s) in "
                                              f"{t['n_sentences']} sentence(s)")
            if t is not None and t["n_sentences"] < MIN_SENTENCES:
                tone_s += ", too few to compare"
            lines.append(f"  {side}: {len(st)} stances ({counts or 'none'}); tone toward it {tone_s}; "
                         f"actors: {who}")
        lines.append(f"  {tone_finding(self)}")
        return "\n".join(lines)


for _name in schema.TABLES:
    setattr(Article, _name, property(lambda self, n=_name: self._table(n), doc=f"the {_name} table"))


def load_article(path=None, published=None, *, text=None, article_id: str | None = None,
                 lexicons=None, eager: bool = True) -> Article:
    """Read an article into tables: from a file, or from text given as ``text=``.

    *path* (a ``str`` or :class:`~pathlib.Path`) is always a file name, never
    guessed to be the text itself; the article's own text goes in *text*
    (a ``str``, or ``bytes`` decoded like a file). Exactly one of the two.

    *published* (a date or ISO string) anchors years left out of dates and
    relative dates such as "This week"; without it the header's date is used,
    or the date a *Monitor* volume/issue number implies.

    Raises :class:`~workbench.errors.InputError` on unreadable input (a
    missing file, an empty, binary or too large one) and
    :class:`~workbench.errors.UsageError` for an argument of the wrong kind.
    """
    if path is not None and text is not None:
        raise UsageError("load_article: give a path or text=..., not both")
    if path is None and text is None:
        raise UsageError("load_article: give a path, or the article's text as text=...")
    if text is not None:
        if isinstance(text, (bytes, bytearray)):
            text = decode(bytes(text), name="text")
        elif not isinstance(text, str):
            raise UsageError(f"load_article: text= must be str or bytes, not {type(text).__name__}")
        if not text.strip():
            raise InputError("the article text is empty")
        text, path = text.replace("\r\n", "\n").replace("\r", "\n"), ""
    elif isinstance(path, (str, os.PathLike)) and not isinstance(path, bytes):
        path = os.fspath(path)
        if not isinstance(path, str):
            raise UsageError("load_article: a path must be str or pathlib.Path, not bytes")
        text = read_text(path, hint=True)
    else:
        kind = type(path).__name__
        hint = " (pass an article's text as load_article(text=...))" if isinstance(
            path, (bytes, bytearray)) else ""
        raise UsageError(f"load_article: a path must be str or pathlib.Path, not {kind}{hint}")
    if article_id is None:
        article_id = Path(path).stem if path else "text-" + hashlib.sha1(text.encode()).hexdigest()[:10]
    art = _build(text, path, article_id, published, load_lexicons(lexicons))
    if eager:  # all but the tables built on first use (tone)
        for name in schema.TABLES:
            if name not in schema.LAZY_TABLES:
                getattr(art, name)
    return art


def _lazy_rows(article: "Article", name: str) -> list[dict]:
    """The rows of a table built on first use, from the article's other tables."""
    from .tone import tone_rows
    return {"tone": tone_rows}[name](article)


def _published(header: dict, published) -> tuple[dt.date | None, str]:
    if published:
        d = published if isinstance(published, dt.date) else _dates.parse_date(str(published))
        if d is None:
            raise InputError(f"published date not understood: {published!r} (use YYYY-MM-DD)")
        return (d.date() if isinstance(d, dt.datetime) else d), "given"
    for key in ("published", "date"):
        if header.get(key):
            d = _dates.parse_date(header[key])
            if d:
                return d, "header"
    d = _dates.monitor_date(header.get("publication", ""), header.get("volume"), header.get("issue"))
    return (d, "estimated from volume and issue") if d else (None, "")


def _int(value):
    try:
        return int(str(value).strip())
    except (TypeError, ValueError):
        return None


@dataclass
class _Doc:
    """One article between the stages of :func:`_build`."""
    text: str
    aid: str
    lex: object
    header: object
    pub: object
    pub_source: str
    para_spans: list
    sents: list       # (paragraph, start, end)
    filed: list       # the dateline's span: where the report was filed, no actors there
    dctx: object      # what years left out and relative dates are read against
    titled: frozenset = frozenset()  # the sides the header's title names


def _build(text: str, path: str, aid: str, published, lex) -> Article:
    """The stages in order: paragraphs and sentences, explicit mentions and
    citations, collectives and pronouns, sentence flags and stances, quotations
    across sentences, then the timeline (:func:`workbench.analysis.timeline_rows`)."""
    original, text = text, text.translate(_QUOTE_MARKS)  # «…» and „…“ read as “…”, ` as ’
    doc = _frame(text, aid, published, lex)
    cit_rows, excluded, explicit = _explicit_mentions(doc)
    groups, all_mentions = _resolved_mentions(doc, explicit, excluded)
    sent_rows, stance_rows = _sentences_and_stances(doc, all_mentions, excluded)
    stance_rows += _quotation_rows(doc, stance_rows, sent_rows)
    stance_rows.sort(key=lambda r: (r["sentence"], r["cue_start"]))
    hits = [_dates.find_dates(text, s0, s1, doc.dctx) for _, s0, s1 in doc.sents]
    citations = [{"article_id": aid, **c} for c in cit_rows]
    timeline_rows = _analysis.timeline_rows(aid, text, doc.sents, hits, stance_rows, sent_rows,
                                            [dict(c) for c in citations])
    if doc.dctx.undated and doc.pub is None:
        warnings.warn(f"{aid}: no publication date and no year to read dates against; "
                      f"{doc.dctx.undated} dates kept without a year (pass published=YYYY-MM-DD)", stacklevel=3)
    rows = {"articles": [_article_row(doc, path)], "paragraphs": _paragraph_rows(doc, sent_rows),
            "sentences": sent_rows, "mentions": _mention_rows(doc, all_mentions),
            "stances": stance_rows, "citations": citations, "timeline": timeline_rows}
    if text != original:
        _original_quote_marks(rows, text, original)
    return Article(text=original, path=path, rows=rows,
                   meta={"header": dict(doc.header.fields), "main_sides": groups["both"]})


#: quotation marks and apostrophes read as English ones: the same offsets, one
#: character each (some sites type the apostrophe as a grave or acute accent: "LTTE`s")
_QUOTE_MARKS = str.maketrans({"«": "“", "»": "”", "„": "“", "`": "’", "´": "’"})


def _original_quote_marks(rows: dict, read: str, original: str) -> None:
    """Put the article's own quotation marks back into the text columns that are
    slices of it (the stages read a copy with English marks)."""
    for table in rows.values():
        for r in table:
            for a, b, col in (("start", "end", "text"), ("cue_start", "cue_end", "cue")):
                if col in r and a in r and r[col] == read[r[a]:r[b]]:
                    r[col] = original[r[a]:r[b]]


def _frame(text: str, aid: str, published, lex) -> _Doc:
    """Header, publication date (given, from the header, else from a wire
    dateline), paragraphs, sentences, and the date context."""
    header = parse_header(text)
    pub, pub_source = _published(header.fields, published)
    para_spans = paragraph_spans(text, header.end)
    dl = _dates.dateline(text, para_spans[0][0]) if para_spans else None
    if pub is None and dl and dl[2]:
        pub, pub_source = dl[2], "dateline"
    sents = [(p, s0, s1) for p, (a, b) in enumerate(para_spans, 1) for s0, s1 in sentence_spans(text, a, b)]
    dctx = _dates.DateContext(text, pub)
    dctx.prescan([(s0, s1) for _, s0, s1 in sents])
    return _Doc(text, aid, lex, header, pub, pub_source, para_spans, sents,
                [(dl[0], dl[1])] if dl else [], dctx)


def _explicit_mentions(doc: _Doc) -> tuple[list, list, list]:
    """(citation rows, excluded spans per sentence, explicit mentions per sentence):
    a cited agency is a source mention."""
    text, lex = doc.text, doc.lex
    finder = _mentions.MentionFinder(lex, text, doc.pub or doc.dctx.latest)
    finder.title_span = _title_span(doc)
    cit_rows, excluded_by_sent, explicit_by_sent = [], [], []
    for i, (p, s0, s1) in enumerate(doc.sents, 1):
        cits = _dates.find_citations(text, s0, s1, lex.agencies, lex.agency_lower, doc.dctx)
        excl = sorted({(c["start"], c["end"]) for c in cits})
        found = finder.explicit(i, s0, s1, excl + [f for f in doc.filed if s0 <= f[0] < s1])
        for c in cits:
            k = text.find(c["source"], c["start"], c["end"])
            if k < 0:
                k = c["start"] + 1
            found.append(_mentions.Mention(k, k + len(c["source"]) if k >= 0 else c["end"],
                                           text[k:k + len(c["source"])], c["source"],
                                           lex.agencies.get(c["source"], ("", ""))[1], "media",
                                           "source", i, "agency"))
            c["sentence"] = i
        cit_rows.extend(cits)
        excluded_by_sent.append(excl)
        explicit_by_sent.append(found)
    doc.titled = finder.title_sides()
    return cit_rows, excluded_by_sent, explicit_by_sent


def _title_span(doc: _Doc) -> tuple[int, int] | None:
    """Where the header's title is (MentionFinder reads it only when a newcomer needs it)."""
    title = doc.header.fields.get("title", "")
    a = doc.text.find(title, 0, doc.header.end) if title else -1
    return (a, a + len(title)) if a >= 0 else None


def _resolved_mentions(doc: _Doc, explicit_by_sent: list, excluded_by_sent: list) -> tuple[dict, list]:
    """(what "the two sides" names, every mention per sentence): demonyms read in
    context, then collectives and pronouns sentence by sentence."""
    text, lex = doc.text, doc.lex
    _mentions.in_context(lex, [m for f in explicit_by_sent for m in f])
    groups = _mentions.group_sides(lex, [m for f in explicit_by_sent for m in f], doc.titled)
    all_mentions: list[list] = []
    for i, (p, s0, s1) in enumerate(doc.sents, 1):
        here = explicit_by_sent[i - 1]
        col = _mentions.collectives(lex, text, i, s0, s1, groups,
                                    excluded_by_sent[i - 1] + [(m.start, m.end) for m in here],
                                    recent=[m for f in explicit_by_sent[max(0, i - 3):i] for m in f])
        here = sorted(here + col, key=lambda m: m.start)
        pro = _mentions.pronouns(text, i, s0, s1, here, all_mentions, lex.say_re)
        all_mentions.append(sorted(here + pro, key=lambda m: (m.start, m.side)))
    return groups, all_mentions


def _sentences_and_stances(doc: _Doc, all_mentions: list, excluded_by_sent: list) -> tuple[list, list]:
    """Each sentence's row (tone, hedged, reported, sides) and its stances (the
    rules of :mod:`workbench.rules`), each stance with its issue."""
    text, lex = doc.text, doc.lex
    quotes = _rules.quotations(text)
    sent_rows, stance_rows = [], []
    prev_issue, prev_para_issue, cur_para = None, None, 0
    for i, (p, s0, s1) in enumerate(doc.sents, 1):
        if p != cur_para:
            cur_para, prev_para_issue = p, None
        excl = excluded_by_sent[i - 1]
        segs = _stances.after_dateline(_stances.segments(text, s0, s1, lex.verb_forms), doc.filed)
        concessive = _concessive_spans(lex, text, segs, s1)
        hedges = [h for h in _spans(lex.hedge_re, text, s0, s1) if not _month_may(text, h, s0)]
        hedges = [h for h in hedges if not any(a <= h[0] < b for a, b in concessive + excl)]
        attrib = [h for h in _spans(lex.attribution_re, text, s0, s1)
                  if not any(a <= h[0] < b for a, b in concessive)]
        reported = bool(attrib or excl) or _rules.quoted(quotes, s0, s1)
        sent_rows.append(_sentence_row(doc, i, p, s0, s1, all_mentions[i - 1], bool(hedges), reported))
        for r in _stances.extract(lex, text, i, s0, s1, all_mentions[i - 1], excl, hedges, concessive,
                                  reported, segs):
            issue = _stances.issue_of(lex, text, r["hit"], r["scope"], s0, s1, prev_para_issue, prev_issue)
            prev_issue = prev_para_issue = issue
            stance_rows.append(_stance_row(doc, i, p, s0, s1, r, issue))
    return sent_rows, stance_rows


def _sentence_row(doc: _Doc, i: int, p: int, s0: int, s1: int, ms: list, hedged: bool, reported: bool) -> dict:
    sides = []
    for m in ms:
        if m.role not in ("place", "source") and m.side and m.side not in sides:
            sides.append(m.side)
    stext = doc.text[s0:s1]
    pol, subj, vad = scores(stext)
    return {"article_id": doc.aid, "paragraph": p, "sentence": i, "start": s0, "end": s1,
            "text": stext, "polarity": pol, "subjectivity": subj, "vader": vad,
            "hedged": hedged, "reported": reported, "sides": ";".join(sides)}


def _stance_row(doc: _Doc, i: int, p: int, s0: int, s1: int, r: dict, issue: str) -> dict:
    hit, ag, cue = r["hit"], r["mention"], r["cue"]
    g = cue.goldstein
    return {"article_id": doc.aid, "paragraph": p, "sentence": i, "actor": ag.actor, "side": ag.side,
            "issue": issue, "stance": cue.stance, "cue": doc.text[hit.start:hit.end],
            "cameo": cue.cameo, "goldstein": g, "polarity": 1 if g >= 1 else -1 if g <= -1 else 0,
            "hedged": r["hedged"], "reported": r["reported"],
            "start": r["scope"][0], "end": r["scope"][1],
            "cue_start": hit.start, "cue_end": hit.end, "text": doc.text[s0:s1], "rule": r.get("rule", "cue")}


def _quotation_rows(doc: _Doc, stance_rows: list, sent_rows: list) -> list:
    """Stances of the speakers of quotations across sentences; the speaker is
    present in each sentence of the quotation."""
    quoted_rows = _rules.quotation_speakers(doc.text, doc.sents, stance_rows, doc.lex)
    for r in quoted_rows:
        row = sent_rows[r["sentence"] - 1]
        if r["side"] not in row["sides"].split(";"):
            row["sides"] = ";".join(filter(None, [row["sides"], r["side"]]))
    return quoted_rows


def _mention_rows(doc: _Doc, all_mentions: list) -> list:
    return [{"article_id": doc.aid, "sentence": m.sentence, "start": m.start, "end": m.end,
             "text": m.text, "actor": m.actor, "side": m.side, "kind": m.kind, "role": m.role,
             "paragraph": doc.sents[m.sentence - 1][0]} for ms in all_mentions for m in ms]


def _paragraph_rows(doc: _Doc, sent_rows: list) -> list:
    """A paragraph's tone: the mean of its sentences' scores."""
    by_para: dict[int, list] = {}
    for r in sent_rows:
        by_para.setdefault(r["paragraph"], []).append(r)
    out = []
    for p, (a, b) in enumerate(doc.para_spans, 1):
        rows = by_para.get(p, [])
        n = len(rows) or 1
        out.append({"article_id": doc.aid, "paragraph": p, "start": a, "end": b, "text": doc.text[a:b],
                    "n_sentences": len(rows),
                    "polarity": sum(r["polarity"] for r in rows) / n,
                    "subjectivity": sum(r["subjectivity"] for r in rows) / n,
                    "vader": sum(r["vader"] for r in rows) / n})
    return out


def _article_row(doc: _Doc, path: str) -> dict:
    h = doc.header.fields
    return {"article_id": doc.aid, "publication": h.get("publication", ""), "volume": _int(h.get("volume")),
            "issue": _int(h.get("issue")), "published": doc.pub.isoformat() if doc.pub else "",
            "title": h.get("title", "") or h.get("headline", ""), "path": path,
            "n_paragraphs": len(doc.para_spans), "n_sentences": len(doc.sents),
            "n_words": count_words(doc.text[doc.header.end:]), "published_source": doc.pub_source}


def _concessive_spans(lex, text, segs, s1):
    """ "–however that return might be dressed up–": from a concessive opener
    at a clause start to the next dash, semicolon, parenthesis or comma."""
    out = []
    if lex.concessive_re is None:
        return out
    for seg in segs:
        a = _skip_punct(text, seg.start, seg.end)
        m = lex.concessive_re.match(text, a)
        if m and not text[m.end():m.end() + 1] == ",":
            stop = re.compile(r"[–—;(),]|\s-\s").search(text, m.end(), s1)
            out.append((a, stop.start() if stop else s1))
    return out


def _skip_punct(text: str, a: int, b: int) -> int:
    while a < b and (text[a].isspace() or text[a] in ",;:–—-()"):
        a += 1
    return a


def _month_may(text, span, s0) -> bool:
    """ "May 1997", "in May": the month, not the modal."""
    a, b = span
    return text[a:b] == "May" and (a > s0 or bool(re.match(r"\s+\d", text[b:b + 3])))


def _spans(rx, text, a, b):
    return [] if rx is None else [(m.start(), m.end()) for m in rx.finditer(text, a, b)]


# ------------------------------------------------------------ corpus

class Corpus(_Tables):
    """Several articles: the same tables stacked, keyed by article_id."""

    def __init__(self, items: list, **frames: pd.DataFrame):
        self.items = items
        for name in schema.TABLES:
            if name in frames or name not in schema.LAZY_TABLES:
                setattr(self, name, frames[name])

    def __getattr__(self, name: str):
        # a table built on first use (tone): each article's, stacked
        if name in schema.LAZY_TABLES and "items" in self.__dict__:
            frames = [getattr(a, name) for a in self.items]
            frames = [f for f in frames if len(f)]
            df = pd.concat(frames, ignore_index=True) if frames else schema.empty(name)
            setattr(self, name, df)
            return df
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    def __len__(self) -> int:
        return len(self.items)

    def __iter__(self):
        return iter(self.items)


#: What a folder given to load_corpus is searched for.
ARTICLE_SUFFIXES = (".txt", ".text", ".md", ".html", ".htm")


def _corpus_sources(sources, texts) -> list:
    if sources is None and texts is None:
        raise UsageError("load_corpus: give paths, a folder, or texts=[...]")
    items: list = []
    if sources is not None:
        if isinstance(sources, (str, os.PathLike)):
            p = Path(sources)
            if p.is_dir():
                found = sorted(f for f in p.iterdir()
                               if f.suffix.lower() in ARTICLE_SUFFIXES and f.is_file())
                if not found:
                    raise InputError(f"{p}: a folder with no article files "
                                     f"({', '.join(ARTICLE_SUFFIXES)}) in it")
                items.extend(found)
            else:
                items.append(sources)  # one path, never its characters
        elif isinstance(sources, (bytes, bytearray, dict)) or not hasattr(sources, "__iter__"):
            raise UsageError(f"load_corpus: sources must be a path, a folder or a list of "
                             f"paths, not {type(sources).__name__}")
        else:
            for src in sources:
                if not isinstance(src, (str, os.PathLike, Article)) or isinstance(src, bytes):
                    raise UsageError(f"load_corpus: each source must be a path or an Article, "
                                     f"not {type(src).__name__} (texts go in texts=[...])")
                items.append(src)
    if texts is not None:
        if isinstance(texts, (str, bytes)):
            texts = [texts]
        for t in texts:
            if not isinstance(t, (str, bytes, bytearray)):
                raise UsageError(f"load_corpus: texts must be str, not {type(t).__name__}")
            items.append(_Text(t))
    return items


class _Text:
    __slots__ = ("text",)

    def __init__(self, text):
        self.text = text


def load_corpus(sources=None, *, texts=None, published=None, progress: bool | None = None,
                lexicons=None, lazy: bool = False) -> Corpus:
    """Load several articles and stack their tables, keyed by ``article_id``.

    *sources*: a path (one article), a folder (its ``.txt``, ``.md``,
    ``.html`` files, in name order) or a list of paths and
    :class:`Article` objects; *texts*: a list of article texts. A ``str`` is
    always a path. Progress is shown on stderr for more than a few
    (``progress=None``: when there are more than 10 and stderr is a terminal
    or a notebook).

    A folder of Parquet tables written by ``workbench extract`` is read as
    it is (no extraction): eagerly into pandas, or with ``lazy=True`` into
    Dask DataFrames; see :func:`workbench.archive.read_archive`."""
    from .archive import is_archive, read_archive
    if isinstance(sources, (str, os.PathLike)) and texts is None and is_archive(sources):
        return read_archive(sources, lazy=lazy)
    if lazy:
        raise UsageError("load_corpus: lazy=True reads a folder of Parquet tables written by "
                         "workbench extract")
    sources = _corpus_sources(sources, texts)
    items = []
    show = progress if progress is not None else (len(sources) > 10 and _interactive())
    bar = _progress(len(sources)) if show else None
    ids: dict[str, int] = {}
    for src in sources:
        # each article's own tables are built only if asked for; the corpus
        # tables are built once from everyone's rows
        if isinstance(src, Article):
            art = src
        elif isinstance(src, _Text):
            art = load_article(text=src.text, published=published, lexicons=lexicons, eager=False)
        else:
            art = load_article(src, published, lexicons=lexicons, eager=False)
        aid = art.article_id
        if aid in ids:  # same stem twice: keep ids unique
            ids[aid] += 1
            art._set_article_id(f"{aid}-{ids[aid]}")
        else:
            ids[aid] = 1
        items.append(art)
        if bar:
            bar.update(1)
    if bar:
        bar.close()
    stacked = {}
    for t in schema.TABLES:
        if t in schema.LAZY_TABLES:
            continue
        if all(a._rows for a in items):
            stacked[t] = schema.frame(t, [r for a in items for r in a._rows.get(t, [])])
        else:
            frames = [getattr(a, t) for a in items if len(getattr(a, t))]
            stacked[t] = pd.concat(frames, ignore_index=True) if frames else schema.empty(t)
    return Corpus(items=items, **stacked)


def _interactive() -> bool:
    return sys.stderr.isatty() or "ipykernel" in sys.modules


class _SimpleBar:
    def __init__(self, total: int):
        self.total, self.n = total, 0

    def update(self, k: int) -> None:
        self.n += k
        if self.n == self.total or self.n % max(1, self.total // 50) == 0:
            print(f"\rloading articles: {self.n}/{self.total}", end="", file=sys.stderr, flush=True)

    def close(self) -> None:
        print(file=sys.stderr)


def _progress(total: int):
    try:
        from tqdm.auto import tqdm
        return tqdm(total=total, desc="loading articles", unit="article", file=sys.stderr)
    except ImportError:
        return _SimpleBar(total)
