"""The six charts: one function per chart, tables in, an Axes out.

Every function follows the same shape (seaborn's): the table first, options
keyword-only, ``ax`` last; it draws on ``ax`` (or the current Axes), returns
the Axes, and never saves (see :mod:`workbench.export`). With nothing to draw
it writes so on the Axes ("No stances to show") and still returns it. None of
them changes its input tables.

Shared options
--------------
sides : str or list of str, optional
    Draw only these sides.
hue_order : list of str, optional
    Order of the sides (legend, lanes, columns). Default: the categories of a
    categorical ``side`` column, else the order of first appearance.
source : articles table, Article, or str, optional
    Adds a source line under the chart ("Source: Monitor, Vol. 6, No. 19;
    workbench"), see :func:`workbench.style.source_line`.
title : str, optional
    Replaces the default title (which names the chart's subject); pass ``""``
    for none.
ax : matplotlib Axes, optional
    Where to draw; default ``plt.gca()``.

The look (colour, marker and line style per side; filled / hollow / ringed
markers for firm / hedged / reported stances) comes from :mod:`workbench.style`.
matplotlib is imported inside the functions, so ``import workbench`` stays light.
"""
from __future__ import annotations

import textwrap
from typing import Any, Iterable

import numpy as np
import pandas as pd

from . import style as _style

__all__ = ["position_track", "sentiment_arc", "actor_presence", "issue_board",
           "timeline", "who_acts_on_whom", "CHARTS"]

#: Names of the six chart functions, in the order of DESIGN.md.
CHARTS = ("position_track", "sentiment_arc", "actor_presence", "issue_board",
          "timeline", "who_acts_on_whom")

_METHOD_LABELS = {"textblob": "TextBlob polarity", "vader": "VADER compound"}
_ACRONYMS = {"un": "UN", "us": "US", "eu": "EU", "nato": "NATO", "wto": "WTO",
             "g8": "G8", "g7": "G7", "imf": "IMF", "osce": "OSCE"}
_NO_TARGET = "(no other side)"


# --------------------------------------------------------------------------
# helpers


def _get_ax(ax: Any) -> Any:
    if ax is None:
        import matplotlib.pyplot as plt

        ax = plt.gca()
    return ax


def _finish(ax: Any, title: str | None, default: str, source: Any,
            pad: float | None = None) -> Any:
    text = default if title is None else title
    if text:
        ax.set_title(text, loc="left", fontweight="bold", pad=pad)
    if source is not None:
        _style.source_line(ax, source)
    return ax


def _empty(ax: Any, message: str, title: str | None, default: str,
           source: Any) -> Any:
    _style.nothing_to_draw(ax, message)
    return _finish(ax, title, default, source)


def _missing(value: Any) -> bool:
    return _style._is_missing(value)


def _truthy(value: Any) -> bool:
    if _missing(value):
        return False
    if isinstance(value, str):
        return value.strip().lower() in ("1", "true", "yes", "y", "t")
    return bool(value)


def _reading_order(df: pd.DataFrame) -> pd.DataFrame:
    keys = [c for c in ("article_id", "paragraph", "sentence", "start")
            if c in df.columns and df[c].notna().any()]
    if not keys:
        return df.reset_index(drop=True)
    return df.sort_values(keys, kind="stable", na_position="last").reset_index(drop=True)


def _sides_phrase(order: list[str]) -> str:
    if not order:
        return "No side"
    if len(order) == 1:
        return order[0]
    if len(order) == 2:
        return f"{order[0]} and {order[1]}"
    return f"{len(order)} sides"


def _pretty_issue(issue: Any) -> str:
    words = str(issue).replace("_", " ").replace("-", " ").split()
    out = [_ACRONYMS.get(w.lower(), w) for w in words]
    if out and out[0] == out[0].lower():
        out[0] = out[0][:1].upper() + out[0][1:]
    return " ".join(out)


def _split_sides(value: Any) -> list[str]:
    if _missing(value):
        return []
    if isinstance(value, (list, tuple, set)):
        return [str(v).strip() for v in value if str(v).strip()]
    return [s.strip() for s in str(value).split(";") if s.strip()]


def _legend_outside(ax: Any, handles: list[tuple[Any, str]], **kw: Any) -> Any:
    from matplotlib.legend_handler import HandlerTuple

    if not handles:
        return None
    hs, labels = zip(*handles)
    return ax.legend(list(hs), list(labels), loc="upper left",
                     bbox_to_anchor=(1.01, 1.0), borderaxespad=0.0,
                     handler_map={tuple: HandlerTuple(ndivide=1)}, **kw)


def _section(label: str) -> tuple[Any, str]:
    """An invisible legend handle that acts as a section heading."""
    from matplotlib.lines import Line2D

    return (Line2D([], [], linestyle="none", marker=None), label)


def _grid(ax: Any, data: Any, *, x: Any = None, **kw: Any) -> Any:
    """A heat map of *data* (rows top to bottom) as vector cells; cell (i, j)
    is centred on (x[j], i). Returns the QuadMesh (its gid is ``"grid"``)."""
    nrows, ncols = data.shape
    x = np.arange(ncols) if x is None else np.asarray(x, dtype=float)
    xe = np.concatenate([x - 0.5, [x[-1] + 0.5]])
    ye = np.arange(nrows + 1) - 0.5
    mesh = ax.pcolormesh(xe, ye, data, shading="flat", **kw)
    mesh.set_gid("grid")
    ax.set_xlim(xe[0], xe[-1])
    ax.set_ylim(ye[-1], ye[0])
    return mesh


def _int_ticks(ax: Any, axis: str, lo: int, hi: int, max_ticks: int = 25) -> None:
    n = hi - lo + 1
    step = max(1, int(np.ceil(n / max_ticks)))
    ticks = list(range(lo, hi + 1, step))
    (ax.set_xticks if axis == "x" else ax.set_yticks)(ticks)


# --------------------------------------------------------------------------
# 1. position track


def _track_x_reading(df: pd.DataFrame) -> tuple[np.ndarray, str]:
    """x in reading order: the sentence, stances of one sentence spread sideways."""
    if "sentence" in df.columns and df["sentence"].notna().all():
        base = df["sentence"].astype(float).to_numpy()
        label = "Sentence (reading order, not time)"
    else:
        base = np.arange(1, len(df) + 1, dtype=float)
        label = "Stance (reading order, not time)"
    x = base.copy()
    for value in np.unique(base):
        idx = np.flatnonzero(base == value)
        if len(idx) > 1:
            width = min(0.9, 0.55 * (len(idx) - 1))
            x[idx] = value + np.linspace(-width / 2, width / 2, len(idx))
    return x, label


def _track_x_date(df: pd.DataFrame) -> tuple[pd.DataFrame, np.ndarray, int]:
    """The dated stances, their x (the middle of the event's period, as a
    matplotlib date) and how many undated stances were left out."""
    import matplotlib.dates as mdates

    from .analysis import date_span

    spans = [date_span(d, p) if str(d) else None
             for d, p in zip(df["event_date"].fillna(""), df["event_precision"].fillna(""))]
    keep = np.array([sp is not None for sp in spans], dtype=bool)
    mids = [mdates.date2num(sp[0] + (sp[1] - sp[0]) / 2) for sp in spans if sp is not None]
    lo = [mdates.date2num(sp[0]) for sp in spans if sp is not None]
    hi = [mdates.date2num(sp[1]) for sp in spans if sp is not None]
    out = df[keep].assign(_lo=lo, _hi=hi)
    return out.reset_index(drop=True), np.asarray(mids, dtype=float), int((~keep).sum())


def _paragraph_marks(ax: Any, df: pd.DataFrame) -> bool:
    """Thin lines between paragraphs and ¶ labels on top (reading order only)."""
    if not ("paragraph" in df.columns and df["paragraph"].notna().all()
            and df["paragraph"].nunique() > 1):
        return False
    from matplotlib.transforms import blended_transform_factory

    paras = df.groupby("paragraph", sort=True)["_x"].agg(["min", "max"])
    for left, right in zip(paras["max"].to_numpy()[:-1], paras["min"].to_numpy()[1:]):
        ax.axvline((left + right) / 2, color="0.85", linewidth=0.8, zorder=0)
    tr = blended_transform_factory(ax.transData, ax.transAxes)
    for p, row in paras.iterrows():
        ax.text((row["min"] + row["max"]) / 2, 1.01, f"¶{p}", transform=tr,
                ha="center", va="bottom", fontsize=9, color="0.4")
    return True


def _track_points(ax: Any, df: pd.DataFrame, order: list[str], styles: dict,
                  connect: bool) -> None:
    for side in order:
        st = styles[side]
        d = df[df["side"].astype(str) == side]
        if connect and len(d) > 1:
            d = d.sort_values("_x", kind="stable")
            ax.plot(d["_x"], d["_y"], color=st["color"], linestyle=st["linestyle"],
                    linewidth=1.1, alpha=0.6, zorder=1, label=f"_track {side}")
        if "_lo" in d.columns:
            for lo, hi, y in zip(d["_lo"], d["_hi"], d["_y"]):
                if hi - lo > 1.5:
                    ax.plot([lo, hi], [y, y], color=st["color"], linewidth=5, alpha=0.22,
                            solid_capstyle="butt", zorder=0, label="_period")
        faces = [("white" if h else st["color"]) for h in d["_hedged"]]
        edges = [(st["color"] if h else _style._darker(st["color"])) for h in d["_hedged"]]
        widths = [(1.8 if h else 0.8) for h in d["_hedged"]]
        ax.scatter(d["_x"], d["_y"], s=_style.STANCE_SIZE, marker=st["marker"],
                   facecolors=faces, edgecolors=edges, linewidths=widths,
                   zorder=3, label=side)
    rep = df[df["_reported"]]
    if len(rep):
        ax.scatter(rep["_x"], rep["_y"], s=_style.RING_SIZE, zorder=2,
                   label="_reported", **_style.REPORTED_RING)


def position_track(stances: pd.DataFrame, *, order: str = "reading", sides: Any = None,
                   hue_order: Iterable[str] | None = None, source: Any = None,
                   title: str | None = None, legend: bool = True,
                   ax: Any = None) -> Any:
    """Each side's stances on the cooperation–conflict axis, in reading order
    or by the date of their event.

    *order* ``"reading"`` (default): x is the sentence (stances of one sentence
    spread a little sideways; thin lines and ¶ labels mark the paragraphs).
    Reading order is not time, so the points are **not** joined.
    *order* ``"date"``: x is the date of each stance's own event (the
    ``event_date`` and ``event_precision`` columns of
    :func:`workbench.analysis.dated_stances`; a pale bar spans a date known
    only to the week, month or year); undated stances are left out and
    counted in the axis label. Here order means time, so each side's points
    are joined in date order.

    y is the stance's Goldstein score (−10 conflict … +10 cooperation). One
    colour, marker and line style per side; filled markers are firm stances
    in the author's own account, hollow ones hedged, a grey ring marks a
    reported stance. Other parameters: *legend* (outside, right) and the
    shared options (see the module docstring).

    Returns the Axes. The points of each side are one PathCollection labelled
    with the side; the rings one more labelled ``"_reported"``; joining lines
    (date order only) are labelled ``"_track <side>"``. Raises ValueError for
    another *order*, or for ``"date"`` without the event-date columns.
    """
    if order not in ("reading", "date"):
        raise ValueError(f"order must be 'reading' or 'date', not {order!r}")
    ax = _get_ax(ax)
    df, names = _track_table(stances, order, sides, hue_order)
    df, x, xlabel, undated = _track_x(df, order)
    if df.empty:
        return _empty(ax, "No stances to show" if not undated else "No dated stances to show",
                      title, "Stances by cooperation and conflict", source)
    names = [s for s in names if s in set(df["side"].astype(str))]
    styles = _style.palette(names)
    df = df.assign(_x=x, _y=df["goldstein"].astype(float),
                   _hedged=df["hedged"].map(_truthy) if "hedged" in df else False,
                   _reported=df["reported"].map(_truthy) if "reported" in df else False)
    has_paras = _track_draw(ax, df, names, styles, order, xlabel)
    if legend:
        _track_legend(ax, styles, order)
    what = "in reading order" if order == "reading" else "by the date of their event"
    default = f"{_sides_phrase(names)}: stances from conflict to cooperation, {what}"
    return _finish(ax, title, default, source, pad=18 if has_paras else None)


def _track_table(stances: pd.DataFrame, order: str, sides: Any,
                 hue_order: Iterable[str] | None) -> tuple[pd.DataFrame, list[str]]:
    """The stances to draw (with a side and a Goldstein score, of the sides
    drawn) in reading order, and the order of the sides. Raises ValueError for
    ``order="date"`` without the event-date columns."""
    df = stances.copy() if stances is not None else pd.DataFrame()
    if order == "date" and len(df.columns) and "event_date" not in df.columns:
        raise ValueError("order='date' needs the event dates: pass "
                         "workbench.analysis.dated_stances(article)")
    need = {"side", "goldstein"}
    if need - set(df.columns):
        df = pd.DataFrame(columns=sorted(need | {"event_date", "event_precision"}))
    df = df[df["side"].notna() & df["goldstein"].notna()]
    names = _style.side_order(df["side"], hue_order=hue_order, sides=sides)
    return _reading_order(df[df["side"].astype(str).isin(names)]), names


def _track_x(df: pd.DataFrame, order: str) -> tuple[pd.DataFrame, Any, str, int]:
    """Where each stance goes on x, and the x label: in reading order, or by
    the date of its event (then only the dated stances are kept). Returns the
    stances, their x, the label and how many undated stances were left out."""
    if order == "date" and len(df):
        df, x, undated = _track_x_date(df)
        xlabel = "Date of the stance's event" + (
            f" ({undated} undated stance{'s' if undated != 1 else ''} left out)" if undated else "")
        return df, x, xlabel, undated
    if len(df):
        x, xlabel = _track_x_reading(df)
        return df, x, xlabel, 0
    return df, None, "", 0


def _track_draw(ax: Any, df: pd.DataFrame, names: list[str], styles: dict,
                order: str, xlabel: str) -> bool:
    """The zero line, the paragraph marks (reading order), the stances and the
    axes of the position track. Returns whether the paragraphs were marked."""
    ax.axhline(0, color="0.6", linewidth=0.8, zorder=0)
    has_paras = order == "reading" and _paragraph_marks(ax, df)
    _track_points(ax, df, names, styles, connect=(order == "date"))
    ax.set_ylim(-10.8, 10.8)
    ax.set_yticks([-10, -5, 0, 5, 10])
    ax.set_ylabel(_style.GOLDSTEIN_LABEL)
    ax.set_xlabel(xlabel)
    _track_axis(ax, df, order)
    return has_paras


def _track_legend(ax: Any, styles: dict, order: str) -> None:
    """The sides (with their lines in date order), then firm / hedged / reported."""
    handles = _style.side_legend_handles(styles, lines=(order == "date"))
    handles += [_section("")] + _style.firmness_legend_handles()
    _legend_outside(ax, handles, title="Side")


def _track_axis(ax: Any, df: pd.DataFrame, order: str) -> None:
    lo, hi = float(df["_x"].min()), float(df["_x"].max())
    if order == "date":
        import matplotlib.dates as mdates

        lo, hi = min(lo, float(df["_lo"].min())), max(hi, float(df["_hi"].max()))
        pad = max((hi - lo) * 0.05, 15)
        ax.set_xlim(lo - pad, hi + pad)
        locator = mdates.AutoDateLocator(minticks=3, maxticks=8)
        ax.xaxis.set_major_locator(locator)
        ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
        return
    ax.set_xlim(lo - 0.8, hi + 0.8)
    if "Sentence" in ax.get_xlabel():
        _int_ticks(ax, "x", int(np.floor(lo)), int(np.ceil(hi)))


# --------------------------------------------------------------------------
# 2. sentiment arc


def sentiment_arc(sentiment: pd.DataFrame, *, sides: Any = None,
                  hue_order: Iterable[str] | None = None,
                  method: str | Iterable[str] | None = None, measure: str = "toward",
                  reference: str | None = "sentence", min_sentences: int = 3,
                  source: Any = None, title: str | None = None, legend: bool = True,
                  ax: Any = None) -> Any:
    """Each side's tone paragraph by paragraph: the tone toward each side, sentence tone faint behind it.

    *sentiment* is the table of :func:`workbench.side_sentiment` (columns
    paragraph — or sentence —, side, measure, method, score, n, n_sentences),
    e.g. ``side_sentiment(art, measure=["toward", "sentence"])``. The rows of
    *measure* (default ``"toward"``) are drawn firmly, one line per side and
    method, each point labelled with its ``n`` (mentions, statements or
    sentences); a point with fewer than *min_sentences* sentences behind it
    is hollow. The rows of *reference* (default ``"sentence"``: TextBlob and
    VADER) are thin faint lines without markers. A table without a ``measure``
    column is sentence tone: both methods drawn firmly, TextBlob solid with
    filled markers, VADER dashed with hollow ones. A paragraph where a side
    has nothing leaves a gap. *method* keeps only that method (or those).

    Returns the Axes; each line is labelled ``"<side> · <what>"``.
    """
    ax = _get_ax(ax)
    df, xcol = _arc_table(sentiment, method)
    legacy = "measure" not in sentiment.columns if sentiment is not None else True
    main = df if legacy else df[df["measure"] == measure]
    ref = df.iloc[0:0] if legacy or reference is None else df[df["measure"] == reference]
    order = _style.side_order(main["side"], hue_order=hue_order, sides=sides)
    what = "Tone" if legacy else _ARC_TITLES.get(measure, "Tone")
    main = main[main["side"].astype(str).isin(order)]
    if main.empty:
        return _empty(ax, "No sentiment scores to show", title, f"{what} by paragraph", source)
    order = [s for s in order if s in set(main["side"].astype(str))]
    ref = ref[ref["side"].astype(str).isin(order)]
    styles = _style.palette(order)
    xs = _arc_range(main, ref, xcol)
    ax.axhline(0, color="0.6", linewidth=0.8, zorder=0)
    styled = _arc_methods(main, legacy)
    _arc_sides(ax, main, ref, order, styles, styled, xcol, xs, legacy=legacy, measure=measure,
               reference=reference, min_sentences=min_sentences)
    _arc_axes(ax, xcol, xs)
    if legend:
        _arc_legend(ax, styles, styled, legacy, measure, ref, reference, min_sentences)
    default = (f"Tone of {_sides_phrase(order)}, {xcol} by {xcol}" if legacy
               else f"{what} {_sides_phrase(order)}, {xcol} by {xcol}")
    return _finish(ax, title, default, source)


def _arc_table(sentiment: pd.DataFrame, method: str | Iterable[str] | None
               ) -> tuple[pd.DataFrame, str]:
    """The scored rows of *sentiment* (methods in lower case; only *method*'s,
    if given) and the column of x: ``paragraph`` if there is one, else ``sentence``."""
    df = sentiment.copy() if sentiment is not None else pd.DataFrame()
    xcol = "paragraph" if "paragraph" in df.columns else "sentence"
    need = {xcol, "side", "method", "score"}
    if need - set(df.columns):
        df = pd.DataFrame(columns=sorted(need | {"paragraph"}))
        xcol = "paragraph"
    df = df[df["side"].notna() & df["score"].notna() & df[xcol].notna()]
    df = df.assign(method=df["method"].astype(str).str.lower(),
                   measure=df["measure"].astype(str) if "measure" in df.columns else None)
    if method is not None:
        wanted = [method] if isinstance(method, str) else list(method)
        df = df[df["method"].isin([m.lower() for m in wanted])]
    return df, xcol


def _arc_range(main: pd.DataFrame, ref: pd.DataFrame, xcol: str) -> np.ndarray:
    """Every paragraph (or sentence) from the first to the last one drawn."""
    lo = int(min(main[xcol].min(), ref[xcol].min() if len(ref) else np.inf))
    hi = int(max(main[xcol].max(), ref[xcol].max() if len(ref) else -np.inf))
    return np.arange(lo, hi + 1)


def _arc_sides(ax: Any, main: pd.DataFrame, ref: pd.DataFrame, order: list[str],
               styles: dict, styled: dict, xcol: str, xs: np.ndarray, *, legacy: bool,
               measure: str, reference: str | None, min_sentences: int) -> None:
    """Side by side: its faint reference lines, then a firm line per method."""
    for side in order:
        _arc_reference(ax, ref, side, styles[side], xcol, xs, reference)
        for m, (ls, hollow) in styled.items():
            d = main[(main["side"].astype(str) == side) & (main["method"] == m)]
            if len(d):
                _arc_line(ax, d, order.index(side), styles[side], xcol, xs, ls, hollow, legacy, min_sentences,
                          label=f"{side} · {_arc_label(m, None if legacy else measure)}")


def _arc_axes(ax: Any, xcol: str, xs: np.ndarray) -> None:
    """The tone axis (−1 … +1) and a tick for each paragraph (or sentence)."""
    ax.set_ylim(-1.08, 1.08)
    ax.set_yticks([-1, -0.5, 0, 0.5, 1])
    ax.set_ylabel(_style.TONE_LABEL)
    ax.set_xlabel("Paragraph" if xcol == "paragraph" else "Sentence")
    ax.set_xlim(xs[0] - 0.4, xs[-1] + 0.4)
    _int_ticks(ax, "x", int(xs[0]), int(xs[-1]))


_ARC_TITLES = {"toward": "Tone toward", "own": "Own tone of", "sentence": "Tone of the sentences naming"}
_N_OF = {"toward": "mentions", "own": "statements", "sentence": "sentences"}
_MEASURE_LABELS = {"toward": "tone toward it", "own": "its own statements", "sentence": "sentence tone"}


def _arc_label(method: str, measure: str | None) -> str:
    """"TextBlob polarity", "tone toward it", "sentence tone, VADER compound"."""
    if measure is None:
        return _METHOD_LABELS.get(method, method)
    if method == "model":
        return _MEASURE_LABELS.get(measure, measure)
    return f"{_MEASURE_LABELS.get(measure, measure)}, {_METHOD_LABELS.get(method, method)}"


def _arc_methods(main: pd.DataFrame, legacy: bool) -> dict[str, tuple[Any, bool]]:
    """Line style and hollowness per method of the firm lines, TextBlob/model first."""
    methods = [m for m in ("model", "textblob", "vader") if m in set(main["method"])]
    methods += sorted(set(main["method"]) - set(methods))
    return {m: ("-" if i == 0 else (0, (4, 2)) if i == 1 else ":", legacy and i > 0)
            for i, m in enumerate(methods)}


def _arc_line(ax: Any, d: pd.DataFrame, k_side: int, st: dict, xcol: str, xs: np.ndarray,
              ls: Any, hollow: bool, legacy: bool, min_sentences: int, label: str) -> None:
    """One firm line; outside the legacy table, each point labelled with its n (staggered by the
    side's place *k_side* so that labels of close points do not overlap), thin ones hollow."""
    g = d.groupby(d[xcol].astype(int))
    y = g["score"].mean().reindex(xs).to_numpy(dtype=float)
    ax.plot(xs, y, color=st["color"], linestyle=ls, marker=st["marker"], markersize=7,
            markerfacecolor="white" if hollow else st["color"],
            markeredgecolor=st["color"] if hollow else _style._darker(st["color"]),
            markeredgewidth=1.5 if hollow else 0.8, label=label, zorder=3)
    if legacy or "n" not in d.columns:
        return
    n = g["n"].sum().reindex(xs)
    ns = g["n_sentences"].sum().reindex(xs) if "n_sentences" in d.columns else n
    thin = (ns < min_sentences).to_numpy()
    ax.plot(xs[thin], y[thin], linestyle="none", marker=st["marker"], markersize=7,
            markerfacecolor="white", markeredgecolor=st["color"], markeredgewidth=1.5,
            label="_thin", zorder=4)
    for x, yy, k in zip(xs, y, n.to_numpy()):
        if not np.isnan(yy) and not _missing(k):
            ax.annotate(f"{int(k)}", (x, yy), xytext=(6, 5 - 9 * (k_side % 3)), textcoords="offset points",
                        fontsize=7, color=_style._darker(st["color"]), gid="n")


def _arc_reference(ax: Any, ref: pd.DataFrame, side: str, st: dict, xcol: str, xs: np.ndarray,
                   reference: str | None) -> None:
    """Faint reference lines for one side: thin, no markers, drawn under the firm ones."""
    d = ref[ref["side"].astype(str) == side]
    for i, m in enumerate(sorted(set(d["method"]), key=lambda v: (v != "textblob", v))):
        dm = d[d["method"] == m]
        y = dm.groupby(dm[xcol].astype(int))["score"].mean().reindex(xs)
        ax.plot(xs, y.to_numpy(dtype=float), color=st["color"], alpha=0.35, linewidth=0.9,
                linestyle=(0, (4, 2)) if i else ":", zorder=1,
                label=f"{side} · {_arc_label(m, reference)} (reference)")


def _arc_legend(ax: Any, styles: dict, styled: dict, legacy: bool, measure: str,
                ref: pd.DataFrame, reference: str | None, min_sentences: int) -> None:
    from matplotlib.lines import Line2D

    handles = _style.side_legend_handles(styles)
    handles.append(_section(""))
    for m, (ls, hollow) in styled.items():
        h = Line2D([], [], color="0.3", linestyle=ls, marker="o",
                   markerfacecolor="white" if hollow else "0.3",
                   markeredgecolor="0.3", markeredgewidth=1.5 if hollow else 0.8)
        handles.append((h, _arc_label(m, None if legacy else measure)))
    if not legacy:
        handles.append((Line2D([], [], color="0.3", linestyle="none", marker="o",
                               markerfacecolor="white", markeredgecolor="0.3", markeredgewidth=1.5),
                        f"fewer than {min_sentences} sentences"))
        handles.append(_section(f"numbers: {_N_OF.get(measure, 'n')} behind a point"))
    for i, m in enumerate(sorted(set(ref["method"]), key=lambda v: (v != "textblob", v))):
        h = Line2D([], [], color="0.3", alpha=0.5, linewidth=0.9, linestyle=(0, (4, 2)) if i else ":")
        handles.append((h, f"{_arc_label(m, reference)} (faint)"))
    _legend_outside(ax, handles, title="Side")


# --------------------------------------------------------------------------
# 3. actor presence


def actor_presence(mentions: pd.DataFrame, *, top: int = 15,
                   roles: Iterable[str] | None = ("actor", "target"),
                   sentences: pd.DataFrame | None = None, sides: Any = None,
                   hue_order: Iterable[str] | None = None, source: Any = None,
                   title: str | None = None, ax: Any = None) -> Any:
    """Actors × paragraphs heat map: how often each actor is mentioned where.

    Counts the mentions of each actor per paragraph (the ``paragraph`` column
    of *mentions*, else looked up from *sentences* by sentence number, else
    the sentence itself is the column). Only mentions whose role is in *roles*
    count (default: actors and targets, not places or news sources; None for
    all). Keeps the *top* actors by mentions, grouped by side; each row is
    labelled "Actor (Side)" and each non-empty cell carries its count.

    Returns the Axes (the heat map is the QuadMesh in ``ax.collections``).
    """
    ax = _get_ax(ax)
    df, xcol, xlabel = _presence_table(mentions, roles, sentences, sides, hue_order)
    default_title = "Who appears where: actors mentioned, paragraph by paragraph"
    if df.empty:
        return _empty(ax, "No actor mentions to show", title, default_title, source)

    df, chosen, side_of, n_actors = _presence_actors(df, xcol, top, hue_order)
    xs = _presence_grid(ax, df, chosen)
    _presence_axes(ax, chosen, side_of, xs, xlabel, roles)
    if title is None and n_actors > len(chosen):
        default_title = (f"Who appears where: the {len(chosen)} most mentioned "
                         "actors, paragraph by paragraph")
    return _finish(ax, title, default_title, source)


def _presence_table(mentions: pd.DataFrame, roles: Iterable[str] | None,
                    sentences: pd.DataFrame | None, sides: Any,
                    hue_order: Iterable[str] | None) -> tuple[pd.DataFrame, str, str]:
    """The mentions that count (of an actor, in one of *roles*, of the sides
    drawn), the column they are counted by and its label (see :func:`_presence_x`)."""
    df = mentions.copy() if mentions is not None else pd.DataFrame()
    if "actor" not in df.columns:
        df = pd.DataFrame(columns=["actor", "side", "role", "sentence", "paragraph"])
    df = df[df["actor"].notna() & (df["actor"].astype(str) != "")]
    if roles is not None and "role" in df.columns:
        df = df[df["role"].astype(str).isin(list(roles))]
    if "side" not in df.columns:
        df = df.assign(side=pd.NA)
    df, xcol, xlabel = _presence_x(df, sentences)
    if sides is not None or hue_order is not None:
        keep = _style.side_order(df["side"], hue_order=hue_order, sides=sides)
        df = df[df["side"].astype(str).isin(keep)]
    return df, xcol, xlabel


def _presence_x(df: pd.DataFrame, sentences: pd.DataFrame | None
                ) -> tuple[pd.DataFrame, str, str]:
    """Where each mention is: its paragraph (looked up from *sentences* by
    sentence number if need be), else its sentence. Returns the mentions that
    have one, the column and its label."""
    xcol, xlabel = "paragraph", "Paragraph"
    if "paragraph" not in df.columns or df["paragraph"].isna().any():
        if sentences is not None and {"sentence", "paragraph"} <= set(sentences.columns) \
                and "sentence" in df.columns:
            lookup = sentences.drop_duplicates("sentence").set_index("sentence")["paragraph"]
            df = df.assign(paragraph=df["sentence"].map(lookup))
        elif "sentence" in df.columns:
            xcol, xlabel = "sentence", "Sentence"
    df = df[df[xcol].notna()] if xcol in df.columns else df.iloc[0:0]
    return df, xcol, xlabel


def _presence_actors(df: pd.DataFrame, xcol: str, top: int, hue_order: Iterable[str] | None
                     ) -> tuple[pd.DataFrame, list[str], pd.Series, int]:
    """The *top* most mentioned actors, grouped by side (in side order), then
    most mentioned and first mentioned first. Returns the mentions (with their
    column number in ``_x``), those actors, each actor's side (the one it has
    most often) and the number of actors in all."""
    df = df.assign(actor=df["actor"].astype(str), _x=df[xcol].astype(int))
    side_of = (df.assign(side=df["side"].astype(object).where(df["side"].notna(), ""))
               .groupby("actor")["side"]
               .agg(lambda s: s.value_counts().index[0] if len(s) else ""))
    totals = df["actor"].value_counts()
    chosen = list(totals.index[: max(int(top), 1)])
    side_rank = {s: i for i, s in enumerate(
        _style.side_order(df["side"], hue_order=hue_order))}
    first = df.groupby("actor")["_x"].min()
    chosen.sort(key=lambda a: (side_rank.get(side_of[a], len(side_rank)),
                               -totals[a], first[a], a))
    return df, chosen, side_of, len(totals)


def _presence_grid(ax: Any, df: pd.DataFrame, chosen: list[str]) -> np.ndarray:
    """The heat map of mentions per actor (rows, *chosen*) and column, each
    non-empty cell with its count unless there are too many columns. Returns
    the column numbers."""
    import matplotlib as mpl

    xs = np.arange(int(df["_x"].min()), int(df["_x"].max()) + 1)
    counts = (pd.crosstab(df["actor"], df["_x"]).reindex(index=chosen, columns=xs)
              .fillna(0).astype(int))
    data = counts.to_numpy()
    masked = np.ma.masked_equal(data, 0)
    cmap = mpl.colormaps["Blues"].with_extremes(bad="#f4f4f4")
    vmax = max(int(data.max()), 1)
    _grid(ax, masked, x=xs, cmap=cmap, vmin=0, vmax=vmax * 1.15)
    fs = 10 if len(xs) <= 20 else 8 if len(xs) <= 40 else 0
    if fs:
        for i in range(data.shape[0]):
            for j in range(data.shape[1]):
                if data[i, j]:
                    ax.text(xs[j], i, str(data[i, j]), ha="center", va="center",
                            fontsize=fs,
                            color="white" if data[i, j] > 0.55 * vmax * 1.15 else "0.1")
    return xs


def _presence_axes(ax: Any, chosen: list[str], side_of: pd.Series, xs: np.ndarray,
                   xlabel: str, roles: Iterable[str] | None) -> None:
    """Rows labelled "Actor (Side)", a tick per column, the x label, no frame,
    and thin lines between the sides."""
    labels = [f"{a} ({side_of[a]})" if side_of[a] and side_of[a] != a else a
              for a in chosen]
    ax.set_yticks(range(len(chosen)))
    ax.set_yticklabels(labels)
    _int_ticks(ax, "x", int(xs[0]), int(xs[-1]), max_ticks=30)
    ax.set_xlabel(f"{xlabel} (count = mentions as actor or target)"
                  if roles is not None and set(roles) == {"actor", "target"}
                  else f"{xlabel} (count = mentions)")
    ax.tick_params(axis="y", length=0)
    for spine in ax.spines.values():
        spine.set_visible(False)
    # thin separators between sides
    groups = [side_of[a] for a in chosen]
    for i in range(1, len(groups)):
        if groups[i] != groups[i - 1]:
            ax.axhline(i - 0.5, color="0.3", linewidth=0.8)


# --------------------------------------------------------------------------
# 4. issue board


#: Colours of the issue board's bars (Okabe–Ito): conflict left, cooperation right.
CONFLICT_COLOR = _style.OKABE_ITO["vermillion"]
COOPERATION_COLOR = _style.OKABE_ITO["blue"]


def _cell_lines(d: pd.DataFrame) -> list[tuple[str, bool]]:
    """Every stance class in a cell, strongest first: 'reject ×2 [r]'; marks
    say how many were hedged (h) or reported (r). Nothing is cut."""
    from .analysis import stance_strength

    strength = stance_strength()
    lines = []
    for stance, g in d.groupby(d["stance"].astype(str), sort=False):
        n = len(g)
        h, r = int(g["hedged"].map(_truthy).sum()), int(g["reported"].map(_truthy).sum())
        marks = [("h" if h == n else f"{h} h") if h else "", ("r" if r == n else f"{r} r") if r else ""]
        marks = [m for m in marks if m]
        text = stance.replace("_", " ") + (f" ×{n}" if n > 1 else "") + (
            f" [{', '.join(marks)}]" if marks else "")
        lines.append((strength.get(stance, 0), h == n, -n, text))
    lines.sort(key=lambda t: (-t[0], t[1], t[2]))
    return [(t[3], t[1]) for t in lines]


def _balance_bars(ax: Any, j: int, y: float, n_conf: int, n_coop: int, n_neutral: int,
                  scale: float, fs: float) -> None:
    """Diverging bars for one cell: conflictual stances to the left of the cell's
    centre (hatched), cooperative ones to the right, the counts at their ends."""
    from matplotlib.patches import Rectangle

    h = 0.16
    for n, sign, color, gid, hatch in ((n_conf, -1, CONFLICT_COLOR, "conflict", "////"),
                                       (n_coop, 1, COOPERATION_COLOR, "cooperation", None)):
        w = 0.36 * n / scale
        if n:
            ax.add_patch(Rectangle((j if sign > 0 else j - w, y - h / 2), w, h, facecolor=color,
                                   edgecolor="white", hatch=hatch, linewidth=0.5, gid=gid, zorder=2))
        label = (f"{'+' if sign > 0 else '−'}{n}" if n else "0") + (
            f"  ({n_neutral} neutral)" if sign > 0 and n_neutral else "")
        ax.text(j + sign * (w + 0.02), y, label, ha="left" if sign > 0 else "right",
                va="center", fontsize=fs, fontweight="bold", color="0.1" if n else "0.5", zorder=3)
    ax.plot([j, j], [y - h, y + h], color="0.2", linewidth=0.9, zorder=3, label="_centre")


def _no_stance_cell(ax: Any, j: int, i: int, fs: float) -> None:
    from matplotlib.patches import Rectangle

    ax.add_patch(Rectangle((j - 0.5, i - 0.5), 1, 1, facecolor="#ededed", edgecolor="#c8c8c8",
                           hatch="\\\\", linewidth=0, gid="no_stance", zorder=1))
    ax.text(j, i, "no stance", ha="center", va="center", fontsize=fs - 0.5,
            fontstyle="italic", color="0.4", zorder=3,
            bbox=dict(facecolor="#ededed", edgecolor="none", pad=1.5))


def _board_rows(df: pd.DataFrame, issues: Iterable[str] | None) -> list[str]:
    if issues is not None:
        return [str(i) for i in issues if str(i) in set(df["issue"].astype(str))]
    if isinstance(df["issue"].dtype, pd.CategoricalDtype):
        present = set(df["issue"].astype(str))
        return [str(c) for c in df["issue"].cat.categories if str(c) in present]
    return list(dict.fromkeys(df["issue"].astype(str)))


def issue_board(stances: pd.DataFrame, *, sides: Any = None,
                hue_order: Iterable[str] | None = None,
                issues: Iterable[str] | None = None,
                source: Any = None, title: str | None = None, ax: Any = None) -> Any:
    """Issues × sides: the balance of each side's stances on each issue.

    Rows are issues (in order of first appearance, or the categories of a
    categorical ``issue`` column, or *issues*), columns are sides. Each cell
    shows the balance, not a mean: a diverging bar with the number of
    conflictual stances (Goldstein ≤ −1) to the left of the centre line,
    hatched, and of cooperative ones (≥ +1) to the right, on one scale for the
    whole board; under it every stance class the side takes on the issue,
    strongest first (``reject ×2 [r]``; ``h`` hedged, ``r`` reported; a class
    whose stances are all hedged in italics). A cell with no stance is
    hatched grey and says "no stance", so it never looks like a balanced
    one.

    Returns the Axes; the cells are the QuadMesh (stance counts, masked where
    there is none) in ``ax.collections``, the bars Rectangles with gid
    ``"conflict"`` / ``"cooperation"`` and the empty cells ones with gid
    ``"no_stance"`` in ``ax.patches``, the texts in ``ax.texts``.
    """
    ax = _get_ax(ax)
    df = stances.copy() if stances is not None else pd.DataFrame()
    need = {"side", "issue", "stance"}
    if need - set(df.columns):
        df = pd.DataFrame(columns=sorted(need | {"goldstein"}))
    for col in ("goldstein", "hedged", "reported"):
        if col not in df.columns:
            df[col] = np.nan if col == "goldstein" else False
    df = df[df["side"].notna() & df["issue"].notna() & df["stance"].notna()]
    order = _style.side_order(df["side"], hue_order=hue_order, sides=sides)
    df = _reading_order(df[df["side"].astype(str).isin(order)])
    default_title = "Where each side stands, issue by issue"
    if df.empty:
        return _empty(ax, "No stances to show", title, default_title, source)
    order = [s for s in order if s in set(df["side"].astype(str))]
    rows = _board_rows(df, issues)
    df = df.assign(side=df["side"].astype(str), issue=df["issue"].astype(str),
                   _g=pd.to_numeric(df["goldstein"], errors="coerce"))
    df = df[df["issue"].isin(rows)]
    _draw_board(ax, df, rows, order)
    if title is None:
        default_title = f"{_sides_phrase(order)}: the balance of stances, issue by issue"
    return _finish(ax, title, default_title, source)


def _draw_board(ax: Any, df: pd.DataFrame, rows: list[str], order: list[str]) -> None:
    import matplotlib as mpl

    counts = (df.groupby(["issue", "side"]).size().unstack("side")
              .reindex(index=rows, columns=order).fillna(0).to_numpy())
    cmap = mpl.colormaps["Greys"].with_extremes(bad="#ededed")
    _grid(ax, np.ma.masked_equal(counts, 0), cmap=cmap, vmin=0, vmax=1e9)
    scale = max([max(int((g["_g"] <= -1).sum()), int((g["_g"] >= 1).sum()))
                 for _, g in df.groupby(["issue", "side"])] + [1])
    n_lines = max(len(_cell_lines(g)) for _, g in df.groupby(["issue", "side"]))
    # the text fits the row: the class lines take the lower 60% of a cell
    row_pt = ax.figure.get_figheight() * ax.get_position().height * 72 / max(len(rows), 1)
    fs = float(np.clip(0.6 * row_pt / (max(n_lines, 2) * 1.3), 5.5,
                       10 if len(order) <= 3 else 9 if len(order) <= 5 else 8))
    for i, issue in enumerate(rows):
        for j, side in enumerate(order):
            d = df[(df["issue"] == issue) & (df["side"] == side)]
            if d.empty:
                _no_stance_cell(ax, j, i, fs)
                continue
            _balance_bars(ax, j, i - 0.3, int((d["_g"] <= -1).sum()), int((d["_g"] >= 1).sum()),
                          int(d["_g"].between(-1, 1, inclusive="neither").sum()), scale, fs)
            lines = _cell_lines(d)
            step = 0.6 / max(len(lines), 2)
            for k, (text, hedged) in enumerate(lines):
                ax.text(j, i - 0.14 + (k + 0.5) * step, text, ha="center", va="center",
                        fontsize=fs, color="0.05", fontweight="bold" if k == 0 else "normal",
                        fontstyle="italic" if hedged else "normal", zorder=3)
    ax.set_xticks(range(len(order)))
    ax.set_xticklabels([textwrap.fill(s, 14) for s in order], fontweight="bold")
    ax.xaxis.tick_top()
    ax.set_yticks(range(len(rows)))
    ax.set_yticklabels([_pretty_issue(r) for r in rows])
    ax.tick_params(length=0)
    _cell_grid(ax, len(order), len(rows))
    ax.set_xlabel("Bar: conflictual stances (left, hatched) | cooperative (right);\n"
                  "under it each stance class, strongest first (h hedged, r reported)")


# --------------------------------------------------------------------------
# 5. timeline


def _date_span(date: Any, precision: Any) -> tuple[pd.Timestamp, pd.Timestamp] | None:
    """(start, end) of a date of the given precision; None if unreadable."""
    if _missing(date):
        return None
    text = str(date).strip()
    prec = "" if _missing(precision) else str(precision).strip().lower()
    try:
        if "-W" in text.upper():  # ISO week, e.g. 2000-W04
            start = pd.Timestamp.fromisocalendar(int(text[:4]), int(text.upper().split("W")[1][:2]), 1)
            return start, start + pd.Timedelta(days=7)
        parts = text.split("-")
        if len(parts) == 1 and text[:4].isdigit():
            start = pd.Timestamp(year=int(text[:4]), month=1, day=1)
            return start, start + pd.DateOffset(years=1)
        if len(parts) == 2:
            start = pd.Timestamp(year=int(parts[0]), month=int(parts[1]), day=1)
            return start, start + pd.DateOffset(months=1)
        start = pd.Timestamp(text[:10])
    except (ValueError, TypeError, IndexError):
        return None
    if prec == "week":
        return start, start + pd.Timedelta(days=7)
    if prec == "month":
        start = start.replace(day=1)
        return start, start + pd.DateOffset(months=1)
    if prec == "year":
        start = start.replace(month=1, day=1)
        return start, start + pd.DateOffset(years=1)
    return start, start + pd.Timedelta(days=1)


def _format_date(start: pd.Timestamp, precision: Any, date: Any) -> str:
    prec = "" if _missing(precision) else str(precision).lower()
    if prec == "year" or (isinstance(date, str) and len(date.strip()) == 4):
        return f"{start.year}"
    if prec == "month" or (isinstance(date, str) and len(date.strip()) == 7):
        return start.strftime("%b %Y")
    if prec == "week":
        return "week of " + f"{start.day} " + start.strftime("%b %Y")
    return f"{start.day} " + start.strftime("%b %Y")


def _event_table(events: pd.DataFrame, citations: pd.DataFrame | None) -> pd.DataFrame:
    """*events* with every column the timeline needs; a plain ``timeline``
    table (no ``kind``) is read as events with their sentence's sources."""
    df = events.copy() if events is not None else pd.DataFrame()
    if "date" not in df.columns:
        df = pd.DataFrame(columns=["date", "date_precision", "sides", "summary", "sentence"])
    defaults = {"date_precision": pd.NA, "sides": "", "summary": pd.NA, "sentence": pd.NA,
                "date_text": pd.NA, "kind": "event", "hedged": False, "reported": False,
                "sources": pd.NA}
    for col, value in defaults.items():
        if col not in df.columns:
            df[col] = value
    df["kind"] = [k if isinstance(k, str) and k else "event" for k in df["kind"]]
    if df["sources"].isna().all() and citations is not None and len(citations) \
            and {"sentence", "source"} <= set(citations.columns):
        cited: dict[int, list[str]] = {}
        for sent, src in citations[["sentence", "source"]].itertuples(index=False):
            if not (_missing(sent) or _missing(src)) and str(src) not in cited.setdefault(int(sent), []):
                cited[int(sent)].append(str(src))
        df["sources"] = [", ".join(cited.get(int(x), [])) if not _missing(x) else ""
                         for x in df["sentence"]]
    return df


def _event_label(row: Any, start: pd.Timestamp, wrap: int) -> str:
    kind = str(row["kind"])
    summary = row["summary"] if not _missing(row["summary"]) else (
        row["date_text"] if not _missing(row["date_text"]) else "(event)")
    src = str(row["sources"]) if not _missing(row["sources"]) and str(row["sources"]) else ""
    how = [] if kind != "event" else [w for w, f in (("hedged", row["hedged"]),
                                                     ("reported", row["reported"])) if _truthy(f)]
    detail = " · ".join(x for x in (
        _format_date(start, row["date_precision"], row["date"]),
        "; ".join(row["_sides"]) if kind == "event" else kind,
        ("source: " + src) if src else ("author's account" if kind == "event" else ""),
        " and ".join(how)) if x)
    lines = textwrap.wrap(str(summary), wrap)
    if len(lines) > 2:
        lines = lines[:2]
        lines[-1] = lines[-1].rstrip(" ;,") + " …"
    return "\n".join(lines) + "\n" + detail


def _timeline_markers(ax: Any, df: pd.DataFrame, order: list[str], styles: dict) -> None:
    """Events in their side's style (hollow when hedged, ringed when reported);
    background dates and deadlines in grey, each with its own marker."""
    import matplotlib.dates as mdates

    df = df.assign(_mid=[mdates.date2num(s + (e - s) / 2) if e - s > pd.Timedelta(days=1)
                         else mdates.date2num(s) for s, e in zip(df["_start"], df["_end"])])
    ev = df[df["kind"] == "event"]
    for side in order + ([""] if (ev["_side"] == "").any() else []):
        d = ev[ev["_side"] == side]
        st = styles.get(side, {"color": _style.NO_SIDE_COLOR, "marker": "o"})
        hedged = d["hedged"].map(_truthy).to_numpy(dtype=bool)
        ax.scatter(d["_mid"], d.index.to_numpy(), s=_style.STANCE_SIZE, marker=st["marker"],
                   facecolors=["white" if h else st["color"] for h in hedged],
                   edgecolors=[st["color"] if h else _style._darker(st["color"]) for h in hedged],
                   linewidths=[1.8 if h else 0.8 for h in hedged], zorder=3,
                   label=side or "no side")
    rep = ev[ev["reported"].map(_truthy)]
    if len(rep):
        ax.scatter(rep["_mid"], rep.index.to_numpy(), s=_style.RING_SIZE, zorder=2,
                   label="_reported", **_style.REPORTED_RING)
    for kind, marker in (("background", "D"), ("deadline", ">")):
        d = df[df["kind"] == kind]
        if len(d):
            ax.scatter(d["_mid"], d.index.to_numpy(), s=_style.STANCE_SIZE * 0.8, marker=marker,
                       facecolors="white", edgecolors="0.35", linewidths=1.4, zorder=3,
                       label=f"_{kind}")


def timeline(events: pd.DataFrame, citations: pd.DataFrame | None = None, *,
             sides: Any = None, hue_order: Iterable[str] | None = None,
             wrap: int = 60, source: Any = None, title: str | None = None,
             legend: bool = True, ax: Any = None) -> Any:
    """Dated events on a time axis, one row per event, each with its date and source.

    *events*: the table of :func:`workbench.analysis.events` (one row per
    event, with its ``kind``, ``hedged``, ``reported`` and ``sources``); a
    plain ``timeline`` table is read as events, with the sources cited in
    each row's sentence from *citations*. Earliest at the top; each row is
    labelled on the left with its summary (at most two lines of *wrap*
    characters) and, under it, date, sides, source and firmness; the font
    shrinks with the number of rows so labels never overlap.

    An event is drawn like a stance on the position track: its side's colour
    and marker, hollow when every stance in it is hedged, with a grey ring
    when every one is reported. A background date (◇, "the April 1998
    summit") and a deadline (▷, "by the year 2000") are grey: they are not
    events of the article. A pale bar spans a date known only to the week,
    month or year. Rows whose date cannot be read are left out.

    Returns the Axes; the event markers are one PathCollection per side.
    """
    ax = _get_ax(ax)
    df = _event_table(events, citations)
    spans = [_date_span(d, p) for d, p in zip(df["date"], df["date_precision"])]
    df = df.assign(_span=spans)
    df = df[df["_span"].notna()]
    df = df.assign(_sides=df["sides"].map(_split_sides))
    df = df.assign(_side=df["_sides"].map(lambda s: s[0] if s else ""))
    all_sides = _style.side_order(pd.Series([s for ss in df["_sides"] for s in ss], dtype=object),
                                  hue_order=hue_order)
    if sides is not None:
        keep = _style.side_order(pd.Series(all_sides, dtype=object), sides=sides)
        df = df[df["_sides"].map(lambda ss: any(s in keep for s in ss)) | (df["kind"] != "event")]
        df = df.assign(_side=df["_sides"].map(lambda ss: next((s for s in ss if s in keep), "")))
    default_title = "When it happened: dated events and their sources"
    if df.empty:
        return _empty(ax, "No dated events to show", title, default_title, source)
    df = df.assign(_start=df["_span"].map(lambda s: s[0]), _end=df["_span"].map(lambda s: s[1]))
    df = df.sort_values(["_start", "_end"], kind="stable").reset_index(drop=True)
    present = list(dict.fromkeys(s for s, k in zip(df["_side"], df["kind"]) if s and k == "event"))
    order = [s for s in all_sides if s in present] + [s for s in present if s not in all_sides]
    styles = _style.palette(order)
    _timeline_rows(ax, df, styles, wrap)
    _timeline_markers(ax, df, order, styles)
    _timeline_axes(ax, df)
    if legend:
        _timeline_legend(ax, df, styles)
    return _finish(ax, title, default_title, source)


def _timeline_rows(ax: Any, df: pd.DataFrame, styles: dict, wrap: int) -> None:
    import matplotlib.dates as mdates

    labels = []
    for i, row in df.iterrows():
        labels.append(_event_label(row, row["_start"], wrap))
        st = styles.get(row["_side"], {"color": _style.NO_SIDE_COLOR})
        if row["_end"] - row["_start"] > pd.Timedelta(days=1):
            ax.plot([mdates.date2num(row["_start"]), mdates.date2num(row["_end"])], [i, i],
                    color=st["color"] if row["kind"] == "event" else "0.6", linewidth=7,
                    alpha=0.3, solid_capstyle="butt", zorder=1, label="_span")
    n = len(df)
    height = ax.figure.get_figheight() * ax.get_position().height
    lines = max(lab.count("\n") + 1 for lab in labels)
    fs = float(np.clip(height * 72 / max(n, 1) / (lines * 1.35), 5.5, 9))
    ax.set_yticks(range(n))
    ax.set_yticklabels(labels, fontsize=fs, linespacing=1.15)
    for t in ax.get_yticklabels():
        t.set_horizontalalignment("right")
    ax.set_ylim(n - 0.5, -0.5)


def _timeline_axes(ax: Any, df: pd.DataFrame) -> None:
    import matplotlib.dates as mdates

    ax.grid(axis="y", color="0.9", linewidth=0.8)
    ax.tick_params(axis="y", length=0)
    lo = mdates.date2num(df["_start"].min())
    hi = mdates.date2num(df["_end"].max())
    pad = max((hi - lo) * 0.04, 10)
    ax.set_xlim(lo - pad, hi + pad)
    locator = mdates.AutoDateLocator(minticks=3, maxticks=8)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    ax.set_xlabel("Date (bar: known only to the week, month or year)")
    ax.spines["left"].set_visible(False)


def _timeline_legend(ax: Any, df: pd.DataFrame, styles: dict) -> None:
    from matplotlib.lines import Line2D

    handles = _style.side_legend_handles(styles) + [_section("")]
    handles += _style.firmness_legend_handles()
    for kind, marker, label in (("background", "D", "background date"),
                                ("deadline", ">", "deadline")):
        if (df["kind"] == kind).any():
            handles.append((Line2D([], [], linestyle="none", marker=marker, markersize=8,
                                   markerfacecolor="white", markeredgecolor="0.35",
                                   markeredgewidth=1.4), label))
    _legend_outside(ax, handles, title="Side")


# --------------------------------------------------------------------------
# 6. who acts on whom


def who_acts_on_whom(stances: pd.DataFrame, mentions: pd.DataFrame, *,
                     by: str = "side", sides: Any = None,
                     hue_order: Iterable[str] | None = None, source: Any = None,
                     title: str | None = None, ax: Any = None) -> Any:
    """A matrix of acting side (or actor) → target side, counting stances.

    A stance's target is any *other* side mentioned in the same sentence as
    actor or target (see :func:`workbench.analysis.targets`); a stance with several such sides
    counts once for each, one with none counts under "(no other side)". Rows
    are the acting sides (``by="side"``) or actors (``by="actor"``, labelled
    "Actor (Side)"); each cell gives the number of stances and, under it, how
    many were cooperative (+) and conflictual (−) by their polarity (or the
    sign of their Goldstein score).

    Returns the Axes (the counts are the QuadMesh in ``ax.collections``).
    """
    from .analysis import targets

    ax = _get_ax(ax)
    pairs = targets(stances, mentions)
    order = _style.side_order(pairs["side"] if len(pairs) else None,
                              hue_order=hue_order, sides=sides)
    pairs = pairs[pairs["side"].astype(str).isin(order)]
    default_title = "Who acts on whom: stances by acting side and target side"
    if pairs.empty:
        return _empty(ax, "No stances to show", title, default_title, source)
    pairs = _signed_pairs(pairs)
    pairs, row_keys, row_labels, ylabel = _who_rows(pairs, by, order)
    col_keys = _who_columns(pairs, hue_order)
    counts, coop, conf = _who_counts(pairs, row_keys, col_keys)
    _who_cells(ax, counts.to_numpy(), coop, conf, row_keys, col_keys, by)
    _who_axes(ax, row_labels, col_keys, ylabel)
    return _finish(ax, title, default_title, source)


def _signed_pairs(pairs: pd.DataFrame) -> pd.DataFrame:
    """*pairs* with side and actor as text and ``_sign``: +1 cooperative, −1
    conflictual, 0 neither, by the polarity (else the sign of a Goldstein
    score of at least 1 either way)."""
    pairs = pairs.assign(side=pairs["side"].astype(str),
                         actor=pairs["actor"].astype(object).where(pairs["actor"].notna(), "(unknown)").astype(str))
    pol = pd.to_numeric(pairs["polarity"], errors="coerce")
    gold = pd.to_numeric(pairs["goldstein"], errors="coerce")
    sign = pol.where(pol.notna(), np.sign(gold).where(gold.abs() >= 1, 0))
    return pairs.assign(_sign=sign.fillna(0).astype(float))


def _who_rows(pairs: pd.DataFrame, by: str, order: list[str]
              ) -> tuple[pd.DataFrame, list[str], list[str], str]:
    """The rows of the matrix: the acting sides in side order (``by="side"``)
    or the actors, by side and then most stances first (``by="actor"``,
    labelled "Actor (Side)"). Returns *pairs* with each one's row in ``_row``,
    the rows, their labels and the y label. Raises ValueError for another *by*."""
    if by == "actor":
        first_side = pairs.groupby("actor")["side"].first()
        rank = {s: i for i, s in enumerate(order)}
        row_keys = sorted(pairs["actor"].unique(),
                          key=lambda a: (rank.get(first_side[a], 99), -int((pairs["actor"] == a).sum()), a))
        row_labels = [f"{a} ({first_side[a]})" for a in row_keys]
        return pairs.assign(_row=pairs["actor"]), row_keys, row_labels, "Acting actor"
    if by == "side":
        row_keys = [s for s in order if s in set(pairs["side"])]
        return pairs.assign(_row=pairs["side"]), row_keys, row_keys, "Acting side"
    raise ValueError(f"by must be 'side' or 'actor', not {by!r}")


def _who_columns(pairs: pd.DataFrame, hue_order: Iterable[str] | None) -> list[str]:
    """The target columns: the sides in side order, any other target as it
    comes, and "(no other side)" last."""
    present = set(pairs["target"])
    all_sides = _style.side_order(pairs["side"], pairs["target"], hue_order=hue_order)
    col_keys = [s for s in all_sides if s in present and s != _NO_TARGET]
    col_keys += [s for s in dict.fromkeys(pairs["target"])
                 if s not in col_keys and s != _NO_TARGET]
    if _NO_TARGET in present:
        col_keys.append(_NO_TARGET)
    return col_keys


def _who_counts(pairs: pd.DataFrame, row_keys: list[str], col_keys: list[str]
                ) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """Stances per row and target column: all of them, the cooperative ones
    and the conflictual ones."""
    counts = pd.crosstab(pairs["_row"], pairs["target"]).reindex(
        index=row_keys, columns=col_keys).fillna(0).astype(int)
    coop = pd.crosstab(pairs["_row"], pairs["target"], values=(pairs["_sign"] > 0).astype(int),
                       aggfunc="sum").reindex(index=row_keys, columns=col_keys).fillna(0).astype(int)
    conf = pd.crosstab(pairs["_row"], pairs["target"], values=(pairs["_sign"] < 0).astype(int),
                       aggfunc="sum").reindex(index=row_keys, columns=col_keys).fillna(0).astype(int)
    return counts, coop, conf


def _who_cells(ax: Any, data: np.ndarray, coop: pd.DataFrame, conf: pd.DataFrame,
               row_keys: list[str], col_keys: list[str], by: str) -> None:
    """The grey matrix of counts, each cell with its count and, under it,
    "+cooperative / −conflictual"; "–" for none; a side on itself left blank."""
    import matplotlib as mpl

    cmap = mpl.colormaps["Greys"].with_extremes(bad="#f7f7f7")
    vmax = max(int(data.max()), 1)
    _grid(ax, np.ma.masked_equal(data, 0), cmap=cmap, vmin=-0.3 * vmax, vmax=vmax * 2.6)
    big = 13 if len(col_keys) <= 4 else 11
    for i in range(data.shape[0]):
        for j in range(data.shape[1]):
            n = data[i, j]
            if by == "side" and row_keys[i] == col_keys[j]:
                continue
            if not n:
                ax.text(j, i, "–", ha="center", va="center", color="0.6", fontsize=big - 2)
                continue
            ax.text(j, i - 0.08, str(n), ha="center", va="center",
                    fontsize=big, fontweight="bold", color="0.05")
            ax.text(j, i + 0.22, f"+{coop.iat[i, j]} / −{conf.iat[i, j]}",
                    ha="center", va="center", fontsize=big - 4, color="0.2")


def _who_axes(ax: Any, row_labels: list[str], col_keys: list[str], ylabel: str) -> None:
    """Column and row labels, white lines between the cells, the axis labels."""
    ax.set_xticks(range(len(col_keys)))
    ax.set_xticklabels([textwrap.fill(c, 12) for c in col_keys])
    ax.set_yticks(range(len(row_labels)))
    ax.set_yticklabels(row_labels)
    _cell_grid(ax, len(col_keys), len(row_labels))
    ax.tick_params(which="both", length=0)
    ax.set_xlabel("Target side: another side named in the same sentence\n"
                  "(cell: stances; +cooperative / −conflictual)")
    ax.set_ylabel(ylabel)


def _cell_grid(ax, ncols: int, nrows: int) -> None:
    """White lines between the cells of a matrix chart, no frame."""
    ax.set_xticks(np.arange(-0.5, ncols), minor=True)
    ax.set_yticks(np.arange(-0.5, nrows), minor=True)
    ax.grid(which="minor", color="white", linewidth=2)
    ax.tick_params(which="minor", length=0)
    for spine in ax.spines.values():
        spine.set_visible(False)
