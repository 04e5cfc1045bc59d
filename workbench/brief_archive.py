"""The archive part of a briefing pack: each side over time, each issue over
time, and the two main sides' language compared.

:func:`write_archive_pack` is what ``workbench brief`` adds when it briefs
several articles (in ``archive/``) or an archive folder written by
``workbench extract`` (then the whole pack): the three archive charts as PNG
(300 dpi) and SVG, the tables behind them as CSV (``stance_balance.csv``,
``issue_balance.csv``, ``compare_language.csv``) and ``archive.pdf``: the
findings in words, then one chart per page with a caption.
"""
from __future__ import annotations

import textwrap
from pathlib import Path
from typing import Any

import pandas as pd

from . import trends as _trends

__all__ = ["write_archive_pack", "main_sides", "archive_findings", "CAPTIONS"]

CAPTIONS = {
    "position_over_time": (
        "Each side's stance balance per publication year: (cooperative − conflictual) / n, "
        "from −1 (every stance conflictual) to +1 (every stance cooperative). The line joins "
        "all of a side's stances of each year; the markers split them: filled firm (the "
        "author's own account), hollow hedged, ringed reported by a source; a bigger marker "
        "stands for more stances."),
    "issue_over_time": (
        "Each side's stance balance on each issue, year by year (purple cooperative, orange "
        "conflictual). The number in a cell is how many stances, with how many were hedged "
        "(h) or reported (r); hatched cells are mostly hedged or reported."),
    "language_chart": (
        "The words and phrases of the two main sides' statements (the sentences of their "
        "stances): how often the two use them (across) and how much each belongs to one "
        "side (up or down: the z-score of the log-odds ratio with an informative Dirichlet "
        "prior, Monroe, Colaresi and Quinn 2008). Beyond the dashed lines (|z| ≥ 1.96) a "
        "term is typical of one side."),
}


def main_sides(data: Any) -> tuple[str, str] | None:
    """The two sides with the most stances, or None when there are fewer."""
    st = data.stances
    sides = st["side"]
    if hasattr(sides, "compute"):
        sides = sides.compute()
    n = sides[sides.astype(str) != ""].astype(str).value_counts()
    return (n.index[0], n.index[1]) if len(n) >= 2 else None


def archive_findings(data: Any, language: pd.DataFrame | None) -> list[str]:
    """The findings in words: each main side's trend, then the language."""
    pair = main_sides(data)
    if pair is None:
        return ["Fewer than two sides take stances in this archive."]
    lines = [_trends.trend_finding(data, s) for s in pair]
    if language is not None:
        lines.append(_trends.language_finding(language))
    return lines


def _draw(name: str, ax: Any, data: Any, language: pd.DataFrame | None, source: str) -> None:
    from . import plots_archive as pa

    if name == "language_chart":
        pa.language_chart(language if language is not None else pd.DataFrame(),
                          source=source, ax=ax)
    else:
        getattr(pa, name)(data, source=source, ax=ax)


def _pdf(path: Path, data: Any, language: pd.DataFrame | None, source: str) -> None:
    import matplotlib.pyplot as plt
    from matplotlib.backends.backend_pdf import PdfPages

    from .brief import _A4_LANDSCAPE, _text_pages
    from .export import atomic_path, deterministic_rc, savefig_metadata
    from .plots_archive import ARCHIVE_CHARTS

    lines = [(source.removeprefix("Source: ").removesuffix("; workbench"), "title"),
             ("", "gap"), ("Findings", "h1")]
    for f in archive_findings(data, language):
        lines += [(piece, "body") for piece in textwrap.wrap("• " + f, 120)]
    with atomic_path(path, overwrite=True) as tmp, deterministic_rc():
        with PdfPages(tmp, metadata=savefig_metadata("pdf")) as pdf:
            _text_pages(pdf, lines, source)
            for name in ARCHIVE_CHARTS:
                fig = plt.figure(figsize=_A4_LANDSCAPE, layout="constrained")
                fig.get_layout_engine().set(rect=(0.0, 0.12, 1.0, 0.88))
                _draw(name, fig.add_subplot(), data, language, source)
                fig.text(0.04, 0.09, textwrap.fill(CAPTIONS[name], 140), va="top", ha="left",
                         fontsize=9.5, color="0.15")
                pdf.savefig(fig)
                plt.close(fig)


def write_archive_pack(data: Any, folder: str | Path, *, prefix: str = "") -> list[str]:
    """Write the archive charts, their tables and ``archive.pdf`` of *data*
    (an archive, corpus, or anything with ``stances``, ``articles`` and
    ``sentences`` tables) into *folder* (inside a staging folder: the caller
    renames it into place). Returns the names written, with *prefix*."""
    import matplotlib.pyplot as plt

    from .export import save_figure
    from .language import compare_language
    from .plots_archive import ARCHIVE_CHARTS

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    source = _trends.archive_source(data)
    pair = main_sides(data)
    language = compare_language(data, *pair) if pair else None
    tables = {"stance_balance": _trends.stance_balance(data),
              "issue_balance": _trends.stance_balance(data, by_issue=True)}
    if language is not None:
        tables["compare_language"] = language
    rel = []
    for name, df in tables.items():
        df.to_csv(folder / f"{name}.csv", index=False)
        rel.append(f"{prefix}{name}.csv")
    for name in ARCHIVE_CHARTS:
        fig, ax = plt.subplots(figsize=(11.0, 6.0), layout="constrained")
        try:
            _draw(name, ax, data, language, source)
            rel += [f"{prefix}{p.name}" for p in save_figure(
                fig, folder / name, formats=("png", "svg"), dpi=300, overwrite=True)]
        finally:
            plt.close(fig)
    _pdf(folder / "archive.pdf", data, language, source)
    return rel + [f"{prefix}archive.pdf"]
