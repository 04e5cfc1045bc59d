"""Explore an article interactively: highlighted text, evidence, filters.

``highlight_html`` renders the article as HTML with every actor mention
coloured by its side and the cue of each stance underlined; ``filter_stances``
is the plain filter behind the explorer; ``explorer`` wires both, an evidence
table and the position-track chart to a few ipywidgets controls.

ipywidgets, IPython and matplotlib are imported inside the functions that use
them, so ``import workbench`` stays light.
"""
from __future__ import annotations

import html
import importlib
import re
from dataclasses import dataclass, replace
from typing import Any, Iterable

import pandas as pd

__all__ = ["ALL", "EVIDENCE_COLUMNS", "side_color", "side_colors", "filter_stances",
           "evidence_table", "highlight_html", "explorer"]

#: The dropdown value that means "no filter".
ALL = "All"

#: Columns of the evidence table, in order (``text`` is the sentence text).
EVIDENCE_COLUMNS = ["paragraph", "sentence", "actor", "side", "issue",
                    "stance", "hedged", "reported", "text"]

# Okabe & Ito (2008), the colour-blind-safe qualitative palette.
_OKABE_ITO = {
    "orange": "#E69F00", "sky_blue": "#56B4E9", "bluish_green": "#009E73",
    "yellow": "#F0E442", "blue": "#0072B2", "vermillion": "#D55E00",
    "reddish_purple": "#CC79A7", "black": "#000000",
}
_LOCAL_SIDE_COLORS = {
    "Russia": _OKABE_ITO["vermillion"],
    "Japan": _OKABE_ITO["blue"],
    "United States": _OKABE_ITO["bluish_green"],
    "China": _OKABE_ITO["orange"],
    "United Nations": _OKABE_ITO["sky_blue"],
    "NATO": _OKABE_ITO["reddish_purple"],
}
_SPARE_COLORS = [_OKABE_ITO[k] for k in ("reddish_purple", "sky_blue", "orange",
                                          "bluish_green", "yellow", "black")]
_NO_SIDE = "#999999"


# --------------------------------------------------------------------------
# colours


def _style_side_color():
    """The house style's side-colour function, if workbench.style has one."""
    try:
        style = importlib.import_module("workbench.style")
    except Exception:  # noqa: BLE001 - style is optional
        return None
    for name in ("side_color", "side_colour", "color_for_side",
                 "colour_for_side", "color_for", "colour_for"):
        fn = getattr(style, name, None)
        if callable(fn):
            return fn
    for name in ("SIDE_COLORS", "SIDE_COLOURS"):
        table = getattr(style, name, None)
        if isinstance(table, dict):
            return table.get
    return None


def _local_side_color(side: str) -> str:
    if side in _LOCAL_SIDE_COLORS:
        return _LOCAL_SIDE_COLORS[side]
    # A stable pick for any other side: the same name always gets the same hue.
    return _SPARE_COLORS[sum(map(ord, side)) % len(_SPARE_COLORS)]


def side_color(side: Any) -> str:
    """A hex colour for *side*: the house style's if there is one, else Okabe–Ito."""
    if side is None or (isinstance(side, float) and pd.isna(side)) or side == "":
        return _NO_SIDE
    side = str(side)
    fn = _style_side_color()
    if fn is not None:
        try:
            colour = fn(side)
        except Exception:  # noqa: BLE001 - fall back to the local palette
            colour = None
        hex_colour = _to_hex(colour)
        if hex_colour:
            return hex_colour
    return _local_side_color(side)


def side_colors(sides: Iterable[Any]) -> dict[str, str]:
    """A colour for each of *sides*, as the charts draw them.

    Uses the house style's ``palette`` (which keeps two sides on one chart
    apart) when there is one, else :func:`side_color` for each side.
    """
    sides = [str(s) for s in dict.fromkeys(sides) if s is not None and not _isna(s)]
    try:
        style = importlib.import_module("workbench.style")
        styles = style.palette(sides)
        colours = {s: _to_hex(styles[s]["color"]) for s in sides}
        if all(colours.values()):
            return colours
    except Exception:  # noqa: BLE001 - style is optional
        pass
    return {s: side_color(s) for s in sides}


def _to_hex(colour: Any) -> str | None:
    if colour is None:
        return None
    if isinstance(colour, str) and re.fullmatch(r"#[0-9A-Fa-f]{6}", colour):
        return colour.upper()
    try:
        from matplotlib.colors import to_hex
        return to_hex(colour).upper()
    except Exception:  # noqa: BLE001
        return None


def _rgba(hex_colour: str, alpha: float) -> str:
    r, g, b = (int(hex_colour[i:i + 2], 16) for i in (1, 3, 5))
    return f"rgba({r}, {g}, {b}, {alpha})"


# --------------------------------------------------------------------------
# filtering


def _is_all(value: Any) -> bool:
    return value is None or (isinstance(value, str) and value == ALL)


def _as_set(value: Any) -> set[str]:
    if isinstance(value, str):
        return {value}
    return {str(v) for v in value}


def filter_stances(stances: pd.DataFrame, *, side: Any = None,
                   issue: Any = None, stance: Any = None,
                   hedged: bool = True, reported: bool = True) -> pd.DataFrame:
    """The stances that pass the explorer's filters, as a new table.

    *side*, *issue* and *stance* are a value, a list of values, or ``None`` /
    ``"All"`` for no filter. ``hedged=False`` drops the hedged stances and
    ``reported=False`` the reported ones (``True`` keeps them). The input is
    not changed; the result keeps its columns and gets a fresh RangeIndex.
    """
    mask = pd.Series(True, index=stances.index)
    for column, wanted in (("side", side), ("issue", issue), ("stance", stance)):
        if not _is_all(wanted):
            mask &= stances[column].astype("object").isin(_as_set(wanted))
    if not hedged:
        mask &= ~stances["hedged"].fillna(False).astype(bool)
    if not reported:
        mask &= ~stances["reported"].fillna(False).astype(bool)
    return stances.loc[mask].reset_index(drop=True)


def _options(series: pd.Series) -> list[str]:
    """Distinct non-empty values in order of first appearance (or category order)."""
    if isinstance(series.dtype, pd.CategoricalDtype):
        present = set(series.dropna().astype(str))
        return [str(c) for c in series.cat.categories if str(c) in present]
    seen: dict[str, None] = {}
    for value in series.dropna():
        if str(value):
            seen.setdefault(str(value), None)
    return list(seen)


# --------------------------------------------------------------------------
# evidence


def _sentence_texts(article: Any) -> dict[int, str]:
    sentences = getattr(article, "sentences", None)
    if sentences is None or not len(sentences) or "text" not in sentences:
        return {}
    return {int(n): str(t) for n, t in zip(sentences["sentence"], sentences["text"])
            if pd.notna(n)}


def evidence_table(stances: pd.DataFrame, article: Any = None) -> pd.DataFrame:
    """The evidence behind *stances*: one row per stance, in EVIDENCE_COLUMNS.

    ``text`` is the sentence text; when the stances table has no ``text``
    column it is looked up in ``article.sentences``.
    """
    table = stances.copy()
    if "text" not in table.columns:
        texts = _sentence_texts(article) if article is not None else {}
        table["text"] = [texts.get(int(n), "") if pd.notna(n) else ""
                         for n in table.get("sentence", pd.Series(dtype="Int64"))]
    for column in EVIDENCE_COLUMNS:
        if column not in table.columns:
            table[column] = pd.NA
    return table[EVIDENCE_COLUMNS].reset_index(drop=True)


_EVIDENCE_CSS = """<style>
table.wb-evidence { border-collapse: collapse; font-size: 0.9em; margin: 0.3em 0;
                    line-height: 1.35; }
table.wb-evidence th { text-align: left !important; border-bottom: 1px solid #888;
                       padding: 0.2em 0.6em; }
table.wb-evidence td { text-align: left !important; vertical-align: top;
                       padding: 0.2em 0.6em; border-bottom: 1px solid #ddd; }
table.wb-evidence td:last-child { min-width: 24em; }
</style>"""


def _evidence_html(stances: pd.DataFrame, article: Any) -> str:
    table = evidence_table(stances, article)
    if not len(table):
        note = '<p class="wb-evidence-empty">No stances match the filters.</p>'
    else:
        note = ""
    return _EVIDENCE_CSS + table.to_html(classes="wb-evidence", index=False,
                                         escape=True, na_rep="", border=0) + note


# --------------------------------------------------------------------------
# highlighted text


@dataclass
class _Span:
    start: int
    end: int
    open: str
    close: str
    rank: int  # among spans with the same extent, the lower rank is outside


def _nest(text: str, lo: int, hi: int, spans: list[_Span]) -> str:
    """Escape text[lo:hi] with *spans* wrapped around their ranges.

    Spans that cross another's end are split, so the HTML is always well
    nested.
    """
    out: list[str] = []
    pos = lo
    pending = sorted((s for s in spans if s.end > s.start),
                     key=lambda s: (s.start, -s.end, s.rank))
    while pending:
        outer = pending.pop(0)
        if outer.start < pos:  # only after a split; never overlaps output
            outer = replace(outer, start=pos)
            if outer.end <= outer.start:
                continue
        inner: list[_Span] = []
        rest: list[_Span] = []
        for span in pending:
            if span.start >= outer.end:
                rest.append(span)
            elif span.end <= outer.end:
                inner.append(span)
            else:
                inner.append(replace(span, end=outer.end))
                rest.append(replace(span, start=outer.end))
        out.append(html.escape(text[pos:outer.start], quote=False))
        out.append(outer.open + _nest(text, outer.start, outer.end, inner)
                   + outer.close)
        pos = outer.end
        pending = sorted(rest, key=lambda s: (s.start, -s.end, s.rank))
    out.append(html.escape(text[pos:hi], quote=False))
    return "".join(out)


def _attr(value: Any) -> str:
    return html.escape("" if value is None or _isna(value) else str(value),
                       quote=True)


def _blank(value: Any) -> bool:
    return value is None or _isna(value) or str(value) == ""


def _isna(value: Any) -> bool:
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def _paragraph_ranges(article: Any, text: str) -> list[tuple[int, int, int]]:
    """(number, start, end) of each paragraph, from the table or blank lines."""
    paragraphs = getattr(article, "paragraphs", None)
    if paragraphs is not None and len(paragraphs) and {"start", "end"} <= set(paragraphs):
        rows = []
        for i, row in enumerate(paragraphs.itertuples(index=False), start=1):
            start, end = getattr(row, "start"), getattr(row, "end")
            if _isna(start) or _isna(end):
                continue
            number = getattr(row, "paragraph", i)
            rows.append((int(number) if not _isna(number) else i, int(start), int(end)))
        if rows:
            return rows
    rows = []
    for i, match in enumerate(re.finditer(r"\S(?:.*?\S)?(?=\n\s*\n|\s*\Z)", text,
                                          flags=re.S), start=1):
        rows.append((i, match.start(), match.end()))
    return rows


def _mention_spans(mentions: pd.DataFrame | None, sides: set[str] | None,
                   colours: dict[str, str]) -> list[_Span]:
    spans: list[_Span] = []
    if mentions is None or not len(mentions):
        return spans
    for row in mentions.itertuples(index=False):
        start, end = getattr(row, "start", None), getattr(row, "end", None)
        if _isna(start) or _isna(end):
            continue
        side = getattr(row, "side", None)
        side = None if _isna(side) else str(side)
        if sides is not None and side not in sides:
            continue
        colour = colours.get(side) or side_color(side)
        role = getattr(row, "role", None)
        actor = getattr(row, "actor", None)
        title = " · ".join(_attr(v) for v in (actor, side, role) if not _blank(v))
        dashed = str(role) == "place"
        style = (f"background-color: {_rgba(colour, 0.12 if dashed else 0.22)}; "
                 f"border-bottom: 2px {'dotted' if dashed else 'solid'} {colour}; "
                 "border-radius: 2px; padding: 0 1px;")
        open_tag = (f'<span class="wb-mention" data-side="{_attr(side)}" '
                    f'data-actor="{_attr(actor)}" data-role="{_attr(role)}" '
                    f'data-kind="{_attr(getattr(row, "kind", None))}" '
                    f'title="{title}" style="{style}">')
        spans.append(_Span(int(start), int(end), open_tag, "</span>", 1))
    return spans


def _cue_range(row: Any, text: str) -> tuple[int, int] | None:
    start, end = getattr(row, "cue_start", None), getattr(row, "cue_end", None)
    if not _isna(start) and not _isna(end) and int(end) > int(start):
        return int(start), int(end)
    # No cue offsets: find the cue word inside the stance's own evidence.
    cue = getattr(row, "cue", None)
    s_start, s_end = getattr(row, "start", None), getattr(row, "end", None)
    if _isna(cue) or not cue or _isna(s_start) or _isna(s_end):
        return None
    found = text.find(str(cue), int(s_start), int(s_end))
    if found < 0:
        found = text.lower().find(str(cue).lower(), int(s_start), int(s_end))
    return (found, found + len(str(cue))) if found >= 0 else None


def _cue_spans(stances: pd.DataFrame | None, text: str,
               colours: dict[str, str]) -> list[_Span]:
    spans: list[_Span] = []
    if stances is None or not len(stances):
        return spans
    for row in stances.itertuples(index=False):
        cue = _cue_range(row, text)
        if cue is None:
            continue
        side = getattr(row, "side", None)
        side = None if _isna(side) else str(side)
        colour = colours.get(side) or side_color(side)
        flags = [f for f in ("hedged", "reported") if bool(getattr(row, f, False) or False)]
        title = " · ".join(_attr(v) for v in (
            getattr(row, "actor", None), side, getattr(row, "stance", None),
            getattr(row, "issue", None), *flags) if not _blank(v))
        style = (f"font-weight: bold; text-decoration: underline; "
                 f"text-decoration-color: {colour}; text-decoration-thickness: 2px; "
                 f"text-underline-offset: 2px;"
                 + (" font-style: italic;" if "hedged" in flags else ""))
        open_tag = (f'<span class="wb-cue" data-side="{_attr(side)}" '
                    f'data-stance="{_attr(getattr(row, "stance", None))}" '
                    f'data-issue="{_attr(getattr(row, "issue", None))}" '
                    f'title="{title}" style="{style}">')
        spans.append(_Span(cue[0], cue[1], open_tag, "</span>", 0))
    return spans


def _legend(sides: Iterable[str], colours: dict[str, str]) -> str:
    items = []
    for side in sides:
        colour = colours.get(side) or side_color(side)
        items.append(
            f'<span class="wb-legend-item" data-side="{_attr(side)}" '
            f'style="margin-right: 1em; white-space: nowrap;">'
            f'<span style="display: inline-block; width: 0.9em; height: 0.9em; '
            f'vertical-align: middle; background-color: {colour}; '
            f'border-radius: 2px;"></span> {html.escape(side)}</span>')
    if not items:
        return ""
    return ('<div class="wb-legend" style="font-size: 0.9em; margin-bottom: 0.5em;">'
            + "".join(items)
            + '<span style="color: #555;">— <span style="font-weight: bold; '
              'text-decoration: underline;">underlined</span>: stance cue '
              '(<span style="font-style: italic;">italic</span>: hedged)</span>'
              '</div>')


def highlight_html(article: Any, *, sides: Any = None,
                   stances: pd.DataFrame | None = None) -> str:
    """The article text as HTML, mentions coloured by side, stance cues underlined.

    *sides*: a side or list of sides whose mentions are coloured (``None`` or
    ``"All"``: every side). *stances*: the stances whose cue words are
    underlined and bold (``None``: the article's stances, restricted to
    *sides*). Returns ``<div class="wb-text">`` holding one ``<p>`` per
    paragraph; all article text is HTML-escaped.
    """
    text = str(getattr(article, "text", "") or "")
    side_set = None if _is_all(sides) else _as_set(sides)
    if stances is None:
        stances = getattr(article, "stances", None)
        if stances is not None and side_set is not None:
            stances = filter_stances(stances, side=sorted(side_set))
    mentions = getattr(article, "mentions", None)
    # Colours are picked for all the article's sides, so a side keeps its
    # colour whatever the filter.
    all_sides: list[str] = []
    for table in (mentions, getattr(article, "stances", None), stances):
        if table is not None and len(table) and "side" in table:
            all_sides += _options(table["side"])
    colours = side_colors(all_sides)
    spans = (_mention_spans(mentions, side_set, colours)
             + _cue_spans(stances, text, colours))

    legend_sides: list[str] = []
    if mentions is not None and len(mentions) and "side" in mentions:
        legend_sides = [s for s in _options(mentions["side"])
                        if side_set is None or s in side_set]

    parts = ['<div class="wb-text" style="line-height: 1.6; max-width: 60em;">',
             _legend(legend_sides, colours)]
    for number, start, end in _paragraph_ranges(article, text):
        inside = []
        for span in spans:
            if span.end > start and span.start < end:
                inside.append(replace(span, start=max(span.start, start),
                                      end=min(span.end, end)))
        parts.append(f'<p class="wb-para" data-paragraph="{number}">'
                     + _nest(text, start, end, inside) + "</p>")
    parts.append("</div>")
    return "".join(parts)


# --------------------------------------------------------------------------
# the widget


def _draw_track(output: Any, stances: pd.DataFrame) -> None:
    """Draw the position track of *stances* into the Output widget."""
    from IPython import get_ipython
    from IPython.display import display

    if get_ipython() is None:  # not in a kernel: nothing would show the chart
        return
    output.clear_output(wait=True)
    with output:
        try:
            plots = importlib.import_module("workbench.plots")
            position_track = plots.position_track
        except Exception:  # noqa: BLE001 - plots is optional
            print("Position track unavailable: workbench.plots is not installed.")
            return
        if not len(stances):
            print("No stances match the filters.")
            return
        import matplotlib.pyplot as plt

        fig, ax = plt.subplots(figsize=(9, 3.6))
        try:
            position_track(stances, ax=ax)
            display(fig)
        except Exception as exc:  # noqa: BLE001 - keep the explorer alive
            print(f"Position track failed: {exc}")
        finally:
            plt.close(fig)


def _filter_controls(stances: pd.DataFrame) -> dict[str, Any]:
    """The explorer's controls by description: the dropdowns ``Side``, ``Issue``
    and ``Stance`` (``All`` and the values of *stances*) and the checkboxes
    ``Include hedged`` and ``Include reported`` (both ticked)."""
    import ipywidgets as widgets

    style = {"description_width": "initial"}
    side = widgets.Dropdown(options=[ALL, *_options(stances["side"])], value=ALL,
                            description="Side", style=style)
    issue = widgets.Dropdown(options=[ALL, *_options(stances["issue"])], value=ALL,
                             description="Issue", style=style)
    stance = widgets.Dropdown(options=[ALL, *_options(stances["stance"])], value=ALL,
                              description="Stance", style=style)
    hedged = widgets.Checkbox(value=True, description="Include hedged",
                              indent=False)
    reported = widgets.Checkbox(value=True, description="Include reported",
                                indent=False)
    return {"Side": side, "Issue": issue, "Stance": stance,
            "Include hedged": hedged, "Include reported": reported}


def _html_view(css_class: str) -> Any:
    """An empty HTML widget with the CSS class *css_class*."""
    import ipywidgets as widgets

    view = widgets.HTML()
    view.add_class(css_class)
    return view


def _explorer_layout(controls: dict[str, Any], summary: Any, text_view: Any,
                     evidence_view: Any, chart: Any) -> Any:
    """The explorer's box: the dropdowns in one row, the checkboxes in another,
    then the summary, the text, the evidence and the chart under headings."""
    import ipywidgets as widgets

    def heading(title: str):
        return widgets.HTML(f"<h4 style='margin: 0.6em 0 0.2em;'>{title}</h4>")

    box = widgets.VBox([
        widgets.HBox([controls["Side"], controls["Issue"], controls["Stance"]]),
        widgets.HBox([controls["Include hedged"], controls["Include reported"]]),
        summary,
        text_view,
        heading("Evidence"),
        evidence_view,
        heading("Position track"),
        chart,
    ])
    box.add_class("wb-explorer")
    return box


def explorer(article: Any):
    """An ipywidgets explorer for *article*'s stances.

    Returns a ``VBox``: dropdowns ``Side``, ``Issue`` and ``Stance`` (each
    with ``All``), checkboxes ``Include hedged`` and ``Include reported``, the
    highlighted text (``highlight_html`` of the filtered stances), the evidence
    table (``<table class="wb-evidence">``) and an ``Output`` with the position
    track of the filtered stances. Every control updates all three views.
    The box also has ``.controls`` (name → widget), ``.text_view``,
    ``.evidence_view``, ``.chart`` and ``.current()`` (the filtered stances).
    """
    import ipywidgets as widgets

    stances = article.stances
    controls = _filter_controls(stances)
    summary = _html_view("wb-summary")
    text_view = _html_view("wb-text-view")
    evidence_view = _html_view("wb-evidence-view")
    chart = widgets.Output()
    chart.add_class("wb-chart")

    def current() -> pd.DataFrame:
        return filter_stances(stances, side=controls["Side"].value,
                              issue=controls["Issue"].value,
                              stance=controls["Stance"].value,
                              hedged=controls["Include hedged"].value,
                              reported=controls["Include reported"].value)

    def update(_change: Any = None) -> None:
        chosen = current()
        side = controls["Side"].value
        text_view.value = highlight_html(
            article, sides=None if side == ALL else side, stances=chosen)
        evidence_view.value = _evidence_html(chosen, article)
        _draw_track(chart, chosen)
        # Last, so a changed summary means every view is up to date.
        summary.value = (f"<b>{len(chosen)}</b> of {len(stances)} stances "
                         "match the filters.")

    for control in controls.values():
        control.observe(update, names="value")
    box = _explorer_layout(controls, summary, text_view, evidence_view, chart)
    box.controls = dict(controls)
    box.text_view = text_view
    box.evidence_view = evidence_view
    box.chart = chart
    box.current = current
    update()
    return box
