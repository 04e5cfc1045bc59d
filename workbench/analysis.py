"""Analysis: what the tables say, in one place, apart from drawing and export.

* **Event dating.** Every date the text mentions gets a *kind*
  (:func:`date_kinds`): ``event`` (when something happened), ``deadline``
  ("by the year 2000"), ``background`` (a date that modifies a noun: "the
  April 1998 summit"), ``reference`` (a date inside what a stance says: "no
  agreement this year"). Every stance gets the date of its own event
  (:func:`dated_stances`): a date in its clause, else the date phrase that
  governs its sentence, else the date of the citation that reports it, else
  the date the previous sentence of its paragraph was dated to. A deadline, a
  background date or what a claim is about is never the event's date.
* **Events** (:func:`events`): one row per event (per date, at the finer of
  two precisions that name the same day), with its stances, sides, sources and
  whether every stance in it is hedged or reported; background dates and
  deadlines are rows of their own kind. This is what the timeline chart draws.
* **Findings** (:func:`core_positions`, :func:`bottom_line`): each side's
  core position on each issue, by a documented rule, and the author's own
  bottom-line judgement.
* **Targets** (:func:`targets`): who each stance is aimed at.
* **Notebook findings** (:func:`finding`): the one computed sentence each
  notebook ends with, and its evidence.

Word lists are CSV lexicons (``date_roles.csv``, ``judgement.csv``,
``stance_strength.csv``, ``cameo_names.csv``). Functions take an Article (or
anything with its table attributes) or plain tables, and never change them.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Iterable

import pandas as pd

__all__ = ["date_kinds", "dated_stances", "events", "timeline_rows", "core_positions",
           "bottom_line", "findings", "targets", "finding", "Finding", "quote_clause",
           "cameo_names", "stance_strength", "article_title", "CORE_RULE", "VERBS"]

#: How a stance becomes its side's core position on an issue (shown on the findings page).
CORE_RULE = ("Core position: for each side and issue, the firm stance before the hedged "
             "one, the author's own account before a reported one, then the strongest "
             "stance class (reject, insist and demand before propose or comment), then "
             "the most recent event date.")

#: A stance in words, for event summaries: "Russian Foreign Ministry denies (peace treaty)".
VERBS = {"statement": "comments", "consider": "considers", "appeal": "appeals",
         "propose": "proposes", "offer": "offers", "consult": "consults",
         "endorse": "endorses", "cooperate": "cooperates", "yield": "concedes",
         "demand": "demands", "insist": "insists", "criticize": "criticizes",
         "oppose": "opposes", "deny": "denies", "reject": "rejects",
         "threaten": "threatens", "protest": "protests",
         "reduce_relations": "downgrades ties", "coerce": "coerces", "use_force": "uses force"}

_NO_TARGET = "(no other side)"
_WORD = re.compile(r"[\w’'-]+")
#: how far (in words) a date may follow a stance's cue and still date it ("rejected on Monday")
_NEAR = 3


# --------------------------------------------------------------------------
# lexicons


def _lexicon(name: str) -> list[dict]:
    from .lexicons import lexicon_dir

    with open(lexicon_dir() / name, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


@lru_cache(maxsize=None)
def _date_words(role: str) -> frozenset[str]:
    return frozenset(r["words"].strip().lower() for r in _lexicon("date_roles.csv")
                     if r["role"] == role)


@lru_cache(maxsize=None)
def _judgement_cues() -> tuple[tuple[re.Pattern, float], ...]:
    return tuple((re.compile(r"\b" + re.escape(r["cue"].strip()) + r"\b", re.I),
                  float(r["weight"])) for r in _lexicon("judgement.csv"))


@lru_cache(maxsize=None)
def stance_strength() -> dict[str, int]:
    """Stance class -> how strongly it commits a side (``stance_strength.csv``)."""
    return {r["stance"]: int(r["strength"]) for r in _lexicon("stance_strength.csv")}


@lru_cache(maxsize=None)
def cameo_names() -> dict[str, str]:
    """CAMEO code (zero-padded text) -> its name in the codebook (``cameo_names.csv``)."""
    return {r["cameo"]: r["name"] for r in _lexicon("cameo_names.csv")}


# --------------------------------------------------------------------------
# small helpers


def _missing(value: Any) -> bool:
    from .style import _is_missing

    return _is_missing(value)


def _flag(value: Any) -> bool:
    if _missing(value):
        return False
    if isinstance(value, str):
        return value.strip().lower() in ("1", "true", "yes", "t")
    return bool(value)


def _table(article: Any, name: str) -> pd.DataFrame:
    from . import schema

    df = getattr(article, name, None)
    return df if isinstance(df, pd.DataFrame) else schema.empty(name)


def _text_of(article: Any) -> str:
    """The article's text, or one rebuilt from the sentences at their offsets."""
    text = getattr(article, "text", None)
    if isinstance(text, str) and text:
        return text
    sents = _table(article, "sentences")
    if sents.empty:
        return ""
    chars = [" "] * int(sents["end"].max())
    for s, t in zip(sents["start"], sents["text"]):
        chars[int(s):int(s) + len(str(t))] = list(str(t))
    return "".join(chars)


def _words_before(text: str, pos: int, n: int, floor: int = 0) -> list[str]:
    return [w.lower() for w in _WORD.findall(text[max(floor, pos - 60):pos])][-n:]


def _gap_words(text: str, a: int, b: int) -> int:
    """Words between offsets a and b (a clause break counts as many)."""
    piece = text[a:b] if b >= a else ""
    if re.search(r"[;:–—()]|,\s", piece):
        return 99
    return len(_WORD.findall(piece))


def date_span(date: Any, precision: Any = None) -> tuple[pd.Timestamp, pd.Timestamp] | None:
    """(start, end) of an ISO date of the given precision; None if unreadable."""
    if _missing(date):
        return None
    return _span(str(date).strip(), "" if _missing(precision) else str(precision).lower())


@lru_cache(maxsize=4096)
def _span(text: str, prec: str) -> tuple[pd.Timestamp, pd.Timestamp] | None:
    """date_span of a cleaned date and precision (pandas dates are slow to make: cached)."""
    try:
        parts = text.split("-")
        if len(parts) == 1 and text[:4].isdigit():
            start = pd.Timestamp(year=int(text[:4]), month=1, day=1)
            return start, start + pd.DateOffset(years=1)
        if len(parts) == 2 and "W" not in text.upper():
            start = pd.Timestamp(year=int(parts[0]), month=int(parts[1]), day=1)
            return start, start + pd.DateOffset(months=1)
        if "W" in text.upper():
            start = pd.Timestamp.fromisocalendar(int(text[:4]), int(text.upper().split("W")[1][:2]), 1)
            return start, start + pd.Timedelta(days=7)
        start = pd.Timestamp(text[:10])
    except (ValueError, TypeError, IndexError):
        return None
    width = {"week": pd.Timedelta(days=7), "month": pd.DateOffset(months=1),
             "year": pd.DateOffset(years=1)}.get(prec, pd.Timedelta(days=1))
    if prec == "month":
        start = start.replace(day=1)
    elif prec == "year":
        start = start.replace(month=1, day=1)
    return start, start + width


def _within(inner: dict, outer: dict) -> bool:
    """Is *inner*'s date a finer date inside *outer*'s period?"""
    a, b = date_span(inner["date"], inner["date_precision"]), date_span(outer["date"], outer["date_precision"])
    return bool(a and b) and b[0] <= a[0] and a[1] <= b[1] and (a[1] - a[0]) < (b[1] - b[0])


# --------------------------------------------------------------------------
# 1. what kind of date each mention is


def _is_deadline(text: str, d: dict, s0: int) -> bool:
    before = " ".join(_words_before(text, d["start"], 4, s0))
    return any(before == w or before.endswith(" " + w) for w in _date_words("deadline"))


def _is_modifier(text: str, d: dict, s0: int, s1: int) -> bool:
    """'the April 1998 summit', 'Yeltsin’s November 1998 proposal': a date between
    a determiner (or a possessive) and a noun."""
    before = text[max(s0, d["start"] - 30):d["start"]].rstrip()
    word = _words_before(text, d["start"], 1, s0)
    possessive = before.endswith(("’s", "'s"))
    if not (possessive or (word and word[0] in _date_words("modifier"))):
        return False
    after = re.match(r"\s+([A-Za-z][\w’'-]*)", text[d["end"]:s1])
    return bool(after) and after.group(1).lower() not in _date_words("ends_noun")


def _is_reference(text: str, d: dict, stances: list[dict]) -> bool:
    """A date inside what a stance says, after its cue and after a word of the
    future or an infinitive ('unlikely to reach agreement on a peace treaty this
    year'): what the claim is about, not when it was made."""
    future = _date_words("future")
    for r in stances:
        if r["start"] <= d["start"] < r["end"] and d["start"] >= r["cue_end"] \
                and _gap_words(text, r["cue_end"], d["start"]) > _NEAR:
            between = {w.lower() for w in _WORD.findall(text[r["cue_start"]:d["start"]])}
            if between & future:
                return True
    return False


def _by_sentence(rows: Iterable[dict]) -> dict[int, list[dict]]:
    out: dict[int, list[dict]] = {}
    for r in rows:
        out.setdefault(int(r["sentence"]), []).append(r)
    return out


def date_kinds(text: str, dates: list[dict], stances: list[dict],
               sentences: dict[int, tuple[int, int]]) -> list[str]:
    """The kind of each date mention: event, deadline, background or reference.

    *dates*: rows with sentence, start, end (offsets into *text*); *stances*:
    the stance rows (start, end, cue_start, cue_end, sentence); *sentences*:
    sentence -> (start, end)."""
    out = []
    by_sentence = _by_sentence(stances)
    for d in dates:
        s0, s1 = sentences.get(int(d["sentence"]), (0, len(text)))
        here = by_sentence.get(int(d["sentence"]), [])
        if _is_deadline(text, d, s0):
            out.append("deadline")
        elif _is_modifier(text, d, s0, s1):
            out.append("background")
        elif _is_reference(text, d, here):
            out.append("reference")
        else:
            out.append("event")
    return out


# --------------------------------------------------------------------------
# 2. the date of each stance's event


@dataclass
class _Sentence:
    """What stance dating needs to know about one sentence."""
    paragraph: int
    start: int
    end: int
    dates: list[dict] = field(default_factory=list)      # with "kind"
    citations: list[dict] = field(default_factory=list)  # with a date


def _attached(text: str, r: dict, d: dict) -> bool:
    """A background date in a phrase right after the stance's cue ('took the islands
    in a 1945 campaign'): it dates the stance."""
    words = _words_before(text, d["start"], 2, r["cue_end"])
    return (d["start"] >= r["cue_end"] and _gap_words(text, r["cue_end"], d["start"]) <= _NEAR + 2
            and any(w in _date_words("attached") for w in words))


def _own_date(text: str, r: dict, sent: _Sentence) -> dict | None:
    """A date in the stance's clause: before its cue, right after it, or modifying
    the noun phrase of the stance itself ('Yeltsin’s November 1998 proposal')."""
    found = []
    for d in sent.dates:
        if not r["start"] <= d["start"] < r["end"] and d["kind"] != "background":
            continue
        if d["kind"] == "event" and (d["end"] <= r["cue_start"]
                                     or _gap_words(text, r["cue_end"], d["start"]) <= _NEAR):
            found.append(d)
        elif d["kind"] == "background" and (
                (d["start"] >= min(r["start"], sent.start) and d["end"] <= r["cue_start"]
                 and _gap_words(text, d["end"], r["cue_start"]) <= _NEAR)
                or _attached(text, r, d)):
            found.append(d)
    return min(found, key=lambda d: abs(d["start"] - r["cue_start"]), default=None)


def _refers_back(text: str, r: dict, others: list[dict]) -> bool:
    """'rejected the Japanese proposal': a stance named by a noun after a definite
    determiner, inside another stance's clause, is an earlier event the
    sentence does not date."""
    words = _words_before(text, r["cue_start"], 3, r["start"])
    if not any(w in _date_words("definite") for w in words):
        return False
    return any(o is not r and o["start"] <= r["cue_start"] < o["end"]
               and o["cue_start"] < r["cue_start"] for o in others)


def _governing(r: dict, sent: _Sentence) -> dict | None:
    """The event date that governs the sentence: the nearest one before the cue."""
    before = [d for d in sent.dates if d["kind"] == "event" and d["end"] <= r["cue_start"]]
    if before:
        return max(before, key=lambda d: d["start"])
    after = [d for d in sent.dates if d["kind"] == "event"]
    return after[0] if after else None


def _finer(chosen: dict, sent: _Sentence) -> dict:
    """The finest date of the same sentence inside *chosen*'s period ('in December'
    and '(Kyodo, December 17, 1999)' are one event, on 17 December)."""
    pool = [d for d in sent.dates + sent.citations
            if d.get("kind", "event") == "event" and _within(d, chosen)]
    return min(pool, key=lambda d: date_span(d["date"], d["date_precision"])[1]
               - date_span(d["date"], d["date_precision"])[0], default=chosen)


def _date_one(text: str, r: dict, sent: _Sentence, here: list[dict],
              previous: dict | None) -> tuple[dict | None, str]:
    """(date row, how) for one stance; see :func:`dated_stances`."""
    own = _own_date(text, r, sent)
    if own is not None:
        return _finer(own, sent), "clause"
    if _refers_back(text, r, here):
        return None, "refers to an earlier event"
    gov = _governing(r, sent)
    if gov is not None:
        return _finer(gov, sent), "sentence"
    if sent.citations:
        return sent.citations[0], "citation"
    if previous is not None and not any(d["kind"] == "event" for d in sent.dates):
        return previous, "previous sentence"
    return None, ""


def _date_all(text: str, sentences: dict[int, _Sentence], stances: list[dict]) -> list[tuple]:
    """(date row or None, how) for every stance, in the order given."""
    by_sentence = _by_sentence(stances)
    found: dict[int, tuple] = {}
    carried: dict[int, dict | None] = {}  # sentence -> the date it hands on
    for i in sorted(sentences):
        sent = sentences[i]
        prev = carried.get(i - 1) if (i - 1) in sentences and \
            sentences[i - 1].paragraph == sent.paragraph else None
        here = by_sentence.get(i, [])
        last = None
        for r in here:
            found[id(r)] = _date_one(text, r, sent, here, prev)
            last = found[id(r)][0] or last
        events_here = [d for d in sent.dates if d["kind"] == "event"]
        carried[i] = last or (_finer(events_here[-1], sent) if events_here else None)
    return [found.get(id(r), (None, "")) for r in stances]


def _sentences_for_dating(sents: list[dict], dates: list[dict],
                          citations: list[dict]) -> dict[int, _Sentence]:
    out = {int(s["sentence"]): _Sentence(int(s["paragraph"]), int(s["start"]), int(s["end"]))
           for s in sents}
    for d in dates:
        if int(d["sentence"]) in out and not _missing(d["date"]) and str(d["date"]):
            out[int(d["sentence"])].dates.append(d)
    for c in citations:
        if int(c["sentence"]) in out and not _missing(c.get("date")) and str(c.get("date")):
            out[int(c["sentence"])].citations.append({**c, "kind": "event"})
    return out


def _stance_rows(stances: pd.DataFrame) -> list[dict]:
    rows = stances.to_dict("records")
    for r in rows:
        r.setdefault("cue_start", r["start"])
        r.setdefault("cue_end", r["cue_start"])
        if _missing(r["cue_start"]):
            r["cue_start"], r["cue_end"] = r["start"], r["start"]
    return rows


def _timeline_with_kinds(article: Any, text: str, stance_rows: list[dict]) -> list[dict]:
    tl = _table(article, "timeline")
    rows = tl.to_dict("records")
    if rows and ("kind" not in tl.columns or tl["kind"].isna().any()
                 or "start" not in tl.columns):
        sents = {int(s): (int(a), int(b)) for s, a, b in
                 _table(article, "sentences")[["sentence", "start", "end"]].itertuples(index=False)}
        rows = [r for r in rows if not _missing(r.get("start"))]
        for r, k in zip(rows, date_kinds(text, rows, stance_rows, sents)):
            r["kind"] = k
    return rows


def dated_stances(article: Any) -> pd.DataFrame:
    """The stances table with the date of each stance's own event.

    Adds ``event_date``, ``event_precision`` (day, week, month, year; "" when
    undated) and ``dated_by``: ``clause`` (a date in the stance's clause, or
    one that modifies the stance's own noun), ``sentence`` (the date phrase
    that governs its sentence), ``citation`` (the date of the citation that
    reports it), ``previous sentence`` (the date the sentence before it, in
    the same paragraph, was dated to), ``refers to an earlier event`` (a noun
    such as "the Japanese proposal" that names an earlier, undated event), or
    "" (undated: the author's present account). Deadlines, background dates
    and dates inside what a stance says are never used.
    """
    st = _table(article, "stances")
    out = st.copy()
    if st.empty:
        return out.assign(event_date=pd.Series(dtype=object), event_precision=pd.Series(dtype=object),
                          dated_by=pd.Series(dtype=object))
    text = _text_of(article)
    rows = _stance_rows(st)
    sents = _sentences_for_dating(_table(article, "sentences").to_dict("records"),
                                  _timeline_with_kinds(article, text, rows),
                                  _table(article, "citations").to_dict("records"))
    got = _date_all(text, sents, rows)
    return out.assign(event_date=[d["date"] if d else "" for d, _ in got],
                      event_precision=[d["date_precision"] if d else "" for d, _ in got],
                      dated_by=[how for _, how in got])


# --------------------------------------------------------------------------
# 3. the timeline table (built with the article) and the events (one row per event)


def _stance_words(r: dict) -> str:
    issue = "no issue" if _missing(r.get("issue")) or not str(r.get("issue")) \
        else str(r["issue"]).replace("_", " ")
    return f"{r['actor']} {VERBS.get(r['stance'], r['stance'])} ({issue})"


def _phrase(text: str, d: dict, s1: int) -> str:
    """The noun phrase a background date belongs to: 'the April 1998
    Japanese-Russian summit in Kawana'."""
    m = re.match(r"(?:\s+(?!(?:and|or|but|to|that|was|were|is|are|which|who)\b)"
                 r"[A-Za-z][\w’'-]*(?![\w’'-])(?<!ly)){0,4}(?:\s+(?:in|at|with|of)\s+[A-Z][\w’'-]*)*",
                 text[d["end"]:s1])
    det = re.search(r"(?:\b(?:the|his|her|its|their|a|an)\s+|[\w-]+[’']s\s+)$",
                    text[max(0, d["start"] - 25):d["start"]], re.I)
    lead = det.group(0) if det else ""
    return " ".join((lead + text[d["start"]:d["end"] + (m.end() if m else 0)]).split())


def _summary(kind: str, dated: list[dict], text: str, d: dict, s0: int, s1: int) -> str:
    if kind == "event" and dated:
        return "; ".join(_stance_words(r) for r in dated)
    if kind == "deadline":
        return f"Deadline: {_phrase(text, d, s1)}"
    if kind == "background":
        return f"Background: {_phrase(text, d, s1)}"
    s = " ".join(text[s0:s1].split())
    return ("Said of this date: " if kind == "reference" else "") + (
        s if len(s) <= 160 else s[:157].rsplit(" ", 1)[0] + "…")


def timeline_rows(aid: str, text: str, sents: list[tuple[int, int, int]],
                  hits: list[list[Any]], stances: list[dict], sent_rows: list[dict],
                  citations: list[dict]) -> list[dict]:
    """The rows of the ``timeline`` table: every date the text mentions, sentence
    by sentence, with its kind and what happened then.

    *sents*: (paragraph, start, end) per sentence; *hits*: the dates found in
    each sentence (objects with date, precision, text, start, end); *stances*,
    *sent_rows*, *citations*: the rows built so far. A row's ``summary`` names
    the stances dated to it ("Russian Foreign Ministry denies (peace
    treaty)"); a deadline or a background date says so instead of borrowing
    the stances of its sentence."""
    rows = []
    for i, found in enumerate(hits, 1):
        seen = set()
        for h in found:
            if (h.date or h.text) in seen:
                continue
            seen.add(h.date or h.text)
            rows.append({"article_id": aid, "sentence": i, "date": h.date,
                         "date_precision": h.precision, "date_text": h.text,
                         "sides": sent_rows[i - 1]["sides"], "start": h.start, "end": h.end})
    bounds = {i: (s0, s1) for i, (_, s0, s1) in enumerate(sents, 1)}
    for r, k in zip(rows, date_kinds(text, rows, stances, bounds)):
        r["kind"] = k
    sentences = _sentences_for_dating(
        [{"sentence": i, "paragraph": p, "start": s0, "end": s1} for i, (p, s0, s1) in enumerate(sents, 1)],
        rows, citations)
    got = _by_sentence({**s, "_date": d} for s, (d, _) in zip(stances, _date_all(text, sentences, stances))
                       if d is not None)
    for r in rows:
        dated = [s for s in got.get(r["sentence"], [])
                 if s["_date"]["date"] == r["date"] or _within(s["_date"], r)]
        if dated and r["kind"] == "background":
            r["kind"] = "event"  # 'Yeltsin’s November 1998 proposal': the stance's own date
        s0, s1 = bounds[r["sentence"]]
        r["summary"] = _summary(r["kind"], dated, text, r, s0, s1)
    return rows


def _sources(citations: pd.DataFrame) -> dict[int, list[str]]:
    out: dict[int, list[str]] = {}
    for s, src in citations[["sentence", "source"]].itertuples(index=False) if len(citations) else []:
        if not _missing(src) and str(src) not in out.setdefault(int(s), []):
            out[int(s)].append(str(src))
    return out


def _event_rows(st: pd.DataFrame, cited: dict[int, list[str]]) -> list[dict]:
    """One row per date that stances are dated to."""
    rows = []
    dated = st[st["event_date"].astype(str) != ""]
    for (date, prec), d in dated.groupby(["event_date", "event_precision"], sort=False):
        sents = sorted(set(int(s) for s in d["sentence"]))
        rows.append({
            "date": date, "date_precision": prec, "kind": "event",
            "summary": "; ".join(dict.fromkeys(_stance_words(r) for r in d.to_dict("records"))),
            "sides": ";".join(dict.fromkeys(str(s) for s in d["side"] if not _missing(s))),
            "sentence": sents[0], "sentences": ";".join(map(str, sents)),
            "n_stances": len(d), "hedged": bool(d["hedged"].map(_flag).all()),
            "reported": bool(d["reported"].map(_flag).all()),
            "sources": ", ".join(dict.fromkeys(x for s in sents for x in cited.get(s, []))),
            "stance_marks": ";".join(("h" if _flag(h) else "") + ("r" if _flag(r) else "")
                                     for h, r in zip(d["hedged"], d["reported"]))})
    return rows


def _context_rows(tl: list[dict], taken: set, dated_rows: list[dict],
                  cited: dict[int, list[str]]) -> list[dict]:
    """Deadlines, background dates and event dates no stance was dated to."""
    out = []
    by_date = {(r["date"], r["date_precision"]): r for r in dated_rows}
    same_sentence = _by_sentence(tl)
    for r in dated_rows:
        for k in str(r["sentences"]).split(";"):
            same_sentence.setdefault(int(k), []).append(r)
    for t in tl:
        key = (t["date"], t["date_precision"])
        if t["kind"] == "reference" or key in taken:
            continue
        if t["kind"] in ("background", "event") and key in by_date:
            if t["kind"] == "background":  # the same event, seen as background elsewhere
                by_date[key]["summary"] += f" — also: {t['summary'].split(': ', 1)[-1]}"
            continue
        if t["kind"] == "event" and any(_within(o, t) for o in same_sentence[int(t["sentence"])]
                                        if o is not t):
            continue  # a coarser mention of a date the sentence gives more finely
        taken.add(key)
        out.append({"date": t["date"], "date_precision": t["date_precision"], "kind": t["kind"],
                    "summary": t["summary"], "sides": t.get("sides", ""),
                    "sentence": int(t["sentence"]), "sentences": str(int(t["sentence"])),
                    "n_stances": 0, "hedged": False, "reported": False,
                    "sources": ", ".join(cited.get(int(t["sentence"]), [])), "stance_marks": ""})
    return out


EVENT_COLUMNS = ["date", "date_precision", "kind", "summary", "sides", "sentence",
                 "sentences", "n_stances", "hedged", "reported", "sources", "stance_marks"]


def events(article: Any) -> pd.DataFrame:
    """The timeline as events: one row per event, in date order.

    ``kind`` is ``event`` (stances dated to that date, listed in ``summary``;
    ``hedged`` / ``reported`` are true when every one of them is), or the
    dates no stance took place on: ``background`` ("the April 1998 summit"),
    ``deadline`` ("by the year 2000") and ``event`` rows with no stance
    (``n_stances`` 0). A date given twice in one sentence, once coarsely ("in
    December") and once finely ("December 17, 1999"), is one row at the finer
    precision; dates inside what a stance says are left out. ``sources``: the
    sources cited in its sentences; ``stance_marks``: per stance, ``h``
    hedged, ``r`` reported.
    """
    st = dated_stances(article)
    cited = _sources(_table(article, "citations"))
    rows = _event_rows(st, cited) if len(st) else []
    text = _text_of(article)
    tl = _timeline_with_kinds(article, text, _stance_rows(_table(article, "stances")))
    taken = {(r["date"], r["date_precision"]) for r in rows}
    rows += _context_rows([t for t in tl if not _missing(t.get("date")) and str(t["date"])],
                          taken, rows, cited)
    df = pd.DataFrame(rows, columns=EVENT_COLUMNS)
    if df.empty:
        return df
    spans = [date_span(d, p) for d, p in zip(df["date"], df["date_precision"])]
    df = df.assign(_s=[s[0] if s else pd.NaT for s in spans],
                   _e=[s[1] if s else pd.NaT for s in spans])
    return (df.sort_values(["_s", "_e", "sentence"], kind="stable", na_position="last")
            .drop(columns=["_s", "_e"]).reset_index(drop=True))


# --------------------------------------------------------------------------
# 4. targets


def targets(stances: pd.DataFrame, mentions: pd.DataFrame, *,
            roles: Iterable[str] = ("target", "actor")) -> pd.DataFrame:
    """One row per (stance, target side): who each stance is aimed at.

    A stance's targets are the other sides mentioned in the same sentence (same
    ``article_id`` and ``sentence``) with a role in *roles*; a stance with
    none gets the target ``"(no other side)"``. Columns: the stance's
    ``article_id``, ``sentence``, ``actor``, ``side``, ``stance``,
    ``goldstein``, ``polarity`` and ``target``.
    """
    cols = ["article_id", "sentence", "actor", "side", "stance", "goldstein",
            "polarity", "target"]
    if stances is None or stances.empty or "side" not in stances.columns:
        return pd.DataFrame(columns=cols)
    st = stances[stances["side"].notna()].copy()
    for c in cols[:-1]:
        if c not in st.columns:
            st[c] = pd.NA
    found: dict[tuple, list[str]] = {}
    if mentions is not None and len(mentions) and {"sentence", "side"} <= set(mentions.columns):
        m = mentions[mentions["side"].notna() & mentions["sentence"].notna()]
        if "role" in m.columns:
            m = m[m["role"].astype(str).isin(list(roles))]
        has_id = "article_id" in m.columns
        for _, r in m.iterrows():
            key = (r["article_id"] if has_id else None, int(r["sentence"]))
            if str(r["side"]) and str(r["side"]) not in found.setdefault(key, []):
                found[key].append(str(r["side"]))
    rows = []
    for _, r in st.iterrows():
        key_sent = None if _missing(r["sentence"]) else int(r["sentence"])
        others = found.get((r["article_id"], key_sent)) or found.get((None, key_sent)) or []
        others = [s for s in others if s != str(r["side"])] or [_NO_TARGET]
        for t in others:
            rows.append({**{c: r[c] for c in cols[:-1]}, "target": t})
    return pd.DataFrame(rows, columns=cols)


# --------------------------------------------------------------------------
# 5. findings: quotes, core positions, the author's bottom line


_CLAUSE_BREAK = re.compile(r"\s*[;:–—]\s*|\s+-\s+|\s*\((?![A-Z][\w-]*,)|\)\s*|,\s+(?=(?:but|while|"
                           r"although|though|whereas|and\s+(?:to|that))\b)")


def quote_clause(sentence: str, start: int, end: int, *, offset: int = 0,
                 width: int = 240) -> str:
    """The whole sentence when it is short, else the whole clauses that hold
    [start, end) (offsets into the article; *offset* is where *sentence*
    starts), never cut mid-phrase; '…' marks where the sentence goes on."""
    s = str(sentence)
    if len(" ".join(s.split())) <= width:
        return " ".join(s.split())
    a, b = max(0, start - offset), min(len(s), max(end - offset, start - offset + 1))
    cuts = [(m.start(), m.end()) for m in _CLAUSE_BREAK.finditer(s)]
    lo = max([e for st, e in cuts if e <= a], default=0)
    hi = min([st for st, e in cuts if st >= b], default=len(s))
    piece = " ".join(s[lo:hi].split()).strip(" ,")
    return ("… " if lo > 0 else "") + piece + (" …" if hi < len(s.rstrip(" .")) else "")


def _firmness(hedged: bool, reported: bool) -> str:
    if hedged and reported:
        return "hedged; reported from a source"
    if hedged:
        return "hedged"
    if reported:
        return "reported from a source"
    return "firm; author's own account"


def _date_order(date: Any) -> float:
    span = date_span(date) if not _missing(date) and str(date) else None
    return -span[0].value if span else float("inf")


CORE_COLUMNS = ["side", "issue", "stance", "actor", "hedged", "reported", "goldstein",
                "event_date", "firmness", "quote", "sentence", "n_issue", "n_coop",
                "n_conflict", "n_side"]


def _issue_order(st: pd.DataFrame) -> list[str]:
    """Issues by how many stances they hold, then in reading order."""
    counts = st["issue"].astype(str).value_counts()
    first = {v: i for i, v in reversed(list(enumerate(st["issue"].astype(str))))}
    return sorted(counts.index, key=lambda v: (-counts[v], first[v]))


def core_positions(article: Any) -> pd.DataFrame:
    """Each side's core position on each issue it takes a stance on.

    The rule (:data:`CORE_RULE`): among the side's stances on the issue, the
    firm one before the hedged one, the author's own account before a
    reported one, then the strongest stance class (``stance_strength.csv``),
    then the most recent event date (:func:`dated_stances`), then reading
    order. Sides in order of their number of stances, issues by how many
    stances the article has on them. ``quote``: the whole clause (or
    sentence) the stance rests on; ``n_issue``, ``n_coop``, ``n_conflict``:
    the side's stances on the issue, and how many were cooperative and
    conflictual.
    """
    from .style import side_order

    st = dated_stances(article)
    st = st[st["side"].notna() & (st["side"].astype(str) != "")].reset_index(drop=True)
    if st.empty:
        return pd.DataFrame(columns=CORE_COLUMNS + ["_span"])
    strength = stance_strength()
    st = st.assign(_h=st["hedged"].map(_flag), _r=st["reported"].map(_flag),
                   _k=-st["stance"].map(lambda s: strength.get(str(s), 0)),
                   _d=st["event_date"].map(_date_order), _pos=range(len(st)),
                   _g=pd.to_numeric(st["goldstein"], errors="coerce"))
    counts = st["side"].astype(str).value_counts()
    sides = sorted(side_order(st["side"]), key=lambda s: -counts.get(s, 0))
    rows = []
    for side in sides:
        d = st[st["side"].astype(str) == side]
        for issue in [i for i in _issue_order(st) if i in set(d["issue"].astype(str))]:
            on = d[d["issue"].astype(str) == issue]
            best = on.sort_values(["_h", "_r", "_k", "_d", "_pos"], kind="stable").iloc[0]
            rows.append(_core_row(best, side, issue, on, len(d)))
    return pd.DataFrame(rows, columns=CORE_COLUMNS + ["_span"])


def _core_row(best: pd.Series, side: str, issue: str, on: pd.DataFrame, n_side: int) -> dict:
    return {"side": side, "issue": issue, "stance": best["stance"], "actor": best["actor"],
            "hedged": bool(best["_h"]), "reported": bool(best["_r"]),
            "goldstein": best["_g"], "event_date": best["event_date"],
            "firmness": _firmness(bool(best["_h"]), bool(best["_r"])),
            "quote": "", "sentence": int(best["sentence"]),
            "n_issue": len(on), "n_coop": int((on["_g"] >= 1).sum()),
            "n_conflict": int((on["_g"] <= -1).sum()), "n_side": n_side,
            "_span": (best.get("start"), best.get("end"), best.get("text", ""))}


def _with_quotes(core: pd.DataFrame, article: Any) -> pd.DataFrame:
    """Each core position's quote: the whole clause its stance rests on."""
    sents = _table(article, "sentences").set_index("sentence")
    quotes = []
    for r in core.to_dict("records"):
        a, b, own = r["_span"]
        s = sents.loc[r["sentence"]] if r["sentence"] in sents.index else None
        text = own if isinstance(own, str) and own else ("" if s is None else str(s["text"]))
        offset = int(s["start"]) if s is not None else int(a)
        quotes.append(quote_clause(text, int(a), int(b), offset=offset) if text else "")
    return core.assign(quote=quotes).drop(columns=["_span"])


def _sentence_judgement(text: str) -> float:
    return sum(w for rx, w in _judgement_cues() if rx.search(text))


def bottom_line(article: Any) -> dict | None:
    """The author's bottom-line judgement, or None when the article has none.

    A sentence qualifies when it is the author's own (not reported, and no
    side takes a stance in it) and holds evaluative cue words of
    ``judgement.csv``; its score is the sum of their weights, plus 2 in the
    last paragraph and 1 in the paragraph before it (authors sum up at the
    end). The best scoring sentence with a score of at least 3 wins; a tie
    goes to the later paragraph. Returns sentence, paragraph, text, score and
    cues (the cue words found).
    """
    sents = _table(article, "sentences")
    if sents.empty:
        return None
    st = _table(article, "stances")
    with_stance = set(int(s) for s in st["sentence"]) if len(st) else set()
    last = int(sents["paragraph"].max())
    best = None
    for r in sents.to_dict("records"):
        if _flag(r["reported"]) or int(r["sentence"]) in with_stance:
            continue
        cues = [rx.pattern for rx, _ in _judgement_cues() if rx.search(str(r["text"]))]
        score = _sentence_judgement(str(r["text"]))
        if not cues:
            continue
        score += 2 if int(r["paragraph"]) == last else 1 if int(r["paragraph"]) == last - 1 else 0
        key = (score, int(r["paragraph"]), -int(r["sentence"]))
        if score >= 3 and (best is None or key > best[0]):
            best = (key, r, cues)
    if best is None:
        return None
    _, r, cues = best
    return {"sentence": int(r["sentence"]), "paragraph": int(r["paragraph"]),
            "text": " ".join(str(r["text"]).split()), "score": best[0][0],
            "cues": [re.sub(r"\\b|\\", "", c) for c in cues]}


def findings(article: Any) -> dict:
    """Everything the findings page shows: ``bottom_line`` (or None), ``core``
    (:func:`core_positions` with quotes), ``rule`` (:data:`CORE_RULE`)."""
    core = _with_quotes(core_positions(article), article)
    return {"bottom_line": bottom_line(article), "core": core, "rule": CORE_RULE}


def article_title(article: Any) -> tuple[str, bool]:
    """(title, made): the article's own title, or when it has none one made from
    its main sides and issues ("Russia and Japan on territory and peace treaty"),
    with *made* true."""
    arts = _table(article, "articles")
    title = "" if arts.empty or _missing(arts["title"].iloc[0]) else str(arts["title"].iloc[0]).strip()
    if title:
        return title, False
    st = _table(article, "stances")
    st = st[st["side"].notna() & (st["side"].astype(str) != "")]
    if st.empty:
        aid = "" if arts.empty else str(arts["article_id"].iloc[0])
        return (aid or "Untitled article"), True
    sides = list(st["side"].astype(str).value_counts().index[:2])
    issues = [i.replace("_", " ") for i in _issue_order(st)[:2]]
    who = " and ".join(sides)
    return f"{who} on {' and '.join(issues)}", True


# --------------------------------------------------------------------------
# 6. the finding each notebook ends with


@dataclass
class Finding:
    """One computed sentence and the rows it rests on."""
    text: str
    evidence: pd.DataFrame

    def __str__(self) -> str:
        return self.text

    def _repr_markdown_(self) -> str:
        return f"**Finding.** {self.text}"


def _join(items: list[str]) -> str:
    items = [i for i in items if i]
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1] if items else ""


def _finding_read(article: Any) -> Finding:
    st = _table(article, "stances")
    counts = st["side"].astype(str).value_counts() if len(st) else pd.Series(dtype=int)
    arts = _table(article, "articles")
    n = int(arts["n_sentences"].iloc[0]) if len(arts) else 0
    if counts.empty:
        return Finding(f"No side takes a stance in the {n} sentences of this article.", st)
    parts = [f"{side} {k} stance{'s' if k != 1 else ''}" for side, k in counts.items()]
    firm = st[~st["hedged"].map(_flag) & ~st["reported"].map(_flag)]
    text = (f"{len(counts)} side{'s' if len(counts) != 1 else ''} take stances in {n} sentences: "
            f"{_join(parts[:4])}; {len(firm)} of the {len(st)} stances are firm and first-hand "
            f"(neither hedged nor reported).")
    ev = st.groupby("side", observed=True).agg(stances=("stance", "size"),
                                               hedged=("hedged", "sum"), reported=("reported", "sum"))
    return Finding(text, ev.reset_index())


def _finding_positions(article: Any) -> Finding:
    core = findings(article)["core"]
    if core.empty:
        return Finding("No side takes a stance in this article.", core)
    issue = core["issue"].iloc[0]
    on = core[core["issue"] == issue]
    parts = [f"{r['side']} {VERBS.get(r['stance'], r['stance'])} ({r['firmness']}: “{r['quote']}”)"
             for r in on.to_dict("records")]
    text = (f"On {issue.replace('_', ' ')}, the issue with the most stances, the core positions "
            f"are: {'; '.join(parts)}.")
    return Finding(text, on[["side", "issue", "stance", "actor", "firmness", "event_date", "quote",
                             "n_coop", "n_conflict"]])


def _finding_timeline(article: Any) -> Finding:
    ev = events(article)
    dated = ev[ev["kind"] == "event"]
    if dated.empty:
        return Finding("No event in this article carries a date.", ev)
    first, last = dated.iloc[0], dated.iloc[-1]
    st = dated_stances(article)
    n_dated = int((st["event_date"].astype(str) != "").sum())
    ctx = ev[ev["kind"].isin(["background", "deadline"])]
    text = (f"{len(dated)} dated events run from {first['date']} ({first['summary']}) to "
            f"{last['date']} ({last['summary']}); {n_dated} of {len(st)} stances are dated, "
            f"and {len(ctx)} date{'s' if len(ctx) != 1 else ''} "
            f"{'are' if len(ctx) != 1 else 'is'} background or a deadline, not an event.")
    return Finding(text, dated[["date", "date_precision", "summary", "sources", "hedged", "reported"]])


def _finding_briefing(article: Any) -> Finding:
    f = findings(article)
    bl = f["bottom_line"]
    core = f["core"]
    lead = (f"The author's bottom line (¶{bl['paragraph']}): “{bl['text']}”" if bl
            else "The author gives no bottom-line judgement of their own.")
    top = core.iloc[0] if len(core) else None
    tail = "" if top is None else (
        f" The first core position on the page: {top['side']} "
        f"{VERBS.get(top['stance'], top['stance'])} on {str(top['issue']).replace('_', ' ')}.")
    return Finding(lead + tail, core[["side", "issue", "stance", "firmness", "quote"]] if len(core) else core)


_FINDINGS = {"read": _finding_read, "positions": _finding_positions,
             "timeline": _finding_timeline, "explorer": _finding_positions,
             "briefing": _finding_briefing}


def finding(article: Any, about: str) -> Finding:
    """The computed finding a notebook ends with: ``read`` (01: who takes how many
    stances, how firmly), ``positions`` (02 and ``explorer``, 05: the core
    positions on the main issue), ``timeline`` (04: the span of dated events),
    ``briefing`` (06: the author's bottom line and the first core position).
    Returns a :class:`Finding` (``text`` and ``evidence``)."""
    if about not in _FINDINGS:
        raise ValueError(f"about must be one of {sorted(_FINDINGS)}, not {about!r}")
    return _FINDINGS[about](article)
