"""The house style: one colour, marker and line style per side, the source line.

Every chart in :mod:`workbench.plots` takes its look from here, so a side has
the same colour, marker and line style on every chart and in every briefing:

* colours come from the Okabe–Ito palette (safe for the common forms of colour
  blindness); the common sides have fixed colours, any other side gets a
  deterministic one (the same name always gets the same colour, and two sides
  on one chart never share one while a free colour is left);
* each side also has its own marker and line style, so a chart still reads
  when printed in grayscale;
* how firmly a stance is held is drawn the same way everywhere: a filled
  marker is a firm, first-hand stance (the author's own account), a hollow
  marker is a hedged one (may, reportedly, appears ...), and a grey ring around
  the marker means the stance is reported (attributed to a named source);
* :func:`source_line` writes "Source: Monitor, Vol. 6, No. 19; workbench"
  under a chart, :func:`house_style` is the rc context the charts are drawn in.

matplotlib is imported inside the functions that need it, so importing this
module stays light.
"""
from __future__ import annotations

import contextlib
import zlib
from typing import Any, Iterable, Iterator

import pandas as pd

__all__ = [
    "OKABE_ITO", "SIDE_COLORS", "SIDE_MARKERS", "SIDE_LINESTYLES",
    "GOLDSTEIN_LABEL", "TONE_LABEL", "RC", "side_color", "side_marker",
    "side_linestyle", "side_style", "palette", "side_order", "stance_marker_kw",
    "firmness_legend_handles", "side_legend_handles", "source_text",
    "source_line", "house_style", "nothing_to_draw",
]

#: Okabe & Ito (2008): eight colours told apart by most colour-blind readers.
OKABE_ITO: dict[str, str] = {
    "black": "#000000",
    "orange": "#E69F00",
    "sky_blue": "#56B4E9",
    "bluish_green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "reddish_purple": "#CC79A7",
}

#: Fixed colours for the sides that come up most (same as the explorer's).
SIDE_COLORS: dict[str, str] = {
    "Russia": OKABE_ITO["vermillion"],
    "Japan": OKABE_ITO["blue"],
    "United States": OKABE_ITO["bluish_green"],
    "China": OKABE_ITO["orange"],
    "United Nations": OKABE_ITO["sky_blue"],
    "NATO": OKABE_ITO["reddish_purple"],
    "Ukraine": OKABE_ITO["black"],
    "European Union": OKABE_ITO["yellow"],
}

#: Fixed markers for the common sides.
SIDE_MARKERS: dict[str, str] = {
    "Russia": "o", "Japan": "s", "United States": "^", "China": "D",
    "United Nations": "v", "NATO": "P", "Ukraine": "X", "European Union": "h",
}

#: Fixed line styles for the common sides.
SIDE_LINESTYLES: dict[str, Any] = {
    "Russia": "-", "Japan": (0, (5, 2)), "United States": (0, (1, 1.5)),
    "China": (0, (5, 2, 1, 2)), "United Nations": (0, (8, 2, 1, 2, 1, 2)),
    "NATO": (0, (3, 1)), "Ukraine": (0, (1, 3)),
    "European Union": (0, (8, 3)),
}

# Fallback pools, in the order they are handed out (yellow last: it is the
# hardest to see on white).
_COLOR_POOL = [OKABE_ITO[k] for k in ("blue", "vermillion", "bluish_green",
                                      "reddish_purple", "orange", "sky_blue",
                                      "black", "yellow")]
_MARKER_POOL = ["o", "s", "^", "D", "v", "P", "X", "h", "<", ">", "p", "*"]
_LINESTYLE_POOL = list(dict.fromkeys(
    [SIDE_LINESTYLES[k] for k in SIDE_LINESTYLES]
    + [(0, (2, 2, 6, 2)), (0, (4, 1, 1, 1, 1, 1))]))

#: The colour of anything that belongs to no side.
NO_SIDE_COLOR = "#999999"

#: Axis label for Goldstein scores (CAMEO: -10 most conflictual, +10 most cooperative).
GOLDSTEIN_LABEL = "Goldstein score\n(−10 conflict … +10 cooperation)"
#: Axis label for TextBlob polarity / VADER compound scores.
TONE_LABEL = "Tone score\n(−1 negative … +1 positive)"

#: The rc settings of the house style: legible at slide size, no chart junk,
#: deterministic vector output.
RC: dict[str, Any] = {
    "font.size": 11,
    "axes.titlesize": 13,
    "axes.titleweight": "bold",
    "axes.titlelocation": "left",
    "axes.labelsize": 11,
    "xtick.labelsize": 10,
    "ytick.labelsize": 10,
    "legend.fontsize": 10,
    "legend.title_fontsize": 10,
    "legend.frameon": False,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.grid": False,
    "lines.linewidth": 1.6,
    "lines.markersize": 7,
    "savefig.dpi": 300,
    "svg.hashsalt": "workbench",
    "svg.fonttype": "path",
    "pdf.fonttype": 42,
}


def _is_missing(value: Any) -> bool:
    if value is None:
        return True
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def _hash(name: str) -> int:
    return zlib.crc32(name.encode("utf-8"))


def side_color(side: Any) -> str:
    """The hex colour of *side*: fixed for the common sides, else a stable pick."""
    if _is_missing(side) or side == "":
        return NO_SIDE_COLOR
    side = str(side)
    if side in SIDE_COLORS:
        return SIDE_COLORS[side]
    return _COLOR_POOL[_hash(side) % len(_COLOR_POOL)]


def side_marker(side: Any) -> str:
    """The marker of *side* (fixed for the common sides, else a stable pick)."""
    if _is_missing(side) or side == "":
        return "o"
    side = str(side)
    return SIDE_MARKERS.get(side) or _MARKER_POOL[_hash(side) % len(_MARKER_POOL)]


def side_linestyle(side: Any) -> Any:
    """The line style of *side* (fixed for the common sides, else a stable pick)."""
    if _is_missing(side) or side == "":
        return "-"
    side = str(side)
    if side in SIDE_LINESTYLES:
        return SIDE_LINESTYLES[side]
    return _LINESTYLE_POOL[_hash(side) % len(_LINESTYLE_POOL)]


def _assign(sides: list[str], fixed: dict[str, Any], pool: list[Any],
            single: Any) -> dict[str, Any]:
    """Fixed values first, then unused pool values from each side's hash."""
    out = {s: fixed[s] for s in sides if s in fixed}
    used = list(out.values())
    for s in sides:
        if s in out:
            continue
        start = _hash(s) % len(pool)
        ring = pool[start:] + pool[:start]
        free = [v for v in ring if v not in used]
        out[s] = free[0] if free else single(s)
        used.append(out[s])
    return out


def palette(sides: Iterable[Any]) -> dict[str, dict[str, Any]]:
    """Colour, marker and line style for each of *sides*, none shared if avoidable.

    Returns ``{side: {"color": ..., "marker": ..., "linestyle": ...}}``; the
    common sides keep their fixed style, the others get the first free one
    starting from a hash of their name (deterministic for a given set of sides).
    """
    sides = [str(s) for s in dict.fromkeys(sides) if not _is_missing(s)]
    colors = _assign(sides, SIDE_COLORS, _COLOR_POOL, side_color)
    markers = _assign(sides, SIDE_MARKERS, _MARKER_POOL, side_marker)
    styles = _assign(sides, SIDE_LINESTYLES, _LINESTYLE_POOL, side_linestyle)
    return {s: {"color": colors[s], "marker": markers[s],
                "linestyle": styles[s]} for s in sides}


def side_style(side: Any) -> dict[str, Any]:
    """``{"color", "marker", "linestyle"}`` of one side on its own."""
    return {"color": side_color(side), "marker": side_marker(side),
            "linestyle": side_linestyle(side)}


def side_order(*columns: pd.Series | None, hue_order: Iterable[Any] | None = None,
               sides: Iterable[Any] | None = None) -> list[str]:
    """The sides to draw, in order.

    *hue_order* wins; else the categories of the first categorical column;
    else the order of first appearance in the columns (reading order).
    *sides* keeps only those sides (in the resulting order).
    """
    if hue_order is not None:
        order = [str(s) for s in hue_order]
    else:
        order = []
        for col in columns:
            if col is None:
                continue
            if isinstance(col.dtype, pd.CategoricalDtype):
                present = set(col.dropna().astype(str))
                order += [str(c) for c in col.cat.categories if str(c) in present]
            else:
                order += [str(v) for v in col.dropna() if str(v) != ""]
        order = list(dict.fromkeys(order))
    if sides is not None:
        keep = [str(s) for s in ([sides] if isinstance(sides, str) else sides)]
        order = [s for s in order if s in keep]
    return order


def _darker(color: str, factor: float = 0.6) -> tuple[float, float, float]:
    from matplotlib.colors import to_rgb

    r, g, b = to_rgb(color)
    return (r * factor, g * factor, b * factor)


def stance_marker_kw(color: str, *, hedged: bool, reported: bool) -> dict[str, Any]:
    """scatter() keywords for a stance marker: filled if firm, hollow if hedged.

    (The ring for reported stances is drawn separately, see
    :data:`REPORTED_RING`.)
    """
    edge = _darker(color) if not hedged else color
    return {"facecolors": "white" if hedged else color,
            "edgecolors": [edge], "linewidths": 1.8 if hedged else 0.8}


#: scatter() keywords of the ring drawn around a reported stance.
REPORTED_RING: dict[str, Any] = {"marker": "o", "facecolors": "none",
                                 "edgecolors": "0.35", "linewidths": 1.1}
#: Area (points²) of stance markers and of the ring around reported ones.
STANCE_SIZE = 70
RING_SIZE = 260


def firmness_legend_handles() -> list[tuple[Any, str]]:
    """Legend (handle, label) pairs that say how firmness is drawn."""
    from matplotlib.lines import Line2D

    grey = "0.45"
    firm = Line2D([], [], linestyle="none", marker="o", markersize=8,
                  markerfacecolor=grey, markeredgecolor="0.25")
    hedged = Line2D([], [], linestyle="none", marker="o", markersize=8,
                    markerfacecolor="white", markeredgecolor=grey,
                    markeredgewidth=1.8)
    ring = Line2D([], [], linestyle="none", marker="o", markersize=15,
                  markerfacecolor="none", markeredgecolor="0.35",
                  markeredgewidth=1.1)
    return [(firm, "firm, author's own account"),
            (hedged, "hollow: hedged (may, appears…)"),
            ((ring, firm), "ring: reported by a source")]


def side_legend_handles(styles: dict[str, dict[str, Any]], *, lines: bool = False,
                        markers: bool = True) -> list[tuple[Any, str]]:
    """Legend (handle, label) pairs, one per side, in the order of *styles*."""
    from matplotlib.lines import Line2D

    out = []
    for side, st in styles.items():
        h = Line2D([], [], color=st["color"],
                   linestyle=st["linestyle"] if lines else "none",
                   marker=st["marker"] if markers else None, markersize=8,
                   markerfacecolor=st["color"],
                   markeredgecolor=_darker(st["color"]))
        out.append((h, side))
    return out


def source_text(articles_or_text: Any = None) -> str:
    """"Source: Monitor, Vol. 6, No. 19; workbench" from an articles table.

    *articles_or_text* may be the articles table (or an object with an
    ``articles`` attribute), a string (used as is, after "Source: " unless it
    already starts with it), or None. Several articles are joined with "; ".
    Falls back to the title, then to "workbench" alone.
    """
    obj = articles_or_text
    if obj is not None and not isinstance(obj, (str, pd.DataFrame)):
        obj = getattr(obj, "articles", None)
    if isinstance(obj, str):
        text = obj.strip()
        if not text:
            return "Source: workbench"
        if text.lower().startswith("source"):
            return text
        return f"Source: {text}; workbench"
    parts: list[str] = []
    if isinstance(obj, pd.DataFrame) and len(obj):
        for _, row in obj.iterrows():
            pub = row.get("publication")
            bits = []
            if not _is_missing(pub) and str(pub).strip():
                bits.append(str(pub).strip())
                vol, iss = row.get("volume"), row.get("issue")
                if not _is_missing(vol) and str(vol).strip():
                    bits.append(f"Vol. {vol}")
                if not _is_missing(iss) and str(iss).strip():
                    bits.append(f"No. {iss}")
            else:
                title = row.get("title")
                if not _is_missing(title) and str(title).strip():
                    bits.append(str(title).strip())
            if bits:
                parts.append(", ".join(bits))
    parts = list(dict.fromkeys(parts))
    if len(parts) > 3:
        parts = parts[:3] + [f"and {len(parts) - 3} more"]
    return "Source: " + "; ".join(parts + ["workbench"])


def source_line(ax: Any, articles_or_text: Any = None, *, fontsize: float = 8,
                color: str = "0.35") -> Any:
    """Write the source line under *ax*, left-aligned, below its tick labels.

    The line is placed below the x axis (ticks and label) at draw time, so it
    never overlaps them, and it is part of the figure's tight bounding box.
    Returns the Annotation.
    """
    from matplotlib.transforms import Bbox

    def below_xaxis(renderer: Any) -> Any:
        try:
            bb = ax.xaxis.get_tightbbox(renderer)
        except Exception:  # noqa: BLE001
            bb = None
        axbb = ax.get_window_extent(renderer)
        if bb is None or bb.height == 0:
            bb = axbb
        return Bbox.from_extents(axbb.x0, min(bb.y0, axbb.y0), axbb.x1,
                                 max(bb.y1, axbb.y1))

    ann = ax.annotate(source_text(articles_or_text), xy=(0, 0),
                      xycoords=("axes fraction", below_xaxis),
                      xytext=(0, -6), textcoords="offset points",
                      ha="left", va="top", fontsize=fontsize, color=color,
                      annotation_clip=False)
    ann.set_gid("workbench-source-line")
    return ann


@contextlib.contextmanager
def house_style(**overrides: Any) -> Iterator[dict[str, Any]]:
    """Context manager: matplotlib rc settings of the house style (plus *overrides*)."""
    import matplotlib as mpl

    rc = {**RC, **overrides}
    with mpl.rc_context(rc):
        yield rc


def nothing_to_draw(ax: Any, message: str) -> Any:
    """Write *message* in the middle of *ax*, hide its ticks, return *ax*."""
    ax.text(0.5, 0.5, message, transform=ax.transAxes, ha="center",
            va="center", fontsize=12, color="0.4")
    ax.set_xticks([])
    ax.set_yticks([])
    for spine in ax.spines.values():
        spine.set_visible(False)
    return ax
