"""The briefing pack: every chart, every table and a PDF memo for each article.

:func:`write_brief` is what ``workbench brief ARTICLE --out DIR`` runs. For each
article it writes, into the output folder (a subfolder per ``article_id`` when
there are several articles):

* the six charts of :mod:`workbench.plots` as PNG (300 dpi) and SVG;
* the tables as CSV (``articles.csv`` … ``timeline.csv`` and
  ``side_sentiment.csv``);
* ``brief.pdf``: a first page with the article's metadata and the key
  findings (each side's main stances, with a short quote of the evidence and
  whether it is hedged or reported), then one chart per page with a caption.

All output is reproducible (same input, same bytes) and written atomically.
The folder gets a marker file, ``.workbench-brief``; a non-empty folder
without it is left alone unless ``force=True``.
"""
from __future__ import annotations

import json
import os
import re
import sys
import textwrap
from pathlib import Path
from typing import Any, Iterable

import pandas as pd

from . import schema
from . import style as _style
from .errors import OutputError
from .export import atomic_path, save_figure, savefig_metadata

__all__ = ["write_brief", "BriefExistsError", "MARKER", "CAPTIONS",
           "key_findings", "MARGIN_MM"]

#: The file that marks a folder as made by :func:`write_brief`.
MARKER = ".workbench-brief"

#: Landscape A4, in inches.
_A4_LANDSCAPE = (11.69, 8.27)

#: The print margin kept free of ink on every page of the PDF, in millimetres.
MARGIN_MM = 14.0
_MX = MARGIN_MM / 25.4 / _A4_LANDSCAPE[0]  # as a fraction of the page width
_MY = MARGIN_MM / 25.4 / _A4_LANDSCAPE[1]  # and of its height

#: What each chart shows and how to read it (the caption under it in the PDF).
CAPTIONS: dict[str, str] = {
    "position_track": (
        "Each marker is one stance, placed by where it comes in the article "
        "(left to right: reading order, which is not time, so the points are not "
        "joined) and by its Goldstein score, from −10 (most conflictual) to +10 "
        "(most cooperative). Filled marker: stated firmly in the author's own "
        "account; hollow: hedged (may, appears, is considering …); grey ring: "
        "reported from a named source. Each side has its own colour and marker. "
        "The timeline orders the same stances by the date of their event."),
    "sentiment_arc": (
        "Tone toward each side, paragraph by paragraph, from −1 (negative) to "
        "+1 (positive): how the text treats each mention of the side, from a "
        "target-dependent model (p positive − p negative, averaged over its "
        "mentions; the number by a point is how many). Hollow: fewer than 3 "
        "sentences behind the point, too few to compare. Faint lines: the tone "
        "of the sentences that name the side (TextBlob, VADER), for reference. "
        "A gap: the side does not appear in that paragraph."),
    "actor_presence": (
        "How often each actor is mentioned, as an actor or as a target, in "
        "each paragraph; the most mentioned actors, grouped by side."),
    "issue_board": (
        "The balance of each side's stances on each issue: the bar left of the "
        "centre line (hatched) counts conflictual stances (Goldstein ≤ −1), the bar "
        "right of it cooperative ones (≥ +1), on one scale for the whole board. Under "
        "the bar, every stance class, strongest first: ×n times; h hedged (italics "
        "when all are), r reported from a named source. Hatched grey: no stance."),
    "timeline": (
        "One row per event, in date order: the stances dated to it (by a date in "
        "their clause, the date phrase that governs their sentence, or the citation "
        "that reports them), with the sources cited (\"author's account\" when none). "
        "Markers as on the position track: hollow when hedged, ringed when reported. "
        "Grey ◇: a background date (\"the April 1998 summit\"); grey ▷: a deadline "
        "(\"by the year 2000\"), neither of them an event. A pale bar: the date is "
        "known only to the week, month or year."),
    "who_acts_on_whom": (
        "Stances by acting side (rows) and target (columns): a stance's "
        "target is any other side named in the same sentence as an actor or "
        "target; a stance with several counts for each. Under each count: how "
        "many were cooperative (+) and conflictual (−)."),
}

_TABLES = ("articles", "paragraphs", "sentences", "mentions", "stances",
           "citations", "timeline")


class BriefExistsError(OutputError, FileExistsError):
    """The output folder is not empty and was not made by :func:`write_brief`
    (or its marker file is not one that :func:`write_brief` would write)."""


# --------------------------------------------------------------------------
# inputs


def _as_list(sources: Any) -> list[Any]:
    if isinstance(sources, (str, os.PathLike)) or hasattr(sources, "stances"):
        return [sources]
    return list(sources)


def _load(source: Any) -> Any:
    if hasattr(source, "stances"):
        return source
    from . import load_article  # lazy: the extraction may not be importable yet

    return load_article(source)


def _table(article: Any, name: str) -> pd.DataFrame:
    df = getattr(article, name, None)
    if isinstance(df, pd.DataFrame):
        return df
    return schema.empty(name)


def _article_id(article: Any, index: int) -> str:
    arts = _table(article, "articles")
    aid = arts["article_id"].iloc[0] if len(arts) else None
    if _style._is_missing(aid) or not str(aid).strip():
        aid = f"article-{index + 1}"
    return re.sub(r"[^A-Za-z0-9._-]+", "-", str(aid)).strip("-.") or f"article-{index + 1}"


def _fallback_side_sentiment(article: Any) -> pd.DataFrame:
    """Mean sentence tone per paragraph and side, from the sentences table."""
    cols = ["paragraph", "side", "method", "score", "n_sentences"]
    s = _table(article, "sentences")
    if s.empty or "sides" not in s.columns:
        return pd.DataFrame(columns=cols)
    s = s.assign(side=s["sides"].map(
        lambda v: [] if _style._is_missing(v) else [x.strip() for x in str(v).split(";") if x.strip()]))
    s = s.explode("side").dropna(subset=["side"])
    parts = []
    for method, col in (("textblob", "polarity"), ("vader", "vader")):
        if col not in s.columns:
            continue
        g = (s.groupby(["paragraph", "side"], sort=True)[col]
             .agg(["mean", "count"]).reset_index())
        parts.append(pd.DataFrame({"paragraph": g["paragraph"], "side": g["side"],
                                   "method": method, "score": g["mean"],
                                   "n_sentences": g["count"]}))
    if not parts:
        return pd.DataFrame(columns=cols)
    return pd.concat(parts, ignore_index=True)[cols]


def _side_sentiment(article: Any) -> pd.DataFrame:
    try:
        from . import side_sentiment
    except ImportError:
        return _fallback_side_sentiment(article)
    if not callable(side_sentiment):  # a module of that name, not the function
        side_sentiment = getattr(side_sentiment, "side_sentiment", None)
        if not callable(side_sentiment):
            return _fallback_side_sentiment(article)
    return side_sentiment(article, by="paragraph", measure=["toward", "sentence"])


# --------------------------------------------------------------------------
# key findings


def key_findings(article: Any) -> pd.DataFrame:
    """Each side's core position on each issue (see
    :func:`workbench.analysis.core_positions`), with a whole-clause quote."""
    from . import analysis

    return analysis.findings(article)["core"]


# --------------------------------------------------------------------------
# charts


def _chart_size(name: str, article: Any) -> tuple[float, float]:
    if name == "timeline":
        from . import analysis

        n = len(analysis.events(article))
        return (12.0, max(4.0, 0.6 * n + 1.8))
    if name == "actor_presence":
        n = _table(article, "mentions")["actor"].nunique() if "actor" in _table(article, "mentions") else 0
        return (11.0, max(4.0, 0.42 * min(n, 15) + 2.0))
    if name == "issue_board":
        st = _table(article, "stances")
        n = st["issue"].nunique() if "issue" in st else 0
        return (11.0, max(4.0, 1.1 * n + 2.0))
    if name == "who_acts_on_whom":
        st = _table(article, "stances")
        n = st["side"].nunique() if "side" in st else 0
        return (10.0, max(3.5, 1.0 * n + 2.2))
    return (11.0, 5.5)


def _side_order(article: Any, sentiment: pd.DataFrame) -> list[str]:
    """One order of sides for every chart of an article: stances, then mentions."""
    cols = [_table(article, "stances").get("side"), _table(article, "mentions").get("side"),
            sentiment.get("side") if isinstance(sentiment, pd.DataFrame) else None]
    return _style.side_order(*[pd.Series(c, dtype=object) if c is not None else None
                               for c in cols])


def _draw(name: str, ax: Any, article: Any, sentiment: pd.DataFrame, source: Any) -> Any:
    from . import plots

    order = _side_order(article, sentiment)
    from . import analysis

    if name == "position_track":
        return plots.position_track(analysis.dated_stances(article), order="reading",
                                    hue_order=order, source=source, ax=ax)
    if name == "sentiment_arc":
        return plots.sentiment_arc(sentiment, hue_order=order, source=source, ax=ax)
    if name == "actor_presence":
        return plots.actor_presence(_table(article, "mentions"),
                                    sentences=_table(article, "sentences"),
                                    source=source, ax=ax)
    if name == "issue_board":
        return plots.issue_board(_table(article, "stances"), hue_order=order,
                                 source=source, ax=ax)
    if name == "timeline":
        return plots.timeline(analysis.events(article), hue_order=order, source=source, ax=ax)
    if name == "who_acts_on_whom":
        return plots.who_acts_on_whom(_table(article, "stances"),
                                      _table(article, "mentions"), hue_order=order,
                                      source=source, ax=ax)
    raise ValueError(f"unknown chart {name!r}")


# --------------------------------------------------------------------------
# the PDF


def _meta_lines(article: Any) -> list[tuple[str, str]]:
    from . import analysis

    arts = _table(article, "articles")
    row = arts.iloc[0] if len(arts) else pd.Series(dtype=object)

    def get(key: str) -> str:
        v = row.get(key) if len(row) else None
        return "" if _style._is_missing(v) else str(v)

    title, made = analysis.article_title(article)
    lines = [(title, "title")]
    if made:
        lines.append(("(The text has no headline: this title names its main sides and issues.)",
                      "small"))
    pub = ", ".join(x for x in (get("publication"),
                                f"Vol. {get('volume')}" if get("volume") else "",
                                f"No. {get('issue')}" if get("issue") else "") if x)
    if get("published"):
        how = get("published_source")
        when = get("published") + (" (estimated from the volume and issue number)"
                                   if how.startswith("estimated") else
                                   f" (from the {how})" if how in ("dateline", "header") else "")
        pub = f"{pub} — published {when}" if pub else f"Published {when}"
    if pub:
        lines.append((pub, "subtitle"))
    st = _table(article, "stances")
    counts = []
    for key, word in (("n_paragraphs", "paragraphs"), ("n_sentences", "sentences"),
                      ("n_words", "words")):
        if get(key):
            counts.append(f"{get(key)} {word}")
    n_sides = st["side"].nunique() if "side" in st else 0
    counts.append(f"{len(st)} stances by {n_sides} side{'s' if n_sides != 1 else ''}")
    counts.append(f"{len(_table(article, 'citations'))} cited sources")
    lines.append(("; ".join(counts), "body"))
    if get("path"):
        lines.append((f"File: {Path(get('path')).name}", "small"))
    return lines


def _wrapped(text: str, kind: str, width: int, indent: str = "") -> list[tuple[str, str]]:
    return [((indent if k else indent) + piece, kind)
            for k, piece in enumerate(textwrap.wrap(text, width))]


def _bottom_line_lines(found: dict) -> list[tuple[str, str]]:
    bl = found["bottom_line"]
    lines: list[tuple[str, str]] = [("", "gap"), ("The author's bottom line", "h1")]
    if bl is None:
        return lines + [("The author gives no judgement of their own that sums the piece up "
                         "(no evaluative sentence outside the sides' stances).", "body")]
    lines += _wrapped(f"“{bl['text']}”", "lead", 105, "   ")
    lines.append((f"   — the author's own judgement, not attributed to either side "
                  f"(paragraph {bl['paragraph']}, sentence {bl['sentence']})", "small"))
    return lines


def _finding_lines(article: Any) -> list[tuple[str, str]]:
    from . import analysis

    found = analysis.findings(article)
    core = found["core"]
    lines = _bottom_line_lines(found)
    lines += [("", "gap"), ("Core positions, issue by issue", "h1")]
    lines += _wrapped(found["rule"], "small", 150)
    if core.empty:
        return lines + [("No stances were found in this article.", "body")]
    for side, d in core.groupby("side", sort=False):
        n = int(d["n_side"].iloc[0])
        lines += [("", "gap"), (f"{side} — {n} stance{'s' if n != 1 else ''}", "h2")]
        for r in d.to_dict("records"):
            when = f"; event {r['event_date']}" if r["event_date"] else ""
            head = (f"• {_pretty(r['issue'])}: {analysis.VERBS.get(r['stance'], r['stance'])} "
                    f"({r['firmness']}{when}; {r['actor']}) — {r['n_issue']} stance"
                    f"{'s' if r['n_issue'] != 1 else ''} on this issue: {r['n_conflict']} "
                    f"conflictual, {r['n_coop']} cooperative")
            lines += _wrapped(head, "body", 140)
            if r["quote"]:
                lines += _wrapped(f"“{r['quote']}”", "quote", 145, "     ")
    return lines


def _pretty(issue: Any) -> str:
    from .plots import _pretty_issue

    return _pretty_issue(issue) if not _style._is_missing(issue) else "no issue"


_TEXT_STYLE = {
    "title": dict(fontsize=17, fontweight="bold"),
    "subtitle": dict(fontsize=12, color="0.25"),
    "h1": dict(fontsize=14, fontweight="bold"),
    "h2": dict(fontsize=11.5, fontweight="bold"),
    "body": dict(fontsize=10),
    "lead": dict(fontsize=12.5, fontstyle="italic"),
    "quote": dict(fontsize=9.5, fontstyle="italic", color="0.2"),
    "small": dict(fontsize=8.5, color="0.4"),
    "gap": dict(fontsize=6),
}


def _text_pages(pdf: Any, lines: list[tuple[str, str]], source: str) -> None:
    """The findings as text pages, inside the print margins."""
    import matplotlib.pyplot as plt

    height = _A4_LANDSCAPE[1]
    top, bottom, left = 1 - _MY, _MY + 0.05, _MX
    fig = None
    y = top
    for text, kind in lines:
        kw = _TEXT_STYLE[kind]
        step = kw["fontsize"] * 1.45 / 72 / height
        if fig is None or y - step < bottom:
            if fig is not None:
                _close_page(pdf, fig, source)
            fig = plt.figure(figsize=_A4_LANDSCAPE)
            y = top
        if text:
            fig.text(left, y, text, va="top", ha="left", **kw)
        y -= step
    if fig is not None:
        _close_page(pdf, fig, source)


def _close_page(pdf: Any, fig: Any, source: str) -> None:
    import matplotlib.pyplot as plt

    fig.text(_MX, _MY, source, fontsize=8, color="0.4", va="bottom")
    pdf.savefig(fig)
    plt.close(fig)


def chart_page(name: str, article: Any, sentiment: pd.DataFrame, source: Any) -> Any:
    """The PDF page of one chart: the chart and its caption inside the print
    margins (:data:`MARGIN_MM` on every side). Returns the figure."""
    import matplotlib.pyplot as plt

    fig = plt.figure(figsize=_A4_LANDSCAPE, layout="constrained")
    caption_h = 0.115
    # the chart fills the page inside the margins, above the caption band
    fig.get_layout_engine().set(rect=(_MX, _MY + caption_h, 1 - 2 * _MX, 1 - 2 * _MY - caption_h),
                                w_pad=0.02, h_pad=0.02)
    ax = fig.add_subplot()
    _draw(name, ax, article, sentiment, source)
    fig.text(_MX, _MY + caption_h - 0.01, textwrap.fill(CAPTIONS[name], 150), va="top",
             ha="left", fontsize=9, color="0.15")
    return fig


def _write_pdf(path: Path, article: Any, sentiment: pd.DataFrame, source: Any) -> None:
    import matplotlib.pyplot as plt
    from matplotlib.backends.backend_pdf import PdfPages

    from . import analysis
    from .export import deterministic_rc

    meta = {**savefig_metadata("pdf"), "Title": analysis.article_title(article)[0]}
    with atomic_path(path, overwrite=True) as tmp, deterministic_rc():
        with PdfPages(tmp, metadata=meta) as pdf:
            _text_pages(pdf, _meta_lines(article) + _finding_lines(article),
                        _style.source_text(source))
            from .plots import CHARTS

            for name in CHARTS:
                fig = chart_page(name, article, sentiment, source)
                pdf.savefig(fig)
                plt.close(fig)


def _with_cameo_names(table: str, df: pd.DataFrame) -> pd.DataFrame:
    """The stances table with ``cameo_name`` beside ``cameo``."""
    if table != "stances" or "cameo" not in df.columns or "cameo_name" in df.columns:
        return df
    from . import analysis

    names = analysis.cameo_names()
    at = list(df.columns).index("cameo") + 1
    out = df.copy()
    out.insert(at, "cameo_name", [names.get(str(c), "") for c in df["cameo"]])
    return out


# --------------------------------------------------------------------------
# the folder


def _marker_names(out: Path) -> list[str]:
    """The names a previous run listed in *out*'s marker, validated.

    The marker is input like any other file: every entry must be a relative
    POSIX path inside *out* (no absolute path, no ``..``, no backslash, no NUL)
    and no part of it may be a symbolic link. Raises BriefExistsError for a
    marker that is not valid JSON of the expected shape or names anything else.
    """
    marker = out / MARKER
    where = f"{marker}"
    try:
        if marker.is_symlink() or not marker.is_file():
            raise ValueError("is not a regular file")
        if marker.stat().st_size > 1_000_000:
            raise ValueError("is too large")
        data = json.loads(marker.read_text(encoding="utf-8"))
        files = data.get("files", []) if isinstance(data, dict) else None
        if not isinstance(files, list) or not all(isinstance(f, str) for f in files):
            raise ValueError("has no list of file names")
    except (ValueError, OSError, UnicodeDecodeError) as exc:
        raise BriefExistsError(
            f"{where}: not a valid workbench marker ({exc}); remove it or choose "
            f"another folder") from None
    for name in files:
        if not _inside(out, name):
            raise BriefExistsError(
                f"{where}: names {name!r}, which is not inside {out}; remove the "
                f"marker or choose another folder")
    return files


def _inside(out: Path, name: str) -> bool:
    """Is *name* a plain relative path to something inside *out* (no link on the way)?"""
    if (not name or "\\" in name or "\x00" in name or name.startswith("/")
            or re.match(r"^[A-Za-z]:", name)):
        return False
    parts = name.split("/")
    if any(p in ("", ".", "..") for p in parts):
        return False
    here = out
    for part in parts:
        here = here / part
        if here.is_symlink():
            return False
    try:
        return here.resolve().is_relative_to(out.resolve())
    except OSError:
        return False


def _check_folder(out: Path, force: bool) -> list[str]:
    """Refuse a foreign non-empty folder; return the files a previous run listed."""
    if out.exists() and not out.is_dir():
        raise BriefExistsError(f"{out} exists and is not a folder")
    marker = out / MARKER
    has_marker = marker.exists() or marker.is_symlink()
    if out.exists() and any(out.iterdir()) and not has_marker and not force:
        raise BriefExistsError(
            f"{out} is not empty and was not made by workbench brief "
            f"(no {MARKER} file); choose an empty folder or pass --force "
            f"(force=True in Python)")
    if has_marker:
        try:
            return _marker_names(out)
        except BriefExistsError:
            if force:  # treat the folder as foreign: nothing in it is removed
                return []
            raise
    return []


def _write_marker(out: Path, files: list[str]) -> None:
    payload = {"made_by": "workbench brief", "files": sorted(files)}
    with atomic_path(out / MARKER, overwrite=True) as tmp:
        tmp.write_text(json.dumps(payload, indent=1) + "\n", encoding="utf-8")


def _progress(items: list[Any], enabled: bool) -> Iterable[tuple[int, Any]]:
    if not enabled:
        yield from enumerate(items)
        return
    try:
        from tqdm import tqdm
    except ImportError:
        tqdm = None
    if tqdm is not None:
        for i, item in enumerate(tqdm(items, desc="workbench brief", unit="article",
                                      file=sys.stderr)):
            yield i, item
        return
    for i, item in enumerate(items):
        print(f"workbench brief: article {i + 1}/{len(items)}", file=sys.stderr, flush=True)
        yield i, item


def _article_folder(stage: Path, article: Any, index: int, used: set[str]) -> tuple[Path, str]:
    """A new subfolder of *stage* for one of several articles, named for its
    ``article_id`` (``<id>-2``, ``<id>-3`` … when the name is in *used*, which
    gets the new name). Returns the folder and its prefix (``"<name>/"``)."""
    name = _article_id(article, index)
    base, k = name, 2
    while name in used:
        name, k = f"{base}-{k}", k + 1
    used.add(name)
    folder = stage / name
    folder.mkdir()
    return folder, f"{name}/"


def _write_tables(folder: Path, article: Any, sentiment: pd.DataFrame) -> list[str]:
    """The article's tables as CSV (the stances with their CAMEO names), then
    ``events.csv`` and ``side_sentiment.csv``; returns the file names."""
    from . import analysis

    names = []
    for table in _TABLES:
        _with_cameo_names(table, _table(article, table)).to_csv(
            folder / f"{table}.csv", index=False)
        names.append(f"{table}.csv")
    analysis.events(article).to_csv(folder / "events.csv", index=False)
    names.append("events.csv")
    sentiment.to_csv(folder / "side_sentiment.csv", index=False)
    names.append("side_sentiment.csv")
    return names


def _write_charts(folder: Path, article: Any, sentiment: pd.DataFrame, source: Any) -> list[str]:
    """The six charts, each as PNG (300 dpi) and SVG; returns the file names."""
    import matplotlib.pyplot as plt

    from .export import fault
    from .plots import CHARTS

    names = []
    for name in CHARTS:
        fig, ax = plt.subplots(figsize=_chart_size(name, article), layout="constrained")
        try:
            _draw(name, ax, article, sentiment, source)
            names += [p.name for p in save_figure(fig, folder / name, formats=("png", "svg"),
                                                  dpi=300, overwrite=True)]
        finally:
            plt.close(fig)
        fault("brief-chart")
    return names


def _write_article(folder: Path, article: Any) -> list[str]:
    """One article's pack in *folder*: its tables, its charts and ``brief.pdf``.
    Returns the file names, in the order written."""
    source = _table(article, "articles")
    sentiment = _side_sentiment(article)
    names = _write_tables(folder, article, sentiment)
    names += _write_charts(folder, article, sentiment, source)
    _write_pdf(folder / "brief.pdf", article, sentiment, source)
    names.append("brief.pdf")
    return names


def write_brief(sources: Any, out_dir: str | os.PathLike, *, force: bool = False,
                progress: bool | None = None) -> list[Path]:
    """Write the briefing pack for *sources* into *out_dir*; return the files written.

    *sources*: a path (``str`` or ``Path``, always a file name), an Article
    (anything with the table attributes), or a list of those; paths are read
    with :func:`workbench.load_article`. One article is written straight into
    *out_dir*; several go to one subfolder per ``article_id``. Each gets the
    six charts (``<chart>.png`` at 300 dpi and ``<chart>.svg``), the tables
    (``<table>.csv``, plus ``side_sentiment.csv``) and ``brief.pdf``. An
    archive (:func:`workbench.archive.read_archive`) gets the archive pack
    instead: each side and issue over time and the two main sides' language
    (:func:`workbench.brief_archive.write_archive_pack`).

    The pack is built in a staging folder next to *out_dir* and replaces it
    only when complete (see :func:`workbench.export.staged_folder`): a failed
    or killed run leaves the earlier pack as it was (and a new folder is not
    created at all). Raises :class:`BriefExistsError` if *out_dir* is a
    non-empty folder without a valid ``.workbench-brief`` marker, unless
    *force*. The files a previous run listed in the marker are replaced;
    anything else in the folder is kept. *progress*: show a progress bar on
    stderr (default: only when there is more than one article).
    """
    from .archive import Archive
    from .export import staged_folder

    archive = isinstance(sources, Archive)
    items = [] if archive else _as_list(sources)
    if not items and not archive:
        raise ValueError("no articles given")
    out = Path(out_dir)
    previous = set(_check_folder(out, force)) | {MARKER}
    several = len(items) > 1
    show = several if progress is None else bool(progress)
    rel: list[str] = []
    with staged_folder(out, replaced=previous.__contains__) as stage, _style.house_style():
        if archive:  # an archive folder: its charts over time
            from .brief_archive import write_archive_pack
            rel += write_archive_pack(sources, stage)
        used: set[str] = set()
        for i, src in _progress(items, show):
            article = _load(src)
            folder, prefix = _article_folder(stage, article, i, used) if several else (stage, "")
            rel += [prefix + name for name in _write_article(folder, article)]
        _write_marker(stage, rel)
    return [out / r for r in rel]
