"""Charts across an archive: each side over time, each issue over time, and
the two sides' language compared.

Same shape and look as :mod:`workbench.plots` (data first, options
keyword-only, ``ax`` last, the Axes returned, nothing saved; Okabe–Ito
colours with one marker and line style per side; filled markers firm,
hollow hedged, a grey ring reported). The data may be an archive
(:func:`workbench.archive.read_archive`, eager or lazy), a corpus, an article
or, for the charts over time, the table of
:func:`workbench.trends.stance_balance`. The source line names the archive.
"""
from __future__ import annotations

import textwrap
from typing import Any, Iterable

import numpy as np
import pandas as pd

from . import style as _style
from . import trends as _trends
from .plots import _empty, _finish, _get_ax, _legend_outside, _pretty_issue, _section, _sides_phrase

__all__ = ["position_over_time", "issue_over_time", "language_chart", "ARCHIVE_CHARTS"]

#: The archive charts, in the order of a briefing.
ARCHIVE_CHARTS = ("position_over_time", "issue_over_time", "language_chart")

_FIRM_LABEL = {"firm": "firm, author's own account", "hedged": "hollow: hedged",
               "reported": "ring: reported by a source"}


def _balance(data: Any, freq: str, by_issue: bool) -> pd.DataFrame:
    if isinstance(data, pd.DataFrame) and {"period", "balance", "firmness"} <= set(data.columns):
        return data
    return _trends.stance_balance(data, freq=freq, by_issue=by_issue)


def _source(data: Any, source: Any) -> Any:
    """The source line: *source* as given, else the archive's (name, articles, years)."""
    if source is None and not isinstance(data, pd.DataFrame):
        source = data
    if source is not None and not isinstance(source, (str, pd.DataFrame)) and hasattr(source, "articles"):
        return _trends.archive_source(source)
    return source


def _order(b: pd.DataFrame, sides: Any, hue_order: Any, most: int | None = None) -> list[str]:
    """The sides to draw: *hue_order*, else the most active first (at most *most*)."""
    if b.empty:
        return []
    if hue_order is not None:
        return _style.side_order(b["side"], hue_order=hue_order, sides=sides)
    n = b[b["firmness"] == "all"].groupby("side")["n"].sum()
    order = sorted(n.index, key=lambda s: (-n[s], s))
    if sides is not None:
        keep = [sides] if isinstance(sides, str) else list(sides)
        return [s for s in order if s in keep]
    return order[:most] if most else order


def _size(n: Any) -> Any:
    """Marker area (points²) for n stances: 30 for one, growing with √n."""
    return 30 + 28 * (np.sqrt(np.asarray(n, dtype=float)) - 1)


def _draw_side(ax: Any, d: pd.DataFrame, st: dict, dates: dict) -> None:
    """One side: the line through all its stances per period, then its firm,
    hedged and reported points, sized by how many stances each holds."""
    allp = d[d["firmness"] == "all"].sort_values("date")
    ax.plot(allp["date"].map(dates), allp["balance"], color=st["color"],
            linestyle=st["linestyle"], linewidth=1.4, zorder=2, label="_line")
    for k, firm in enumerate(_trends.FIRMNESS):
        p = d[d["firmness"] == firm]
        if p.empty:
            continue
        x = p["date"].map(dates).to_numpy(dtype=float) + (k - 1) * 0.12
        kw = _style.stance_marker_kw(st["color"], hedged=firm == "hedged", reported=False)
        ax.scatter(x, p["balance"], s=_size(p["n"]), marker=st["marker"], zorder=3,
                   label=f"{d['side'].iloc[0]} · {firm}", **kw)
        if firm == "reported":
            ring = {**_style.REPORTED_RING, "s": _size(p["n"]) * 3.2}
            ax.scatter(x, p["balance"], zorder=2.5, label="_reported", **ring)


def _size_handles(ns: Iterable[int]) -> list[tuple[Any, str]]:
    from matplotlib.lines import Line2D

    out = []
    for n in ns:
        h = Line2D([], [], linestyle="none", marker="o", markerfacecolor="0.6",
                   markeredgecolor="0.3", markersize=float(np.sqrt(_size(n))))
        out.append((h, f"{n} stance{'s' if n != 1 else ''}"))
    return out


def position_over_time(data: Any, *, freq: str = "year", sides: Any = None,
                       hue_order: Iterable[str] | None = None, source: Any = None,
                       title: str | None = None, legend: bool = True, ax: Any = None) -> Any:
    """Each side's stance balance per year (or month, *freq*) across an archive.

    y is the balance, (cooperative − conflictual) / n, from −1 to +1; x the
    publication period. One line per side through all its stances of each
    period (its colour and line style); at each period the side's firm
    (filled), hedged (hollow) and reported (ringed) stances are drawn apart,
    each marker sized by the number of stances behind it. Default: the six
    most active sides, the most active first. *data*: an archive,
    corpus or article, or a :func:`workbench.trends.stance_balance` table.

    Returns the Axes; each point series is labelled ``"<side> · <firmness>"``.
    """
    ax = _get_ax(ax)
    b = _balance(data, freq, by_issue=False)
    source = _source(data, source)
    order = _order(b, sides, hue_order, most=6)
    b = b[b["side"].isin(order)]
    if b.empty:
        return _empty(ax, "No dated stances to show", title, "Stance balance over time", source)
    styles = _style.palette(order)
    periods = sorted(b["date"].unique())
    dates = {d: i for i, d in enumerate(periods)}
    ax.axhline(0, color="0.6", linewidth=0.8, zorder=0)
    for side in order:
        d = b[b["side"] == side]
        if len(d):
            _draw_side(ax, d, styles[side], dates)
    labels = b.drop_duplicates("date").set_index("date")["period"]
    ax.set_xticks(range(len(periods)))
    ax.set_xticklabels([labels[p] for p in periods],
                       rotation=0 if len(periods) <= 12 else 60)
    ax.set_xlim(-0.6, len(periods) - 0.4)
    ax.set_ylim(-1.12, 1.12)
    ax.set_yticks([-1, -0.5, 0, 0.5, 1])
    ax.set_ylabel("Stance balance\n(−1 all conflictual … +1 all cooperative)")
    ax.set_xlabel("Publication " + freq)
    if legend:
        handles = _style.side_legend_handles(styles, lines=True)
        handles += [_section("")] + _style.firmness_legend_handles()
        nmax = int(b["n"].max())
        handles += [_section("")] + _size_handles(sorted({1, max(1, nmax // 2), nmax}))
        _legend_outside(ax, handles, title="Side")
    return _finish(ax, title, f"{_sides_phrase(order)}: stance balance by {freq}", source)


def _issue_rows(b: pd.DataFrame, issues: Any, order: list[str]) -> list[tuple[str, str]]:
    alls = b[b["firmness"] == "all"]
    wanted = None if issues is None else [str(i) for i in ([issues] if isinstance(issues, str) else issues)]
    n = alls.groupby("issue")["n"].sum().sort_values(ascending=False)
    picked = [i for i in (wanted or n.index[:5]) if i in n.index]
    rows = []
    for issue in picked:
        by_side = alls[alls["issue"] == issue].groupby("side")["n"].sum()
        top = set(by_side.sort_values(ascending=False).index[:4])
        rows += [(issue, s) for s in order if s in top]
    return rows


def _soft_cmap():
    import matplotlib as mpl
    from matplotlib.colors import ListedColormap

    soft = mpl.colormaps["PuOr"](np.linspace(0, 1, 256))
    soft[:, :3] = soft[:, :3] * 0.55 + 0.45  # black text stays legible on every cell
    return ListedColormap(soft, name="workbench_balance").with_extremes(bad="#f4f4f4")


def issue_over_time(data: Any, *, freq: str = "year", issues: Any = None, sides: Any = None,
                    hue_order: Iterable[str] | None = None, source: Any = None,
                    title: str | None = None, colorbar: bool = True, ax: Any = None) -> Any:
    """Each side's stance balance on each issue, period by period.

    Rows: issue × side (the five issues with most stances, or *issues*, and
    on each the four sides with most stances);
    columns: publication years (or months); the cell colour is the balance
    (purple cooperative, orange conflictual) and its text the number of
    stances, with how many of them were hedged (h) or reported (r) — a
    cell whose stances are mostly hedged or reported is hatched, so it never
    looks like a firm one. Returns the Axes.
    """
    ax = _get_ax(ax)
    b = _balance(data, freq, by_issue=True)
    source = _source(data, source)
    order = _order(b, sides, hue_order)
    rows = _issue_rows(b, issues, order) if len(b) else []
    if not rows:
        return _empty(ax, "No dated stances to show", title, "Issues over time", source)
    periods = sorted(b["date"].unique())
    labels = b.drop_duplicates("date").set_index("date")["period"]
    grid = _cells(ax, b, rows, periods)
    cmap = _soft_cmap()
    mesh = ax.pcolormesh(np.arange(len(periods) + 1) - 0.5, np.arange(len(rows) + 1) - 0.5,
                         np.ma.masked_invalid(grid), cmap=cmap, vmin=-1, vmax=1, shading="flat")
    mesh.set_gid("grid")
    ax.set_ylim(len(rows) - 0.5, -0.5)
    ax.set_xticks(range(len(periods)))
    ax.set_xticklabels([labels[p] for p in periods], rotation=0 if len(periods) <= 12 else 60)
    ax.set_yticks(range(len(rows)))
    ax.set_yticklabels([f"{_pretty_issue(i)} · {s}" for i, s in rows])
    for i, (issue, _) in enumerate(rows):
        if i and rows[i - 1][0] != issue:
            ax.axhline(i - 0.5, color="white", linewidth=2.5)
    ax.tick_params(length=0)
    ax.set_xlabel(f"Publication {freq}. Cell: number of stances; h hedged, r reported "
                  f"(hatched: mostly hedged or reported)")
    if colorbar:
        from matplotlib.cm import ScalarMappable
        from matplotlib.colors import Normalize

        cb = ax.figure.colorbar(ScalarMappable(norm=Normalize(-1, 1), cmap=cmap), ax=ax,
                                fraction=0.035, pad=0.02, aspect=25)
        cb.set_label("Stance balance\n(−1 conflict … +1 cooperation)")
        cb.outline.set_visible(False)
    return _finish(ax, title, "Issues over time: each side's stance balance", source)


def _cells(ax: Any, b: pd.DataFrame, rows: list[tuple[str, str]], periods: list) -> np.ndarray:
    """Write each cell's counts (n · hedged h, reported r), hatch the cells
    whose stances are mostly hedged or reported; return the balances."""
    n = b.set_index(["issue", "side", "firmness", "date"])["n"].to_dict()
    bal = b.set_index(["issue", "side", "firmness", "date"])["balance"].to_dict()
    grid = np.full((len(rows), len(periods)), np.nan)
    for i, (issue, side) in enumerate(rows):
        for j, p in enumerate(periods):
            total = n.get((issue, side, "all", p), 0)
            if not total:
                continue
            grid[i, j] = bal[(issue, side, "all", p)]
            h, rp = n.get((issue, side, "hedged", p), 0), n.get((issue, side, "reported", p), 0)
            extra = " ".join(x for x in (f"{h}h" if h else "", f"{rp}r" if rp else "") if x)
            ax.text(j, i, f"{int(total)}" + (f" · {extra}" if extra else ""), ha="center",
                    va="center", fontsize=8, color="0.05")
            if h + rp > total / 2:
                ax.add_patch(_hatch(j, i))
    return grid


def _hatch(j: float, i: float) -> Any:
    from matplotlib.patches import Rectangle

    return Rectangle((j - 0.5, i - 0.5), 1, 1, fill=False, hatch="///", edgecolor="0.55",
                     linewidth=0, gid="qualified", zorder=2)


# --------------------------------------------------------------------------
# the two sides' language


def _place_labels(ax: Any, points: list[tuple[float, float, str, str]], *,
                  fontsize: float = 8.5) -> list[Any]:
    """Label points without overlap: each label tries eight positions around
    its point (nearest first) and takes the first that overlaps no label
    already placed and stays inside the Axes; a label with no free place is
    left out. Returns the Text artists placed."""
    fig = ax.figure
    renderer = fig.canvas.get_renderer()
    box = ax.get_window_extent(renderer)
    offsets = [(5, 4, "left", "bottom"), (5, -4, "left", "top"), (-5, 4, "right", "bottom"),
               (-5, -4, "right", "top"), (0, 8, "center", "bottom"), (0, -8, "center", "top"),
               (12, 12, "left", "bottom"), (-12, -12, "right", "top")]
    placed, boxes = [], []
    for x, y, text, color in points:
        for dx, dy, ha, va in offsets:
            t = ax.annotate(text, (x, y), xytext=(dx, dy), textcoords="offset points",
                            ha=ha, va=va, fontsize=fontsize, color=color)
            bb = t.get_window_extent(renderer).expanded(1.04, 1.1)
            inside = (bb.x0 >= box.x0 and bb.x1 <= box.x1 and bb.y0 >= box.y0 and bb.y1 <= box.y1)
            if inside and not any(bb.overlaps(o) for o in boxes):
                placed.append(t)
                boxes.append(bb)
                break
            t.remove()
    return placed


def language_chart(table: pd.DataFrame, *, top: int = 10, source: Any = None,
                   title: str | None = None, legend: bool = True, ax: Any = None) -> Any:
    """Scattertext-like: every term of :func:`workbench.language.compare_language`
    by how often the two sides use it (x, log scale) and how much it belongs
    to one side (y, the z-score: up side A, down side B). Terms beyond
    ±1.96 take the side's colour and marker; the *top* of each side are
    labelled, without overlap (terms on the same point share one label,
    joined by commas). Returns the Axes (labels: ``ax.texts``)."""
    ax = _get_ax(ax)
    a = table.attrs.get("side_a", "side A")
    b = table.attrs.get("side_b", "side B")
    default = f"How {a} and {b} talk: Fightin' Words z-scores"
    if table is None or table.empty:
        return _empty(ax, "No statements to compare", title, default, source)
    styles = _style.palette([a, b])
    x = table["count"].to_numpy(dtype=float)
    z = table["z"].to_numpy(dtype=float)
    rest = table["side"] == ""
    ax.scatter(x[rest], z[rest], s=12, color="0.7", marker="o", linewidths=0, label="neither",
               zorder=1)
    for side in (a, b):
        m = (table["side"] == side).to_numpy()
        st = styles[side]
        ax.scatter(x[m], z[m], s=28, color=st["color"], marker=st["marker"],
                   edgecolors=[_style._darker(st["color"])], linewidths=0.6, label=side, zorder=2)
    for zc in (1.96, -1.96):
        ax.axhline(zc, color="0.5", linewidth=0.8, linestyle=(0, (4, 3)), zorder=0)
    ax.axhline(0, color="0.8", linewidth=0.8, zorder=0)
    ax.set_xscale("log")
    from matplotlib.ticker import NullFormatter, ScalarFormatter
    ax.xaxis.set_major_formatter(ScalarFormatter())
    ax.xaxis.set_minor_formatter(NullFormatter())
    span = max(2.5, float(np.nanmax(np.abs(z))) * 1.15)
    ax.set_ylim(-span, span)
    ax.set_xlim(x.min() * 0.8, x.max() * 1.6)
    ax.set_xlabel("Times used by the two sides together (log scale)")
    ax.set_ylabel(f"z-score (log-odds, informative prior)\n↑ {a}   ↓ {b}")
    pts = []
    for side, part in ((a, table[table["side"] == a].nlargest(top, "z")),
                       (b, table[table["side"] == b].nsmallest(top, "z"))):
        color = _style._darker(styles[side]["color"], 0.75)
        same = part.groupby(["count", "z"], sort=False)["term"].agg(", ".join)  # one label a point
        pts += [(c, zz, terms, color) for (c, zz), terms in same.items()]
    _place_labels(ax, pts)
    source = _source(None, source)
    if legend:
        handles = _style.side_legend_handles(styles)
        _legend_outside(ax, handles + [_section("|z| < 1.96: grey")], title="Typical of")
    return _finish(ax, title, default, source)
